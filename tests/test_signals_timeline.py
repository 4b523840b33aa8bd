from datetime import date

import pytest

from signal_builders import (connection, context, conversation, inbound, incoming_invitation, outbound,
                             outgoing_invitation, run)
from unpitch.signals.timeline import DETECTOR


def test_connect_then_pitch_from_invitation():
    found = run(DETECTOR, conversation(inbound("We offer X", 3)), context(invitations=[incoming_invitation(0)]))
    signal = found["CONNECT_THEN_PITCH_TIMING"]
    assert signal.points == 1.5 and "2024-03-01" in signal.detail and "3 days later" in signal.detail


def test_connect_then_pitch_from_connection_date():
    found = run(DETECTOR, conversation(inbound("Wir bieten X")), context(connections=[connection(date(2024, 2, 25))]))
    assert "CONNECT_THEN_PITCH_TIMING" in found


@pytest.mark.parametrize("ctx_kwargs", [
    {"connections": [connection(date(2023, 1, 1))]},          # long-standing connection
    {"invitations": [outgoing_invitation(0)]},                 # she invited them
    {},                                                        # nothing known
])
def test_no_connect_then_pitch(ctx_kwargs):
    assert "CONNECT_THEN_PITCH_TIMING" not in run(DETECTOR, conversation(inbound("Hi", 3)), context(**ctx_kwargs))


def test_owner_wrote_first_blocks_timing():
    conv = conversation(outbound("Hi Bob", 1), inbound("Hi", 3))
    assert "CONNECT_THEN_PITCH_TIMING" not in run(DETECTOR, conv, context(invitations=[incoming_invitation(0)]))


def test_followup_rounds():
    two = run(DETECTOR, conversation(inbound("Offer", 0), inbound("Any news?", 3)))
    three = run(DETECTOR, conversation(inbound("Offer", 0), inbound("Hello?", 3), inbound("Last try", 7)))
    assert two["FOLLOWUP_BUMP"].points == 1.0 and three["FOLLOWUP_BUMP"].points == 2.0


@pytest.mark.parametrize("bump", ["Just following up on my last message.", "Ich wollte nochmal nachhaken.", "Kurze Erinnerung an meine Nachricht."])
def test_bump_phrase_strengthens(bump):
    found = run(DETECTOR, conversation(inbound("Offer", 0), inbound(bump, 4)))
    assert found["FOLLOWUP_BUMP"].points == 2.0 and '"' in found["FOLLOWUP_BUMP"].detail


def test_no_bump_when_owner_answers_or_burst():
    assert "FOLLOWUP_BUMP" not in run(DETECTOR, conversation(inbound("Offer"), outbound("No", 1), inbound("Ok", 2)))
    assert "FOLLOWUP_BUMP" not in run(DETECTOR, conversation(inbound("Hi"), inbound("one more thing", 0.01)))


@pytest.mark.parametrize("text", [
    "Book a slot here: https://calendly.com/bob/15min", "Hier Termin buchen: https://meetings.hubspot.com/bob",
    "Pick a time: https://example.com/bob/book", "Gerne hier einen Termin buchen.",
])
def test_calendar_link(text):
    assert run(DETECTOR, conversation(inbound(text)))["CALENDAR_LINK"].points == 1.5


@pytest.mark.parametrize("text", ["Do you have 15 minutes next week?", "Hätten Sie Zeit für ein kurzes Telefonat?",
                                  "Let's hop on a call", "Nur 10 Minuten, versprochen.",
                                  "Ich würde Ihnen gern in 20 Minuten zeigen, wie es funktioniert."])
def test_time_ask(text):
    assert run(DETECTOR, conversation(inbound(text)))["TIME_ASK"].points == 1.0


@pytest.mark.parametrize("text", [
    "Open a business account in 10 minutes and get cashback.",
    "Ihre Buchhaltung in 10 Minuten pro Woche erledigt.",
    "The hotel is 20 minutes on foot from the stadium.",
])
def test_a_products_speed_or_a_distance_is_not_her_time(text):
    assert "TIME_ASK" not in run(DETECTOR, conversation(inbound(text)))


def test_plain_message_has_no_timeline_signals():
    assert run(DETECTOR, conversation(inbound("Thanks for the slides, see you Friday at the office."))) == {}


def test_time_ask_with_a_hyphenated_minute_count():
    from signal_builders import conversation, inbound, run
    from unpitch.signals.timeline import DETECTOR

    assert "TIME_ASK" in run(DETECTOR, conversation(inbound("Would you be open to a 15-minute call next week?")))
