"""Readers: turn a path into an :class:`~unpitch.model.Inbox`.

``load_inbox`` picks the reader by what the path is; each reader lives in its own module.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Inbox


def load_inbox(path: Path, me: str | None = None) -> Inbox:
    """Read a LinkedIn export (zip, folder or messages.csv), an mbox / .eml folder, or JSONL."""
    from .email import looks_like_email, read_email
    from .jsonl import looks_like_jsonl, read_jsonl
    from .linkedin import looks_like_linkedin, read_linkedin

    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    if looks_like_linkedin(path):
        return read_linkedin(path, me=me)
    if looks_like_email(path):
        return read_email(path, me=me)
    if looks_like_jsonl(path):
        return read_jsonl(path, me=me)
    raise InputError(
        str(path),
        "not a LinkedIn export (zip, folder or messages.csv), an mbox / .eml folder, or a JSONL file",
    )
