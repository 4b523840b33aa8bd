"""``unpitch serve``: the local review app over a scan database."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the CLI."""

    @app.command()
    def serve(
        db: Annotated[Path, typer.Option("--db", help="The scan database (from `unpitch scan`).")] = Path("unpitch.db"),
        host: Annotated[str, typer.Option("--host", help="Address to bind. Anything but loopback requires the printed token.")] = DEFAULT_HOST,
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = DEFAULT_PORT,
    ) -> None:
        """Open the review app: the inbox by verdict, keyboard triage, marks, reply drafts, junk CSV."""
        from ..cli import out, user_errors
        from ..errors import UnpitchError
        from ..web.security import is_loopback, new_token

        with user_errors():
            import uvicorn

            from ..web.app import create_app
            from ..web.marks import LearningMarkStore

            if not db.is_file():  # before any store opens it: sqlite would create an empty file
                raise UnpitchError(f"{db}: no scan database here; run `unpitch scan --db {db}` first")
            token = None if is_loopback(host) else new_token()
            web_app = create_app(db, access_token=token, marks=LearningMarkStore(db))
            shown_host = f"[{host}]" if ":" in host else host
            url = f"http://{shown_host}:{port}/"
            if token:
                out.print(f"unpitch serves {db} on {url}?token={token}", highlight=False, soft_wrap=True)
                out.print("Anyone who can reach this address needs that token; keep it private.", highlight=False)
            else:
                out.print(f"unpitch serves {db} on {url} (only this machine can connect)", highlight=False, soft_wrap=True)
            out.print("Press Ctrl+C to stop.", highlight=False)
            uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)
