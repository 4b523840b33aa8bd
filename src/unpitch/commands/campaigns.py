"""``unpitch campaigns CORPUS``: template families across many recipients' messages."""

# No `from __future__ import annotations`: Typer reads these annotations at run time.
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

#: Families listed in the table (the JSONL output has all of them).
TABLE_ROWS = 30


def register(app: typer.Typer) -> None:
    """Add the ``campaigns`` command to the CLI."""

    @app.command()
    def campaigns(
        corpus: Annotated[Path, typer.Argument(help="JSONL (one message per line) or Parquet with id, recipient, sender, date, text.")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl (one family per line).")] = "table",
        scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Run on this Dask scheduler (tcp://host:8786).")] = None,
        workers: Annotated[int, typer.Option("--workers", help="Run on a local Dask cluster of N worker processes (0: in this process).")] = 0,
    ) -> None:
        """Find mass-message templates across a corpus: families with senders, recipients, time span and template."""
        from ..cli import err, out, user_errors
        from ..errors import UnpitchError

        with user_errors():
            if fmt not in ("table", "jsonl"):
                raise UnpitchError(f"--format must be table or jsonl, not {fmt!r}")
            if workers < 0:
                raise UnpitchError(f"--workers must be 0 or more, not {workers}")
            report = _run(corpus, scheduler, workers, err)
            for warning in report.warnings[:20]:
                err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
            if len(report.warnings) > 20:
                err.print(f"[yellow]warning:[/] ... and {len(report.warnings) - 20} more rows skipped")
            if fmt == "jsonl":
                for family in report.families:
                    sys.stdout.write(json.dumps(family.record(), ensure_ascii=False) + "\n")
            else:
                _print_table(report, out)


def _run(corpus: Path, scheduler: Optional[str], workers: int, console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..campaigns.corpus import plan_chunks
    from ..campaigns.distributed import find_families_dask
    from ..campaigns.runner import find_families

    plan_chunks(corpus)  # fails early, with one clear line, on a missing or unreadable corpus
    columns = (TextColumn("Fingerprinting"), BarColumn(), MofNCompleteColumn(), TextColumn("messages"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("campaigns", total=None)
        advance = lambda done: progress.advance(task, done)  # noqa: E731
        if scheduler or workers:
            return find_families_dask(corpus, scheduler=scheduler, workers=workers or 2, on_progress=advance)
        return find_families(corpus, on_progress=advance)


def _print_table(report, console) -> None:
    from rich.table import Table

    families = report.families
    members = sum(family.size for family in families)
    console.print(
        f"[bold]{report.messages}[/] messages, [bold]{len(families)}[/] template families covering {members} of them",
        highlight=False,
    )
    if not families:
        return
    table = Table("size", "senders", "recipients", "first", "last", "template", title=None, box=None)
    for family in families[:TABLE_ROWS]:
        table.add_row(
            str(family.size), str(family.senders), str(family.recipients),
            family.first_date[:10], family.last_date[:10], escape(family.template[:160]),
        )
    console.print(table)
    console.print(f"example: {escape(families[0].example)}", highlight=False, soft_wrap=True)
    if len(families) > TABLE_ROWS:
        console.print(f"... and {len(families) - TABLE_ROWS} more families (--format jsonl lists all)")
