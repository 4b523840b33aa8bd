"""The synthetic export generator (bench/generate_export.py) and the read benchmark."""

from __future__ import annotations

import csv
import importlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load(name: str) -> ModuleType:
    """Import a bench script by name: bench/ is a folder of scripts, not a package."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


generator = _load("generate_export")
EXPORT_FILES = ("messages.csv", "Profile.csv", "Connections.csv", "Invitations.csv")


def _message_rows(folder: Path) -> tuple[list[str], list[list[str]]]:
    with (folder / "messages.csv").open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def _read_linkedin():
    return pytest.importorskip("unpitch.sources.linkedin").read_linkedin


@pytest.fixture(scope="module")
def export_2026(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export2026")
    generator.generate_export(folder, rows=500, layout="2026", seed=7)
    return folder


def test_same_seed_gives_identical_files(export_2026: Path, tmp_path: Path) -> None:
    generator.generate_export(tmp_path, rows=500, layout="2026", seed=7)
    for name in EXPORT_FILES:
        assert (tmp_path / name).read_bytes() == (export_2026 / name).read_bytes(), name


def test_other_seed_gives_other_messages(export_2026: Path, tmp_path: Path) -> None:
    generator.generate_export(tmp_path, rows=500, layout="2026", seed=8)
    assert (tmp_path / "messages.csv").read_bytes() != (export_2026 / "messages.csv").read_bytes()


@pytest.mark.parametrize("layout", ["2024", "2026"])
def test_row_count_and_header(layout: str, tmp_path: Path) -> None:
    generator.generate_export(tmp_path, rows=500, layout=layout, seed=1)
    header, rows = _message_rows(tmp_path)
    assert header == generator.LAYOUT_HEADERS[layout]
    assert len(rows) == 500
    assert all(len(row) == len(header) for row in rows)
    assert {row[header.index("IS MESSAGE DRAFT")] for row in rows} == {"No"}


def test_2026_layout_quotes_every_field(export_2026: Path) -> None:
    first_line = (export_2026 / "messages.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith('"CONVERSATION ID","CONVERSATION TITLE"')
    assert first_line.count('"') == 2 * len(generator.LAYOUT_HEADERS["2026"])


def test_rows_are_newest_first_with_utc_dates(export_2026: Path) -> None:
    header, rows = _message_rows(export_2026)
    dates = [row[header.index("DATE")] for row in rows]
    assert dates == sorted(dates, reverse=True)
    stamp_length = len("2025-01-02 03:04:05 UTC")
    assert all(date.endswith(" UTC") and len(date) == stamp_length for date in dates)


def test_content_mixes_line_breaks_html_and_owner_messages(export_2026: Path) -> None:
    header, rows = _message_rows(export_2026)
    contents = [row[header.index("CONTENT")] for row in rows]
    senders = Counter(row[header.index("FROM")] for row in rows)
    assert any("\n" in text for text in contents)
    assert any("<p>" in text for text in contents)
    assert senders[generator.OWNER.name] > 0
    assert len(senders) > 10


def test_conversation_ids_look_like_linkedin_ids(export_2026: Path) -> None:
    header, rows = _message_rows(export_2026)
    ids = {row[header.index("CONVERSATION ID")] for row in rows}
    assert all(cid.startswith("2-") and cid.endswith("==") and len(cid) == 44 for cid in ids)


def test_side_files_have_their_headers(export_2026: Path) -> None:
    connections = (export_2026 / "Connections.csv").read_text(encoding="utf-8").splitlines()
    assert connections[0] == "Notes:"
    assert connections[2] == ""
    assert connections[3].split(",") == generator.CONNECTIONS_HEADER
    profile = (export_2026 / "Profile.csv").read_text(encoding="utf-8").splitlines()
    assert profile[0].split(",") == generator.PROFILE_HEADER
    invitations = (export_2026 / "Invitations.csv").read_text(encoding="utf-8").splitlines()
    assert invitations[0].split(",") == generator.INVITATIONS_HEADER


def test_rejects_unknown_layout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layout"):
        generator.generate_export(tmp_path, rows=5, layout="2019")


@settings(max_examples=25, deadline=None)
@given(rows=st.integers(min_value=0, max_value=80), seed=st.integers(min_value=0, max_value=2**32))
def test_any_size_gives_exact_rows_and_threads_of_at_most_30(rows: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        generator.generate_export(folder, rows=rows, layout="2024", seed=seed)
        header, written = _message_rows(folder)
    assert len(written) == rows
    sizes = Counter(row[header.index("CONVERSATION ID")] for row in written)
    assert all(1 <= size <= 30 for size in sizes.values())


@pytest.mark.parametrize("layout", ["2024", "2026"])
def test_generated_export_reads_back_completely(layout: str, tmp_path: Path) -> None:
    read_linkedin = _read_linkedin()
    generator.generate_export(tmp_path, rows=500, layout=layout, seed=3)
    header, rows = _message_rows(tmp_path)
    inbox = read_linkedin(tmp_path)
    assert inbox.message_count == 500
    assert len(inbox.conversations) == len({row[header.index("CONVERSATION ID")] for row in rows})
    assert inbox.warnings == []
    assert inbox.owner.name == generator.OWNER.name
    owner_rows = sum(row[header.index("FROM")] == generator.OWNER.name for row in rows)
    assert sum(len(c.outbound_messages) for c in inbox.conversations) == owner_rows


def test_bench_read_reports_json(capsys: pytest.CaptureFixture[str]) -> None:
    _read_linkedin()
    bench = _load("bench_read")
    assert bench.main(["--rows", "300", "--runs", "1", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["messages"] == 300
    assert figures["rows_per_second"] > 0
    assert figures["peak_mb"] >= figures["baseline_mb"] > 0
