"""Benchmark: one mark plus the re-score of that conversation (target < 50 ms).

Scans the bundled sample into a temporary database, warms the models up, then times
``service.mark`` + ``service.rescore`` for ten single conversations in a row (one more mark each time).
Run: .venv/bin/python bench/bench_marks.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from unpitch.learning import service
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.sources import load_inbox


def timed_marks(db: Path, ids: list[str]) -> list[float]:
    timings = []
    for index, cid in enumerate(ids):
        start = time.perf_counter()
        service.mark(db, [cid], "junk" if index % 2 else "keep", "bench")
        service.rescore(db, [cid])
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    inbox = load_inbox(sample_path())
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "unpitch.db"
        save_scan(db, inbox, scan_inbox(inbox))
        ids = [c.id for c in inbox.conversations]
        service.mark(db, [ids[0]], "junk", "warm-up")
        service.unmark(db, [ids[0]])
        cold = timed_marks(db, ids[:10])
        print(f"mark + re-score, few marks: median {statistics.median(cold):.1f} ms, max {max(cold):.1f} ms")


if __name__ == "__main__":
    main()
