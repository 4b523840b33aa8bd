"""CAMPAIGN_MEMBER: one template from several senders in one inbox."""

from datetime import timedelta

from signal_builders import START, owner_profile, inbound, outbound
from unpitch.config import UserConfig
from unpitch.model import Conversation, Person
from unpitch.signals.base import Context
from unpitch.signals.campaign import DETECTOR
from unpitch.signals.weights import POINTS

POINTS_TWO_SENDERS, POINTS_MANY_SENDERS = POINTS["CAMPAIGN_MEMBER"]

TEMPLATE = (
    "Hi {first}, I noticed {company} is growing fast. We help platform teams cut their cloud bill by {n}% "
    "in under {days} days without touching the code base. Would you be open to a {ask} next week? Best, {sender}"
)
SENDERS = [Person(f"{first} Sender", f"https://www.linkedin.com/in/{first.lower()}-sender") for first in ("Tom", "Uma", "Vic", "Wes")]


def _pitch(number: int, sender: Person, ask: str = "quick call") -> Conversation:
    text = TEMPLATE.format(first="Anna", company="Acme", n=20 + number, days=30 + number, ask=ask, sender=sender.name.split()[0])
    message = inbound(text, day=number, sender=sender)
    return Conversation(id=f"c{number}", messages=[message])


def _run(conversations: list[Conversation]) -> dict[str, list]:
    context = Context(owner=owner_profile(), config=UserConfig())
    DETECTOR.prepare(conversations, context)
    return {c.id: DETECTOR.detect(c, context) for c in conversations}


def test_three_senders_of_one_template_are_a_campaign():
    conversations = [_pitch(i, SENDERS[i], ask) for i, ask in enumerate(("quick call", "short chat", "quick call"))]
    conversations.append(Conversation(id="other", messages=[inbound("Lunch on Friday? The new place near the station looks good.", sender=SENDERS[3])]))
    found = _run(conversations)
    for number in range(3):
        (signal,) = found[f"c{number}"]
        assert signal.id == "CAMPAIGN_MEMBER" and signal.points == POINTS_MANY_SENDERS
        assert "3 different senders" in signal.detail and "{NAME}" in signal.detail
    assert found["other"] == []


def test_two_senders_get_the_lower_points():
    found = _run([_pitch(0, SENDERS[0]), _pitch(1, SENDERS[1])])
    assert [s.points for s in found["c0"]] == [POINTS_TWO_SENDERS]


def test_one_sender_repeating_itself_is_not_a_campaign():
    found = _run([_pitch(0, SENDERS[0]), _pitch(1, SENDERS[0]), _pitch(2, SENDERS[0])])
    assert all(signals == [] for signals in found.values())


def test_courtesy_notes_from_many_senders_are_not_a_campaign():
    notes = ["Congrats on the new role, Anna!", "Congrats on the new role Anna, well deserved!", "congrats on the new role!!"]
    conversations = [Conversation(id=f"n{i}", messages=[inbound(t, sender=SENDERS[i])]) for i, t in enumerate(notes)]
    assert all(signals == [] for signals in _run(conversations).values())


def test_conversations_the_owner_started_do_not_count():
    started = []
    for number in range(3):
        pitch = _pitch(number, SENDERS[number])
        first = outbound("Hi, could you send me your cloud cost offer?", day=number - 0.5, to=SENDERS[number])
        started.append(Conversation(id=pitch.id, messages=[first, *pitch.messages]))
    assert all(signals == [] for signals in _run(started).values())


def test_pitch_after_small_talk_is_found():
    conversations = []
    for number in range(3):
        hello = inbound("Thanks for connecting, Anna!", day=number, sender=SENDERS[number])
        pitch = _pitch(number, SENDERS[number]).messages[0]
        pitch.date = START + timedelta(days=number + 2)
        conversations.append(Conversation(id=f"c{number}", messages=[hello, pitch]))
    found = _run(conversations)
    assert all(len(found[f"c{n}"]) == 1 for n in range(3))
