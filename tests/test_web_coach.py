"""POST /coach and the coach page of the review app."""

import re
import warnings

import pytest

from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.sources import load_inbox
from unpitch.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PROFILE = "Lena Vogt\nHead of Finance at Tidewater Freight\nAbout\nI run treasury and the monthly close for a freight group."
GENERIC = (
    "Hi Lena, I hope this message finds you well! We help businesses like yours grow with SEO. "
    "Do you have 15 minutes for a quick call?"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db = tmp_path_factory.mktemp("coach") / "unpitch.db"
    inbox = load_inbox(sample_path())
    save_scan(db, inbox, scan_inbox(inbox))
    return TestClient(create_app(db), base_url="http://127.0.0.1:8765")


def test_api_returns_the_documented_shape(client):
    response = client.post("/coach", json={"draft": GENERIC, "recipient": PROFILE})
    assert response.status_code == 200
    result = response.json()
    assert result["verdict"] == "junk" and 0 <= result["score"] <= 100
    assert {"id", "passed", "evidence", "fix"} <= set(result["checks"][0])


def test_api_takes_a_json_profile_too(client):
    profile = {"first_name": "Lena", "headline": "Head of Finance at Tidewater Freight"}
    assert client.post("/coach", json={"draft": GENERIC, "recipient": profile}).status_code == 200


@pytest.mark.parametrize(
    "kwargs, status",
    [
        ({"content": "draft=hi", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 415),
        ({"content": "{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"json": {"draft": "   ", "recipient": PROFILE}}, 400),
        ({"json": {"recipient": PROFILE}}, 400),
    ],
)
def test_api_rejects_bad_input_with_one_clear_error(client, kwargs, status):
    response = client.post("/coach", **kwargs)
    assert response.status_code == status
    assert response.json()["error"]


def test_page_works_without_script_and_escapes_the_draft(client):
    page = client.get("/coach").text
    token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    hostile = GENERIC + ' <script>window.__pwned=1</script>'
    response = client.post("/coach/check", data={"form_token": token, "draft": hostile, "recipient": PROFILE})
    assert response.status_code == 200
    assert "<script>window.__pwned" not in response.text
    assert "&lt;script&gt;" in response.text
    assert "badge-junk" in response.text


def test_page_form_needs_the_form_token(client):
    assert client.post("/coach/check", data={"draft": GENERIC, "recipient": PROFILE}).status_code == 403
