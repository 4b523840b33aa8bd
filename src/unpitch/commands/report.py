"""``unpitch report``: scan an inbox and write the self-contained HTML report."""

# No `from __future__ import annotations`: Typer reads these annotations at run time, and
# the shared option types are imported inside register() to avoid an import cycle with cli.
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to the CLI."""
    from ..cli import ConfigOpt, MeOpt, PathArg

    @app.command()
    def report(
        path: PathArg = None,
        output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("report.html"),
        me: MeOpt = None,
        config: ConfigOpt = None,
    ) -> None:
        """Write one self-contained HTML report (opens offline): counts, time cost, campaigns, search."""
        from ..cli import _read, _scan, out, user_errors
        from ..config import load_config
        from ..errors import UnpitchError
        from ..report import report_html

        with user_errors():
            if not output.parent.exists():
                raise UnpitchError(f"{output}: folder {output.parent} does not exist")
            user_config = load_config(config)
            inbox = _read(path, me)
            if not inbox.conversations:
                raise UnpitchError(f"{inbox.source}: no conversations found")
            results = _scan(inbox, user_config)
            html = report_html(inbox, results)
            try:
                output.write_text(html, encoding="utf-8")
            except OSError as exc:
                raise UnpitchError(f"{output}: cannot write the report ({exc.strerror})") from None
            size_kb = len(html.encode("utf-8")) / 1024
            out.print(f"Wrote the report for {len(results)} conversations to {output} ({size_kb:,.0f} KB)", highlight=False, markup=False)
