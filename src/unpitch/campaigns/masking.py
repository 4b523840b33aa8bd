"""Entity masking: the parts a mail-merge tool fills in become slot placeholders.

Two copies of one template differ exactly where the sender's tool fills something in: the
recipient's and the sender's names, companies, numbers, links, dates. Replacing those by
placeholders before shingling makes the copies (nearly) identical, so a family shows even in a
40-word note whose fills are a large share of the text.

Speed matters (tens of thousands of messages a second), so masking is built around one cheap
split: punctuation that never belongs to a link, number or e-mail address becomes a space, the
text is split at whitespace, and each distinct raw token is classified once (memoised: a corpus
repeats a few ten thousand tokens millions of times). What only context shows is handled on the
short token list afterwards:

- the capitalised word(s) after a greeting ("Hi Anna", "Sehr geehrter Herr Dr. Wellhöfer") are a name;
- up to two capitalised words before a legal form ("ProzessWerk GmbH") are a company;
- a capitalised word with a capital inside ("InsightBridge") is a brand or company;
- the words of the known names and companies of the message (recipient, sender, the owner's
  employers) are names and companies wherever they appear;
- a number next to a month ("4 October") is part of the date, and a name or company written in
  two words ("Anna Berger") is one fill.

Per token, only C-level work runs (``map`` over the memo, ``set``, ``list.index``); Python code
runs per fill or placeholder found, of which a message has a handful.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import eq
from typing import Iterable

#: Placeholder keys. They are word keys (so shingles keep their position) that no real word is.
NAME = "_name_"
COMPANY = "_company_"
NUMBER = "_number_"
URL = "_url_"
EMAIL = "_email_"
DATE = "_date_"
PLACEHOLDERS = frozenset({NAME, COMPANY, NUMBER, URL, EMAIL, DATE})

#: Punctuation that separates words and is never part of a link, e-mail address or number.
_SEPARATORS = re.compile(r"[,;!?()\[\]{}\"“”„«»…|*<>]|:(?!//)")
#: The same split for rendering, keeping the punctuation as tokens of its own.
_RENDER_TOKENS = re.compile(r"(?:[^\s,;:!?()\[\]{}\"“”„«»…|*<>]|:(?=//))+|[,;:!?()\[\]{}\"“”„«»…|*<>]|[-–—](?=\s)")
_EDGE = ".'’-–—/"
_MONTHS = frozenset(
    "january february march april june july august september october november december "
    "januar februar märz maerz juni juli oktober dezember jan feb mar apr jun jul aug sep sept oct okt nov dec dez".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag".split()
)
_URL = re.compile(r"(?:https?://|www\.)|[\w-]\.(?:com|io|de|net|org|co|ai|app|dev|ch|at|uk|eu|example)(?:/|$)", re.IGNORECASE)
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{0,4}$|\d{1,2}\.\d{1,2}\.?$|\d{1,2}(?:st|nd|rd|th)$")
_NUMBER_START = frozenset("0123456789$€£+~#")
_GREETINGS = frozenset("hi hello hey dear hallo hej liebe lieber moin servus grüezi gruezi greetings morning".split())
#: Between a greeting and the name: titles and filler that belong to the template.
_GREETING_FILLER = frozenset(
    "herr frau mr mrs ms mx dr prof professor esteemed there good guten tag morgen abend sehr geehrte geehrter".split()
)
_NOT_NAMES = frozenset("team all everyone folks friend friends zusammen alle".split())
_LEGAL_FORMS = frozenset("gmbh ag kg inc llc ltd plc corp se ug sarl bv".split())
_MEMO_LIMIT = 500_000
_memo: dict[str, str] = {}


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
        keys = {word: COMPANY for company in self.companies for word in _fill_words(company)}
        keys.update((word, NAME) for name in self.names for word in _fill_words(name))
        return keys


@lru_cache(maxsize=1 << 16)
def _fill_words(fill: str) -> tuple[str, ...]:
    # Memoised: a corpus names the same few thousand people and companies over and over.
    words = (word.strip(_EDGE) for word in fill.lower().replace(",", " ").split())
    return tuple(word for word in words if len(word) > 1 and word not in _LEGAL_FORMS)


NO_ENTITIES = Entities()


def classify(token: str) -> str:
    """The key of one raw token: a placeholder, a lower-cased word, or "" for punctuation."""
    key = _memo.get(token)
    if key is None:
        if len(_memo) > _MEMO_LIMIT:
            _memo.clear()
        key = _memo[token] = _classify(token)
    return key


def _classify(token: str) -> str:
    if "@" in token and "." in token:
        return EMAIL
    if _URL.search(token):
        return URL
    word = token.strip(_EDGE)
    if not word:
        return ""
    if word[0] in _NUMBER_START:
        return DATE if _DATE.match(word) else NUMBER
    lower = word.lower()
    if lower in _MONTHS or lower in _WEEKDAYS:
        return DATE
    if word[0].isupper() and any(char.isupper() for char in word[2:]) and not word.isupper():
        return COMPANY  # "InsightBridge": brands and companies, never ordinary words
    return lower


def mask_keys(text: str, entities: Entities = NO_ENTITIES) -> list[str]:
    """The masked, lower-cased word keys of ``text``: what fingerprints are built from."""
    return _mask_words(text, entities.names, entities.companies)


def mask_message(text: str, recipient: str, sender: str) -> list[str]:
    """:func:`mask_keys` of a corpus message, whose known fills are its recipient's and
    sender's names (the same keys as ``mask_keys(text, Entities.of((recipient, sender)))``)."""
    return _mask_words(text, (recipient, sender), ())


