"""Benchmark the review app: list and conversation pages on a 10,000-conversation database.

    python bench/bench_web.py                  # build the database, serve it, load it, print figures
    python bench/bench_web.py --json
    python bench/bench_web.py --check          # exit 1 when p95 >= 100 ms

The database: a generated LinkedIn export (bench/generate_export.py) is read, its first
10,000 conversations are scanned and saved, exactly as `unpitch scan` would. The app runs in its
own process (uvicorn, 127.0.0.1, a free port); this script is the load tool: a bounded number of
requests (``--requests`` per page kind, default 400) from ``--concurrency`` client threads
(default 4), each request timed from send to the last byte, under an overall time limit.
List pages are drawn across the three verdict lists and their pages; conversation pages across
all conversations. Target: p95 < 100 ms for each page kind.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_export import generate_export  # noqa: E402  (sibling script, not a package)

CONVERSATIONS = 10_000
# The generator averages about 5.6 rows per thread; this many rows gives more than 10,000 threads.
EXPORT_ROWS = 60_000
TARGET_P95_MS = 100.0
PAGE_SIZE = 50
_SERVER = (
    "import sys, uvicorn; from pathlib import Path; from unpitch.web.app import create_app; "
    "uvicorn.run(create_app(Path(sys.argv[1])), host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning', access_log=False)"
)


def build_database(folder: Path) -> Path:
    from unpitch.outputs.store import save_scan
    from unpitch.pipeline import scan_inbox
    from unpitch.sources import load_inbox

    generate_export(folder / "export", rows=EXPORT_ROWS, seed=1)
    inbox = load_inbox(folder / "export")
    inbox.conversations = inbox.conversations[:CONVERSATIONS]
    if len(inbox.conversations) < CONVERSATIONS:
        raise SystemExit(f"the export holds only {len(inbox.conversations)} conversations")
    db = folder / "unpitch.db"
    save_scan(db, inbox, scan_inbox(inbox))
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/inbox/junk", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the app did not start in time")


def targets(db: Path, requests: int, rng: random.Random) -> dict[str, list[str]]:
    import sqlite3

    with sqlite3.connect(db) as connection:
        counts = dict(connection.execute("SELECT verdict, count(*) FROM conversations GROUP BY verdict"))
        ids = [row[0] for row in connection.execute("SELECT conversation_id FROM conversations")]
    lists = []
    for _ in range(requests):
        verdict = rng.choice([v for v in ("junk", "review", "keep") if counts.get(v)])
        pages = max(1, (counts[verdict] + PAGE_SIZE - 1) // PAGE_SIZE)
        lists.append(f"/inbox/{verdict}?page={rng.randint(1, pages)}")
    conversations = [f"/c/{quote(rng.choice(ids), safe='')}" for _ in range(requests)]
    return {"list": lists, "conversation": conversations}


def load(base: str, paths: list[str], concurrency: int, time_limit: float) -> list[float]:
    """Milliseconds per request, send to last byte; stops at the time limit."""
    deadline = time.monotonic() + time_limit

    def one(client: httpx.Client, path: str) -> float | None:
        if time.monotonic() > deadline:
            return None
        start = time.perf_counter()
        response = client.get(base + path)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        return elapsed

    with httpx.Client(timeout=10) as client, ThreadPoolExecutor(concurrency) as pool:
        timings = list(pool.map(lambda path: one(client, path), paths))
    return [t for t in timings if t is not None]


def summary(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=400, help="requests per page kind (default 400)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per page kind at most")
    parser.add_argument("--db", type=Path, help="use this scan database instead of building one")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db = args.db or build_database(Path(folder))
        build_seconds = time.perf_counter() - started
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", _SERVER, str(db), str(port)])
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base, time.monotonic() + 30)
            figures: dict[str, object] = {"conversations": CONVERSATIONS, "build_seconds": round(build_seconds, 1),
                                          "concurrency": args.concurrency}
            for kind, paths in targets(db, args.requests, rng).items():
                load(base, paths[:20], args.concurrency, args.time_limit)  # warm-up, not counted
                figures[kind] = summary(load(base, paths, args.concurrency, args.time_limit))
        finally:
            server.terminate()
            server.wait(timeout=10)
    missed = [kind for kind in ("list", "conversation") if figures[kind]["p95_ms"] >= TARGET_P95_MS]  # type: ignore[index]
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{CONVERSATIONS:,} conversations (database built in {figures['build_seconds']} s), "
              f"{args.concurrency} client threads against 127.0.0.1")
        for kind in ("list", "conversation"):
            f = figures[kind]  # type: ignore[index]
            print(f"  {kind:<13} {f['requests']} requests  p50 {f['p50_ms']} ms  p95 {f['p95_ms']} ms  max {f['max_ms']} ms"
                  f"  (target p95 < {TARGET_P95_MS:.0f} ms)")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
