"""Benchmark: one mark plus the re-score of that conversation (target < 50 ms).

Scans the bundled sample into a temporary database, warms the models up, then times
``service.mark`` + ``service.rescore`` of one conversation at a time (one more mark each time),
first with few marks, then on top of ``--seeded`` earlier marks (copies of the sample's snapshots
under made-up ids, as a user with a long marking history would have). Prints the median and p95 of
wall-clock and CPU time: on a shared machine the wall clock also measures the neighbours, the CPU
time only us. Run: .venv/bin/python bench/bench_marks.py [--rounds 40] [--seeded 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from unpitch.learning import service
from unpitch.learning.features import snapshot
from unpitch.learning.store import add_mark, connect, write_transaction
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.sources import load_inbox


def timed_marks(db: Path, ids: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each mark + re-score; labels alternate so every round changes a mark."""
    wall, cpu = [], []
    for index in range(rounds):
        cid = ids[index % len(ids)]
        start, start_cpu = time.perf_counter(), time.process_time()
        service.mark(db, [cid], "junk" if (index + index // len(ids)) % 2 else "keep", "bench")
        service.rescore(db, [cid])
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def seed_marks(db: Path, inbox, count: int) -> None:
    """``count`` extra marks under made-up ids, with the sample's snapshots (text varied per copy)."""
    labeler = service.intent_labeler()
    snaps = [snapshot(c, labeler) for c in inbox.conversations]
    connection = connect(db)
    try:
        with write_transaction(connection):
            for index in range(count):
                base = snaps[index % len(snaps)]
                varied = type(base)(**{**base.to_json(), "inbound_text": f"{base.inbound_text} copy{index}"})
                add_mark(connection, f"seeded-{index}", "junk" if index % 3 else "keep", "bench-seed", varied)
    finally:
        connection.close()
    service.rebuild(db)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def report(title: str, wall: list[float], cpu: list[float]) -> None:
    print(
        f"{title}: wall median {statistics.median(wall):.1f} ms, p95 {p95(wall):.1f} ms; "
        f"CPU median {statistics.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms ({len(wall)} rounds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--seeded", type=int, default=300)
    options = parser.parse_args()
    inbox = load_inbox(sample_path())
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "unpitch.db"
        save_scan(db, inbox, scan_inbox(inbox))
        ids = [c.id for c in inbox.conversations]
        service.mark(db, [ids[0]], "junk", "warm-up")
        service.unmark(db, [ids[0]])
        report("few marks", *timed_marks(db, ids[:10], options.rounds))
        seed_marks(db, inbox, options.seeded)
        report(f"{options.seeded}+ marks", *timed_marks(db, ids[10:20], options.rounds))
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
