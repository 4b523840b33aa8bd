import pytest
from signal_builders import conversation, inbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.guest_invitation import DETECTOR
from unpitch.signals.text_utils import asks_for_money


@pytest.mark.parametrize(
    "texts",
    [
        ["Hi Anna! I host a podcast on platform teams (about 3k listeners). We'd love to have you on to talk about "
         "operators. Remote recording, about 40 minutes, no cost involved. Any interest?"],
        ["Guten Tag Frau Berger, ich schreibe für das Stadtmagazin über Rechenzentren und Abwärme. "
         "Hätten Sie Zeit für ein kurzes Telefoninterview am Donnerstag?"],
        ["Liebe Anna, wir planen ein Panel zur Energiewende in der IT. Hättest du Lust, als Speakerin dabei zu sein?"],
        ["Hi Anna, would you give a 20-minute talk at our meetup in June? We cover travel and pay a €200 honorarium."],
        ["Hallo Anna, ich würde dich gern für unseren Podcast 'Technik am Abend' interviewen. Kostet dich nichts außer Zeit."],
    ],
)
def test_a_free_invitation_to_speak_or_be_interviewed_is_recognised(texts):
    assert "GUEST_INVITATION" in run(DETECTOR, conversation(*[inbound(t, day=i) for i, t in enumerate(texts)]))


@pytest.mark.parametrize(
    "texts",
    [
        ["Congratulations, you've been selected as a guest on the Leaders Podcast! There is a small production fee of $795."],
        ["Liebe Anna, wir würden dich gern als Expertin in unserem Podcast vorstellen! Im Gastpaket (CHF 690) ist alles enthalten."],
        ["Wir haben Sie als Speakerin ausgewählt! Mit unserem Speaker-Paket für 3.900 € erreichen Sie 800 Entscheider."],
        # the fee arrives in a later message
        ["Dear Dr. Berger, we would be honoured to have you as a keynote speaker at our world congress.",
         "To confirm your slot kindly send your abstract and the registration fee."],
        # a recruiter's job interview is not a guest invitation
        ["Hi Anna, my client would like to schedule an interview with you for a DevOps role in Dubai."],
        ["Thanks for connecting! We help platform teams cut cloud costs by 30%."],
    ],
)
def test_paid_appearances_job_interviews_and_pitches_are_not_guest_invitations(texts):
    assert "GUEST_INVITATION" not in run(DETECTOR, conversation(*[inbound(t, day=i) for i, t in enumerate(texts)]))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("The package costs EUR 490 per episode.", True),
        ("Für Produktion und Schnitt berechnen wir eine Pauschale.", True),
        ("Die Teilnahmegebühr beträgt 195 €.", True),
        ("Sie zahlen nur 199 € für den Eintrag.", True),
        ("We offer the winner's package for EUR 490.", True),
        ("Wir zahlen ein Honorar von 500 Euro.", False),
        ("We offer an honorarium of €300.", False),
        ("The registration fee is waived for speakers.", False),
        ("Es ist kostenlos.", False),
        ("Recording takes 45 minutes in our studio.", False),
    ],
)
def test_money_asked_of_her_versus_money_paid_to_her(text, asks):
    assert asks_for_money(text) is asks


def test_a_guest_invitation_protects_the_conversation_from_junk():
    pitch = [Signal("COMMERCIAL_INTENT", 4.0, "sell 0.8"), Signal("CONNECT_THEN_PITCH_TIMING", 1.5, "0 days")]
    assert decide(pitch).verdict == "junk"
    assert decide(pitch + [Signal("GUEST_INVITATION", -2.0, "invites")]).verdict != "junk"
