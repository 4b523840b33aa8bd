from datetime import date

import pytest

from signal_builders import connection, context, conversation, inbound, outbound, owner_profile, run, system
from unpitch.signals.relationship import DETECTOR


def test_owner_started():
    found = run(DETECTOR, conversation(system("Message request accepted"), outbound("Hi Bob, kurze Frage"), inbound("Gerne!", 1)))
    assert found["OWNER_STARTED"].points == -4.0 and "2024-03-01" in found["OWNER_STARTED"].detail


def test_inbound_first_is_not_owner_started():
    assert "OWNER_STARTED" not in run(DETECTOR, conversation(inbound("Hi"), outbound("Hello there", 1)))


@pytest.mark.parametrize("reply", [
    "Thanks Bob, that sounds useful, can you send me the pricing details?",
    "Danke, das klingt spannend. Können Sie mir nächste Woche mehr dazu schicken?",
    # short, but she agreed to something
    "Happy to! Put me down.", "Gerne, bin dabei!", "Count me in.", "Interested. Which dates exactly?",
])
def test_owner_replied_with_substance(reply):
    found = run(DETECTOR, conversation(inbound("We offer X"), outbound(reply, 1)))
    assert found["OWNER_REPLIED"].points == -3.0 and "OWNER_DECLINED" not in found


@pytest.mark.parametrize("reply", [
    "Thanks, not interested.", "Nein danke, kein Bedarf.", "Danke, aktuell nicht.",
    "Hallo Max, danke, aber für Auftritte bezahle ich nicht. Viele Grüße",
    "Thanks, but we already have an agency we are happy with.",
    "Danke, aber wir haben bereits einen Steuerberater.",
])
def test_short_decline(reply):
    found = run(DETECTOR, conversation(inbound("We offer X"), outbound(reply, 1)))
    assert "OWNER_REPLIED" not in found and found["OWNER_DECLINED"].points == 0.5


@pytest.mark.parametrize("reply", ["Hallo Sarah, kommt drauf an. Worum geht's?", "Sure, what is it about exactly?"])
def test_asking_what_the_pitch_is_about_opens_no_relationship(reply):
    assert run(DETECTOR, conversation(inbound("Quick question: do you have capacity?"), outbound(reply, 1))) == {}


def test_tiny_reply_is_neither():
    assert run(DETECTOR, conversation(inbound("We offer X"), outbound("ok", 1))) == {}


def test_two_way_history():
    conv = conversation(inbound("Hi"), outbound("Hello Bob, how are things going?", 1), inbound("Good, and you?", 2),
                        outbound("All fine here, see you at the meetup", 5))
    found = run(DETECTOR, conv)
    assert found["TWO_WAY_HISTORY"].points == -2.0 and "5 days" in found["TWO_WAY_HISTORY"].detail


def test_fast_exchange_is_not_history():
    conv = conversation(inbound("Hi"), outbound("Hello Bob, how are you doing?", 0.1), inbound("Good", 0.2), outbound("Great!", 0.3))
    assert "TWO_WAY_HISTORY" not in run(DETECTOR, conv)


def test_known_contact_by_connection_age():
    conv = conversation(inbound("Hi Anna"))
    long_ago = run(DETECTOR, conv, context(connections=[connection(date(2021, 1, 1))]))
    months = run(DETECTOR, conv, context(connections=[connection(date(2023, 10, 1))]))
    fresh = run(DETECTOR, conv, context(connections=[connection(date(2024, 2, 20))]))
    assert long_ago["KNOWN_CONTACT"].points < months["KNOWN_CONTACT"].points < 0
    assert "KNOWN_CONTACT" not in fresh


def test_same_employer_ignores_case_and_legal_form():
    found = run(DETECTOR, conversation(inbound("Hi")), context(connections=[connection(company="ACME")]))
    assert found["SAME_EMPLOYER"].points == -3.0
    other = run(DETECTOR, conversation(inbound("Hi")), context(connections=[connection(company="Zalando SE")]))
    assert "SAME_EMPLOYER" not in other  # a past employer of hers, not a current one
    assert "SAME_EMPLOYER" not in run(DETECTOR, conversation(inbound("Hi")), context(owner=owner_profile(positions=[])))
