"""Is she promised easy money: trading, crypto signals, a side income, "never work again"?

``INCOME_PROMISE`` (towards junk, and mass-sender evidence) when inbound text claims an income or
a return ("8.000 € im Monat", "$10k a month", "my students made 4x", "passive income",
"finanzielle Freiheit") and either names the vehicle of such schemes (trading, crypto, forex,
signals, a masterclass, network marketing) or asks for a keyword reply ("DM me 'READY'",
"Schreib mir 'INFO'"). These get-rich offers sell nothing she could judge on relevance, and the
intent model, trained on business pitches, reads them as chat. Either half alone is ordinary
talk about money or replies, so both are needed.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text
from .weights import POINTS

_AMOUNT = r"(?:[$€£]\s?\d[\d.,']*\s?k?|\d[\d.,']*\s?k?\s?(?:€|eur\b|euro\b|usd\b|dollars?\b|\$|£|chf\b|franken\b))"
_PERIOD = r"(?:month|monat|week|woche|day|tag|monthly|monatlich|taeglich|daily)"

# Folded text (lower case, umlauts spelt out).
_INCOME_CLAIM = re.compile(
    rf"{_AMOUNT}\s*(?:/|per|a|an|pro|im|am|in the|in a|each|every|jeden|jede|jedes)?\s*{_PERIOD}\b"
    r"|\b(?:made|make|making|earned|earn|earning|verdien\w*|machten|gemacht|returns? of|rendite von) "
    r"\d+(?:[.,]\d+)?\s?(?:x\b|%|prozent\b)"
    r"|\b(?:passive income|financial freedom|financially free|never (?:have to )?work again|quit your (?:9-5|9 to 5|job)|"
    r"side income|extra income|passives? einkommen\w*|finanzielle\w* freiheit|nie wieder arbeiten|"
    r"nebeneinkommen|zusatzeinkommen|zweites einkommen)\b"
)
_SCHEME = re.compile(
    r"\b(?:trading|trader|crypto\w*|krypto\w*|bitcoin|forex|signals|signale|masterclass|copy ?trading|"
    r"network ?marketing|mlm|business opportunity|geschaeftsmoeglichkeit|"
    r"from your (?:phone|laptop)|vom (?:handy|laptop|smartphone) aus)\b"
)
_QUOTE_MARKS = "'\"‘’‚“”„«»"
_KEYWORD_REPLY = re.compile(
    r"\b(?:dm|message|text|reply|comment|write|send|schreib\w*|schick\w*|sende\w*|kommentier\w*|antworte\w*)"
    rf"(?: (?:me|mir|uns|us))?(?: (?:einfach|kurz|just|simply))?(?: with| mit)? [{_QUOTE_MARKS}]\w+[{_QUOTE_MARKS}]"
)


class IncomePromiseDetector:
    name = "income_promise"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        folded = inbound_text(conversation, context.cache).folded
        claim = _INCOME_CLAIM.search(folded.text)
        if claim is None:
            return []
        if not (_SCHEME.search(folded.text) or _KEYWORD_REPLY.search(folded.text)):
            return []
        return [Signal("INCOME_PROMISE", POINTS["INCOME_PROMISE"],
                       f"promises easy money: {folded.quote(claim.start(), claim.end())}")]


DETECTOR = IncomePromiseDetector()
