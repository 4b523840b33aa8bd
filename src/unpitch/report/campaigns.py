"""Top campaigns, from whatever the ``CAMPAIGN_MEMBER`` signals of a scan say.

Campaign detection is its own detector; the report only groups conversations by the template
their signal quotes. The evidence is read leniently: the template is the last double-quoted
part of the detail (the whole detail when nothing is quoted), the family size and sender
count are the numbers the detail states next to "copies / messages / members / conversations"
and "senders", when it states them. Anything missing is simply not shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from markupsafe import Markup, escape

CAMPAIGN_SIGNAL = "CAMPAIGN_MEMBER"
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
# "12 copies", "12 near-identical messages"; "5 senders", "5 different senders".
_SIZE = re.compile(r"(\d+)\s+(?:[\w-]+\s+){0,2}?(?:copies|messages|members|conversations|times)\b", re.IGNORECASE)
_SENDERS = re.compile(r"(\d+)\s+(?:[\w-]+\s+)?senders?\b", re.IGNORECASE)
#: Slots as campaign detection marks them: {NAME}, {COMPANY}, {NUMBER}, {URL} ...
SLOT = re.compile(r"\{[A-Z][A-Z0-9_]*\}")


@dataclass(slots=True)
class Campaign:
    template: str
    conversation_ids: list[str] = field(default_factory=list)
    senders_here: set[str] = field(default_factory=set)
    #: Family size and distinct senders as the signal states them (0 when it does not).
    stated_size: int = 0
    stated_senders: int = 0

    @property
    def slots(self) -> list[str]:
        return sorted(set(SLOT.findall(self.template)))


def template_of(detail: str) -> str:
    quoted = _QUOTED.findall(detail)
    return quoted[-1] if quoted else detail.strip()


def _number(pattern: re.Pattern[str], detail: str) -> int:
    match = pattern.search(detail)
    return int(match.group(1)) if match else 0


def top_campaigns(members: Iterable[tuple[str, str, str]], limit: int = 10) -> list[Campaign]:
    """Group (conversation id, sender, CAMPAIGN_MEMBER detail) by template, largest first."""
    campaigns: dict[str, Campaign] = {}
    for conversation_id, sender, detail in members:
        template = template_of(detail)
        campaign = campaigns.setdefault(template, Campaign(template))
        campaign.conversation_ids.append(conversation_id)
        if sender:
            campaign.senders_here.add(sender)
        campaign.stated_size = max(campaign.stated_size, _number(_SIZE, detail))
        campaign.stated_senders = max(campaign.stated_senders, _number(_SENDERS, detail))
    ranked = sorted(campaigns.values(), key=lambda c: (-len(c.conversation_ids), -c.stated_size, c.template))
    return ranked[:limit]


def highlight_slots(template: str) -> Markup:
    """The template as HTML: every piece escaped, slots wrapped in <mark> (the only markup added)."""
    pieces: list[str] = []
    position = 0
    for match in SLOT.finditer(template):
        pieces.append(str(escape(template[position : match.start()])))
        pieces.append(f'<mark class="slot">{escape(match.group(0))}</mark>')
        position = match.end()
    pieces.append(str(escape(template[position:])))
    return Markup("".join(pieces))
