"""Decode the CSV files of an export, whatever their vintage.

Exports over the years have been written as UTF-8 with or without a BOM, as
UTF-16 with a BOM, comma- or tab-separated, with a ``Notes:`` preamble before the
header or without. This module hides all of that:

- the encoding comes from the BOM (or, failing one, from the NUL-byte pattern of
  UTF-16); bytes that are not valid in that encoding are replaced, and the file gets
  ONE warning instead of a crash;
- the header is the first of the opening lines that holds every required column
  name (case-insensitive), so preambles of any length are skipped by content;
- the delimiter is whichever of comma, tab and semicolon that header line uses most;
- the file is streamed, never held whole in memory; a field may be as large as the
  file (LinkedIn CONTENT fields reach tens of megabytes).

Row numbers are 1-based physical line numbers of the file where the row starts
(a row with line breaks inside a quoted field spans several lines).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from .archive import ExportEntry, ExportTree

__all__ = ["HeaderError", "Table", "has_header", "open_table"]

_HEAD_BYTES = 1 << 16
_HEADER_SEARCH_LINES = 50
_DELIMITERS = (",", "\t", ";")
# csv's limit is a C long: 2**31 - 1 on Windows.
_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class HeaderError(InputError):
    """No header with the required columns: the file is not the table we expected."""


class _DecodeCheck(io.RawIOBase):
    """Passes bytes through unchanged, noting whether they decode cleanly.

    The text layer decodes with replacement so a bad byte never stops the read; this
    strict second decoder only tells us that it happened, to warn once per file.
    """

    def __init__(self, head: bytes, rest: BinaryIO, encoding: str) -> None:
        super().__init__()
        self._pending = head
        self._rest = rest
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        self.invalid = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._pending:
            data, self._pending = self._pending[: len(buffer)], self._pending[len(buffer) :]
        else:
            data = self._rest.read(len(buffer))
        count = len(data)
        buffer[:count] = data
        self._check(data, final=count == 0)
        return count

    def _check(self, data: bytes, *, final: bool) -> None:
        if self.invalid:
            return
        try:
            self._decoder.decode(data, final)
        except UnicodeDecodeError:
            self.invalid = True

    def close(self) -> None:
        self._rest.close()
        super().close()


def _guess_encoding(head: bytes) -> str:
    """The codec for the file: BOM first, then the NUL pattern UTF-16 text leaves."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    sample = head[:4096]
    if len(sample) >= 4:
        quarter = len(sample) // 4
        if sample[1::2].count(0) > quarter and sample[0::2].count(0) == 0:
            return "utf-16-le"
        if sample[0::2].count(0) > quarter and sample[1::2].count(0) == 0:
            return "utf-16-be"
    return "utf-8-sig"


def _normalize_name(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).lower()


def _sniff_delimiter(line: str) -> str:
    counts = [(line.count(delimiter), delimiter) for delimiter in _DELIMITERS]
    best_count, best = max(counts, key=lambda pair: pair[0])
    return best if best_count else ","


