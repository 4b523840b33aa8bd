"""Does a sender offer her something free to start with: a consultation, an audit, a trial?

``FREE_FIRST_OFFER`` (towards junk) when inbound text offers a free or no-obligation first step
("free 15-minute discovery call", "complimentary SEO audit", "kostenloses Erstgespräch",
"unverbindliche Potenzialanalyse", "Probetraining"). That is how a seller opens a sale, so it
makes the conversation a sales pitch even when the intent model reads the text as chat
("In meinem Mentoring findest du Klarheit. Kostenloses Erstgespräch?"). Whether the pitch is
junk is still decided by everything else: a tailored one with a free trial goes to review.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text
from .weights import POINTS

# Folded text (lower case, umlauts spelt out). "Feel free to call" names no offer: the words
# between "free" and the offered thing are only the offer's own modifiers.
_MODIFIER = (
    r"(?:\d+[- ]?(?:minute|min)s?[- ]|no-obligation |no obligation |initial |first |introductory |intro |"
    r"personal |short |quick |one-on-one |1:1 |1-on-1 |discovery |strategy |clarity |tax |seo |website |"
    r"marketing |security |energy |cost |trial |taster |sample )*"
)
_OFFERED = (
    r"(?:discovery call|call|session|consultation|consult|audit|assessment|analysis|check|check-up|checkup|"
    r"review|trial|demo|sample|quote|estimate|evaluation|coaching)s?"
)
_GERMAN_OFFERED = (
    r"(?:erstgespraech|erstberatung|kennenlerngespraech|kennenlernen|kennenlern-call|strategiegespraech|"
    r"strategie-call|beratungsgespraech|potenzialanalyse|potentialanalyse|erstanalyse|analyse|check|audit|"
    r"probetraining|probemonat|testphase|testmonat|testzugang|demo|muster|probe|coaching|beratung|"
    r"probestunde|schnupper\w*)"
)
_FREE_FIRST = re.compile(
    rf"\b(?:free|complimentary|no-cost) {_MODIFIER}{_OFFERED}\b"
    rf"|\b(?:kostenlos|kostenfrei|gratis|unverbindlich)\w* (?:[\w-]+ ){{0,2}}?{_GERMAN_OFFERED}\b"
)


class FreeFirstOfferDetector:
    name = "free_first_offer"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        folded = inbound_text(conversation, context.cache).folded
        offer = _FREE_FIRST.search(folded.text)
        if offer is None:
            return []
        return [Signal("FREE_FIRST_OFFER", POINTS["FREE_FIRST_OFFER"],
                       f"offers a free first step: {folded.quote(offer.start(), offer.end())}")]


DETECTOR = FreeFirstOfferDetector()
