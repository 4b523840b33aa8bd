"""Masking, fingerprints and templates of unpitch.campaigns."""

from hypothesis import given, settings
from hypothesis import strategies as st

from unpitch.campaigns.courtesy import is_campaign, message_traits
from unpitch.campaigns.fingerprint import EMPTY, MinHasher
from unpitch.campaigns.masking import COMPANY, DATE, EMAIL, NAME, NUMBER, URL, Entities, mask_keys, mask_message, mask_tokens
from unpitch.campaigns.template import render_template

import numpy as np


def test_masks_names_companies_numbers_links_dates():
    entities = Entities.of(["Dave Kowalczyk", "Emily Clarke"], ["Lakeshore Logistics"])
    keys = mask_keys(
        "Hello Dave Kowalczyk, we saved Lakeshore Logistics 30% on 4 October. "
        "Book here: https://cal.example.com/emily or mail emily@clarke.example. Regards Emily Clarke",
        entities,
    )
    assert keys[:2] == ["hello", NAME]
    assert COMPANY in keys and NUMBER in keys and DATE in keys and URL in keys and EMAIL in keys
    assert not {"dave", "kowalczyk", "lakeshore", "emily", "clarke", "october"} & set(keys)


def test_greeting_name_and_legal_form_without_known_entities():
    keys = mask_keys("Sehr geehrter Herr Dr. Wellhöfer, wir von ProzessWerk GmbH digitalisieren Prozesse.")
    assert keys[:5] == ["sehr", "geehrter", "herr", "dr", NAME]
    assert "wir" in keys  # the word after the greeting's comma is not part of the name
    assert COMPANY in keys and "gmbh" not in keys


def test_two_fills_of_one_name_count_once():
    entities = Entities.of(["Anna Berger"])
    assert mask_keys("Hi Anna Berger, quick one", entities) == mask_keys("Hi Anna, quick one", entities)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=20), max_size=3))
def test_masking_never_fails_and_hides_known_names(text, names):
    entities = Entities.of(names)
    keys = mask_keys(text, entities)
    hidden = set(entities.word_keys())
    assert all(key and key not in hidden for key in keys)
    assert all(surface for surface, _ in mask_tokens(text, entities))


def test_signatures_are_deterministic_and_short_texts_are_not_indexed():
    documents = [mask_keys("We help logistics teams book more meetings every month"), ["thanks"]]
    first, second = MinHasher().signatures(documents), MinHasher().signatures(documents)
    assert first.dtype == np.uint32 and first.shape == (2, 64)
    assert np.array_equal(first, second)
    assert (first[1] == EMPTY).all() and (first[0] != EMPTY).any()


def test_template_marks_fills_and_spun_words():
    texts = [
        "Hi Anna, we help logistics teams book 12 more meetings a month. Worth a quick call?",
        "Hey Ben, we help logistics teams book 30 more meetings a month. Worth a short call?",
        "Hi Carla, we help logistics teams book 7 more meetings a month. Worth a quick chat?",
    ]
    template = render_template([mask_tokens(t) for t in texts])
    assert template.startswith("{Hi|Hey} {NAME}, we help logistics teams book {NUMBER} more meetings a month.")
    assert "{quick call|short call|quick chat}" in template or "{...}" in template


def test_courtesy_and_short_families_are_not_campaigns():
    notes = [mask_keys(t) for t in ("Thanks for connecting, Anna!", "Thanks for connecting Ben, talk soon!")]
    traits = [message_traits(k) for k in notes]
    assert not is_campaign(np.array([t[0] for t in traits]), np.array([t[1] for t in traits]))
    pitch = mask_keys(
        "Thanks for connecting, Anna! We help logistics teams book twelve more qualified meetings every month "
        "without hiring, and our clients in Chicago and Denver doubled their pipeline. Worth a quick call next week?"
    )
    distinctive, courtesy = message_traits(pitch)
    assert not courtesy and is_campaign(np.array([distinctive] * 2), np.array([courtesy] * 2))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=20), st.text(max_size=20))
def test_corpus_masking_equals_masking_with_entities(text, recipient, sender):
    assert mask_message(text, recipient, sender) == mask_keys(text, Entities.of([recipient, sender]))


def test_context_rules_on_repeated_fills_dates_and_legal_forms():
    keys = mask_message(
        "Hi Anna Anna Berger, on October 4 5 and 3 June we met ProzessWerk GmbH AG in Berlin the the end.",
        "Anna Berger",
        "Bob Stone",
    )
    # as before this round: a number chain after a month is one date, repeated words stay
    assert keys == ["hi", NAME, "on", DATE, "and", DATE, "we", "met", COMPANY, "in", "berlin", "the", "the", "end"]
