"""The scan pipeline: an inbox in, one verdict per conversation out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .config import UserConfig
from .model import Conversation, Inbox
from .scoring import Verdict, decide
from .signals import Context, detectors
from .signals.learned import DB_KEY as LEARNING_DB_KEY
from .signals.learned import WARNINGS_KEY as LEARNING_WARNINGS_KEY


@dataclass(slots=True)
class Result:
    conversation: Conversation
    verdict: Verdict


def scan_inbox(
    inbox: Inbox,
    config: UserConfig | None = None,
    on_progress: Callable[[int], None] | None = None,
    learning_db: Path | None = None,
    warnings: list[str] | None = None,
) -> list[Result]:
    """Run every registered detector on every conversation and decide each verdict.

    ``on_progress`` is called with the number of conversations just finished. ``learning_db`` is
    the database holding the user's marks (none: the built-in model alone); problems with the
    personal model are appended to ``warnings``.
    """
    context = Context.from_inbox(inbox, config)
    if learning_db is not None:
        context.cache[LEARNING_DB_KEY] = learning_db
    active = detectors()
    for detector in active:
        # Detectors with an expensive model batch it over the whole inbox once.
        prepare = getattr(detector, "prepare", None)
        if prepare is not None:
            prepare(inbox.conversations, context)
    results: list[Result] = []
    for conversation in inbox.conversations:
        signals = [signal for detector in active for signal in detector.detect(conversation, context)]
        results.append(Result(conversation, decide(signals)))
        if on_progress is not None:
            on_progress(1)
    if warnings is not None:
        warnings.extend(context.cache.get(LEARNING_WARNINGS_KEY, []))  # type: ignore[arg-type]
    return results
