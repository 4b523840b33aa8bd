"""``unpitch coach`` through a Typer app: text and JSON output, exit codes, stdin, bad input."""

import json

import pytest
from typer.testing import CliRunner

from unpitch.cli import app as cli_app

runner = CliRunner()
RECIPIENT = {"first_name": "Maya", "last_name": "Okafor", "headline": "Head of Finance at Tidewater | Treasury",
             "summary": "Looking for better cash-flow forecasting across nine depots.", "skills": ["Treasury", "Cash-flow forecasting"]}
GENERIC = ("Hi Maya, I hope this message finds you well. I came across your profile and was impressed by your background. "
           "We help companies like yours grow revenue with our AI platform. Would you be open to a quick call?")


@pytest.fixture(scope="module")
def app():
    return cli_app


@pytest.fixture
def files(tmp_path):
    recipient = tmp_path / "maya.json"
    recipient.write_text(json.dumps(RECIPIENT), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(GENERIC, encoding="utf-8")
    return draft, recipient


def test_json_output_and_exit_1_for_junk(app, files):
    draft, recipient = files
    result = runner.invoke(app, ["coach", str(draft), "--to", str(recipient), "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["verdict"] == "junk" and 0 <= data["score"] <= 39
    assert {check["id"] for check in data["checks"]} >= {"generic_sentences", "time_ask_reason", "length"}


def test_text_output_from_stdin(app, files):
    _, recipient = files
    result = runner.invoke(app, ["coach", "-", "--to", str(recipient)], input=GENERIC)
    assert result.exit_code == 1
    assert "junk" in result.stdout and "✗ generic_sentences" in result.stdout and "→" in result.stdout


def test_exit_0_for_a_draft_she_would_keep(app, files):
    _, recipient = files
    note = "Hi Maya, thanks for the talk on cash-flow forecasting at the depot meeting yesterday. See you next week!"
    result = runner.invoke(app, ["coach", "-", "--to", str(recipient), "-f", "json"], input=note)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verdict"] == "keep"


@pytest.mark.parametrize("args, message", [
    (["coach", "missing.txt", "--to", "RECIPIENT"], "missing.txt: no such file"),
    (["coach", "DRAFT", "--to", "nowhere.json"], "nowhere.json: no such file"),
    (["coach", "DRAFT", "--to", "RECIPIENT", "--format", "xml"], "--format must be text or json"),
])
def test_bad_input_exits_2_with_one_line(app, files, args, message):
    draft, recipient = files
    args = [str(draft) if a == "DRAFT" else str(recipient) if a == "RECIPIENT" else a for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_empty_and_binary_drafts_exit_2(app, files, tmp_path):
    _, recipient = files
    assert runner.invoke(app, ["coach", "-", "--to", str(recipient)], input="  \n").exit_code == 2
    binary = tmp_path / "draft.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(app, ["coach", str(binary), "--to", str(recipient)])
    assert result.exit_code == 2 and "not UTF-8" in result.output
