"""Masking a whole batch of corpus messages at once: :func:`~.masking.mask_message`, vectorised.

Masking one message at a time pays for half a dozen passes over its ~65 tokens (separator
regex, memo lookup, ``set``, filtering, collapsing, hashing), each a separate C call building its
own list of strings. Here a batch of messages is joined with a sentinel line that no text
contains and split once at whitespace; each whitespace-separated word maps (one C-level dict
lookup, memoised) to the integer classes of the tokens it holds, so the separator regex runs once
per distinct word, not per message, and no token string is ever made. The masking rules then run
as NumPy operations over the integer array of the whole batch; Python code runs only per new
word, per new person and per courtesy candidate, never per token.

The rules and their order are exactly those of :mod:`.masking` (the tests assert equal output on
a generated corpus and on random text):

1. the capitalised words after a greeting become a name;
2. capitalised words before a legal form become a company;
3. the words of the recipient's and sender's names become names;
4. punctuation is dropped, a number beside a date joins the date, repeated fills count once.

A raw token is represented by its *class*: ``2 * key id + (first character is upper case)``,
since the context rules need exactly those two facts about a token.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from itertools import chain
from typing import Callable, Sequence

import numpy as np

from .masking import (
    _GREETING_FILLER,
    _GREETINGS,
    _LEGAL_FORMS,
    _MEMO_LIMIT,
    _NOT_NAMES,
    _SEPARATORS,
    COMPANY,
    DATE,
    EMAIL,
    NAME,
    NUMBER,
    PLACEHOLDERS,
    URL,
    _classify,
    _fill_words,
    _mask_words,
)

#: Stands alone on a line between two texts; texts that contain it are masked one by one.
SENTINEL = "\x00"
_JOIN = "\n" + SENTINEL + "\n"
#: Fixed key ids (the table is rebuilt with them in this order after every reset).
_FIXED_KEYS = (SENTINEL, "", NAME, COMPANY, NUMBER, URL, EMAIL, DATE)
_EMPTY_ID, _NAME_ID, _COMPANY_ID, _NUMBER_ID, _DATE_ID = 1, 2, 3, 4, 7
#: How far after a greeting a name may stand (``masking._mask_greeting_name``: index + 6 < 9).
_GREETING_WINDOW = 9


class KeyTable:
    """Every raw token and key seen, as small integers, with what the rules need per key.

    One per process (like the memo of :mod:`.masking`); reset when its words and people grow
    past the memo limit, so memory stays bounded on endless streams. A reset builds new containers, so a
    :class:`MaskedBatch` made before it keeps reading valid ones."""

    def __init__(self) -> None:
        self.token_classes = _WordMemo(self._learn)
        #: One tuple object per distinct class sequence: most words share a handful.
        self._shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.key_ids: dict[str, int] = {}
        self.texts: list[str] = []
        self.crc = np.zeros(1024, dtype=np.uint64)
        self.placeholder = np.zeros(1024, dtype=bool)
        self.opens_greeting = np.zeros(1024, dtype=bool)
        self.legal_form = np.zeros(1024, dtype=bool)
        self.filler = np.zeros(1024, dtype=bool)
        self.not_name = np.zeros(1024, dtype=bool)
        #: Key ids of the words of a recipient's or sender's name (cached once all are known).
        self.fills: dict[str, tuple[int, ...]] = {}
        #: People with a name word that is a placeholder key (``_company_``): handled one by one.
        self.placeholder_people: set[str] = set()
        for key in _FIXED_KEYS:
            self.key_id(key)

    def key_id(self, key: str) -> int:
        """The id of a key, registering it when new."""
        found = self.key_ids.get(key)
        if found is not None:
            return found
        number = len(self.texts)
        if number == len(self.crc):
            self._grow()
        self.key_ids[key] = number
        self.texts.append(key)
        self.crc[number] = zlib.crc32(key.encode("utf-8", "surrogatepass"))
        self.placeholder[number] = key in PLACEHOLDERS
        # ``masking`` takes "sehr" as a greeting only when a word follows it; with no word
        # after it there is no name to mask either way, so that check is not needed here.
        self.opens_greeting[number] = key in _GREETINGS or key == "sehr"
        self.legal_form[number] = key in _LEGAL_FORMS
        self.filler[number] = key in _GREETING_FILLER
        self.not_name[number] = key in _NOT_NAMES
        return number

    def _grow(self) -> None:
        for name in ("crc", "placeholder", "opens_greeting", "legal_form", "filler", "not_name"):
            old = getattr(self, name)
            new = np.zeros(2 * len(old), dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)

    def fill_ids(self, person: str) -> tuple[int, ...]:
        """Key ids of the words of ``person``'s name that some token has had as key."""
        cached = self.fills.get(person)
        if cached is not None:
            return cached
        found, complete = [], True
        for word in _fill_words(person):
            number = self.key_ids.get(word)
            if number is None:
                complete = False  # no token has had it as key yet: look again next time
            elif word in PLACEHOLDERS:
                self.placeholder_people.add(person)
            else:
                found.append(number)
        if complete:
            self.fills[person] = tuple(found)
        return tuple(found)

    def classes(self, words: list[str]) -> np.ndarray:
        """The classes of the raw tokens of whitespace-separated ``words``, in order.

        A word maps to the classes of its raw tokens (a tuple: "Anna," is one token, "(a/b)"
        none or several), learnt the first time it is seen; known words cost one C-level dict
        lookup, and no string is made per token."""
        return np.fromiter(chain.from_iterable(map(self.token_classes.__getitem__, words)), dtype=np.int64)

    def _learn(self, word: str) -> tuple[int, ...]:
        # Splitting each word at the separators gives the tokens ``masking`` gets by splitting
        # the whole text: separators only ever become spaces, and ":" is one unless "//"
        # follows, which whitespace never is.
        tokens = _SEPARATORS.sub(" ", word).split()
        classes = tuple(2 * self.key_id(_classify(token)) + token[:1].isupper() for token in tokens)
        return self._shared.setdefault(classes, classes)


