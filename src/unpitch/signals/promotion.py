"""Does the sender push a promotion: a discount, a coupon code, a free month, a deadline?

``PROMO_OFFER`` (a little towards junk, and mass-sender evidence) when inbound text offers a
percentage off ("15 % Sommerrabatt", "20% off"), a code ("Code: FRISCH50"), a free first month or
trial, or a deadline on the offer ("nur diese Woche", "only until Friday"). It is the call to action
of a campaign sent to a list, and such blasts are short (at most 50 words of inbound text); a
seller writing at length to one person may mention a discount too. Existing suppliers give
discounts as well, so on its own it decides nothing: it counts as behaviour beside an unsure
pitch, and relationship signals still protect.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text
from .weights import POINTS

#: A promotion is a blast: short. A long letter that mentions a team discount was written for her.
BLAST_MAX_WORDS = 50
# Folded text (lower case, umlauts spelt out).
_PROMOTION = re.compile(
    r"\b\d+\s?%\s?(?:rabatt|off|discount|nachlass|sommerrabatt|winterrabatt|fruehbucher\w*|neukundenrabatt)"
    r"|\b(?:rabattcode|gutscheincode|discount code|promo code|coupon code|coupon|gutschein-code)\b|\bcode:\s?[a-z0-9]{4,}"
    r"|\b(?:first|erste[rn]?) (?:month|monat) (?:free|kostenlos|gratis)|\bfree (?:trial|for \d+ days)"
    r"|\b(?:jetzt|nur noch|only) (?:bis|until|this week|diese woche)\b"
    r"|\b(?:neukunden)?rabatt(?: von)? \d+\s?%|\b\d+\s?%\s?(?:guenstiger|cheaper|auf (?:die|ihre|deine|eure) erste|on your first|off your first)"
)


class PromotionDetector:
    name = "promotion"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        folded = inbound_text(conversation, context.cache).folded
        promotion = _PROMOTION.search(folded.text)
        if promotion is None or len(folded.text.split()) > BLAST_MAX_WORDS:
            return []
        return [Signal("PROMO_OFFER", POINTS["PROMO_OFFER"], f"pushes a promotion: {folded.quote(*promotion.span())}")]


DETECTOR = PromotionDetector()
