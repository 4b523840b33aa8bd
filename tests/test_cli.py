"""The CLI end to end on the bundled sample and on bad input: exit codes, contract, database."""

import json
import sqlite3
import zipfile

import pytest
from typer.testing import CliRunner

from unpitch.cli import app
from unpitch.outputs.records import CONTRACT_FIELDS
from unpitch.sample import sample_labels_path, sample_path

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def sample_jsonl(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scan")
    db = folder / "unpitch.db"
    result = run("scan", "--format", "jsonl", "--db", str(db))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()], db


def test_scan_without_path_scans_the_bundled_sample_and_prints_only_jsonl(sample_jsonl):
    records, _ = sample_jsonl
    labels = sample_labels_path().read_text(encoding="utf-8").splitlines()
    assert len(records) == len(labels) - 1
    for record in records:
        assert tuple(record)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
        assert record["verdict"] in {"keep", "review", "junk"}
        assert 0.0 <= record["score"] <= 1.0
        assert record["first_date"] <= record["last_date"]
        assert all(s["id"].isupper() and isinstance(s["points"], (int, float)) for s in record["signals"])
        points = [abs(s["points"]) for s in record["signals"]]
        assert points == sorted(points, reverse=True)


def test_every_junk_verdict_carries_evidence(sample_jsonl):
    records, _ = sample_jsonl
    for record in (r for r in records if r["verdict"] == "junk"):
        assert any(s["points"] > 0 and '"' in s["detail"] for s in record["signals"]), record


def test_database_matches_the_output_and_a_rescan_does_not_duplicate(sample_jsonl):
    records, db = sample_jsonl
    assert run("scan", "--format", "jsonl", "--db", str(db)).exit_code == 0
    with sqlite3.connect(db) as connection:
        stored = dict(connection.execute("select conversation_id, verdict from conversations"))
        scans = connection.execute("select count(*) from scans").fetchone()[0]
    assert stored == {r["conversation_id"]: r["verdict"] for r in records}
    assert scans == 2


def test_table_summary_and_output_file(tmp_path):
    out = tmp_path / "verdicts.csv"
    result = run("scan", "--format", "csv", "-o", str(out), "--no-db")
    assert result.exit_code == 0
    assert "conversations" in result.stdout and "junk" in result.stdout
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("conversation_id,title,participants")
    assert not (tmp_path / "unpitch.db").exists()


def test_json_format_is_one_array(tmp_path):
    result = run("scan", "--format", "json", "--no-db")
    assert isinstance(json.loads(result.stdout), list)


def test_profile_shows_the_owner():
    result = run("profile")
    assert result.exit_code == 0
    assert "Johanna Wiesmann" in result.stdout
    assert "Skills" in result.stdout


def test_eval_on_the_sample_reports_metrics_as_json():
    result = run("eval", str(sample_labels_path()), str(sample_path()), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["conversations"] == len(sample_labels_path().read_text(encoding="utf-8").splitlines()) - 1
    assert report["unmatched_labels"] == 0
    assert set(report) >= {"junk_recall", "junk_precision", "genuine_marked_junk", "wanted_not_junk", "confusion"}


def test_eval_reads_an_export_folder_that_holds_its_labels(tmp_path):
    import shutil

    export = tmp_path / "persona"
    shutil.copytree(sample_path(), export)
    shutil.copy(sample_labels_path(), export / "labels.csv")
    one_folder = json.loads(run("eval", str(export), "--format", "json").stdout)
    pair = json.loads(run("eval", str(sample_labels_path()), str(sample_path()), "--format", "json").stdout)
    assert one_folder == pair


def assert_one_line_error(result, *fragments):
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_wrong_path_is_one_clear_line(tmp_path):
    assert_one_line_error(run("scan", str(tmp_path / "missing.zip"), "--no-db"), "missing.zip")


def test_zip_without_messages_is_one_clear_line(tmp_path):
    archive = tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("Profile.csv", "First Name,Last Name\nA,B\n")
    before = archive.read_bytes()
    assert_one_line_error(run("scan", str(archive), "--no-db"), archive.name)
    assert archive.read_bytes() == before


def test_csv_with_missing_columns_is_one_clear_line(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text("FROM,TO\nA,B\n", encoding="utf-8")
    assert_one_line_error(run("scan", str(path), "--no-db"), "messages.csv")


def test_unknown_format_is_rejected():
    assert_one_line_error(run("scan", "--format", "xml", "--no-db"), "--format")


def test_database_in_missing_folder_is_one_clear_line(tmp_path):
    assert_one_line_error(run("scan", "--db", str(tmp_path / "no" / "x.db")), "does not exist")


def test_skipped_rows_warn_and_the_rest_is_scanned(tmp_path):
    path = tmp_path / "messages.csv"
    path.write_text(
        "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT\n"
        "c1,Jo Seller,https://www.linkedin.com/in/jo,Me,2026-01-02 10:00:00 UTC,Hello there\n"
        "c1,Jo Seller,https://www.linkedin.com/in/jo,Me,yesterday-ish,Broken date\n",
        encoding="utf-8",
    )
    result = run("scan", str(path), "--format", "jsonl", "--no-db")
    assert result.exit_code == 0
    assert "warning" in result.stderr and "row 3" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_rich_markup_in_messages_is_printed_as_text(tmp_path):
    """Names and texts are attacker-written: "[/]" or "[bold]" must not break or style the terminal."""
    path = tmp_path / "inbox.jsonl"
    lines = [
        {"id": "1", "sender": "x@spam.example", "sender_name": "[/] [bold red]Boss", "recipient": "me@example.com",
         "date": "2026-01-02T10:00:00", "text": "Hi [Name], we help agencies like yours [/] grow. Quick 15-minute call?"},
        {"id": "2", "sender": "y@spam.example", "sender_name": "[link=x]Eve", "recipient": "me@example.com",
         "date": "2026-01-03T10:00:00", "text": "Hi [Name], we help agencies like yours [/] grow. Quick 15-minute call?"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run("scan", str(path), "--no-db")
    assert result.exit_code == 0, result.output
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi [/] Lena [bold]x[/bold], we sell SEO. Call?", encoding="utf-8")
    coached = run("coach", str(draft), "--to", str(sample_path()))
    assert coached.exit_code in (0, 1), coached.output
    assert "[bold]x[/bold]" in coached.stdout
