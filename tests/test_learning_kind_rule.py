"""The kind rule (junk corrections of one kind of pitch) and the protection of what the user took part in."""

import pytest

from unpitch.learning import service
from unpitch.learning.features import COURTESY_TOKEN, Snapshot, snapshot
from unpitch.learning.rules import KIND_POINTS, Learned
from unpitch.learning.store import Mark
from unpitch.learning.verdicts import learned_verdict
from unpitch.model import Conversation
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.signals.base import Signal
from unpitch.sources import load_inbox

from signal_builders import inbound


def snap(text: str, sender: str, shape: tuple[str, ...], shown: str = "") -> Snapshot:
    return Snapshot(text, text, shape, (sender,), (sender,), (), f"fp-{sender}-{text[:8]}", verdict_when_marked=shown)


def mark(number: int, label: str, snapshot: Snapshot) -> Mark:
    return Mark(number, f"c{number}", label, "2026-11-28T10:00:00Z", "test", snapshot)


SELL = ("first_intent:sell", "pitch:sell")
TEXTS = [
    "We build bespoke dashboards for finance teams, could we show you ours?",
    "Our studio designs packaging for craft bakeries; shall I send samples?",
    "I run a payroll service for small firms and would love to quote for yours.",
]


def kind_part(learned: Learned, shape: tuple[str, ...]):
    target = snap("A totally different offer of translation services for your brochure.", "new", shape)
    return next((p for p in learned._rules(target) if p is not None and p.what.startswith("kind rule")), None)


def corrections(shown: str = "review", senders: tuple[str, ...] = ("a", "b", "c"), shape=SELL) -> list[Mark]:
    return [mark(i + 1, "junk", snap(text, sender, shape, shown)) for i, (text, sender) in enumerate(zip(TEXTS, senders))]


def test_three_junk_corrections_of_sales_pitches_from_three_senders_name_the_kind():
    part = kind_part(Learned(corrections(), None), SELL)
    assert part is not None and part.points == KIND_POINTS and part.mark_ids == [1, 2, 3]
    assert "sell" in part.what


def test_the_kind_rule_needs_corrections_three_senders_the_same_kind_and_no_keep_mark_of_it():
    # Marks that only confirm a junk verdict say nothing about the user's taste.
    assert kind_part(Learned(corrections(shown="junk"), None), SELL) is None
    # Two senders are one sender's campaign plus one, not a kind.
    assert kind_part(Learned(corrections(senders=("a", "a", "b")), None), SELL) is None
    # A recruiting pitch is another kind.
    assert kind_part(Learned(corrections(), None), ("first_intent:recruit", "pitch:recruit")) is None
    # A keep mark on a sales pitch: the marks disagree about the kind, the rule is silent.
    keep = mark(9, "keep", snap("We make invoices easier for freelancers.", "d", SELL, "junk"))
    assert kind_part(Learned(corrections() + [keep], None), SELL) is None


def test_the_kind_rule_alone_leans_and_does_not_decide():
    learned = Learned(corrections(), None)
    signal = learned.assess("other", snap("Completely unrelated offer of office plants for you.", "z", SELL))
    assert signal is not None and signal.points == KIND_POINTS
    assert learned_verdict([signal], "keep") == "review"


@pytest.mark.parametrize(
    ("owner_signal", "protected", "expected"),
    [(None, False, "junk"), ("OWNER_REPLIED", False, "review"), (None, True, "review")],
)
def test_learned_junk_spares_what_she_took_part_in_and_what_the_built_in_model_protects(owner_signal, protected, expected):
    signals = [Signal("LEARNED_FROM_USER", 4.5, "kind rule")]
    if owner_signal:
        signals.append(Signal(owner_signal, -2.0, "she replied"))
    assert learned_verdict(signals, "keep", protected) == expected
    # Her own mark of the conversation itself decides, protected or not.
    assert learned_verdict([Signal("LEARNED_FROM_USER", 6.0, "marked")], "keep", True) == "junk"


def test_a_mark_records_the_verdict_unpitch_showed(tmp_path):
    inbox = load_inbox(sample_path())
    results = scan_inbox(inbox)
    db = tmp_path / "unpitch.db"
    save_scan(db, inbox, results)
    shown = {r.conversation.id: r.verdict.verdict for r in results}
    chosen = [next(c for c, v in shown.items() if v == verdict) for verdict in ("keep", "junk")]
    service.mark(db, chosen, "junk", "test")
    recorded = {m.conversation_id: m.snapshot.verdict_when_marked for m, _ in service.list_marks(db)}
    assert recorded == {chosen[0]: "keep", chosen[1]: "junk"}
    # Snapshots stored before this field existed still load.
    assert Snapshot.from_json({"first_text": "x"}).verdict_when_marked == ""


def test_courtesy_notes_are_a_kind_and_pitches_never_are_courtesy():
    labeler = lambda texts: ["none"] * len(texts)  # noqa: E731
    note = Conversation("n1", messages=[inbound("Congrats on the new role, Anna! Well deserved.")])
    assert COURTESY_TOKEN in snapshot(note, labeler).shape
    pitch = Conversation("p1", messages=[inbound("Congrats on the new role! We help new leaders hire faster.")])
    assert COURTESY_TOKEN not in snapshot(pitch, lambda texts: ["sell"] * len(texts)).shape
    marks = [mark(i + 1, "junk", snap(text, sender, ("first_intent:none", COURTESY_TOKEN), "keep"))
             for i, (text, sender) in enumerate(zip(TEXTS, "abc"))]
    part = kind_part(Learned(marks, None), ("first_intent:none", COURTESY_TOKEN))
    assert part is not None and part.what == "kind rule (courtesy notes)" and part.points == KIND_POINTS


@pytest.mark.parametrize(("points", "involved", "expected"), [(1.7, False, "review"), (1.7, True, "keep"), (2.1, True, "review")])
def test_a_conversation_she_took_part_in_needs_a_firmer_lean_to_leave_keep(points, involved, expected):
    signals = [Signal("LEARNED_FROM_USER", points, "personal model")]
    if involved:
        signals.append(Signal("OWNER_REPLIED", -3.0, "you replied"))
    assert learned_verdict(signals, "keep") == expected
