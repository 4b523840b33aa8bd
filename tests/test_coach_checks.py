"""The coach's checklist, item by item, on drafts crafted to pass and to fail, in English and German."""

import pytest

from unpitch.coach import CHECK_IDS, coach
from unpitch.coach.core import BANDS, judge
from unpitch.model import Position, Profile


@pytest.fixture(scope="module")
def maya() -> Profile:
    return Profile(
        first_name="Maya", last_name="Okafor",
        headline="Head of Finance at Tidewater Freight | Treasury, cash-flow forecasting",
        summary="I run finance for a 600-person freight forwarder and we are looking for better cash-flow forecasting across nine depots.",
        positions=[Position("Tidewater Freight Ltd", "Head of Finance", "Accounts payable automation and the month-end close.", started_on="2020")],
        skills=["Treasury", "Cash-flow forecasting", "IFRS 16"],
    )


GENERIC_EN = (
    "Hi Maya, I hope this message finds you well. I came across your profile and was really impressed by your "
    "background. We help companies like yours grow revenue with our AI platform. Would you be open to a quick call?"
)
TAILORED_EN = (
    "Hi Maya, you wrote that Tidewater wants better cash-flow forecasting across nine depots. Our tool builds a "
    "rolling forecast from the bank feed of each depot, and a company of your size cut its month-end close by "
    "three days with it. Would it help if I sent you the short case study so you can see the numbers for yourself?"
)
GENERIC_DE = (
    "Hallo Maya, ich hoffe, es geht Ihnen gut. Ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrem "
    "Werdegang. Wir helfen Unternehmen wie Ihrem, mehr Umsatz zu machen. Hätten Sie Zeit für ein kurzes Telefonat?"
)


def checks(draft: str, recipient: Profile) -> dict:
    return {check.id: check for check in coach(draft, recipient).checks}


def test_every_check_is_reported_once_with_evidence_and_fix(maya):
    result = coach(GENERIC_EN, maya)
    assert [check.id for check in result.checks] == list(CHECK_IDS)
    for check in result.checks:
        assert check.evidence and check.fix and "\n" not in check.evidence


def test_generic_sentences_fail_with_profile_facts_as_the_fix(maya):
    found = checks(GENERIC_EN, maya)["generic_sentences"]
    assert not found.passed
    assert "I hope this message finds you well" in found.evidence
    assert "Cash-flow forecasting" in found.fix or "Treasury" in found.fix


def test_generic_sentences_pass_when_the_draft_names_her_facts(maya):
    found = checks(TAILORED_EN, maya)["generic_sentences"]
    assert found.passed, found.evidence
    assert "cash-flow forecasting" in found.evidence.lower()


def test_merge_tags_fail_for_placeholder_and_wrong_name(maya):
    tag = checks("Hi {first_name}, we offer treasury software for freight firms. Would you like a demo?", maya)["merge_tags"]
    assert not tag.passed and "{first_name}" in tag.evidence and "Maya Okafor" in tag.fix
    wrong = checks("Hi Sarah, we offer treasury software for freight firms. Would you like a demo?", maya)["merge_tags"]
    assert not wrong.passed and "Sarah" in wrong.evidence
    assert checks(TAILORED_EN, maya)["merge_tags"].passed


def test_offer_fit_fails_off_topic_and_passes_related(maya):
    off = checks("Hi Maya, we help busy people lose weight with our keto diet plan. Interested?", maya)["offer_fit"]
    assert not off.passed and "nothing in your profile relates" in off.evidence
    assert checks(TAILORED_EN, maya)["offer_fit"].passed


def test_offer_fit_fails_when_she_sells_it_herself():
    seo = Profile(first_name="Tom", headline="Founder of RankRight | SEO audits and link building", services=["SEO audits"])
    found = checks("Hi Tom, we offer SEO audits that get your website to the first page of Google. Interested?", seo)["offer_fit"]
    assert not found.passed and "SEO" in found.evidence and "Tom offers this herself" not in found.evidence
    assert "someone who buys it" in found.fix


@pytest.mark.parametrize(
    "draft, passed, word",
    [
        ("Hi Maya, we build forecasting tools for freight firms and have worked with nine depots before.", False, "no ask"),
        ("Hi Maya, could you send me your budget? Would you be open to a demo? Can we talk on Friday?", False, "3 asks"),
        ("Hi Maya, we build forecasting tools. Would it help if I sent you the case study?", True, "one clear ask"),
        ("Hallo Maya, wir bauen Prognose-Tools für Spediteure. Soll ich Ihnen die Fallstudie schicken?", True, "eine klare Bitte"),
    ],
)
def test_single_ask(maya, draft, passed, word):
    found = checks(draft, maya)["single_ask"]
    assert found.passed is passed
    assert word in found.evidence


