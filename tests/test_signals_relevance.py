import pytest

from signal_builders import context, conversation, inbound, outbound, owner_profile, run
from unpitch.config import UserConfig
from unpitch.model import Position, Profile
from unpitch.signals import offers
from unpitch.signals.relevance import DETECTOR

SEO_OWNER = owner_profile(
    headline="SEO Consultant | Technical SEO for online shops", summary="", skills=[],
    services=["SEO audits"], positions=[Position(company="Rankwerk", title="SEO-Beraterin")],
)
CTO = owner_profile(headline="CTO at Acme", summary="", skills=["Kubernetes"], positions=[Position(company="Acme", title="CTO")])
TAX = owner_profile(
    headline="Steuerberaterin", summary="Wir suchen eine neue Buchhaltungssoftware.", skills=[],
    positions=[Position(company="Kanzlei Berger", title="Steuerberaterin")],
)


def signals(text: str, owner: Profile = CTO, config: UserConfig | None = None):
    return run(DETECTOR, conversation(inbound(text)), context(owner=owner, config=config))


def test_taxonomy_is_bilingual_and_sized():
    assert 30 <= len(offers.CATEGORIES) <= 45
    assert set(offers.categories_in("Suchmaschinenoptimierung und Buchhaltung")) == {"seo", "accounting"}
    assert set(offers.categories_in("search engine optimization and bookkeeping")) == {"seo", "accounting"}
    assert offers.categories_in("book here: meetings.hubspot.com/bob") == {}


@pytest.mark.parametrize("text", [
    "We offer SEO audits that get you to the first page of Google.",
    "Wir bieten Ihnen eine kostenlose Suchmaschinenoptimierung an.",
])
def test_sells_what_you_sell(text):
    found = signals(text, SEO_OWNER)["SELLS_WHAT_YOU_SELL"]
    assert found.points == 3.0
    assert "you offer" in found.detail and "(Services)" in found.detail or "(headline)" in found.detail


def test_bare_mention_of_own_trade_is_weaker():
    assert signals("I read about SEO yesterday.", SEO_OWNER)["SELLS_WHAT_YOU_SELL"].points == 2.0


def test_config_offer_phrase_counts_as_selling():
    found = signals("Wir bieten Tierarzt-Software an.", Profile(), UserConfig(offer=["Tierarzt-Software"]))
    assert found["SELLS_WHAT_YOU_SELL"].points == 3.0 and "[me] offer" in found["SELLS_WHAT_YOU_SELL"].detail


@pytest.mark.parametrize("text", [
    "We help founders lose weight with our keto program.",
    "Wir bieten Ihnen Photovoltaik für Ihr Dach an.",
    "Are you looking for a Bitcoin trading bot?",
    "We have last-minute availability on luxury yacht charters in the Mediterranean. Shall I send our brochure?",
    "Wir bieten Kugelschreiber mit Ihrem Logo ab 0,29 € an.",
])
def test_off_topic_offer(text):
    found = signals(text, CTO)
    assert found["OFF_TOPIC_OFFER"].points == 2.0 and "nothing in your profile relates" in found["OFF_TOPIC_OFFER"].detail


@pytest.mark.parametrize("text", [
    "We offer penetration testing for your platform.",       # a CTO buys security
    "Wir unterstützen Sie mit Softwareentwicklung aus Polen.",  # and development capacity
    "We have an open role for a CTO, interested?",           # job offers are never off-topic
    "I read about keto yesterday.",                          # a mention, not an offer
])
def test_related_or_unconfirmed_offer_is_not_off_topic(text):
    assert "OFF_TOPIC_OFFER" not in signals(text, CTO)


def test_unknown_profile_emits_nothing():
    assert signals("We offer keto diets and SEO.", Profile()) == {}


def test_relevant_offer_from_buy_list():
    config = UserConfig(buy=["penetration testing"])
    found = signals("Our team does penetration testing for SaaS.", CTO, config)["RELEVANT_OFFER"]
    assert found.points == -2.0 and "[me] buy" in found.detail
    by_category = signals("Wir bieten Pentests an.", CTO, UserConfig(buy=["IT-Sicherheit"]))
    assert by_category["RELEVANT_OFFER"].points == -2.0


def test_relevant_offer_from_stated_need():
    found = signals("Unsere Buchhaltungssoftware spart Ihnen Zeit.", TAX)["RELEVANT_OFFER"]
    assert found.points == -1.0 and "(summary)" in found.detail


def test_unwanted_topic():
    config = UserConfig(never=["crypto", "Diätprodukte"])
    assert signals("Invest in Bitcoin with us!", CTO, config)["UNWANTED_TOPIC"].points == 4.0
    assert "UNWANTED_TOPIC" in signals("Unsere Diätprodukte sind neu.", CTO, config)
    assert "UNWANTED_TOPIC" not in signals("We offer penetration testing.", CTO, config)


def test_only_inbound_text_counts():
    conv = conversation(outbound("We offer SEO audits."), inbound("Thanks, sounds good."))
    assert run(DETECTOR, conv, context(owner=SEO_OWNER)) == {}
