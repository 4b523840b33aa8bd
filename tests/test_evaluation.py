import pytest

from unpitch.errors import InputError
from unpitch.evaluation import Label, evaluate, read_labels
from unpitch.model import Conversation
from unpitch.pipeline import Result
from unpitch.scoring import Verdict


def result(cid: str, verdict: str) -> Result:
    return Result(Conversation(cid), Verdict(verdict, "conversation", 0.5, [], ""))


def test_metrics_computed_by_hand():
    labels = [
        Label("j1", "junk", "capacity_ask"),
        Label("j2", "junk", "capacity_ask"),
        Label("j3", "junk", "mass_template"),
        Label("j4", "junk", "mass_template"),
        Label("g1", "genuine", "client"),
        Label("g2", "genuine", "client"),
        Label("w1", "wanted_pitch", "tailored_relevant_pitch"),
        Label("w2", "wanted_pitch", "tailored_relevant_pitch"),
        Label("missing", "junk", "x"),
    ]
    verdicts = {"j1": "junk", "j2": "junk", "j3": "junk", "j4": "keep", "g1": "junk", "g2": "keep", "w1": "review", "w2": "junk"}
    evaluation = evaluate(labels, [result(cid, v) for cid, v in verdicts.items()])
    assert evaluation.conversations == 8
    assert evaluation.junk_recall == pytest.approx(3 / 4)
    assert evaluation.junk_precision == pytest.approx(3 / 5)
    assert evaluation.genuine_marked_junk == pytest.approx(1 / 2)
    assert evaluation.wanted_not_junk == pytest.approx(1 / 2)
    assert evaluation.unmatched_labels == ["missing"]
    report = evaluation.as_dict()
    assert report["confusion"]["junk"] == {"keep": 1, "review": 0, "junk": 3}
    assert report["categories"]["junk/mass_template"] == {"keep": 1, "review": 0, "junk": 1}
    assert {e["conversation_id"] for e in report["errors"]} == {"j4", "g1", "w2"}


def test_labels_file_errors_name_the_row(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("conversation_id,label,category\nc1,junk,x\nc2,spam,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 3"):
        read_labels(path)


def test_labels_read_with_bom_and_optional_columns(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("\ufeffconversation_id,label,category,language\nc1,genuine,client,de\n", encoding="utf-8")
    assert read_labels(path) == [Label("c1", "genuine", "client", "de")]