class Table:
    """One CSV file of an export with a located header, read row by row.

    Use as a context manager; :meth:`rows` streams the data rows.
    """

    def __init__(
        self,
        entry: ExportEntry,
        stream: _DecodeCheck,
        text: io.TextIOWrapper,
        *,
        columns: list[str],
        delimiter: str,
        preamble_lines: int,
        encoding: str,
        warnings: list[str],
    ) -> None:
        self.entry = entry
        self.name = entry.name
        #: Lower-cased, space-normalized header names, in file order.
        self.columns = columns
        self.width = len(columns)
        self.delimiter = delimiter
        #: 1-based line number of the header line.
        self.header_line = preamble_lines + 1
        self._positions = {name: index for index, name in reversed(list(enumerate(columns)))}
        self._stream = stream
        self._text = text
        self._encoding = encoding
        self._warnings = warnings

    def index(self, *names: str) -> int | None:
        """Position of the first of ``names`` present in the header (case-insensitive)."""
        for name in names:
            position = self._positions.get(_normalize_name(name))
            if position is not None:
                return position
        return None

    def has(self, name: str) -> bool:
        return self.index(name) is not None

    def warn(self, line: int, problem: str) -> None:
        """Record a skipped or odd row as ``name, row N: problem``."""
        self._warnings.append(f"{self.name}, row {line}: {problem}")

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Yield ``(line number, fields)`` for every data row with the header's field count.

        Blank lines are skipped silently; rows with another field count (truncated or
        malformed) and rows the CSV parser rejects are skipped with a warning. Extra
        trailing empty fields are tolerated.
        """
        reader = csv.reader(self._text, delimiter=self.delimiter)
        offset = self.header_line - 1
        width = self.width
        next(reader, None)  # the header, already parsed from the head
        while True:
            line = offset + reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self.warn(line, f"unreadable CSV ({exc}); skipped")
                continue
            if len(row) != width:
                fitted = self._fit(row, line)
                if fitted is None:
                    continue
                row = fitted
            yield line, row
        if self._stream.invalid:
            self._warnings.append(
                f"{self.name}: not valid {self._encoding.removesuffix('-sig').upper()}; "
                "unreadable bytes were replaced with U+FFFD"
            )

    def _fit(self, row: list[str], line: int) -> list[str] | None:
        if not row or (len(row) == 1 and not row[0].strip()):
            return None
        if len(row) > self.width and not any(field.strip() for field in row[self.width :]):
            return row[: self.width]
        self.warn(
            line,
            f"expected {self.width} fields, found {len(row)} (truncated or malformed); skipped",
        )
        return None

    def close(self) -> None:
        self._text.close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _locate_header(
    lines: list[str], required: Iterable[str], display: str
) -> tuple[int, str, list[str]]:
    """``(line index, delimiter, column names)`` of the header; raise naming what is missing."""
    wanted = {_normalize_name(name): name for name in required}
    best_missing: list[str] | None = None
    for index, line in enumerate(lines[:_HEADER_SEARCH_LINES]):
        if not line.strip():
            continue
        delimiter = _sniff_delimiter(line)
        try:
            fields = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            continue
        names = [_normalize_name(field) for field in fields]
        missing = [shown for key, shown in wanted.items() if key not in names]
        if not missing:
            return index, delimiter, names
        if best_missing is None or len(missing) < len(best_missing):
            best_missing = missing
    if best_missing is None:
        raise HeaderError(display, "empty file: no header line found")
    raise HeaderError(display, "missing required column(s): " + ", ".join(best_missing))


def _head_lines(head: bytes) -> tuple[str, list[str]]:
    encoding = _guess_encoding(head)
    return encoding, _LINE_BREAK.split(head.decode(encoding, errors="replace"))


def has_header(head: bytes, required: Iterable[str]) -> bool:
    """Whether the opening bytes of a file hold a header with every ``required`` column."""
    try:
        _locate_header(_head_lines(head)[1], required, "")
    except HeaderError:
        return False
    return True


def open_table(
    tree: ExportTree, entry: ExportEntry, required: Iterable[str], warnings: list[str]
) -> Table:
    """Open ``entry`` as a table whose header holds every ``required`` column.

    Raises :class:`HeaderError` naming the file and the missing columns when no such
    header is found in the opening lines; row-level problems go to ``warnings``.
    """
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    source = tree.open(entry)
    try:
        head = source.read(_HEAD_BYTES)
        encoding, lines = _head_lines(head)
        header_index, delimiter, columns = _locate_header(lines, required, entry.display)
    except BaseException:
        source.close()
        raise
    checked = _DecodeCheck(head, source, encoding)
    text = io.TextIOWrapper(
        io.BufferedReader(checked, buffer_size=_HEAD_BYTES),
        encoding=encoding,
        errors="replace",
        newline="",
    )
    for _ in range(header_index):
        text.readline()
    return Table(
        entry,
        checked,
        text,
        columns=columns,
        delimiter=delimiter,
        preamble_lines=header_index,
        encoding=encoding,
        warnings=warnings,
    )
