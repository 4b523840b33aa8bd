"""``unpitch mark / unmark / marks / eval-online``: teach unpitch with your own marks, and measure
online learning on a labelled stream."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite database your scans went into.")]


def register(app: typer.Typer) -> None:
    """Add the learning commands to the unpitch CLI."""
    app.command("mark")(mark_command)
    app.command("unmark")(unmark_command)
    app.command("marks")(marks_command)
    app.command("eval-online")(eval_online_command)


def _ids_from_file(path: Path) -> list[str]:
    from ..errors import InputError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the id list ({exc})") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def mark_command(
    args: Annotated[Optional[list[str]], typer.Argument(help="CONVERSATION_ID... then junk or keep.", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="A file of conversation ids, one per line.")] = None,
    db: DbOpt = Path("unpitch.db"),
) -> None:
    """Mark conversations junk or keep: unpitch learns from it at once."""
    from ..cli import out, user_errors
    from ..errors import UnpitchError
    from ..learning import service

    with user_errors():
        words = list(args or [])
        if not words or words[-1] not in ("junk", "keep"):
            raise UnpitchError("usage: unpitch mark CONVERSATION_ID... junk|keep  (or --file IDS junk|keep)")
        label, ids = words[-1], words[:-1]
        source = "cli"
        if file is not None:
            ids += _ids_from_file(file)
            source = f"file:{file}"
        if not ids:
            raise UnpitchError("no conversation ids given")
        _require_db(db)
        made = service.mark(db, ids, label, source)
        for cid, mark_id, rescored in zip(ids, made, service.rescore(db, ids)):
            state = f"mark {mark_id}" if mark_id is not None else "already marked so"
            out.print(f"{cid}: {label} ({state}); verdict {rescored.before or '?'} -> {rescored.after.verdict}", highlight=False, soft_wrap=True, markup=False)
        out.print("Re-scan to apply what was learned to every conversation.", highlight=False)


def unmark_command(
    ids: Annotated[list[str], typer.Argument(help="Conversation ids whose mark to undo.")],
    db: DbOpt = Path("unpitch.db"),
) -> None:
    """Undo marks exactly: the personal model is retrained without them."""
    from ..cli import err, out, user_errors
    from ..learning import service

    with user_errors():
        _require_db(db)
        for cid, mark_id in zip(ids, service.unmark(db, ids)):
            if mark_id is None:
                err.print(f"[yellow]warning:[/] {escape(cid)}: no active mark", highlight=False)
            else:
                out.print(f"{cid}: mark {mark_id} undone", highlight=False, markup=False)


def marks_command(
    db: DbOpt = Path("unpitch.db"),
    all_marks: Annotated[bool, typer.Option("--all", help="Also list undone and replaced marks.")] = False,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Retrain the personal model from the marks (repairs a damaged model file).")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List your marks: conversation, junk/keep, when, from where, and the last scan's verdict."""
    from rich.table import Table

    from ..cli import out, user_errors
    from ..errors import UnpitchError
    from ..learning import service

    with user_errors():
        if fmt not in ("table", "json"):
            raise UnpitchError(f"--format must be table or json, not {fmt!r}")
        _require_db(db)
        if rebuild:
            out.print(f"Personal model rebuilt from {service.rebuild(db)} marks.", highlight=False)
        listed = service.list_marks(db, include_undone=all_marks)
        rows = [
            {
                "mark_id": m.mark_id, "conversation_id": m.conversation_id, "label": m.label, "marked_at": m.marked_at,
                "source": m.source, "sender": ", ".join(m.snapshot.sender_names), "scan_verdict": verdict,
                "undone_at": m.undone_at, "undone_by": m.undone_by,
            }
            for m, verdict in listed
        ]
        if fmt == "json":
            sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
            return
        table = Table("mark", "conversation", "label", "marked at", "source", "sender", "last scan", *(["undone"] if all_marks else []), box=None)
        for row in rows:
            table.add_row(str(row["mark_id"]), escape(str(row["conversation_id"])), str(row["label"]), str(row["marked_at"]),
                          escape(str(row["source"])), escape(str(row["sender"])), str(row["scan_verdict"] or "-"),
                          *([f"{row['undone_at'] or ''} {row['undone_by'] or ''}".strip()] if all_marks else []))
        out.print(table)
        out.print(f"{len(rows)} marks", highlight=False)


def eval_online_command(
    stream: Annotated[Path, typer.Argument(help="JSONL ({id, text, label, date?}) or the SMS Spam Collection TSV.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Write the learning curve as SVG here.")] = None,
) -> None:
    """Online evaluation, TREC spam-track style: a verdict per message, then its true label."""
    from rich.table import Table

    from ..cli import err, out, user_errors
    from ..errors import UnpitchError
    from ..learning.evaluate import curve_svg, read_stream, run_online

    with user_errors():
        if fmt not in ("table", "json"):
            raise UnpitchError(f"--format must be table or json, not {fmt!r}")
        with err.status(f"Learning online from {stream} ..."):
            result, _ = run_online(read_stream(stream))
        if plot is not None:
            try:
                plot.write_text(curve_svg(result, stream.name), encoding="utf-8")
            except OSError as exc:
                raise UnpitchError(f"{plot}: cannot write the plot ({exc})") from None
        if fmt == "json":
            sys.stdout.write(json.dumps(result.as_dict()) + "\n")
            return
        figures = result.as_dict()
        out.print("   ".join(f"{key} [bold]{value}[/]" for key, value in figures.items()), highlight=False)
        curve = Table("messages", "cumulative error %", "error % in stretch", title="Learning curve", title_justify="left", box=None)
        for seen, cumulative, stretch in result.curve:
            curve.add_row(str(seen), f"{cumulative:.2f}", f"{stretch:.2f}")
        out.print(curve)
        if plot is not None:
            out.print(f"Wrote the learning curve to {plot}", highlight=False)


def _require_db(db: Path) -> None:
    from ..errors import UnpitchError

    if not db.is_file():
        raise UnpitchError(f"{db}: no such database; run `unpitch scan --db {db}` first")
