"""Reply drafts: polite declines naming the reason, in the conversation's language, only for pitches."""

import pytest

from unpitch.replies import conversation_language, draft_replies, first_name
from unpitch.signals.base import Signal

ENGLISH_PITCH = ["Hi Anna, we help agencies like yours double their leads. Open to a quick call this week?"]
GERMAN_PITCH = ["Hallo Anna, wir bieten Ihnen Suchmaschinenoptimierung an. Hätten Sie Zeit für ein kurzes Telefonat?"]


def test_sells_what_you_sell_names_what_the_owner_does_herself():
    signals = [Signal("SELLS_WHAT_YOU_SELL", 3.0, 'offers "We offer SEO audits for you"; you offer "SEO audits" ([me] offer)')]
    english, german = draft_replies("sales_pitch", signals, ENGLISH_PITCH, "Lena Vogt", "Anna Berger")
    assert english.language == "en" and german.language == "de"
    assert english.reason == "SELLS_WHAT_YOU_SELL"
    assert "we do SEO audits ourselves" in english.text
    assert "SEO audits machen wir selbst" in german.text
    assert english.text.startswith("Hi Lena,") and english.text.endswith("Anna")


def test_category_form_of_the_evidence_is_read_too():
    signals = [Signal("SELLS_WHAT_YOU_SELL", 2.0, 'offers "SEO packages" (SEO); you offer "SEO" (Services)')]
    english = draft_replies("sales_pitch", signals, ENGLISH_PITCH)[0]
    assert "we do SEO ourselves" in english.text
    assert english.text.startswith("Hello,")


def test_off_topic_says_it_is_not_related_to_our_work():
    signals = [Signal("OFF_TOPIC_OFFER", 2.0, 'offers "lose weight" (health / diet / wellness); nothing in your profile relates to it')]
    assert "not related to our work" in draft_replies("sales_pitch", signals, ENGLISH_PITCH)[0].text


def test_connect_then_pitch_asks_to_look_at_the_profile_first():
    signals = [Signal("CONNECT_THEN_PITCH_TIMING", 1.5, "their invitation 2024-03-01, first message 2024-03-04")]
    english, german = draft_replies("sales_pitch", signals, ENGLISH_PITCH, "Bob")
    assert english.reason == "CONNECT_THEN_PITCH_TIMING"
    assert "look at my profile" in english.text
    assert "Profil" in german.text


def test_german_conversation_gets_the_german_draft_first():
    drafts = draft_replies("recruiting", [], GERMAN_PITCH, "Jörg Weber", "Anna")
    assert [d.language for d in drafts] == ["de", "en"]
    assert drafts[0].text.startswith("Hallo Jörg,")
    assert "keine neue Stelle" in drafts[0].text


@pytest.mark.parametrize("kind", ["conversation", "inbound_lead"])
def test_no_decline_for_genuine_conversations_or_leads(kind):
    assert draft_replies(kind, [Signal("OFF_TOPIC_OFFER", 2.0, "x")], ENGLISH_PITCH, "Ben") == []


def test_the_strongest_reason_wins_over_weaker_ones():
    signals = [
        Signal("OFF_TOPIC_OFFER", 2.0, "offers x"),
        Signal("UNWANTED_TOPIC", 4.0, 'offers "Bitcoin"; you never want "crypto" ([me] never)'),
    ]
    assert draft_replies("sales_pitch", signals, ENGLISH_PITCH)[0].reason == "UNWANTED_TOPIC"


def test_language_and_name_helpers():
    assert conversation_language(GERMAN_PITCH) == "de"
    assert conversation_language(["Olá, tudo bem? Temos uma oferta para você."]) == "en"
    assert first_name("  Lena,  Vogt ") == "Lena"
    assert first_name("") == ""
