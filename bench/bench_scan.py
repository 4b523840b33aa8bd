"""Benchmark the whole scan: reading, every detector, scoring.

    python bench/bench_scan.py                 # 10,000-message cold run + 100,000-message steady state
    python bench/bench_scan.py --json

Cold: ``unpitch scan EXPORT --no-db --format jsonl`` on a generated 10,000-message export, in a
fresh process, wall clock including interpreter start-up, imports and model loading (best of
``--runs``). Target: under 8 s.

Steady state: a generated 100,000-message export is read once, then ``scan_inbox`` (every
detector on, the intent model batched over the inbox) is timed alone; messages/s = messages /
that time (best of ``--runs``). Target: >= 2,000 messages/s. Peak memory: a fresh child process
reads and scans the same export and reports its peak RSS (VmHWM). Target: <= 1.5 GB.

The generated texts are recombined phrase pieces: they exercise the pipeline's cost, not its
accuracy.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_read import _peak_rss_mb  # noqa: E402  (sibling script, not a package)
from generate_export import generate_export  # noqa: E402

COLD_MESSAGES = 10_000
STEADY_MESSAGES = 100_000
TARGET_COLD_SECONDS = 8.0
TARGET_MESSAGES_PER_SECOND = 2_000
TARGET_PEAK_MB = 1_536
_CHILD_FLAG = "--measure-peak-of"


def cold_seconds(export: Path, runs: int) -> float:
    """Best wall time of the CLI scanning ``export`` from a fresh interpreter."""
    unpitch = Path(sys.executable).with_name("unpitch")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(unpitch), "scan", str(export), "--no-db", "--format", "jsonl"],
                       stdout=subprocess.DEVNULL, check=True)
        timings.append(time.perf_counter() - start)
    return min(timings)


def steady_rate(export: Path, runs: int) -> tuple[float, int, int]:
    """(messages/s of scan_inbox alone, messages, conversations)."""
    from unpitch.pipeline import scan_inbox
    from unpitch.sources import load_inbox

    inbox = load_inbox(export)
    scan_inbox(inbox)  # warm-up: model loading, regex compilation
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        scan_inbox(inbox)
        timings.append(time.perf_counter() - start)
    return inbox.message_count / min(timings), inbox.message_count, len(inbox.conversations)


def _child_peak(export: Path) -> None:
    from unpitch.pipeline import scan_inbox
    from unpitch.sources import load_inbox

    scan_inbox(load_inbox(export))
    print(json.dumps({"peak_mb": _peak_rss_mb()}))


def peak_mb(export: Path) -> float:
    completed = subprocess.run([sys.executable, __file__, _CHILD_FLAG, str(export)],
                               capture_output=True, text=True, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])["peak_mb"]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_CHILD_FLAG]:
        _child_peak(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small", Path(folder) / "large"
        generate_export(small, rows=COLD_MESSAGES, layout="2026", seed=1)
        generate_export(large, rows=STEADY_MESSAGES, layout="2026", seed=2)
        cold = cold_seconds(small, args.runs)
        rate, messages, conversations = steady_rate(large, args.runs)
        peak = peak_mb(large)
    figures = {
        "cold_messages": COLD_MESSAGES, "cold_seconds": round(cold, 2),
        "steady_messages": messages, "steady_conversations": conversations,
        "messages_per_second": round(rate), "peak_mb": round(peak),
        "cold_ok": cold < TARGET_COLD_SECONDS, "rate_ok": rate >= TARGET_MESSAGES_PER_SECOND,
        "memory_ok": peak <= TARGET_PEAK_MB,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"scan: {COLD_MESSAGES:,} messages cold (CLI, start-up included) {cold:.2f} s "
            f"(target < {TARGET_COLD_SECONDS:.0f} s); steady state {rate:,.0f} messages/s over "
            f"{messages:,} messages in {conversations:,} conversations (target >= {TARGET_MESSAGES_PER_SECOND:,}); "
            f"peak RSS {peak:,.0f} MB (target <= {TARGET_PEAK_MB:,} MB)"
        )
    ok = figures["cold_ok"] and figures["rate_ok"] and figures["memory_ok"]
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
