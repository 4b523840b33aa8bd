"""The review app through its HTTP interface: lists, conversation, marks, bulk, export, security."""

import csv
import io
import re
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unpitch.cli import app
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sources import load_inbox
from unpitch.web.app import create_app, safe_return, spreadsheet_safe
from unpitch.web.marks import SqliteMarkStore

with warnings.catch_warnings():
    # Starlette suggests another client package; httpx is the one FastAPI documents and pins.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = Path(__file__).parent / "browser" / "hostile.jsonl"
LOCAL = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def scanned_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "scan.db"
    inbox = load_inbox(HOSTILE)
    save_scan(path, inbox, scan_inbox(inbox))
    return path


@pytest.fixture()
def db(scanned_db, tmp_path) -> Path:
    copy = tmp_path / "unpitch.db"
    shutil.copy(scanned_db, copy)
    return copy


@pytest.fixture()
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL)


def form_token(page: str) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', page).group(1)


def verdict_in_db(db: Path, conversation_id: str) -> str:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT verdict FROM conversations WHERE conversation_id = ?", (conversation_id,)).fetchone()[0]


def mark(client: TestClient, conversation_id: str, verdict: str, return_to: str = "/inbox/junk", **extra):
    token = form_token(client.get("/inbox/junk").text)
    data = {"verdict": verdict, "form_token": token, "return_to": return_to, **extra}
    return client.post(f"/c/{conversation_id}/mark?cursor=2", data=data, follow_redirects=False)


def test_lists_by_verdict_with_counts_highest_score_first(client):
    page = client.get("/inbox/junk")
    assert page.status_code == 200
    assert re.search(r'junk <span class="n">4</span>', page.text) and re.search(r'keep <span class="n">2</span>', page.text)
    ids = re.findall(r'name="ids" value="([^"]+)"', page.text)
    assert set(ids) == {"c-script", "c-img", "c-css", "c-de"}
    scores = [float(s) for s in re.findall(r"score (\d\.\d\d)", page.text)]
    assert scores == sorted(scores, reverse=True)
    assert client.get("/", follow_redirects=False).headers["location"] == "/inbox/junk"
    assert client.get("/inbox/spam").status_code == 404


def test_search_finds_message_text_and_escapes_like_wildcards(client):
    assert re.findall(r'name="ids" value="([^"]+)"', client.get("/inbox/junk", params={"q": "Suchmaschinen"}).text) == ["c-de"]
    assert "Nothing in junk matches" in client.get("/inbox/junk", params={"q": "%_%"}).text


def test_hostile_text_is_escaped_and_the_pages_forbid_inline_script(client):
    for url in ("/inbox/junk", "/c/c-img", "/c/c-css"):
        page = client.get(url)
        assert "<img src=x" not in page.text and "<script>window" not in page.text and "<style>*" not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"
    css_page = client.get("/c/c-css").text
    assert "&lt;/textarea&gt;&lt;script&gt;" in css_page and "&lt;style&gt;" in css_page


def test_conversation_page_shows_signals_messages_drafts_and_neighbours(client):
    page = client.get("/c/c-de", params={"list": "junk"}).text
    assert "COMMERCIAL_INTENT" in page and "Suchmaschinenoptimierung" in page
    german = page.index('id="draft-de"')
    assert german < page.index('id="draft-en"')  # the conversation's language first
    assert "Hallo Vera," in page
    assert 'id="prev"' in page or 'id="next"' in page
    friend = client.get("/c/c-friend").text
    assert "No decline drafted" in friend
    assert client.get("/c/nope").status_code == 404


def test_a_mark_rescores_the_conversation_and_survives_a_reload(client, db):
    response = mark(client, "c-css", "keep")
    assert response.status_code == 303 and response.headers["location"] == "/inbox/junk?cursor=2"
    assert verdict_in_db(db, "c-css") == "keep"
    assert SqliteMarkStore(db).marks() == {"c-css": "keep"}
    assert "marked keep by you" in client.get("/inbox/keep").text
    page = client.get("/c/c-css").text
    assert "marked by you (the scan said junk)" in page
    # A new app over the same database (a restart) still shows the mark.
    assert "marked keep by you" in TestClient(create_app(db), base_url=LOCAL).get("/inbox/keep").text


def test_clearing_a_mark_restores_the_scan_verdict(client, db):
    mark(client, "c-img", "keep")
    token = form_token(client.get("/inbox/keep").text)
    client.post("/c/c-img/unmark", data={"form_token": token, "return_to": "/inbox/keep"})
    assert verdict_in_db(db, "c-img") == "junk"
    assert SqliteMarkStore(db).marks() == {}