def _mask_words(text: str, names: tuple[str, ...], companies: tuple[str, ...]) -> list[str]:
    raw = _SEPARATORS.sub(" ", text).split()
    keys = list(map(_memo.get, raw))
    if None in keys:  # tokens not seen before (rare once the memo is warm)
        keys = [key if key is not None else classify(token) for token, key in zip(raw, keys)]
    return _finish(raw, keys, names, companies, _greeting_end(text))


def mask_tokens(text: str, entities: Entities = NO_ENTITIES) -> list[tuple[str, str]]:
    """``(surface, key)`` of every token, punctuation included, for rendering a template.

    Words are masked exactly as :func:`mask_keys` masks them; punctuation keeps itself as key."""
    pieces = _RENDER_TOKENS.findall(text)
    words = [piece for piece in pieces if classify(piece)]
    head = _greeting_end(text)
    keys = iter(_finish(words, [classify(word) for word in words], entities.names, entities.companies, head, collapse=False))
    tokens = []
    for piece in pieces:
        if classify(piece):
            key = next(keys)
            tokens.append((key if key in PLACEHOLDERS else piece.strip(_EDGE), key))
            if piece[-1] in ".-–—" and key not in (URL, EMAIL):
                tokens.append((piece[-1], piece[-1]))  # the full stop after a word
        elif piece.strip(_EDGE):
            tokens.append((piece, piece))
    return tokens


_HEAD_END = re.compile(r"[,;:!?\n]|\s[-–—]\s")


def _greeting_end(text: str) -> int:
    """How many raw tokens come before the first comma, colon, dash or line break: a greeted
    name stands there ("Hi Anna Berger, ..."), never after."""
    found = _HEAD_END.search(text, 0, 120)
    head = text[: found.start()] if found else text[:120]
    return len(_SEPARATORS.sub(" ", head).split())


def _finish(
    raw: list[str], keys: list[str], names: tuple[str, ...], companies: tuple[str, ...], head: int, collapse: bool = True
) -> list[str]:
    """Context rules on the token list, then punctuation dropped and fills collapsed."""
    # One set answers "is it there at all?" for every rule below. The rules only turn words into
    # placeholders, so a word the set lacks is never there; one it has may be gone (no-op then).
    present = set(keys)
    _mask_greeting_name(raw, keys, head)
    legal_forms = _LEGAL_FORMS.intersection(present)
    if legal_forms:
        _mask_legal_companies(raw, keys, legal_forms)
    # Names go first: a word in both a name and a company is a name (as in ``word_keys``).
    for fills, placeholder in ((names, NAME), (companies, COMPANY)):
        for fill in fills:
            for word in _fill_words(fill):
                if word in present:
                    for index in _positions(keys, word):
                        keys[index] = placeholder
    if "" in present:
        keys = list(filter(None, keys))
    if DATE in present:
        _merge_dates(keys)
    if collapse:
        _collapse_fills(keys)
    return keys


def _positions(items: list, item: object) -> list[int]:
    """Where ``item`` stands in ``items``, ascending (C-level scans, no Python loop per token)."""
    found, index = [], -1
    for _ in range(items.count(item)):
        index = items.index(item, index + 1)
        found.append(index)
    return found


def _collapse_fills(keys: list[str]) -> None:
    """"Anna Berger" and "Anna" are one fill: consecutive equal placeholders count once."""
    same_as_previous = list(map(eq, keys[1:], keys[:-1]))  # C-level; repeats are rare
    if True not in same_as_previous:
        return
    repeats = [i + 1 for i in _positions(same_as_previous, True) if keys[i + 1] in PLACEHOLDERS]
    for index in reversed(repeats):
        del keys[index]


def _mask_greeting_name(raw: list[str], keys: list[str], head: int) -> None:
    head = min(head, len(keys))
    for index in range(min(3, head)):
        if keys[index] in _GREETINGS or (keys[index] == "sehr" and index + 1 < len(keys)):
            break
    else:
        return
    masked = 0
    for position in range(index + 1, min(index + 7, head)):
        key = keys[position]
        if not key or (key in _GREETING_FILLER and masked == 0):
            continue
        if masked == 2 or key in _NOT_NAMES or key in PLACEHOLDERS or not raw[position][:1].isupper():
            return
        keys[position] = NAME
        masked += 1


_NOT_COMPANY = PLACEHOLDERS - {COMPANY}


def _mask_legal_companies(raw: list[str], keys: list[str], legal_forms: Iterable[str]) -> None:
    # Ascending order: a legal form only changes the words before it, never a later legal form.
    for index in sorted(i for form in legal_forms for i in _positions(keys, form)):
        if raw[index][:1].isupper():
            keys[index] = COMPANY
            for before in range(index - 1, max(index - 3, -1), -1):
                if not raw[before][:1].isupper() or keys[before] in _NOT_COMPANY:
                    break
                keys[before] = COMPANY


def _merge_dates(keys: list[str]) -> None:
    """"4 October", "October 4th": a number beside a month name is part of the date.

    Dates are visited left to right, so a number merged after a date extends it further."""
    index = -1
    while DATE in keys[index + 1 :]:
        index = keys.index(DATE, index + 1)
        if index > 0 and keys[index - 1] == NUMBER:
            keys[index - 1] = DATE
        if index + 1 < len(keys) and keys[index + 1] == NUMBER:
            keys[index + 1] = DATE


def slot_label(key: str) -> str:
    """``{NAME}`` for the placeholder ``_name_``: how a slot is shown to people."""
    return "{" + key.strip("_").upper() + "}"