class _WordMemo(dict):
    """Word -> classes of its tokens; a word not seen before is learnt on lookup."""

    def __init__(self, learn: Callable[[str], tuple[int, ...]]) -> None:
        super().__init__({SENTINEL: (0,)})
        self._learn = learn

    def __missing__(self, word: str) -> tuple[int, ...]:
        classes = self[word] = self._learn(word)
        return classes


_TABLE: KeyTable | None = None


def _table() -> KeyTable:
    global _TABLE
    if _TABLE is None or len(_TABLE.token_classes) + len(_TABLE.fills) > _MEMO_LIMIT:
        _TABLE = KeyTable()
    return _TABLE


@dataclass(frozen=True, slots=True)
class MaskedBatch:
    """The masked keys of a batch of messages, as key ids laid end to end."""

    keys: np.ndarray
    lengths: np.ndarray
    table: KeyTable

    def __len__(self) -> int:
        return len(self.lengths)

    def words(self, messages: Sequence[int]) -> list[list[str]]:
        """The masked keys of the given messages, as :func:`~.masking.mask_message` returns them."""
        ends = np.cumsum(self.lengths).tolist()
        texts = self.table.texts
        return [
            list(map(texts.__getitem__, self.keys[ends[m] - int(self.lengths[m]) : ends[m]].tolist())) for m in messages
        ]

    def word_hashes(self) -> np.ndarray:
        """CRC-32 of every key (uint64), the same values :class:`~.fingerprint.WordHasher` gives."""
        return self.table.crc[self.keys]

    def placeholder_counts(self) -> np.ndarray:
        """How many keys of each message are placeholders."""
        counts = np.bincount(self._owners(), weights=self.table.placeholder[self.keys], minlength=len(self))
        return counts.astype(np.int64)

    def _owners(self) -> np.ndarray:
        return np.repeat(np.arange(len(self)), self.lengths)


