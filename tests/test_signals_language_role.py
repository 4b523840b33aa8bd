from signal_builders import context, conversation, inbound, owner_profile, run
from unpitch.model import Position
from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.language_support import DETECTOR as LANGUAGE
from unpitch.signals.role_match import DETECTOR as ROLE


def test_other_languages_are_flagged_as_unsupported():
    found = run(LANGUAGE, conversation(inbound("Bonjour, nous sommes une agence et nous voulons vous proposer nos services pour votre entreprise.")))
    assert "'fr'" in found["UNSUPPORTED_LANGUAGE"].detail


def test_english_and_german_are_supported():
    assert not run(LANGUAGE, conversation(inbound("Hallo Anna, wir sind eine Agentur und möchten Ihnen unsere Leistungen vorstellen.")))
    assert not run(LANGUAGE, conversation(inbound("Hi Anna, we are an agency and would like to show you what we do.")))


def test_unsupported_language_sends_a_would_be_junk_pitch_to_review():
    pitch = [Signal("COMMERCIAL_INTENT", 4.5, "sell"), Signal("GENERIC_OPENER", 1, "opener")]
    assert decide(pitch).verdict == "junk"
    assert decide(pitch + [Signal("UNSUPPORTED_LANGUAGE", 0.0, "fr")]).verdict == "review"


def test_a_message_naming_the_role_she_holds_is_relevant():
    found = run(ROLE, conversation(inbound("We are looking for a Platform Engineering Lead in Berlin, interested?")))
    assert '"Platform Engineering Lead"' in found["RELEVANT_ROLE"].detail


def test_acronym_titles_match_and_unrelated_roles_do_not():
    cfo = context(owner_profile(positions=[Position(company="Haber AG", title="CFO")]))
    assert run(ROLE, conversation(inbound("Ich suche einen CFO für eine Gruppe in Heilbronn.")), cfo)
    assert not run(ROLE, conversation(inbound("Junior PHP developer role in Croydon, send your CV")))


def test_a_recruiter_naming_her_role_is_tailored_but_a_seller_naming_it_is_not():
    role = Signal("RELEVANT_ROLE", -1.5, "role")
    assert decide([Signal("RECRUITING_PITCH", 2.8, "recruit"), role]).verdict == "review"
    assert decide([Signal("COMMERCIAL_INTENT", 4.5, "sell"), role]).verdict == "junk"
