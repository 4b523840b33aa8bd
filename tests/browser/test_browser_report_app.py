"""The report and the review app in a real browser (Debian's chromium through Playwright).

Hostile messages (tests/browser/hostile.jsonl) carry <script>, onerror= attributes,
javascript: URLs and CSS tricks; every test checks that none of them ran and the page is intact.
Screenshots go to tests/browser/screenshots/ (git-ignored), desktop and 390 px phone width.
"""

import re
import shutil
import socket
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (dev dependency) is not installed")

import uvicorn  # noqa: E402

from unpitch.outputs.store import save_scan  # noqa: E402
from unpitch.pipeline import scan_inbox  # noqa: E402
from unpitch.report import report_html  # noqa: E402
from unpitch.sources import load_inbox  # noqa: E402
from unpitch.web.app import create_app  # noqa: E402

HERE = Path(__file__).parent
HOSTILE = HERE / "hostile.jsonl"
SCREENSHOTS = HERE / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1200, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


class Watched:
    """A page plus everything that would show an attack working: dialogs, errors, requests out."""

    def __init__(self, browser, viewport):
        self.page = browser.new_page(viewport=viewport)
        self.dialogs, self.errors, self.foreign = [], [], []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self._request)
        self.origin = ""

    def _request(self, request):
        if not request.url.startswith(("file://", "data:")) and not request.url.startswith(self.origin or "\0"):
            self.foreign.append(request.url)

    def assert_nothing_ran(self):
        assert self.page.evaluate("typeof window.__pwned") == "undefined"
        assert self.dialogs == [] and self.errors == [] and self.foreign == []
        assert self.page.evaluate("document.querySelectorAll('[onerror], a[href^=\"javascript:\"], img, iframe').length") == 0
        assert self.page.evaluate("getComputedStyle(document.body).display") != "none"
        assert self.page.locator("h1").first.is_visible()

    def fits_width(self):
        return self.page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")

    def shot(self, name):
        SCREENSHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    inbox = load_inbox(HOSTILE)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(report_html(inbox, scan_inbox(inbox), datetime(2026, 3, 1, tzinfo=timezone.utc)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a free 127.0.0.1 port in a thread, over a fresh scan of the hostile inbox."""
    db = tmp_path_factory.mktemp("app") / "unpitch.db"
    inbox = load_inbox(HOSTILE)
    save_scan(db, inbox, scan_inbox(inbox))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db
    running.should_exit = True
    thread.join(timeout=5)


def verdict_in_db(db: Path, conversation_id: str) -> str:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT verdict FROM conversations WHERE conversation_id = ?", (conversation_id,)).fetchone()[0]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two computed CSS rgb() colours."""
    def luminance(colour: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --- the report ------------------------------------------------------------------------------------

def test_report_opens_offline_and_hostile_messages_stay_text(browser, report_file):
    watched = Watched(browser, DESKTOP)
    watched.page.goto(report_file.as_uri())
    assert watched.page.locator("#count").inner_text().startswith("6 of 6 conversations")
    for summary in watched.page.locator("#results summary").all():
        summary.click()  # renders every conversation's signals, messages and drafts
    assert watched.page.get_by_text("<script>window.__pwned='script'</script>", exact=False).count() >= 1
    assert watched.page.locator("#results .text", has_text="<style>*{display:none!important}</style>").count() == 1
    watched.assert_nothing_ran()
    watched.shot("report-desktop")
    watched.page.close()


def test_report_search_and_filters_work_without_a_server(browser, report_file):
    watched = Watched(browser, DESKTOP)
    page = watched.page
    page.goto(report_file.as_uri())
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("Suchmaschinen")
    sync_api.expect(page.locator("#count")).to_have_text(re.compile(r"^1 of 6"))
    page.fill("#q", "")
    page.uncheck("input[name=verdict][value=junk]")
    sync_api.expect(page.locator("#count")).to_have_text(re.compile(r"^2 of 6"))
    page.select_option("#kind", "inbound_lead")
    sync_api.expect(page.locator("#count")).to_have_text(re.compile(r"^1 of 6"))
    watched.assert_nothing_ran()
    page.close()


def test_report_at_phone_width(browser, report_file):
    watched = Watched(browser, PHONE)
    watched.page.goto(report_file.as_uri())
    watched.page.locator("#results summary").first.click()
    assert watched.fits_width()
    watched.assert_nothing_ran()
    watched.shot("report-phone-390")
    watched.page.close()


# --- the app ---------------------------------------------------------------------------------------

def test_keyboard_triage_marks_and_the_mark_survives_a_reload(browser, server):
    origin, db = server
    watched = Watched(browser, DESKTOP)
    watched.origin = origin
    page = watched.page
    page.goto(f"{origin}/inbox/junk")
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = page.locator(".row").nth(1)
    assert "current" in second.get_attribute("class")
    marked_id = second.locator(".pick").get_attribute("value")
    with page.expect_navigation():
        page.keyboard.press("a")  # keep
    assert page.url.endswith("/inbox/junk?cursor=1")
    assert page.locator(".row").count() == 3
    assert verdict_in_db(db, marked_id) == "keep"
    page.goto(f"{origin}/inbox/keep")
    page.reload()
    assert page.locator(".row", has_text="marked keep by you").count() == 1
    # Open a conversation by keyboard, mark it junk with x, which moves on to the next one.
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("o")
    opened = page.url
    with page.expect_navigation():
        page.keyboard.press("x")
    assert page.url != opened
    page.goto(opened)
    assert page.locator("#marked").inner_text().startswith("marked by you")
    page.keyboard.press("?")
    assert page.locator("#help").get_attribute("open") is not None
    with page.expect_navigation():
        page.keyboard.press("Escape")
    assert "/inbox/" in page.url
    watched.assert_nothing_ran()
    page.close()


def test_buttons_and_bulk_actions_do_the_same(browser, server):
    origin, db = server
    watched = Watched(browser, DESKTOP)
    watched.origin = origin
    page = watched.page
    page.goto(f"{origin}/inbox/junk")
    page.locator(".pick").first.check()
    page.locator(".pick").nth(1).check()
    chosen = [page.locator(".pick").nth(i).get_attribute("value") for i in range(2)]
    with page.expect_navigation():
        page.click("#bulk-review")
    assert {verdict_in_db(db, c) for c in chosen} == {"review"}
    page.goto(f"{origin}/inbox/review")
    with page.expect_navigation():
        page.locator(".row").first.get_by_role("button", name="Junk").click()
    assert page.locator(".row").count() == 1
    watched.assert_nothing_ran()
    page.close()


def test_conversation_pages_keep_hostile_text_inert(browser, server):
    origin, _ = server
    for conversation_id in ("c-css", "c-img", "c-script"):
        watched = Watched(browser, DESKTOP)
        watched.origin = origin
        watched.page.goto(f"{origin}/c/{conversation_id}")
        assert "window.__pwned" in watched.page.locator(".messages").inner_text() + watched.page.locator("h1").inner_text()
        watched.assert_nothing_ran()
        if conversation_id == "c-css":
            watched.shot("app-conversation-desktop")
        watched.page.close()


def test_app_is_accessible_and_usable_at_phone_width(browser, server):
    origin, _ = server
    watched = Watched(browser, PHONE)
    watched.origin = origin
    page = watched.page
    for url, name in ((f"{origin}/inbox/junk", "app-list-phone-390"), (f"{origin}/c/c-de", "app-conversation-phone-390")):
        page.goto(url)
        assert watched.fits_width(), url
        unlabelled = page.evaluate(
            """Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
               .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
               .map(e => e.outerHTML)"""
        )
        assert unlabelled == []
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"  # focus order starts at the skip link
        watched.shot(name)
    for selector in (".badge-junk", ".tab[aria-current=page]", ".why", ".b-review"):
        if page.locator(selector).count():
            colours = page.locator(selector).first.evaluate(
                "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : getComputedStyle(e).backgroundColor]"
            )
            assert contrast(*colours) >= 4.5, (selector, colours)
    watched.assert_nothing_ran()
    page.close()


def test_coach_page_shows_the_result_live_and_keeps_the_draft_inert(browser, server):
    origin, _ = server
    watched = Watched(browser, DESKTOP)
    watched.origin = origin
    page = watched.page
    page.goto(f"{origin}/coach")
    page.fill("#recipient", "Lena Vogt\nHead of Finance at Tidewater Freight\nAbout\nTreasury and the monthly close.")
    page.fill(
        "#draft",
        "Hi Lena, I hope this message finds you well! We help businesses like yours grow with SEO. "
        "Quick 15-minute call? <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>",
    )
    page.wait_for_selector("#coach-result .checks li", timeout=10_000)
    assert page.locator("#coach-result .badge").inner_text() == "junk"
    assert page.locator("#coach-result li.failed").count() >= 1
    assert page.locator("h1").inner_text() == "Would your message be junk to her?"
    page.keyboard.press("Tab")
    watched.shot("coach-desktop")
    watched.assert_nothing_ran()
    page.close()
