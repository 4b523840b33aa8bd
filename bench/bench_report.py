"""Benchmark the HTML report: a 10,000-message export, rendered and opened in headless Chromium.

    python bench/bench_report.py               # generate, scan, write, open, print figures
    python bench/bench_report.py --json
    python bench/bench_report.py --check       # exit 1 when a target is missed

Steps: bench/generate_export.py writes a 10,000-message LinkedIn export; it is read and scanned
(not timed here, see bench_scan.py); the report is built and written (timed: "write"); Debian's
chromium (/usr/bin/chromium, through Playwright) opens the file from disk. "Render" is the
navigation's loadEventEnd: parsing, styles, the inline SVG charts and the script that reads the
embedded data and lays out the first page of conversations all run before the load event.
Best of ``--runs`` fresh pages. A search over every message is timed as well (typing to the
updated count, including the 120 ms input debounce). Targets: render < 2 s, file < 5 MB.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_export import generate_export  # noqa: E402  (sibling script, not a package)

MESSAGES = 10_000
TARGET_RENDER_SECONDS = 2.0
TARGET_MEGABYTES = 5.0
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def write_report(folder: Path) -> tuple[Path, float, int, int]:
    from unpitch.pipeline import scan_inbox
    from unpitch.report import report_html
    from unpitch.sources import load_inbox

    generate_export(folder / "export", rows=MESSAGES, seed=1)
    inbox = load_inbox(folder / "export")
    results = scan_inbox(inbox)
    started = time.perf_counter()
    html = report_html(inbox, results)
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    return path, time.perf_counter() - started, inbox.message_count, len(results)


def open_in_chromium(path: Path, runs: int) -> tuple[float, float]:
    """(best render seconds, search seconds) in headless Chromium."""
    from playwright.sync_api import expect, sync_playwright

    renders = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page()
            page.goto(path.as_uri(), wait_until="load", timeout=60_000)
            renders.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000)
            page.close()
        page = browser.new_page()
        page.goto(path.as_uri(), wait_until="load")
        before = page.locator("#count").inner_text()
        started = time.perf_counter()
        page.fill("#q", "zzz-no-such-word")
        expect(page.locator("#count")).not_to_have_text(before, timeout=30_000)
        search = time.perf_counter() - started
        browser.close()
    return min(renders), search


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        path, write_seconds, messages, conversations = write_report(Path(folder))
        size_mb = path.stat().st_size / 1_000_000
        no_network = not re.search(r'(src|href)="https?://', path.read_text(encoding="utf-8"))
        render, search = open_in_chromium(path, args.runs)
    figures = {
        "messages": messages,
        "conversations": conversations,
        "write_seconds": round(write_seconds, 2),
        "size_mb": round(size_mb, 2),
        "render_seconds": round(render, 3),
        "search_seconds": round(search, 3),
        "no_network_assets": no_network,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{messages:,} messages in {conversations:,} conversations: report written in {write_seconds:.2f} s, "
              f"{size_mb:.2f} MB (target < {TARGET_MEGABYTES:.0f} MB)")
        print(f"headless Chromium: rendered (loadEventEnd) in {render:.3f} s (target < {TARGET_RENDER_SECONDS:.0f} s); "
              f"search over all messages {search:.3f} s incl. 120 ms debounce")
    missed = render >= TARGET_RENDER_SECONDS or size_mb >= TARGET_MEGABYTES or not no_network
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
