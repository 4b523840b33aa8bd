"""The ``unpitch`` command line."""

from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from . import __version__
from .config import UserConfig, load_config
from .errors import UnpitchError
from .evaluation import LABELS, VERDICTS, Evaluation, evaluate, read_labels
from .model import Inbox
from .outputs.formats import FORMATS, WRITERS
from .outputs.records import to_record
from .outputs.store import save_scan
from .pipeline import Result, scan_inbox
from .sample import sample_path
from .sources import load_inbox

app = typer.Typer(
    help="Sort your LinkedIn and email conversations into keep / review / junk, locally, with reasons.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

#: Below this many conversations a progress bar is noise.
PROGRESS_MIN_CONVERSATIONS = 300

PathArg = Annotated[
    Optional[Path], typer.Argument(help="LinkedIn export (zip, folder, messages.csv), mbox, .eml folder or JSONL. Default: the bundled sample.")
]
MeOpt = Annotated[Optional[str], typer.Option("--me", help="Your profile URL, name or email address, if unpitch guesses wrong.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="unpitch.toml with what you offer, buy and never want. Default: ./unpitch.toml if present.")]


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a user-fixable problem as one red line and exit 2, never a traceback."""
    try:
        yield
    except UnpitchError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _read(path: Optional[Path], me: Optional[str]) -> Inbox:
    source = path if path is not None else sample_path()
    with err.status(f"Reading {escape(str(source))} ..."):
        inbox = load_inbox(source, me=me)
    for warning in inbox.warnings[:20]:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
    if len(inbox.warnings) > 20:
        err.print(f"[yellow]warning:[/] ... and {len(inbox.warnings) - 20} more rows skipped")
    return inbox


def _scan(inbox: Inbox, config: UserConfig, learning_db: Optional[Path] = None) -> list[Result]:
    """Score every conversation (with the user's marks from ``learning_db``), a bar on long inboxes."""
    total = len(inbox.conversations)
    warnings: list[str] = []
    if total < PROGRESS_MIN_CONVERSATIONS:
        results = scan_inbox(inbox, config, learning_db=learning_db, warnings=warnings)
    else:
        columns = (TextColumn("Scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("scan", total=total)
            results = scan_inbox(
                inbox, config, on_progress=lambda n: progress.advance(task, n), learning_db=learning_db, warnings=warnings
            )
    for warning in warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
    return results


def print_summary(inbox: Inbox, results: list[Result], console: Console) -> None:
    verdicts = Counter(r.verdict.verdict for r in results)
    owner = inbox.owner.name or inbox.owner.url or "unknown owner"
    console.print(
        f"[bold]{len(results)}[/] conversations, {inbox.message_count} messages for [bold]{escape(owner)}[/] "
        f"({inbox.source_kind}: {escape(inbox.source)})",
        highlight=False,
    )
    table = Table("verdict", "conversations", "share", title=None, box=None)
    styles = {"keep": "green", "review": "yellow", "junk": "red"}
    for name in ("keep", "review", "junk"):
        share = verdicts[name] / len(results) if results else 0.0
        table.add_row(f"[{styles[name]}]{name}[/]", str(verdicts[name]), f"{share:.0%}")
    console.print(table)
    junk = sorted((r for r in results if r.verdict.verdict == "junk"), key=lambda r: -r.verdict.score)
    if junk:
        top = Table("score", "from", "why", title="Top junk", box=None, title_justify="left")
        for result in junk[:10]:
            senders = [m.sender.name for m in result.conversation.inbound_messages] or ["?"]
            top.add_row(f"{result.verdict.score:.2f}", escape(senders[0]), escape(result.verdict.summary))
        console.print(top)


@app.command()
def scan(
    path: PathArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (summary), jsonl, json or csv.")] = "table",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the records here instead of stdout.")] = None,
    db: Annotated[Path, typer.Option("--db", help="SQLite database for the results.")] = Path("unpitch.db"),
    no_db: Annotated[bool, typer.Option("--no-db", help="Do not write the SQLite database.")] = False,
    me: MeOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Scan an inbox and give every conversation a verdict: keep, review or junk."""
    with user_errors():
        if fmt not in FORMATS:
            raise UnpitchError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        user_config = load_config(config)
        inbox = _read(path, me)
        if not inbox.conversations:
            raise UnpitchError(f"{inbox.source}: no conversations found")
        results = _scan(inbox, user_config, learning_db=None if no_db else db)
        if not no_db:
            save_scan(db, inbox, results)
        records = (to_record(result) for result in results)
        if fmt == "table":
            print_summary(inbox, results, out)
        elif output is not None:
            with output.open("w", encoding="utf-8", newline="") as handle:
                WRITERS[fmt](records, handle)
            print_summary(inbox, results, out)
            out.print(f"Wrote {len(results)} records to {output}" + ("" if no_db else f" and the database {db}"), markup=False)
        else:
            WRITERS[fmt](records, sys.stdout)


@app.command()
def profile(path: PathArg = None, me: MeOpt = None, config: ConfigOpt = None) -> None:
    """Print what unpitch believes about the inbox owner."""
    from .profile_view import render_profile

    with user_errors():
        user_config = load_config(config)
        inbox = _read(path, me)
        render_profile(inbox, user_config, out)


def _labelled_sources(labels: Path, path: Optional[Path]) -> list[tuple[Path, Path]]:
    """(labels file, export) pairs: one pair, an export folder holding its labels.csv, or every
    ``*/labels.csv`` under a corpus folder."""
    if labels.is_dir() and (labels / "labels.csv").is_file():
        return [(labels / "labels.csv", path if path is not None else labels)]
    if labels.is_dir():
        pairs = [(found, found.parent) for found in sorted(labels.glob("*/labels.csv"))]
        if not pairs:
            raise UnpitchError(f"{labels}: no */labels.csv below this folder")
        return pairs
    return [(labels, path if path is not None else labels.parent)]


def print_evaluation(evaluation: Evaluation, console: Console) -> None:
    console.print(
        f"[bold]{evaluation.conversations}[/] labelled conversations   "
        f"junk recall [bold]{evaluation.junk_recall:.3f}[/]   junk precision [bold]{evaluation.junk_precision:.3f}[/]   "
        f"genuine marked junk [bold]{evaluation.genuine_marked_junk:.3f}[/]   "
        f"wanted pitches not junk [bold]{evaluation.wanted_not_junk:.3f}[/]",
        highlight=False,
    )
    confusion = Table("label \\ verdict", *VERDICTS, title="Confusion", title_justify="left", box=None)
    for label in LABELS:
        confusion.add_row(label, *(str(evaluation.confusion[label][v]) for v in VERDICTS))
    console.print(confusion)
    categories = Table("category", *VERDICTS, title="Per category", title_justify="left", box=None)
    for key, counts in sorted(evaluation.categories.items()):
        categories.add_row(escape(key), *(str(counts[v]) for v in VERDICTS))
    console.print(categories)
    if evaluation.unmatched_labels:
        console.print(f"[yellow]{len(evaluation.unmatched_labels)} labels matched no conversation[/]")


@app.command("eval")
def eval_command(
    labels: Annotated[Path, typer.Argument(help="labels.csv (conversation_id,label,category), an export folder with its labels.csv, or a corpus folder of */labels.csv.")],
    path: PathArg = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    me: MeOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Measure verdicts against hand labels: junk recall and precision, costly errors, confusion."""
    with user_errors():
        if fmt not in ("table", "json"):
            raise UnpitchError(f"--format must be table or json, not {fmt!r}")
        user_config = load_config(config)
        total = Evaluation()
        for labels_file, export in _labelled_sources(labels, path):
            inbox = load_inbox(export, me=me)
            total.merge(evaluate(read_labels(labels_file), scan_inbox(inbox, user_config)))
        if fmt == "json":
            sys.stdout.write(json.dumps(total.as_dict(), indent=2) + "\n")
        else:
            print_evaluation(total, out)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(f"unpitch {__version__}")


def _register_commands() -> None:
    # Each feature's commands live in their own module under unpitch.commands.
    from .commands import campaigns, coach, learning, report, serve

    campaigns.register(app)
    learning.register(app)
    coach.register(app)
    report.register(app)
    serve.register(app)


_register_commands()


def main() -> None:  # pragma: no cover - console entry point
    app()