def mask_messages(texts: Sequence[str], recipients: Sequence[str], senders: Sequence[str]) -> MaskedBatch:
    """``mask_message(texts[i], recipients[i], senders[i])`` for every i, computed together."""
    table = _table()
    joined = _JOIN.join(texts)
    if joined.count(SENTINEL) != len(texts) - 1:
        return _one_by_one(texts, recipients, senders, table)
    classes = table.classes(joined.split())
    boundary = classes == 0
    tokens = ~boundary
    owner = np.cumsum(boundary)[tokens]
    classes = classes[tokens]
    keys, upper = classes >> 1, (classes & 1).astype(bool)
    lengths = np.bincount(owner, minlength=len(texts))
    starts = np.cumsum(lengths) - lengths
    _mask_greeting_names(_head_lengths(joined, len(texts)), keys, upper, starts, lengths, table)
    _mask_legal_companies(keys, upper, owner, starts, table)
    _mask_known_names(keys, owner, recipients, senders, classes, table)
    kept = keys != _EMPTY_ID
    keys, owner = keys[kept], owner[kept]
    _merge_dates(keys, owner)
    repeat = (keys[1:] == keys[:-1]) & (owner[1:] == owner[:-1]) & table.placeholder[keys[1:]]
    if repeat.any():
        kept = np.r_[True, ~repeat]
        keys, owner = keys[kept], owner[kept]
    return MaskedBatch(keys, np.bincount(owner, minlength=len(texts)), table)


def _one_by_one(
    texts: Sequence[str], recipients: Sequence[str], senders: Sequence[str], table: KeyTable
) -> MaskedBatch:
    """The per-message path, for a batch in which some text contains the sentinel."""
    documents = list(map(_mask_words, texts, zip(recipients, senders), [()] * len(texts)))
    keys = np.fromiter((table.key_id(key) for words in documents for key in words), dtype=np.int64)
    return MaskedBatch(keys, np.fromiter(map(len, documents), dtype=np.int64, count=len(documents)), table)


#: The head of each text in a joined batch (``masking._greeting_end``): the text up to its first
#: comma, colon, line break or spaced dash within 120 characters. The batch is joined with
#: "\n" SENTINEL "\n" and framed the same way, so the match stops at a text's end at the latest.
#: It differs from ``_greeting_end`` only where a spaced dash crosses the 120th character or the
#: text's end: there ``_greeting_end`` counts the lone dash as one more token, and the rule
#: skips a dash (its key is empty) and nothing follows it in the head, so names come out alike.
_HEADS = re.compile("\x00\n([^\x00]{0,120}?(?=[,;:!?\n]|\\s[-–—]\\s)|[^\x00]{120})")


def _head_lengths(joined: str, count: int) -> np.ndarray:
    """How many raw tokens stand in the head of each of the ``count`` texts joined in ``joined``."""
    heads = _HEADS.findall(SENTINEL + "\n" + joined + "\n" + SENTINEL)
    words = _SEPARATORS.sub(" ", SENTINEL.join(heads)).split(SENTINEL)
    return np.fromiter(map(len, map(str.split, words)), dtype=np.int64, count=count)


def _mask_greeting_names(
    heads: np.ndarray, keys: np.ndarray, upper: np.ndarray, starts: np.ndarray, lengths: np.ndarray, table: KeyTable
) -> None:
    """Rule 1 (``masking._mask_greeting_name``) on all messages at once: the first greeting among
    the first three words, then up to two capitalised words after it (titles skipped) before the
    head ends, each column of the window a vector step."""
    if not len(keys):
        return
    head = np.minimum(heads, lengths)
    columns = np.arange(_GREETING_WINDOW)
    inside = columns < head[:, None]
    window = np.where(inside, starts[:, None] + columns, 0)
    words = keys[window]
    opens = table.opens_greeting[words] & inside
    opens[:, 3:] = False
    greeted = np.flatnonzero(opens.any(axis=1))
    if not len(greeted):
        return
    words, upper_words, inside, head = words[greeted], upper[window[greeted]], inside[greeted], head[greeted]
    greeting = opens[greeted].argmax(axis=1)
    rows = np.arange(len(greeted))
    found = np.zeros(len(greeted), dtype=np.int64)
    done = np.zeros(len(greeted), dtype=bool)
    names: list[np.ndarray] = []
    for step in range(1, 7):
        column = greeting + step
        active = ~done & (column < head)
        column = np.minimum(column, _GREETING_WINDOW - 1)
        key = words[rows, column]
        skip = (key == _EMPTY_ID) | (table.filler[key] & (found == 0))
        stop = ~skip & ((found == 2) | table.not_name[key] | table.placeholder[key] | ~upper_words[rows, column])
        name = active & ~skip & ~stop
        done |= active & stop
        found += name
        names.append(window[greeted[name], column[name]])
    keys[np.concatenate(names)] = _NAME_ID