def test_bulk_marks_every_selected_conversation(client, db):
    token = form_token(client.get("/inbox/junk").text)
    data = {"form_token": token, "return_to": "/inbox/junk", "action": "review", "ids": ["c-de", "c-img"]}
    assert client.post("/bulk", data=data, follow_redirects=False).status_code == 303
    assert {verdict_in_db(db, i) for i in ("c-de", "c-img")} == {"review"}
    assert client.post("/bulk", data={**data, "action": "delete"}).status_code == 400


def test_a_rescan_is_overlaid_with_the_marks_when_the_app_starts(client, db):
    mark(client, "c-script", "keep")
    inbox = load_inbox(HOSTILE)
    save_scan(db, inbox, scan_inbox(inbox))  # the scan writes junk again
    assert verdict_in_db(db, "c-script") == "junk"
    create_app(db)
    assert verdict_in_db(db, "c-script") == "keep"


def test_any_mark_store_will_do(db):
    class MemoryMarks:
        def __init__(self):
            self.stored = {"c-friend": "junk"}

        def mark(self, conversation_id, verdict):
            self.stored[conversation_id] = verdict

        def unmark(self, conversation_id):
            self.stored.pop(conversation_id, None)

        def marks(self):
            return dict(self.stored)

    store = MemoryMarks()
    app_client = TestClient(create_app(db, marks=store), base_url=LOCAL)
    assert verdict_in_db(db, "c-friend") == "junk"  # laid over the scan at start
    mark(app_client, "c-de", "keep")
    assert store.stored == {"c-friend": "junk", "c-de": "keep"}


def test_posts_need_the_form_token_and_stay_on_this_app(client):
    refused = client.post("/c/c-css/mark", data={"verdict": "keep", "return_to": "/"})
    assert refused.status_code == 403
    assert mark(client, "c-css", "keep", return_to="//evil.example/x").headers["location"] == "/?cursor=2"
    assert mark(client, "c-css", "maybe").status_code == 400
    assert safe_return("https://evil.example/") == "/" and safe_return("/\\evil") == "/"
    assert safe_return("/inbox/keep?q=a") == "/inbox/keep?q=a"


def test_loopback_app_refuses_foreign_host_names(db):
    rebinding = TestClient(create_app(db), base_url="http://attacker.example:8765")
    assert rebinding.get("/inbox/junk").status_code == 400
    assert TestClient(create_app(db), base_url="http://localhost:8765").get("/inbox/junk").status_code == 200


def test_non_loopback_app_requires_the_token_on_every_request(db):
    app_client = TestClient(create_app(db, access_token="s3cret-token"), base_url="http://192.0.2.10:8765")
    assert app_client.get("/inbox/junk").status_code == 403
    assert app_client.get("/static/app.css").status_code == 403
    assert app_client.get("/inbox/junk", params={"token": "wrong"}).status_code == 403
    first = app_client.get("/inbox/junk", params={"token": "s3cret-token"})
    assert first.status_code == 200 and "httponly" in first.headers["set-cookie"].lower()
    assert app_client.get("/c/c-de").status_code == 200  # the cookie now carries the token


def test_junk_export_lists_junk_with_spreadsheet_safe_cells(client):
    response = client.get("/export/junk.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {row["conversation_id"] for row in rows} == {"c-script", "c-img", "c-css", "c-de"}
    assert all(row["marked_by_you"] == "no" and row["open_in_linkedin"] == "" for row in rows)  # a JSONL scan
    assert spreadsheet_safe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")" and spreadsheet_safe("Ann") == "Ann"


# --- the command ---------------------------------------------------------------------------


def test_serve_prints_a_token_for_a_public_address(db, monkeypatch):
    started = {}
    monkeypatch.setattr("uvicorn.run", lambda app, host, port, **kw: started.update(host=host, port=port))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9001"])
    assert result.exit_code == 0, result.output
    assert re.search(r"http://0\.0\.0\.0:9001/\?token=[\w-]{20,}", result.output)
    assert started == {"host": "0.0.0.0", "port": 9001}
    local = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert "?token=" not in local.output and "http://127.0.0.1:8765/" in local.output


def test_serve_without_a_scan_database_says_what_to_do(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "missing.db" in result.output and "unpitch scan" in result.output
    assert list(tmp_path.iterdir()) == []  # no empty database left behind
