"""Read a multi-recipient corpus in chunks: JSONL (one message per line) or Parquet.

Each message has ``id``, ``recipient``, ``sender``, ``date`` (ISO-8601) and ``text``; extra
fields are ignored. A corpus is cut into :class:`Chunk` s (line ranges of a JSONL file, row
groups of a Parquet file) that can be read independently, in this process or on a Dask worker,
so memory holds one chunk of text at a time. A row that cannot be used is skipped with one
warning naming the file and row; an unreadable file raises :class:`~unpitch.errors.InputError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..errors import InputError

FIELDS = ("id", "recipient", "sender", "date", "text")
#: Rows per JSONL chunk: large enough to amortise a task, small enough to bound memory.
CHUNK_ROWS = 50_000
_READ_BLOCK = 1 << 22


@dataclass(frozen=True, slots=True)
class Chunk:
    """A part of a corpus file that can be read on its own.

    JSONL: bytes ``[start, end)`` whose first line is line ``first_row`` (0-based).
    Parquet: row group ``start`` (``end`` unused) whose first row is ``first_row``."""

    path: str
    kind: str
    start: int
    end: int
    first_row: int


@dataclass(slots=True)
class ChunkRows:
    """The usable messages of one chunk. ``rows`` is each message's 0-based row in the file."""

    ids: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    senders: list[str] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, row: int, record: dict[str, object], where: str) -> None:
        """Append one record, or a warning when it lacks a field or has a bad date."""
        values = []
        for name in FIELDS:
            value = record.get(name)
            if not isinstance(value, str):
                self.warnings.append(f"{where}: field {name!r} missing or not a string; row skipped")
                return
            values.append(value)
        identifier, recipient, sender, date, text = values
        try:
            moment = datetime.fromisoformat(date)
        except ValueError:
            self.warnings.append(f"{where}: date {date[:40]!r} is not ISO-8601; row skipped")
            return
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        self.ids.append(identifier)
        self.recipients.append(recipient)
        self.senders.append(sender)
        self.dates.append(int(moment.timestamp()))
        self.texts.append(text)
        self.rows.append(row)


def plan_chunks(path: Path, chunk_rows: int = CHUNK_ROWS) -> list[Chunk]:
    """Cut the corpus at ``path`` into independently readable chunks."""
    if not path.is_file():
        raise InputError(str(path), "no such file (expected a .jsonl or .parquet corpus)")
    if path.suffix.lower() == ".parquet":
        return _parquet_chunks(path)
    return _jsonl_chunks(path, chunk_rows)


def _jsonl_chunks(path: Path, chunk_rows: int) -> list[Chunk]:
    # One binary pass counting newlines: chunk boundaries fall on line starts with known line numbers.
    chunks: list[Chunk] = []
    start = offset = 0
    first_row = lines = 0
    try:
        with path.open("rb") as handle:
            while block := handle.read(_READ_BLOCK):
                position = 0
                while True:
                    needed = first_row + chunk_rows - lines
                    newline = _nth_newline(block, position, needed)
                    if newline < 0:
                        lines += block.count(b"\n", position)
                        break
                    lines = first_row + chunk_rows
                    end = offset + newline + 1
                    chunks.append(Chunk(str(path), "jsonl", start, end, first_row))
                    start, first_row, position = end, lines, newline + 1
                offset += len(block)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if offset > start:
        chunks.append(Chunk(str(path), "jsonl", start, offset, first_row))
    return chunks


def _nth_newline(block: bytes, position: int, count: int) -> int:
    """Index of the ``count``-th newline at or after ``position``, or -1."""
    index = position - 1
    for _ in range(count):
        index = block.find(b"\n", index + 1)
        if index < 0:
            return -1
    return index


def _parquet_chunks(path: Path) -> list[Chunk]:
    metadata = _parquet_file(path).metadata
    chunks, first_row = [], 0
    for group in range(metadata.num_row_groups):
        chunks.append(Chunk(str(path), "parquet", group, group, first_row))
        first_row += metadata.row_group(group).num_rows
    return chunks


def _parquet_file(path: Path):  # -> pyarrow.parquet.ParquetFile
    import pyarrow.parquet as pq  # imported here: JSONL users never pay for pyarrow

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(str(path), f"not a readable Parquet file ({exc})") from None
    missing = [name for name in FIELDS if name not in parquet.schema_arrow.names]
    if missing:
        raise InputError(str(path), f"Parquet columns missing: {', '.join(missing)}")
    return parquet


def read_chunk(chunk: Chunk) -> ChunkRows:
    """Every usable message of ``chunk``."""
    rows = ChunkRows()
    for row, record, where in _records(chunk):
        if record is None:
            rows.warnings.append(where)
        else:
            rows.add(row, record, where)
    return rows


def read_texts(chunk: Chunk, wanted: set[int]) -> dict[int, str]:
    """The text of each wanted row (0-based row in the file) of ``chunk``, parsing only those."""
    if chunk.kind == "parquet":
        table = _parquet_file(Path(chunk.path)).read_row_group(chunk.start, columns=["text"])
        texts = table.column("text")
        return {row: str(texts[row - chunk.first_row]) for row in wanted}
    found: dict[int, str] = {}
    for row, line in _lines(chunk):
        if row in wanted:
            found[row] = json.loads(line)["text"]
    return found


def _records(chunk: Chunk) -> Iterator[tuple[int, dict[str, object] | None, str]]:
    """``(row, record, where)``; ``record`` is ``None`` and ``where`` the warning for a bad row."""
    if chunk.kind == "parquet":
        yield from _parquet_records(chunk)
        return
    for row, line in _lines(chunk):
        where = f"{chunk.path}, row {row + 1}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            yield row, None, f"{where}: not a JSON object; row skipped"
            continue
        if not isinstance(record, dict):
            yield row, None, f"{where}: not a JSON object; row skipped"
            continue
        yield row, record, where


def _lines(chunk: Chunk) -> Iterator[tuple[int, bytes]]:
    with open(chunk.path, "rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    if chunk.start == 0 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()  # the text after the last newline is empty
    for offset, line in enumerate(lines):
        yield chunk.first_row + offset, line


def _parquet_records(chunk: Chunk) -> Iterator[tuple[int, dict[str, object] | None, str]]:
    table = _parquet_file(Path(chunk.path)).read_row_group(chunk.start, columns=list(FIELDS))
    columns = {name: table.column(name).to_pylist() for name in FIELDS}
    for offset in range(table.num_rows):
        row = chunk.first_row + offset
        record = {name: _as_text(columns[name][offset]) for name in FIELDS}
        yield row, record, f"{chunk.path}, row {row + 1}"


def _as_text(value: object) -> object:
    # Parquet writers store dates as timestamps as often as strings: both are ISO-8601 here.
    if isinstance(value, datetime):
        return value.isoformat()
    return value
