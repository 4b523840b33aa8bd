"""Benchmark ``coach``: one draft coached in under 200 ms after start-up.

    python bench/bench_coach.py            # prints start-up and per-draft figures
    python bench/bench_coach.py --json

Start-up (imports, the intent model's first load) is timed once; then every draft of
tests/fixtures/coach/pairs.jsonl (generic and rewrite, 84 drafts) is coached against its recipient
``--rounds`` times, and the median and the slowest single call are reported. Target: slowest < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "coach"
TARGET_MS = 200.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    from unpitch.coach import coach, profile_from_json

    recipients = {key: profile_from_json(value, key)
                  for key, value in json.loads((FIXTURES / "recipients.json").read_text(encoding="utf-8")).items()}
    pairs = [json.loads(line) for line in (FIXTURES / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    coach(pairs[0]["generic"], recipients[pairs[0]["recipient"]])  # loads the model: part of start-up
    startup_ms = (time.perf_counter() - started) * 1000

    timings = []
    for _ in range(args.rounds):
        for pair in pairs:
            for draft in (pair["generic"], pair["rewrite"]):
                begin = time.perf_counter()
                coach(draft, recipients[pair["recipient"]])
                timings.append((time.perf_counter() - begin) * 1000)
    figures = {
        "startup_ms": round(startup_ms, 1),
        "drafts": len(timings),
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(sorted(timings)[int(0.95 * (len(timings) - 1))], 2),
        "max_ms": round(max(timings), 2),
        "target_ms": TARGET_MS,
        "passed": max(timings) < TARGET_MS,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"start-up {figures['startup_ms']} ms; {figures['drafts']} drafts coached: median "
              f"{figures['median_ms']} ms, p95 {figures['p95_ms']} ms, slowest {figures['max_ms']} ms (target < {TARGET_MS:.0f} ms): "
              f"{'PASS' if figures['passed'] else 'FAIL'}")


if __name__ == "__main__":
    main()
