"""A family is evidence, not a verdict: short courtesy notes never make a campaign.

Many people write "thanks for connecting!" or "congrats on the new role" in nearly the same
words, so such notes form families without anyone running a campaign. Two rules keep them out:

- **Minimum distinctive length**: a family whose typical (median) member has fewer than
  ``MIN_DISTINCTIVE_WORDS`` words besides the fills (names, companies, numbers, links, dates) is
  too short to tell a template from a common phrase.
- **Courtesy phrases**: a family whose members are mostly courtesy notes (at most
  ``COURTESY_MAX_WORDS`` distinctive words and a thank-you, congratulation, welcome, birthday,
  anniversary or season's-greetings phrase, English or German) is not a campaign either. A
  40-word pitch that opens with "thanks for connecting" is longer than that and stays in.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .batch import MaskedBatch
from .masking import PLACEHOLDERS

MIN_DISTINCTIVE_WORDS = 12
COURTESY_MAX_WORDS = 30
#: Matched against the masked, lower-cased words joined by single spaces.
_COURTESY = re.compile(
    r"\b(?:thanks?|thank you|many thanks|cheers) (?:\w+ ){0,3}(?:for|so much)\b"
    r"|\b(?:congrat\w*|kudos|well deserved|happy (?:birthday|work anniversary|anniversary|new year|holidays)"
    r"|merry christmas|season'?s greetings|welcome (?:to|aboard)|(?:great|nice|good) (?:to|meeting) (?:meet|connect|you)"
    r"|(?:herzlichen )?glueckwunsch\w*|gl[uü]ckw[uü]nsch\w*|gratulation\w*|gratuliere|alles gute|frohe (?:weihnachten|ostern|feiertage)"
    r"|guten rutsch|danke (?:\w+ ){0,3}f[uü]r|vielen dank (?:\w+ ){0,3}f[uü]r|sch[oö]n,? dass|willkommen)"
)


def message_traits(keys: Sequence[str]) -> tuple[int, bool]:
    """``(distinctive words, is a courtesy note)`` of one message's masked word keys."""
    distinctive = sum(1 for key in keys if key not in PLACEHOLDERS)
    courtesy = distinctive <= COURTESY_MAX_WORDS and _COURTESY.search(" ".join(keys)) is not None
    return distinctive, courtesy


def batch_traits(batch: MaskedBatch) -> tuple[np.ndarray, np.ndarray]:
    """:func:`message_traits` of every message of a batch: distinctive counts (int32) and courtesy
    flags. Only messages short enough to be courtesy notes are joined and searched."""
    distinctive = (batch.lengths - batch.placeholder_counts()).astype(np.int32)
    courtesy = np.zeros(len(batch), dtype=bool)
    short = np.flatnonzero(distinctive <= COURTESY_MAX_WORDS).tolist()
    for message, keys in zip(short, batch.words(short)):
        courtesy[message] = _COURTESY.search(" ".join(keys)) is not None
    return distinctive, courtesy


def is_campaign(distinctive: np.ndarray, courtesy: np.ndarray) -> bool:
    """Can a family with these members' traits be a campaign rather than shared courtesy?"""
    if not len(distinctive):
        return False
    return float(np.median(distinctive)) >= MIN_DISTINCTIVE_WORDS and float(np.mean(courtesy)) < 0.5
