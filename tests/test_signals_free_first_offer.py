import pytest
from signal_builders import conversation, inbound, outbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.free_first_offer import DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "In meinem Mentoring findest du Klarheit und Kraft. Kostenloses Erstgespräch?",
        "Would you be interested in a free SEO audit?",
        "Happy to offer a free 20-minute discovery call this week.",
        "Gerne erstelle ich Ihnen eine unverbindliche Potenzialanalyse.",
        "Wie wäre es mit einem kostenlosen Probetraining im Studio?",
        "We give every new client a complimentary strategy session.",
    ],
)
def test_a_free_first_step_is_recognised(text):
    assert "FREE_FIRST_OFFER" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to call me tomorrow if anything is unclear.",
        "Is Thursday free for a call about the invoice?",
        "Die Beratung war kostenlos, danke nochmal für den Tipp!",
        "Free parking is behind the building.",
    ],
)
def test_free_time_or_a_favour_is_no_offer(text):
    assert "FREE_FIRST_OFFER" not in run(DETECTOR, conversation(inbound(text)))


def test_her_own_offer_does_not_count():
    thread = conversation(outbound("I can do a free audit for you."), inbound("Great, let's do it."))
    assert "FREE_FIRST_OFFER" not in run(DETECTOR, thread)


def test_the_offer_makes_a_sales_pitch_the_model_missed():
    chat = [Signal("CONNECT_THEN_PITCH_TIMING", 1.5, "connected the day before"), Signal("ONLY_NAME_PERSONALIZATION", 1.0, "Lea")]
    assert decide(chat).verdict == "keep"
    verdict = decide(chat + [Signal("FREE_FIRST_OFFER", 1.0, "Kostenloses Erstgespräch?")])
    assert (verdict.kind, verdict.verdict) == ("sales_pitch", "junk")


def test_her_reply_still_protects_a_free_offer():
    verdict = decide([Signal("FREE_FIRST_OFFER", 1.0, "free audit"), Signal("OWNER_REPLIED", -3.0, "yes please")])
    assert verdict.kind == "sales_pitch" and verdict.verdict != "junk"
