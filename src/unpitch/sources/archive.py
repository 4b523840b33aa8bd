"""Read-only access to an export: a zip (possibly a zip inside a zip), a folder, or one file.

Nothing is ever extracted or written. Zip members are streamed straight from the
archive, so member names such as ``../evil.csv`` or ``/abs.csv`` cannot touch the
disk; they are still reported and ignored, because a genuine export never has them.

Zip bombs are stopped while streaming: every member is capped in uncompressed
bytes, all members together share a total budget, and a member that inflates far
more than text does (``ZipLimits.max_ratio``) is refused. Each refusal is an
:class:`~unpitch.errors.InputError` naming the zip and the member.

Files are found by case-insensitive base name anywhere in the tree; when several
match, the shallowest comes first (then alphabetical order), so ``messages.csv`` at
the top wins over a copy in a subfolder.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

__all__ = ["ExportEntry", "ExportTree", "ZipLimits", "open_export"]

_CHUNK = 1 << 20
# Everything zipfile and zlib raise for a damaged or unsupported archive.
_ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    # zipfile's own parsing of a damaged central directory can fail this deep.
    KeyError,
    struct.error,
)
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """Bounds on what reading a zip may inflate to."""

    max_member_bytes: int = 1 << 30
    max_total_bytes: int = 2 << 30
    #: Text compresses perhaps 10:1; deflate's worst case is about 1000:1.
    max_ratio: float = 200.0
    #: Small members may be very repetitive; the ratio check starts past this size.
    ratio_floor_bytes: int = 8 << 20
    #: How many zips deep to look for the export (``.zip.zip`` needs 2).
    max_nesting: int = 3


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """One file of an export.

    ``name`` is the path inside the export (``messages.csv``, ``Export/Skills.csv``), used
    in warnings and message origins; ``display`` is the full location for error messages.
    """

    name: str
    display: str
    depth: int


@dataclass(slots=True)
class _Budget:
    """Uncompressed bytes still allowed across all members of one export."""

    remaining: int


class _LimitedReader(io.RawIOBase):
    """Streams one zip member, refusing it once it inflates past the limits."""

    def __init__(
        self,
        inner: BinaryIO,
        *,
        zip_display: str,
        member: zipfile.ZipInfo,
        limits: ZipLimits,
        budget: _Budget,
    ) -> None:
        super().__init__()
        self._inner = inner
        self._zip_display = zip_display
        self._member = member
        self._limits = limits
        self._budget = budget
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self._inner.read(len(buffer))
        except _ZIP_FAILURES as exc:
            raise self._error(f"damaged member ({exc})") from None
        count = len(data)
        buffer[:count] = data
        self._account(count)
        return count

    def _account(self, count: int) -> None:
        self._read += count
        self._budget.remaining -= count
        limits = self._limits
        if self._read > limits.max_member_bytes:
            raise self._error(f"member inflates past {limits.max_member_bytes} bytes; refused")
        if self._budget.remaining < 0:
            raise self._error(
                f"members inflate past {limits.max_total_bytes} bytes in total; refused"
            )
        compressed = max(self._member.compress_size, 1)
        if self._read > limits.ratio_floor_bytes and self._read > compressed * limits.max_ratio:
            raise self._error(
                f"member inflates more than {limits.max_ratio:g} times its compressed size "
                "(zip bomb?); refused"
            )

    def _error(self, problem: str) -> InputError:
        return InputError(self._zip_display, f"member '{self._member.filename}': {problem}")

    def close(self) -> None:
        self._inner.close()
        super().close()


def _is_unsafe_member(name: str) -> bool:
    normalized = name.replace("\\", "/")
    return (
        normalized.startswith("/")
        or _DRIVE.match(normalized) is not None
        or ".." in normalized.split("/")
    )


def _base_name(name: str) -> str:
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()


def _depth(name: str) -> int:
    return name.replace("\\", "/").strip("/").count("/")


class ExportTree(ABC):
    """The files of one export, searchable by base name, readable as byte streams."""

    def __init__(self, source: str) -> None:
        self.source = source
        #: Oddities met while opening (unsafe member names), one readable line each.
        self.warnings: list[str] = []
        self._by_base: dict[str, list[ExportEntry]] = {}

    def _add(self, entry: ExportEntry) -> None:
        self._by_base.setdefault(_base_name(entry.name), []).append(entry)

    def find(self, base_name: str) -> list[ExportEntry]:
        """Entries whose base name equals ``base_name`` (case-insensitive), shallowest first."""
        found = self._by_base.get(base_name.lower(), [])
        return sorted(found, key=lambda entry: (entry.depth, entry.name.lower()))

    def find_first(self, base_name: str) -> ExportEntry | None:
        found = self.find(base_name)
        return found[0] if found else None

    @abstractmethod
    def open(self, entry: ExportEntry) -> BinaryIO:
        """A binary stream of the entry; close it when done."""

    def close(self) -> None:
        """Release open archives."""

    def __enter__(self) -> ExportTree:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _FolderTree(ExportTree):
    def __init__(self, root: Path) -> None:
        super().__init__(source=str(root))
        self._root = root
        for folder, subfolders, files in os.walk(root):
            subfolders.sort()
            relative_folder = os.path.relpath(folder, root)
            for file_name in files:
                relative = os.path.normpath(os.path.join(relative_folder, file_name))
                relative = relative.replace(os.sep, "/")
                self._add(ExportEntry(relative, str(Path(folder, file_name)), _depth(relative)))

    def open(self, entry: ExportEntry) -> BinaryIO:
        try:
            return open(entry.display, "rb")  # noqa: SIM115 - the caller closes it
        except OSError as exc:
            raise InputError(entry.display, f"cannot read ({exc.strerror or exc})") from None


class _SingleFileTree(ExportTree):
    """A bare CSV: it is the messages file, whatever its name."""

    def __init__(self, path: Path) -> None:
        super().__init__(source=str(path))
        self._by_base["messages.csv"] = [ExportEntry(path.name, str(path), 0)]

    def open(self, entry: ExportEntry) -> BinaryIO:
        try:
            return open(entry.display, "rb")  # noqa: SIM115 - the caller closes it
        except OSError as exc:
            raise InputError(entry.display, f"cannot read ({exc.strerror or exc})") from None


class _ZipTree(ExportTree):
    def __init__(
        self, archive: zipfile.ZipFile, display: str, limits: ZipLimits, budget: _Budget
    ) -> None:
        super().__init__(source=display)
        self._archive = archive
        self._limits = limits
        self._budget = budget
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            # A damaged central directory can yield an empty name (ZipInfo.is_dir would fail).
            if not info.filename or info.filename.endswith("/"):
                continue
            if _is_unsafe_member(info.filename):
                self.warnings.append(
                    f"{display}: member '{info.filename}' has an unsafe path "
                    "(absolute or '..'); ignored"
                )
                continue
            self._members[info.filename] = info
            entry = ExportEntry(info.filename, f"{display}/{info.filename}", _depth(info.filename))
            self._add(entry)

    def open(self, entry: ExportEntry) -> BinaryIO:
        info = self._members[entry.name]
        if info.flag_bits & 0x1:
            raise InputError(self.source, f"member '{info.filename}' is encrypted")
        if info.file_size > self._limits.max_member_bytes:
            raise InputError(
                self.source,
                f"member '{info.filename}' declares {info.file_size} bytes, more than "
                f"{self._limits.max_member_bytes}; refused",
            )
        try:
            inner = self._archive.open(info)
        except _ZIP_FAILURES as exc:
            problem = f"member '{info.filename}': cannot open ({exc})"
            raise InputError(self.source, problem) from None
        limited = _LimitedReader(
            inner, zip_display=self.source, member=info, limits=self._limits, budget=self._budget
        )
        return io.BufferedReader(limited, buffer_size=1 << 16)  # type: ignore[return-value]

    def read_all(self, entry: ExportEntry) -> bytes:
        with self.open(entry) as stream:
            return stream.read()

    def inner_zips(self) -> list[ExportEntry]:
        found = [
            entry
            for entries in self._by_base.values()
            for entry in entries
            if entry.name.lower().endswith(".zip")
        ]
        return sorted(found, key=lambda entry: (entry.depth, entry.name.lower()))

    def close(self) -> None:
        self._archive.close()


def _open_zip(source: BinaryIO | Path, display: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except _ZIP_FAILURES as exc:
        raise InputError(display, f"not a readable zip ({exc})") from None


def _zip_tree(path: Path, limits: ZipLimits) -> ExportTree:
    """Open the zip; when it holds no messages.csv but a zip, descend into that zip."""
    budget = _Budget(limits.max_total_bytes)
    tree = _ZipTree(_open_zip(path, str(path)), str(path), limits, budget)
    for _ in range(limits.max_nesting - 1):
        inner = tree.inner_zips()
        if tree.find("messages.csv") or not inner:
            break
        data = tree.read_all(inner[0])
        display = inner[0].display
        nested = _ZipTree(_open_zip(io.BytesIO(data), display), display, limits, budget)
        nested.warnings[:0] = tree.warnings
        tree.close()
        tree = nested
    return tree


def is_zip(path: Path) -> bool:
    """True for a file that is a zip archive, whatever its name."""
    try:
        return path.is_file() and zipfile.is_zipfile(path)
    except OSError:
        return False


def open_export(path: Path, limits: ZipLimits | None = None) -> ExportTree:
    """Open an export as a tree of files, without writing anything anywhere.

    ``path`` may be a zip (also a zip inside a zip), an unpacked folder, or a single CSV.
    Raises :class:`InputError` when the path does not exist or the zip is unreadable.
    """
    if path.is_dir():
        return _FolderTree(path)
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    if not path.is_file():
        raise InputError(str(path), "not a regular file or folder")
    if is_zip(path):
        return _zip_tree(path, limits or ZipLimits())
    if path.suffix.lower() == ".zip":
        raise InputError(str(path), "not a readable zip")
    return _SingleFileTree(path)

