"""The reading-level measure: syllable heuristics (EN/DE) and the grade formulas."""

import pytest
from hypothesis import given, strategies as st

from unpitch.coach.readability import count_sentences, readability, syllables


@pytest.mark.parametrize("word, expected", [
    ("cat", 1), ("make", 1), ("jumped", 1), ("table", 2), ("coffee", 2), ("situation", 4), ("readability", 5),
    ("planning", 2), ("the", 1),
])
def test_english_syllables(word, expected):
    assert syllables(word, "en") == expected


@pytest.mark.parametrize("word, expected", [
    ("Zeit", 1), ("heute", 2), ("Kunden", 2), ("Telefonat", 4), ("Unternehmen", 4), ("beeindruckend", 4),
    ("Situation", 5), ("gestoßen", 3), ("Gespräch", 2),
])
def test_german_syllables(word, expected):
    assert syllables(word, "de") == expected


def test_grades_rise_with_long_words_and_sentences():
    easy = readability("We make plans. They are quick. Can I send one?", "en")
    hard = readability(
        "Our comprehensive organisational transformation methodology operationalises sophisticated financial "
        "intelligence capabilities across multinational transportation organisations.", "en")
    assert easy.grade < 3 < 14 < hard.grade
    assert (easy.sentences, easy.words) == (3, 10)
    einfach = readability("Wir machen Pläne. Das geht schnell. Soll ich einen schicken?", "de")
    schwer = readability(
        "Unsere umfassende Transformationsmethodik operationalisiert anspruchsvolle Finanzinformationsfähigkeiten "
        "in multinationalen Logistikunternehmen.", "de")
    assert einfach.grade < 4 < 12 < schwer.grade


def test_sentences_and_empty_text():
    assert count_sentences("One. Two! Three? Four") == 4
    assert count_sentences("") == 0
    assert readability("", "en").grade == 0.0


@given(st.text(max_size=300), st.sampled_from(["en", "de", "fr"]))
def test_any_text_has_a_non_negative_grade(text, language):
    result = readability(text, language)
    assert result.grade >= 0 and result.syllables >= result.words
