"""Sender roles: what kind of sender someone is, from the position her Connections list for them.

A user who rejects "a kind of sender" (recruiters, salespeople, coaches ...) means the role, not the
words of one message. Only roles that describe a kind of sender are named; broad ones (founder,
manager, engineer) say nothing about why someone writes and name no role.
"""

from __future__ import annotations

import re

from ..signals.text_utils import fold

#: (role, pattern over the folded position), first match wins: "Recruiting Consultant" is a recruiter.
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(pattern))
    for role, pattern in (
        ("recruiter", r"recruit|talent (?:acquisition|partner|sourc)|headhunt|sourcer|executive search|personalberat|personalvermittl"),
        ("sales rep", r"\bsales\b|account (?:executive|manager)|business development|\bbdr\b|\bsdr\b|vertrieb|key account|verkauf|aussendienst|partnerships"),
        ("financial adviser", r"financial (?:advis|plann)|finanzberat|vermoegensberat|wealth|versicherung|insurance|finanzmakler|mortgage|hypothek"),
        ("coach", r"\bcoach|\btrainer|\bmentor"),
        ("marketer", r"marketing|\bgrowth\b|\bseo\b|social media|content (?:creator|strateg)"),
        ("consultant", r"consult|\bberater|\bberaterin|advisory|\badvisor"),
        ("journalist", r"journalist|redakteur|redaktion|\beditor\b|reporter|korrespondent"),
        ("student", r"\bstudent|werkstudent|\bintern\b|praktikant|\btrainee\b|\bazubi|auszubildend"),
    )
)


def role_of(position: str) -> str:
    """The sender role a position names, or "" when it names none of them."""
    folded = fold(position)
    return next((role for role, pattern in _ROLES if pattern.search(folded)), "")
