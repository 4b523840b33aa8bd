"""Does the sender talk in brochure claims: "trusted by 5,000+ pharmacies", "global leader"?

``MARKETING_CLAIM`` (towards junk, and mass-sender evidence) when inbound text carries the
boilerplate of a sales deck: size and trust claims ("trusted by over 500 companies", "we are a
team of 120+", "über 300 Kunden"), superlatives ("the global leader", "cutting-edge", "proven
strategy", "garantiert innerhalb von 90 Tagen"), teaser statistics ("Did you know ...?",
"Wussten Sie, dass ...?") and growth promises ("boost your revenue by", "auf das nächste
Level"). A sender who studied her writes about her, not about the size of their client list,
so these lines mark a text written once for everybody. On its own it decides nothing: it backs
up a pitch that the other detectors found.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text
from .weights import POINTS

# Folded text (lower case, umlauts spelt out).
_CLAIM = re.compile(
    r"\b(?:trusted by (?:over |more than )?[\d,.]+\+?|[\d,.]+\+ (?:vetted|certified|verified|qualified|happy|satisfied|zufriedene|gepruefte)\b|"
    r"(?:a|the|der|ein) (?:leading|fuehrende|fuehrender)\b|marktfuehrer\w*|(?:global|leading|market|industry|world) leader|world-class|"
    r"best-in-class|cutting-edge|state-of-the-art|proven (?:strategy|strategies|system|track record|method|process|results)|"
    r"full[- ]service (?:digital )?(?:agency|provider|company)|we are a team of [\d,]+\+?|\d+\+ years of experience|"
    r"did you know(?: that)?|wussten sie,? dass|wusstest du,? dass|garantiert (?:innerhalb|in)\b|guaranteed (?:results|in|within)\b|"
    r"revolutioni[sz]e|take your (?:business|company|brand) to the next level|(?:auf )?(?:das|ein) naechste(?:s)? level|"
    r"game[- ]changer|hundreds of (?:companies|businesses|clients)|tausende(?:n)? (?:von )?(?:unternehmen|kunden)|"
    r"ueber [\d.]+\+? (?:unternehmen|kunden|betriebe|praxen)|"
    r"in today's (?:fast-paced|competitive|digital|ever-changing) (?:world|market|landscape|environment)|"
    r"in der heutigen (?:schnelllebigen|digitalen|modernen) (?:zeit|welt)|unlock (?:your|the) (?:full )?potential|"
    r"skyrocket\w*|10x your|one-stop[- ]shop|all-in-one (?:platform|solution|tool)|end-to-end solution|rundum-sorglos\w*|"
    r"ganzheitlich\w* (?:loesung|strategie|ansatz|konzept)|"
    r"(?:increase|boost|double|triple) your (?:revenue|sales|leads|bookings|profits?|roi) by|"
    r"(?:steigern|verdoppeln) (?:sie |du )?(?:ihren|deinen|ihre|deine) (?:umsatz|gewinn|anfragen|buchungen) um|"
    r"seamless(?:ly)? integrat\w*|nahtlos integr\w*|\d+x (?:faster|cheaper|schneller|guenstiger)|blazing[- ]fast|"
    r"(?:dein|ihr|euer) (?:volles )?potenzial (?:zu )?(?:entfalten|ausschoepfen|freisetzen))"
)


class MarketingClaimDetector:
    name = "marketing_claims"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        folded = inbound_text(conversation, context.cache).folded
        claim = _CLAIM.search(folded.text)
        if claim is None:
            return []
        return [Signal("MARKETING_CLAIM", POINTS["MARKETING_CLAIM"],
                       f"talks in brochure claims: {folded.quote(claim.start(), claim.end())}")]


DETECTOR = MarketingClaimDetector()
