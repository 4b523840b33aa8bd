import pytest
from signal_builders import conversation, inbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.buyer import DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "We are reopening in October. Could you send me your wholesale price list?",
        "Would you be able to supply around 120 croissants a day?",
        "What would that cost per unit roughly?",
        "Könnten Sie mir Ihre Tagessätze schicken?",
        "Was würde das ungefähr kosten?",
        "Hätten Sie noch Kapazität für unser Projekt im Mai?",
        "Könnten Sie uns ein Angebot für den Workshop schicken?",
        "Could we get a demo in the next two weeks and an idea of pricing?",
        "Könnten wir eine Demo bekommen, bevor das Budget steht?",
        "Mein Vater wartet seit 5 Wochen auf einen Termin. Gibt es eine Möglichkeit, den Termin vorzuziehen?",
        "Could I get an appointment for my dog next week? She is limping.",
        "Über eine kurze Rückmeldung mit Ihren Konditionen würde ich mich freuen.",
        # a past client coming back
        "We need a sworn translation of our articles of association. Your agency did our catalogue in 2023.",
        "Sie haben uns damals unsere Website gebaut; jetzt brauchen wir einen Shop dazu.",
        "We're getting married in Tetbury. Please let me know your availability in June next year.",
    ],
)
def test_a_lead_asking_for_her_prices_or_delivery_is_a_buyer(text):
    assert "BUYER_REQUEST" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Do you have capacity for new clients next quarter? We book meetings for agencies.",
        "Haben Sie Kapazität für neue Kunden? Wir liefern Termine.",
        "Can I send you our price list?",
        "Können wir einen Termin für ein kurzes Gespräch vereinbaren?",
        "Are you fully booked for next season or could you take on a few more couples?",
        "Wann hast du Zeit für ein kurzes Vorgespräch?",
        "Hi, thanks for connecting!",
        "Our agency did the rebrand for three bakeries in your town.",
        "CardioCheck is the kiosk pharmacies love. Can I book a demo?",
        "We translate 150 languages. Kindly share your requirements for a quotation.",
        "We book 15 meetings a month for consultancies. Kindly share your availability.",
        "Kindly let me know your availability for a quick call.",
    ],
)
def test_sellers_asking_about_her_clients_or_her_time_are_not_buyers(text):
    assert "BUYER_REQUEST" not in run(DETECTOR, conversation(inbound(text)))


def test_a_buyer_request_protects_a_conversation_from_junk():
    signals = [Signal("COMMERCIAL_INTENT", 3, "sell 0.6"), Signal("ONLY_NAME_PERSONALIZATION", 1, '"Anna"')]
    assert decide(signals).verdict == "junk"
    assert decide(signals + [Signal("BUYER_REQUEST", -3, "asks")]).verdict != "junk"


@pytest.mark.parametrize(
    "text",
    [
        "Hiermit bewerbe ich mich für einen Zivildiensteinsatz ab Oktober.",
        "Mit grossem Interesse habe ich Ihre Ausschreibung für die Stelle Fundraiserin gelesen.",
        "I am applying for the receptionist position; please find attached my CV.",
        "I saw your advert for a part-time receptionist. I have 2 years experience in a dental practice.",
        "Ich habe Ihre Stellenanzeige für eine Praxisassistenz gesehen. Ich bin ab sofort verfügbar.",
    ],
)
def test_an_applicant_is_recognised(text):
    from unpitch.signals.applicant import DETECTOR as APPLICANT

    assert "JOB_APPLICATION" in run(APPLICANT, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Exciting role in Dubai! Please share your updated CV.",
        # a staffing agency answering her job ad offers candidates, it does not apply
        "I saw your advert for a receptionist. Our agency has pre-screened candidates with 3 years experience.",
    ],
)
def test_recruiters_and_agencies_are_not_applicants(text):
    from unpitch.signals.applicant import DETECTOR as APPLICANT

    assert not run(APPLICANT, conversation(inbound(text)))


def test_a_coach_teaching_her_to_raise_her_prices_is_no_price_request():
    text = "Du, ich begleite Selbstständige dabei, ihre Preise selbstbewusst zu erhöhen. Soll ich dir die Infos schicken?"
    assert "BUYER_REQUEST" not in run(DETECTOR, conversation(inbound(text)))
    assert "BUYER_REQUEST" in run(DETECTOR, conversation(inbound("Könnten Sie mir Ihre Preise für 2026 schicken?")))


@pytest.mark.parametrize("text", [
    "Dear Sir/Madam, refurbished pianos at wholesale prices. Send your email for price list.",
    "We have big stock of original ICs, best price. Please send your BOM for quotation.",
    "GlobalTongue translates 120+ languages. Please send us your files for a free quote.",
])
def test_a_seller_asking_for_her_contact_or_files_is_no_buyer(text):
    assert "BUYER_REQUEST" not in run(DETECTOR, conversation(inbound(text)))
