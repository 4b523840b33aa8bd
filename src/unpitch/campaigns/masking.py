"""Entity masking: the parts a mail-merge tool fills in become slot placeholders.

Two copies of one template differ exactly where the sender's tool fills something in: the
recipient's and the sender's names, companies, numbers, links, dates. Replacing those by
placeholders before shingling makes the copies (nearly) identical, so a family shows even in a
40-word note whose fills are a large share of the text.

Masking is a few whole-text regex substitutions (links, e-mail addresses, dates, numbers, the
name after a greeting, the words before a legal form such as "GmbH") followed by one word split,
with the known names and companies of the message swapped for placeholders word by word.
Everything runs in C except one list comprehension, which is what makes fingerprinting fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

#: Placeholder keys. They are word tokens (so shingles keep their position) that no real word
#: is: ordinary text does not write ``_name_``.
NAME = "_name_"
COMPANY = "_company_"
NUMBER = "_number_"
URL = "_url_"
EMAIL = "_email_"
DATE = "_date_"
PLACEHOLDERS = frozenset({NAME, COMPANY, NUMBER, URL, EMAIL, DATE})

_MONTHS = (
    r"jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|maerz|apr(?:il)?|may|mai|june?|juni|july?|juli|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
)
_EMAILS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URLS = re.compile(
    r"(?:https?://|www\.)\S+[\w/]"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|de|net|org|co|ai|app|dev|ch|at|uk|eu|example)\b(?:/\S*[\w/])?",
    re.IGNORECASE,
)
_DATES = re.compile(
    rf"\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})\b\.?(?:\s+\d{{4}}\b)?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b(?:{_WEEKDAYS})\b",
    re.IGNORECASE,
)
# "62,000+", "30 %", "$250", "10-15" (a range is one fill).
_NUMBERS = re.compile(r"[$€£]?\b\d[\d,.']*(?:\s?[-–]\s?\d[\d,.']*)?(?:\s?%|\+)?")
# The capitalised name after a greeting ("Hi Anna", "Dear Dr. Anna Berger", "Sehr geehrter Herr
# Dr. Wellhöfer"); titles in between stay, they belong to the template.
_GREETING_NAME = re.compile(
    r"(?P<greeting>\b(?i:hi|hello|hey|dear|hallo|hej|liebe|lieber|moin|servus|gr[uü]e?zi|greetings|"
    r"good (?:morning|afternoon|evening)|guten (?:morgen|tag|abend)|sehr geehrte[rs]?)"
    r"(?:\s+(?i:there|esteemed))?[ \t,]+"
    r"(?:(?i:herr|frau|mr|mrs|ms|dr|prof|professor)\.?\s+)*)"
    r"(?!(?i:team|all|everyone|folks|zusammen|alle|there)\b)"
    r"[A-ZÄÖÜ][\w'’-]*(?:[ \t]+[A-ZÄÖÜ][\w'’-]*)?"
)
# Up to three capitalised words before a legal form: "ProzessWerk GmbH", "Verwaltung Digital AG".
_LEGAL_COMPANY = re.compile(
    r"\b(?:[A-ZÄÖÜ][\w&'’-]*[ \t]+){1,3}(?:GmbH|AG|KG|Inc|LLC|Ltd|PLC|Corp|SE|UG|SARL|BV)\b\.?"
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_LEGAL_FORMS = frozenset("gmbh ag kg inc llc ltd plc corp se ug co sarl bv".split())


@dataclass(frozen=True, slots=True)
class Entities:
    """What a mail-merge tool fills in for one message: people's names and company names."""

    names: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()

    @classmethod
    def of(cls, names: Iterable[str] = (), companies: Iterable[str] = ()) -> "Entities":
        return cls(tuple(n for n in names if n), tuple(c for c in companies if c))

    def word_keys(self) -> dict[str, str]:
        """Each lower-cased word of a name or company mapped to its placeholder."""
        keys: dict[str, str] = {}
        for company in self.companies:
            for word in _WORD.findall(company.lower()):
                if len(word) > 1 and word not in _LEGAL_FORMS:
                    keys[word] = COMPANY
        for name in self.names:
            for word in _WORD.findall(name.lower()):
                if len(word) > 1:
                    keys[word] = NAME
        return keys


NO_ENTITIES = Entities()


def masked_text(text: str) -> str:
    """``text`` with links, e-mail addresses, dates, numbers, the greeted name and legal-form
    company names replaced by placeholders; case and punctuation kept."""
    if "@" in text:
        text = _EMAILS.sub(f" {EMAIL} ", text)
    if "." in text or "/" in text:
        text = _URLS.sub(f" {URL} ", text)
    text = _DATES.sub(f" {DATE} ", text)
    text = _NUMBERS.sub(f" {NUMBER} ", text)
    text = _GREETING_NAME.sub(lambda match: f"{match.group('greeting')} {NAME} ", text)
    return _LEGAL_COMPANY.sub(f" {COMPANY} ", text)


def mask_keys(text: str, entities: Entities = NO_ENTITIES) -> list[str]:
    """The masked, lower-cased word keys of ``text``: what fingerprints are built from."""
    words = _WORD.findall(masked_text(text).lower())
    keys = entities.word_keys() if entities.names or entities.companies else None
    if not keys:
        return words
    # "Dave" and "Dave Kowalczyk" are one fill: consecutive equal placeholders count once.
    masked = [keys.get(word, word) for word in words]
    return [key for key, before in zip(masked, ["", *masked]) if key != before or key not in PLACEHOLDERS]


def mask_tokens(text: str, entities: Entities = NO_ENTITIES) -> list[tuple[str, str]]:
    """``(surface, key)`` of every token, punctuation included, for rendering a template.

    The surface of a masked token is its placeholder; words keep their original case."""
    keys = entities.word_keys()
    tokens = []
    for surface in _TOKEN.findall(masked_text(text)):
        key = surface.lower()
        key = keys.get(key, key)
        tokens.append((surface if key not in PLACEHOLDERS else key, key))
    return tokens


def is_word(key: str) -> bool:
    """Is this token a word or a placeholder (not punctuation)?"""
    return key[0].isalnum() or key[0] == "_"


def slot_label(key: str) -> str:
    """``{NAME}`` for the placeholder ``_name_``: how a slot is shown to people."""
    return "{" + key.strip("_").upper() + "}"
