"""Does a message name the job the owner actually has?

``RELEVANT_ROLE`` (towards keep) when the inbound text names one of the owner's current job titles
by its core words ("backend engineer", "Pflegedirektorin") or its acronym ("CFO"). Scoring counts
it as homework done only for recruiting pitches: a recruiter offering the role she holds did look
at her profile, while a seller naming her title is only filling a merge field.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import fold, inbound_text, words
from .weights import POINTS


# Seniority and filler words say nothing about what the job is.
_GENERIC_TITLE_WORDS = frozenset(
    """
    senior junior lead leading head chief principal staff associate assistant deputy interim acting
    of and the for at in und der die das fuer bei im am co founder cofounder owner inhaber inhaberin
    geschaeftsfuehrer geschaeftsfuehrerin managing partner i ii iii iv
    """.split()
)
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _title_keys(titles: list[str]) -> list[tuple[str, frozenset[str]]]:
    """(shown title, core words) per title, plus acronyms as one-word keys."""
    keys: list[tuple[str, frozenset[str]]] = []
    for title in titles:
        core = frozenset(w for w in words(fold(title)) if w not in _GENERIC_TITLE_WORDS and len(w) > 1)
        if core:
            keys.append((title, core))
        keys += [(acronym, frozenset({acronym.lower()})) for acronym in _ACRONYM.findall(title)]
    return keys


class RoleMatch:
    name = "role_match"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        keys = context.cache.get(self.name)
        if not isinstance(keys, list):
            keys = _title_keys([p.title for p in context.owner.current_positions if p.title.strip()])
            context.cache[self.name] = keys
        if not keys:
            return []
        present = set(words(inbound_text(conversation, context.cache).folded.text))
        for shown, core in keys:
            if core <= present:
                return [Signal("RELEVANT_ROLE", POINTS["RELEVANT_ROLE"], f'names the role you hold: "{shown}"')]
        return []


DETECTOR = RoleMatch()
