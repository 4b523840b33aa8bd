import pytest
from signal_builders import conversation, inbound, outbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.promotion import BLAST_MAX_WORDS, DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "Sommeraktion: 15 % Sommerrabatt auf alle Pumpen und Regner!",
        "Fresh herbs to your door. New customers get 30% off with code: HERBS30.",
        "Pflanzen für Ihr Büro, erster Monat kostenlos!",
        "Try our scheduling app free for 30 days.",
        "Nur noch bis Freitag: Messestand-Paket zum Vorjahrespreis.",
    ],
)
def test_a_promotion_in_a_short_pitch_is_recognised(text):
    assert "PROMO_OFFER" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Could you send the invoice for March? The 2% early-payment term is fine with us.",
        "Thanks for the order, it ships on Monday.",
    ],
)
def test_ordinary_business_is_no_promotion(text):
    assert "PROMO_OFFER" not in run(DETECTOR, conversation(inbound(text)))


def test_a_long_letter_that_mentions_a_discount_is_no_blast():
    letter = " ".join(["We read your post on ISO 27001 audits in clinics and built a course for it."] * 4)
    assert len(letter.split()) > BLAST_MAX_WORDS
    assert "PROMO_OFFER" not in run(DETECTOR, conversation(inbound(letter + " Teams get 15% off.")))


def test_her_own_discount_does_not_count():
    assert "PROMO_OFFER" not in run(DETECTOR, conversation(outbound("I can do 10% off for you."), inbound("Great, thanks!")))


def test_a_promotion_backs_up_an_unsure_pitch():
    unsure = [Signal("COMMERCIAL_INTENT", 3.1, "sell 0.68"), Signal("NOT_PERSONALIZED", 1.0, "nothing specific")]
    assert decide(unsure).verdict == "review"
    assert decide(unsure + [Signal("PROMO_OFFER", 0.5, "15 % off")]).verdict == "junk"


@pytest.mark.parametrize("text", [
    "Guten Tag, Ihr Toner geht zur Neige? Bürobedarf bis zu 40 % günstiger. Neukundenrabatt 10 %.",
    "Flyer, Plakate, Broschüren: 10 % auf die erste Bestellung!",
])
def test_german_discounts_in_either_order_are_promotions(text):
    assert "PROMO_OFFER" in run(DETECTOR, conversation(inbound(text)))