def test_time_ask_without_reason_fails_in_both_languages(maya):
    english = checks(GENERIC_EN, maya)["time_ask_reason"]
    assert not english.passed and "quick call" in english.evidence
    german = checks(GENERIC_DE, maya)["time_ask_reason"]
    assert not german.passed and "Telefonat" in german.evidence and "Sagen Sie" in german.fix


def test_time_ask_with_reason_passes(maya):
    draft = "Hi Maya, could we take 20 minutes to walk through how the forecast would handle your nine depots?"
    found = checks(draft, maya)["time_ask_reason"]
    assert found.passed and "20 minutes" in found.evidence
    assert checks(TAILORED_EN, maya)["time_ask_reason"].passed


def test_empty_flattery_is_found_sentence_by_sentence(maya):
    found = checks(GENERIC_EN, maya)["empty_flattery"]
    assert not found.passed and "impressed by your background" in found.evidence
    # Praise of something concrete is not empty, and does not hide another sentence's empty praise.
    assert checks(TAILORED_EN, maya)["empty_flattery"].passed
    mixed = checks(TAILORED_EN + " Your background is really impressive.", maya)["empty_flattery"]
    assert not mixed.passed


def test_length_cites_its_sources_and_fails_both_ways(maya):
    short = checks("Hi Maya, want a demo of our forecasting tool?", maya)["length"]
    assert not short.passed and "LinkedIn" in short.evidence and "Boomerang" in short.evidence and "400" in short.evidence
    long = checks(TAILORED_EN + " " + " ".join(["We also cover treasury reporting for freight companies."] * 12), maya)["length"]
    assert not long.passed and "Cut" in long.fix
    assert checks(TAILORED_EN, maya)["length"].passed


def test_reading_level_fails_for_long_words_and_sentences(maya):
    hard = (
        "Hi Maya, our comprehensive organisational transformation methodology operationalises sophisticated "
        "financial intelligence capabilities, institutionalising continuous improvement across multinational "
        "transportation organisations. Would a conversation be beneficial?"
    )
    found = checks(hard, maya)["reading_level"]
    assert not found.passed and "Flesch-Kincaid" in found.evidence and "grade 3" in found.evidence
    easy = checks("Hi Maya, we make cash plans for truck firms. They are quick to set up. Can I send you one?", maya)
    assert easy["reading_level"].passed
    assert "Wiener Sachtextformel" in checks(GENERIC_DE, maya)["reading_level"].evidence


@pytest.mark.parametrize("draft, passed", [
    ("Hi Maya, we build forecasting tools for freight firms.", False),
    ("Hi Maya, do you forecast per depot? Would the case study help?", True),
    ("Hi Maya? Really? Forecasts? Depots? Treasury?", False),
])
def test_questions(maya, draft, passed):
    found = checks(draft, maya)["questions"]
    assert found.passed is passed and "1-3 questions" in found.evidence


def test_german_draft_gets_german_checklist(maya):
    result = coach(GENERIC_DE, maya)
    assert result.language == "de"
    assert "könnte an jeden gehen" in {c.id: c for c in result.checks}["generic_sentences"].evidence


def test_verdict_is_the_scan_verdict_and_score_sits_in_its_band(maya):
    for draft in (GENERIC_EN, TAILORED_EN, GENERIC_DE, "Hi Maya, congratulations on the new role! See you at the depot opening."):
        result = coach(draft, maya)
        assert result.verdict == judge(draft.strip(), maya).verdict
        low, high = BANDS[result.verdict]
        assert low <= result.score <= high
    assert coach(GENERIC_EN, maya).verdict == "junk"
    assert coach(TAILORED_EN, maya).score > coach(GENERIC_EN, maya).score


def test_as_dict_matches_the_schema(maya):
    data = coach(GENERIC_EN, maya).as_dict()
    assert data["verdict"] in ("keep", "review", "junk") and isinstance(data["score"], int) and 0 <= data["score"] <= 100
    for check in data["checks"]:
        assert set(check) == {"id", "passed", "evidence", "fix"}
        assert isinstance(check["passed"], bool)


def test_empty_draft_is_an_error(maya):
    from unpitch.errors import UnpitchError

    with pytest.raises(UnpitchError):
        coach("   \n", maya)
