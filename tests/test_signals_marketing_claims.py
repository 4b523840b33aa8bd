import pytest
from signal_builders import conversation, inbound, outbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.marketing_claims import DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "OmniDispense is the global leader in pharmacy automation, trusted by over 5,000 pharmacies.",
        "We are a team of 120+ architects providing complete design services.",
        "Wussten Sie, dass 93 % aller Bauherren ihren Architekten über Google suchen?",
        "Wir bringen Sie auf Seite 1 – garantiert innerhalb von 90 Tagen.",
        "Mit unserer ganzheitlichen Strategie bringen wir Ihr Geschäft auf das nächste Level.",
        "Our proven strategy will boost your revenue by 30%.",
    ],
)
def test_brochure_claims_are_recognised(text):
    assert "MARKETING_CLAIM" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "We did the access control for two cross-docks on Laraway Rd; happy to quote for your Joliet site.",
        "Ihr Hinweis in der Kolumne deckt sich mit meiner Erfahrung als Rentenberater.",
        "Thanks for the tour yesterday, the team loved the new line.",
    ],
)
def test_plain_specific_text_makes_no_claim(text):
    assert "MARKETING_CLAIM" not in run(DETECTOR, conversation(inbound(text)))


def test_her_own_claims_do_not_count():
    assert "MARKETING_CLAIM" not in run(DETECTOR, conversation(outbound("We are the market leader."), inbound("Noted.")))


def test_a_claim_backs_up_a_long_generic_pitch():
    long_pitch = [Signal("COMMERCIAL_INTENT", 5.0, "sell 0.99"), Signal("ONLY_NAME_PERSONALIZATION", 1.0, "Nadia"),
                  Signal("LONG_PITCH", 0.0, "52 words")]
    assert decide(long_pitch).verdict == "review"
    assert decide(long_pitch + [Signal("MARKETING_CLAIM", 0.5, "trusted by over 500")]).verdict == "junk"


@pytest.mark.parametrize("text", [
    "RoadStar Logistics is a full-service freight brokerage with 5,000+ vetted carriers across the USA.",
    "OmniLingo is a leading language services provider for games.",
])
def test_size_and_rank_claims_are_recognised(text):
    assert "MARKETING_CLAIM" in run(DETECTOR, conversation(inbound(text)))
