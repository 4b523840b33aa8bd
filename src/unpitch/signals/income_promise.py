"""Is she promised easy money: trading, crypto signals, a side income, a prize?

``INCOME_PROMISE`` (towards junk, and mass-sender evidence) when inbound text claims an income or
a return ("8.000 € im Monat", "£14k last month", "my students made 4x", "80 % Rendite") and
either names the vehicle of such schemes (trading, crypto, forex, signals, a masterclass, network
marketing) or asks for a keyword reply ("DM me 'READY'", "Comment YES"); either half alone is
ordinary talk about money or replies. Some promises need nothing beside them: "passive income",
"finanzielle Freiheit", "mitverdienen", an airdrop, "claim your reward", "win an iPad", an
unclaimed inheritance. These
offers sell nothing she could judge on relevance, and the intent model, trained on business
pitches, often reads them as chat.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text
from .weights import POINTS

_AMOUNT = r"(?:[$€£]\s?\d[\d.,']*\s?k?|\d[\d.,']*\s?k?\s?(?:€|eur\b|euro\b|usd\b|dollars?\b|\$|£|chf\b|franken\b))"
_PERIOD = r"(?:month|monat|week|woche|day|tag|quarter|quartal|year|jahr|monthly|monatlich|taeglich|daily)"

# Folded text (lower case, umlauts spelt out). A claim of what the scheme earns ...
_INCOME_CLAIM = re.compile(
    rf"{_AMOUNT}\s*(?:/|per|a|an|pro|im|am|in the|in a|each|every|jeden|jede|jedes|last|this|letzten|letzte|diesen|dieses)?\s*{_PERIOD}\b"
    r"|\b(?:made|make|making|earned|earn|earning|verdien\w*|machten|gemacht|returns? of|rendite von) "
    r"\d+(?:[.,]\d+)?\s?(?:x\b|%|prozent\b)"
    r"|\b\d+(?:[.,]\d+)?\s?(?:%|prozent) (?:rendite|returns?|profit|gewinn)"
    r"|\b(?:side income|extra income|second income|nebeneinkommen|zusatzeinkommen|zweites einkommen|zweites standbein)\b"
    r"|\b\d+(?:-\d+)?k (?:a|per|each|every|pro|im|in der) (?:week|month|day|woche|monat|tag)\b"
    r"|\b(?:double|triple|doubles|verdoppel\w*|verdreifach\w*) (?:du |sie )?(?:your|deinen|ihren) (?:umsatz|revenue|income|einkommen|sales)"
    r"|\b(?:make|making|let) your money work for you|\bdein geld fuer dich arbeiten"
    # a franchise's "90.000 € Gewinn ab dem 2. Jahr"
    rf"|{_AMOUNT}\s*(?:net |netto )?(?:gewinn|reingewinn|jahresgewinn|profit|profits|net income)\b"
)
# ... and the promises that need no scheme beside them: nobody else offers these to a stranger.
_SURE_PROMISE = re.compile(
    r"\b(?:passive income|financial freedom|financially free|never (?:have to )?work again|"
    r"(?:quit|tired of|escape) (?:your |the )?(?:9-5|9 to 5|nine to five|daily grind)|"
    r"passives? einkommen\w*|finanzielle\w* freiheit|nie wieder arbeiten|mitverdienen|mit verdienen|"
    r"nebenbei (?:ein |ein zweites |ein eigenes )?(?:einkommen|geld)|"
    r"(?:kannst du|koennen sie|kann man|man kann) (?:dir |sich |ihnen )?(?:damit )?(?:auch )?(?:noch )?(?:etwas|was|einiges|gut) dazu ?verdienen|earn(?:ing)? (?:an income |money |extra )?on the side|"
    r"airdrop|claim (?:your|the) (?:reward|prize|bonus|tokens)|"
    r"(?:motivated|driven|ambitious|like-minded) (?:women|mums|moms|ladies|mamas|people) to join my team|"
    r"unclaimed (?:inheritance|funds|fortune)|"
    r"guaranteed (?:\d+(?:[.,]\d+)?\s?(?:x|%)|returns?|profits?)|garantiert\w* (?:\d+(?:[.,]\d+)?\s?(?:x|%|prozent)|rendite|gewinne?)|"
    r"(?:inheritance|erbschaft|nachlass) (?:of|von|in hoehe von) (?:[$€£]|usd|eur|\d)|"
    r"(?:win|gewinne|gewinnen sie|gewinnst) (?:an? |ein(?:en)? )?(?:ipad|iphone|macbook|apple watch|amazon|gift card|gutschein))"
)
_SCHEME = re.compile(
    r"\b(?:trading|trader|crypto\w*|krypto\w*|bitcoin|btc|defi|staking|forex|signals|signale|masterclass|copy ?trading|"
    r"network ?marketing|mlm|business opportunity|franchise\w*|franchisenehmer\w*|geschaeftsmoeglichkeit|join my team|mit meinem team|in mein team|"
    r"from (?:my|your|the) (?:phone|laptop)|vom (?:handy|laptop|smartphone) aus)\b"
)
_QUOTE_MARKS = "'\"‘’‚“”„«»"
_KEYWORD_REPLY = re.compile(
    r"\b(?i:dm|message|text|reply|comment|write|send|schreib\w*|schick\w*|sende\w*|kommentier\w*|antworte\w*)"
    rf"(?i: (?:me|mir|uns|us))?(?i: (?:einfach|kurz|just|simply))?(?i: with| mit)? (?:[{_QUOTE_MARKS}]\w+[{_QUOTE_MARKS}]|[A-Z]{{2,}}\b)"
)


class IncomePromiseDetector:
    name = "income_promise"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        folded = inbound_text(conversation, context.cache).folded
        claim = _SURE_PROMISE.search(folded.text)
        if claim is None:
            claim = _INCOME_CLAIM.search(folded.text)
            if claim is None or not (_SCHEME.search(folded.text) or _KEYWORD_REPLY.search(folded.original)):
                return []
        return [Signal("INCOME_PROMISE", POINTS["INCOME_PROMISE"],
                       f"promises easy money: {folded.quote(claim.start(), claim.end())}")]


DETECTOR = IncomePromiseDetector()
