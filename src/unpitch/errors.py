"""Errors that reach the user as one clear line."""

from __future__ import annotations


class UnpitchError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits non-zero."""


class InputError(UnpitchError):
    """Unusable input: names the file and, where known, the row."""

    def __init__(self, path: str, problem: str, row: int | None = None) -> None:
        self.path = path
        self.row = row
        self.problem = problem
        where = f"{path}, row {row}" if row is not None else path
        super().__init__(f"{where}: {problem}")
