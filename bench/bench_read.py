"""Benchmark reading + threading a LinkedIn export with ``read_linkedin``.

    python bench/bench_read.py                      # 100,000 generated rows, 2026 layout
    python bench/bench_read.py --layout 2024 --json
    python bench/bench_read.py --export path/to/export --runs 5

Speed: one untimed warm-up read, then ``--runs`` timed reads in this process; the
best run counts (least disturbed by other work on a shared machine). Rows/s is
messages read (``Inbox.message_count``) divided by that best wall-clock time.

Memory: a fresh child Python process imports unpitch, notes its peak RSS (VmHWM on
Linux, ru_maxrss elsewhere), reads the export once and notes the peak again. "peak"
is the child's whole-process peak resident set size (interpreter and imports
included); "baseline" is the peak before the read, so peak - baseline approximates
what the read itself costs.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from unpitch.model import Inbox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_export import generate_export  # noqa: E402  (sibling script, not a package)

TARGET_ROWS_PER_SECOND = 50_000
TARGET_PEAK_MB = 500
_CHILD_FLAG = "--measure-peak-of"


@dataclass(frozen=True, slots=True)
class Result:
    messages: int
    conversations: int
    runs: int
    best_seconds: float
    rows_per_second: float
    peak_mb: float
    baseline_mb: float
    layout: str
    export: str
    speed_ok: bool
    memory_ok: bool

    def summary(self) -> str:
        speed = "OK" if self.speed_ok else "MISSED"
        memory = "OK" if self.memory_ok else "MISSED"
        return (
            f"read_linkedin: {self.messages:,} rows in {self.conversations:,} conversations, "
            f"best of {self.runs} {self.best_seconds:.3f} s = {self.rows_per_second:,.0f} rows/s "
            f"(target >= {TARGET_ROWS_PER_SECOND:,}: {speed}); peak RSS {self.peak_mb:.0f} MB "
            f"in a child process, {self.baseline_mb:.0f} MB before reading "
            f"(target <= {TARGET_PEAK_MB} MB: {memory})"
        )


def _load_reader() -> Callable[[Path], Inbox]:
    try:
        from unpitch.sources.linkedin import read_linkedin
    except ImportError as exc:  # the reader module is missing or broken
        raise SystemExit(f"bench_read: cannot import the LinkedIn reader: {exc}") from None
    return read_linkedin


def _peak_rss_mb() -> float:
    """This process's peak RSS so far.

    Linux: VmHWM from /proc, because ru_maxrss survives fork + exec and would report
    the parent's peak when the parent was bigger. Elsewhere ru_maxrss (macOS: bytes).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _child_peak(export: Path) -> None:
    """Runs in the child: read once and print the peak RSS before and after as JSON."""
    read_linkedin = _load_reader()
    baseline = _peak_rss_mb()
    inbox = read_linkedin(export)
    figures = {"baseline_mb": baseline, "peak_mb": _peak_rss_mb(), "messages": inbox.message_count}
    print(json.dumps(figures))


def measure_peak(export: Path) -> tuple[float, float]:
    """(peak MB, baseline MB) of one read in a fresh interpreter."""
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), _CHILD_FLAG, str(export)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        last_line = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"bench_read: the memory-measuring child failed: {last_line}")
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures["peak_mb"], figures["baseline_mb"]


def measure_speed(export: Path, runs: int) -> tuple[float, int, int]:
    """(best seconds, messages, conversations) over ``runs`` timed reads after a warm-up."""
    read_linkedin = _load_reader()
    read_linkedin(export)  # warm-up: imports, page cache, regex compilation
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        inbox = read_linkedin(export)
        timings.append(time.perf_counter() - start)
    return min(timings), inbox.message_count, len(inbox.conversations)


def run(export: Path, runs: int, layout: str, label: str) -> Result:
    peak, baseline = measure_peak(export)
    best, messages, conversations = measure_speed(export, runs)
    rate = messages / best if best > 0 else float("inf")
    return Result(
        messages=messages, conversations=conversations, runs=runs, best_seconds=best,
        rows_per_second=rate, peak_mb=peak, baseline_mb=baseline, layout=layout, export=label,
        speed_ok=rate >= TARGET_ROWS_PER_SECOND, memory_ok=peak <= TARGET_PEAK_MB,
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_CHILD_FLAG]:
        _child_peak(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows to generate")
    parser.add_argument("--layout", choices=("2024", "2026"), default="2026")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="timed runs after a warm-up")
    parser.add_argument("--export", type=Path, help="read this export instead of generating one")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.rows < 1:
        parser.error("--runs and --rows must be >= 1")

    with tempfile.TemporaryDirectory(prefix="unpitch-bench-") as scratch:
        if args.export is None:
            export = Path(scratch) / "export"
            generate_export(export, args.rows, args.layout, args.seed)
            layout, label = args.layout, f"generated ({args.rows} rows, seed {args.seed})"
        else:
            export, layout, label = args.export, "as found", str(args.export)
        result = run(export, args.runs, layout, label)
    print(json.dumps(asdict(result), indent=2) if args.json else result.summary())
    missed = not (result.speed_ok and result.memory_ok)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
