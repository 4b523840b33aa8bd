"""``unpitch coach DRAFT --to RECIPIENT``: would this draft be junk to the person it is for?

Exit codes, so the command can sit in a sending pipeline:
``0`` the recipient's unpitch would keep the draft; ``1`` it would put it in review or junk;
``2`` unusable input or options (one line on stderr naming the file).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time.
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

EXIT_KEEP, EXIT_NOT_KEEP = 0, 1
FORMATS = ("text", "json")
_MAX_DRAFT_BYTES = 1 << 20


def register(app: typer.Typer) -> None:
    """Add the ``coach`` command to the CLI."""

    @app.command()
    def coach(
        draft: Annotated[str, typer.Argument(help="The draft message: a text file, or - for stdin.")],
        to: Annotated[Path, typer.Option("--to", help="The recipient: her LinkedIn export (zip/folder/Profile.csv), a JSON profile, or text copied from her profile.")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    ) -> None:
        """Check a draft before you send it: the verdict the recipient's unpitch would give, a 0-100
        score and a checklist with evidence and fixes. Exit 0 for keep, 1 for review or junk, 2 for bad input."""
        from ..cli import out, user_errors
        from ..coach import coach as coach_draft, load_recipient
        from ..errors import UnpitchError

        with user_errors():
            if fmt not in FORMATS:
                raise UnpitchError(f"--format must be text or json, not {fmt!r}")
            text = read_draft(draft)
            recipient = load_recipient(to)
            try:
                result = coach_draft(text, recipient)
            except UnpitchError as exc:
                raise UnpitchError(f"{draft if draft != '-' else '<stdin>'}: {exc}") from None
        if fmt == "json":
            sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            print_result(result, out)
        raise typer.Exit(EXIT_KEEP if result.verdict == "keep" else EXIT_NOT_KEEP)


def read_draft(source: str) -> str:
    """The draft's text from a file or stdin ('-'); raises InputError naming the source."""
    from ..errors import InputError

    if source == "-":
        data = sys.stdin.buffer.read(_MAX_DRAFT_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(source, "no such file" if not path.exists() else "not a file")
        with path.open("rb") as handle:
            data = handle.read(_MAX_DRAFT_BYTES + 1)
        name = source
    if len(data) > _MAX_DRAFT_BYTES:
        raise InputError(name, "larger than 1 MB; not a message draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text (byte {exc.start})") from None


def print_result(result, console) -> None:  # noqa: ANN001 - CoachResult, rich Console (imported lazily)
    """The verdict, the score and the checklist, failed items first."""
    from ..coach.texts import say

    styles = {"keep": "green", "review": "yellow", "junk": "red"}
    lang = result.language
    console.print(
        f"[bold {styles[result.verdict]}]{say(lang, 'verdict.' + result.verdict)}[/]   "
        f"{say(lang, 'score')} [bold]{result.score}[/]/100",
        highlight=False,
    )
    console.print(f"[dim]{escape(result.scan.summary)}[/]", highlight=False)
    for check in sorted(result.checks, key=lambda c: c.passed):
        mark = "[green]✓[/]" if check.passed else "[red]✗[/]"
        console.print(f"{mark} [bold]{check.id}[/]: {escape(check.evidence)}", highlight=False, soft_wrap=True)
        if not check.passed:
            console.print(f"    → {escape(check.fix)}", highlight=False, soft_wrap=True)
