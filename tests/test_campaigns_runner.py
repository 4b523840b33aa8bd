"""The corpus job: readers, grouping on a generated corpus, local == Dask, the CLI command."""

import csv
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unpitch.campaigns.corpus import plan_chunks, read_chunk
from unpitch.campaigns.runner import find_families
from unpitch.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("campaign_corpus", ROOT / "bench" / "campaign_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["campaign_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    _generator().write_corpus(path, 3000, seed=7)
    return path


def _truth(path: Path) -> dict[str, tuple[str, str]]:
    with path.with_name(path.stem + ".truth.csv").open() as handle:
        return {row["id"]: (row["family"], row["kind"]) for row in csv.DictReader(handle)}


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def test_families_match_ground_truth(corpus):
    report = find_families(corpus, chunk_rows=700)
    truth = _truth(corpus)
    predicted = {member: family.family_id for family in report.families for member in family.members}
    true_positive = _pairs(Counter((truth[m][0], f) for m, f in predicted.items() if truth[m][0]))
    precision = true_positive / _pairs(Counter(predicted.values()))
    recall = true_positive / _pairs(Counter(family for family, _ in truth.values() if family))
    assert 2 * precision * recall / (precision + recall) >= 0.97
    assert not [m for m in predicted if truth[m][1] == "courtesy"]
    assert report.messages == 3000


def test_chunking_does_not_change_families(corpus):
    small = find_families(corpus, chunk_rows=400)
    large = find_families(corpus, chunk_rows=5000)
    assert [f.record() for f in small.families] == [f.record() for f in large.families]


def test_dask_runner_produces_the_same_families(corpus):
    distributed = pytest.importorskip("distributed")
    from unpitch.campaigns.distributed import find_families_dask

    local = find_families(corpus, chunk_rows=1000)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        remote = find_families_dask(corpus, scheduler=cluster.scheduler_address, chunk_rows=1000)
    assert [f.record() for f in remote.families] == [f.record() for f in local.families]


def test_parquet_reads_like_jsonl(tmp_path):
    pytest.importorskip("pyarrow")
    generator = _generator()
    generator.write_corpus(tmp_path / "c.parquet", 600, seed=3, fmt="parquet")
    generator.write_corpus(tmp_path / "c.jsonl", 600, seed=3)
    from_parquet = find_families(tmp_path / "c.parquet")
    from_jsonl = find_families(tmp_path / "c.jsonl")
    assert [f.record() for f in from_parquet.families] == [f.record() for f in from_jsonl.families]


def test_bad_rows_are_skipped_with_a_warning(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"id": "a", "recipient": "R", "sender": "S", "date": "2025-01-02T10:00:00Z", "text": "hello there"}
    lines = [json.dumps(good), "{not json", json.dumps({**good, "id": 5}), json.dumps({**good, "date": "yesterday"}), ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = read_chunk(plan_chunks(path)[0])
    assert rows.ids == ["a"]
    assert [w.split(":")[0] for w in rows.warnings] == [f"{path}, row {n}" for n in (2, 3, 4)]


def test_cli_jsonl_schema(corpus):
    result = CliRunner().invoke(app, ["campaigns", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(
        list(r) == ["family_id", "size", "senders", "recipients", "first_date", "last_date", "template", "members"]
        for r in records
    )
    assert all(r["size"] == len(r["members"]) >= 2 for r in records)


def test_cli_missing_corpus_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["campaigns", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.output