def _mask_legal_companies(
    keys: np.ndarray, upper: np.ndarray, owner: np.ndarray, starts: np.ndarray, table: KeyTable
) -> None:
    """Rule 2 (``masking._mask_legal_companies``): a capitalised legal form and up to two
    capitalised words right before it (in its message, not already another fill) are a company.

    The rule only ever writes the company placeholder, which never stops a later walk, so every
    legal form can be handled at once."""
    forms = np.flatnonzero(table.legal_form[keys])
    forms = forms[upper[forms]]
    if not len(forms):
        return
    first = starts[owner[forms]]
    company = [forms]
    walking = np.ones(len(forms), dtype=bool)
    for back in (1, 2):
        before = forms - back
        walking &= before >= first
        safe = np.maximum(before, 0)
        walking &= upper[safe] & ~(table.placeholder[keys[safe]] & (keys[safe] != _COMPANY_ID))
        company.append(before[walking])
    keys[np.concatenate(company)] = _COMPANY_ID


def _mask_known_names(
    keys: np.ndarray,
    owner: np.ndarray,
    recipients: Sequence[str],
    senders: Sequence[str],
    classes: np.ndarray,
    table: KeyTable,
) -> None:
    """Rule 3: every word of the message's recipient's or sender's name becomes a name.

    Words are matched as (message, key id) pairs, sorted once; only tokens whose key is a name
    word somewhere in the batch are looked up."""
    people = [*recipients, *senders]
    fills = list(map(table.fills.get, people))
    if None in fills:  # people not seen before, or with a word no token has had yet
        index = -1
        for _ in range(fills.count(None)):
            index = fills.index(None, index + 1)
            fills[index] = table.fill_ids(people[index])
    counts = np.fromiter(map(len, fills), dtype=np.int64, count=len(fills))
    words = np.fromiter(chain.from_iterable(fills), dtype=np.int64, count=int(counts.sum()))
    if len(words):
        width = np.int64(len(table.texts))
        pairs = np.sort(np.tile(np.arange(len(recipients), dtype=np.int64), 2).repeat(counts) * width + words)
        is_fill = np.zeros(len(table.texts), dtype=bool)
        is_fill[words] = True
        candidates = np.flatnonzero(is_fill[keys])
        wanted = owner[candidates] * width + keys[candidates]
        at = np.minimum(np.searchsorted(pairs, wanted), len(pairs) - 1)
        keys[candidates[pairs[at] == wanted]] = _NAME_ID
    if table.placeholder_people and not table.placeholder_people.isdisjoint(people):
        _mask_placeholder_names(keys, owner, people, classes, table)


def _mask_placeholder_names(
    keys: np.ndarray, owner: np.ndarray, people: list[str], classes: np.ndarray, table: KeyTable
) -> None:
    """A name word that is a placeholder key (a name like ``_company_``) rewrites that
    placeholder only when the message held it before any rule ran, as in ``masking._finish``."""
    count = len(people) // 2
    for index, person in enumerate(people):
        if person not in table.placeholder_people:
            continue
        mine = owner == index % count
        for word in _fill_words(person):
            number = table.key_ids.get(word)
            if word in PLACEHOLDERS and number is not None and ((classes[mine] >> 1) == number).any():
                keys[mine & (keys == number)] = _NAME_ID


def _merge_dates(keys: np.ndarray, owner: np.ndarray) -> None:
    """Rule 4 (``masking._merge_dates``): a number just before a date, and a run of numbers just
    after one, join the date (within one message)."""
    numbers = np.flatnonzero(keys == _NUMBER_ID)
    if not len(numbers) or not (keys == _DATE_ID).any():
        return
    # Each number's run of consecutive numbers starts at ``run_start``; the token before the run
    # is what the run follows.
    starts_run = np.r_[True, numbers[1:] != numbers[:-1] + 1]
    run_start = numbers[np.maximum.accumulate(np.where(starts_run, np.arange(len(numbers)), 0))]
    anchor = np.maximum(run_start - 1, 0)
    after = (run_start > 0) & (keys[anchor] == _DATE_ID) & (owner[anchor] == owner[numbers])
    following = np.minimum(numbers + 1, len(keys) - 1)
    before = (numbers + 1 < len(keys)) & (keys[following] == _DATE_ID) & (owner[following] == owner[numbers])
    keys[numbers[after | before]] = _DATE_ID
