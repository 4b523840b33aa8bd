"""Reading level of a draft, in school grades, for English and German.

No dictionary and no third-party package: syllables are counted by a vowel-group heuristic
that knows each language's diphthongs (and English "-tion") and a few English endings, which is within one syllable
for most words and unbiased over a message. The grade formulas are the published ones:

- English: Flesch-Kincaid grade level,
  ``0.39 * words/sentences + 11.8 * syllables/words - 15.59``;
- German: the first Wiener Sachtextformel (Bamberger & Vanecek), built for German school grades,
  ``0.1935 * MS + 0.1672 * SL + 0.1297 * IW - 0.0327 * ES - 0.875`` with MS = % of words with
  three or more syllables, SL = words per sentence, IW = % of words longer than six letters,
  ES = % of one-syllable words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n\s*\n|\n(?=\s*[-•*]\s)")
_VOWELS = {"en": frozenset("aeiouy"), "de": frozenset("aeiouyäöü")}
# Vowel pairs spoken as one syllable; any other pair of vowels is two ("Situation", "ideal").
_ONE_SOUND = {
    "en": frozenset("ai au ay ea ee ei eu ey ie io oa oe oi oo ou oy ue ui".split()),
    "de": frozenset("ai au äu ay ee ei eu ey ie oo aa oi".split()),
}
_LONG_WORD_LETTERS = 6


def syllables(word: str, language: str = "en") -> int:
    """Estimated syllables of one word (at least 1) in ``language`` ('en' or 'de')."""
    lower = word.lower().strip("'’")
    lang = "de" if language == "de" else "en"
    vowels, one_sound = _VOWELS[lang], _ONE_SOUND[lang]
    count, index = 0, 0
    while index < len(lower):
        if lower[index] not in vowels:
            index += 1
            continue
        # Greedy over a vowel run: a known diphthong is one syllable, any other vowel one each.
        if lower[index : index + 2] in one_sound:
            index += 2
        else:
            index += 1
        count += 1
    if lang == "en":
        count -= _silent_endings(lower, vowels)
    return max(count, 1)


def _silent_endings(word: str, vowels: frozenset[str]) -> int:
    """English endings written with a vowel but not spoken as a syllable: make, makes, jumped."""
    if len(word) < 4:
        return 0
    if word.endswith("e") and not word.endswith(("le", "ee", "ie", "ye")) and word[-2] not in vowels:
        return 1
    if word.endswith("es") and word[-3] not in vowels and word[-3] not in "sxzcg" and not word.endswith("ies"):
        return 1
    if word.endswith("ed") and word[-3] not in vowels and word[-3] not in "td":
        return 1
    return 0


@dataclass(frozen=True, slots=True)
class Readability:
    """Counts of a text and its grade (0 = easiest)."""

    language: str
    sentences: int
    words: int
    syllables: int
    grade: float


def text_words(text: str) -> list[str]:
    """The words of ``text`` (letters only, with inner apostrophes)."""
    return _WORD.findall(text)


def count_sentences(text: str) -> int:
    """Sentences: runs of text ended by . ! ? or a blank line; at least 1 for non-empty text."""
    pieces = [piece for piece in _SENTENCE_END.split(text) if _WORD.search(piece)]
    return max(len(pieces), 1) if text.strip() else 0


def readability(text: str, language: str = "en") -> Readability:
    """The reading grade of ``text``: Flesch-Kincaid (English) or Wiener Sachtextformel (German)."""
    lang = "de" if language == "de" else "en"
    found = text_words(text)
    sentences = count_sentences(text)
    if not found:
        return Readability(lang, sentences, 0, 0, 0.0)
    counts = [syllables(word, lang) for word in found]
    total = sum(counts)
    per_sentence = len(found) / sentences
    if lang == "en":
        grade = 0.39 * per_sentence + 11.8 * total / len(found) - 15.59
    else:
        share = 100.0 / len(found)
        many = share * sum(1 for count in counts if count >= 3)
        long_words = share * sum(1 for word in found if len(word) > _LONG_WORD_LETTERS)
        single = share * sum(1 for count in counts if count == 1)
        grade = 0.1935 * many + 0.1672 * per_sentence + 0.1297 * long_words - 0.0327 * single - 0.875
    return Readability(lang, sentences, len(found), total, round(max(grade, 0.0), 1))
