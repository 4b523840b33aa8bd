"""Does the sender want to buy from her?

``BUYER_REQUEST`` (towards keep, and protecting) when an inbound message asks for *her* prices,
quote, availability or capacity to deliver: "could you send me your rates?", "would you be
able to supply 120 covers daily?", "Was würde das ungefähr kosten?". A lead is the opposite of
a pitch, and losing one is the costliest mistake unpitch can make, so this rule backs up the
intent model's ``buy`` class, which a lead's business vocabulary can fool. "Your" and "you"
decide the direction: a seller offers *our* price list and asks about *your* new clients.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text, quote_around
from .weights import POINTS

_ASKS = re.compile(
    "|".join(
        (
            # her prices, quote, availability
            r"\b(?:send|share|give|forward|quote|let me know|tell me|mail)\b[^.?!\n]{0,25}\byour\b(?! (?:requirements|needs|details|project|e-?mail|address|contact|number|phone|files?|bom|documents?|drawings?|specs?|rfq|inquir(?:y|ies)|enquir(?:y|ies))\b)[^.?!\n]{0,20}"
            r"\b(?:rates?|prices?|pricing|price list|fees?|quote|quotation|costs?|day rate|hourly rate|wholesale)\b",
            # her availability for a job ("in June for the wedding"), not for the seller's call
            r"\b(?:send|share|give|let me know|tell me)\b[^.?!\n]{0,25}\byour availability (?:for|in|on|during|between|next|this|from|around) "
            r"(?!(?:a|an|the|our) (?:quick |short |brief )?(?:call|chat|meeting|zoom|demo|conversation))",
            r"\bwhat (?:would|do|does|will) (?:you|it|that|this)\b[^.?!\n]{0,25}\b(?:cost|charge)\b",
            r"\bhow much (?:do you|would you|would it|would that|does it) (?:charge|cost)\b",
            r"\b(?:would|could|can) you (?:be able to )?(?:supply|deliver|cater|quote|take on (?:our|this|the|a)|do this for us|help us with)\b",
            r"\bdo you (?:supply|deliver|cater|ship|take on (?:projects|commissions|orders))\b",
            r"\bis it possible to (?:book|arrange|agree|make an agreement|get a quote|get an appointment)\b",
            # "Can I book a demo?" is the seller's close; "could we book a demo?" the buyer's
            r"\b(?:could|can|may) (?:we (?:get|have|see|book|arrange)|i (?:get|have|see)) (?:a|an|your) (?:demo|quote|quotation|trial|proposal|offer)\b",
            r"\b(?:an )?idea of (?:your )?(?:pricing|prices|costs|rates)\b",
            # a patient or customer after an appointment with her
            r"\ban appointment for (?:me|my (?:father|mother|son|daughter|husband|wife|partner|child|dog|cat|horse))\b",
            r"\b(?:bring forward|move up) (?:the|my|his|her|our) appointment\b",
            r"\b(?:warten|warte) (?:seit|schon) [^.?!\n]{0,30}\bauf (?:einen|den|ihren) termin\b",
            r"\b(?:den|meinen|unseren) termin (?:vorzuziehen|vorverlegen|fr(?:ue|ü)her)\b",
            r"\b(?:einen|ein) termin (?:bei (?:ihnen|dir)|f(?:ue|ü)r (?:mich|meinen|meine))\b",
            # a past client coming back: "your agency did our catalogue", "Sie haben unsere Website gebaut"
            r"\byour (?:agency|firm|team|company|office|studio|practice|shop|people|colleagues?) (?:did|made|handled|translated|built|"
            r"designed|delivered|wrote|printed|installed|repaired|fixed|serviced) (?:our|my)\b",
            r"\b(?:sie|ihr|du) (?:haben|habt|hast) (?:uns |mir )?(?:damals |letztes jahr |schon |bereits )?(?:unser\w*|mein\w*) "
            r"(?:[\w-]+ ){1,2}(?:(?:ue|ü)bersetzt|gemacht|gebaut|gestaltet|geliefert|repariert|installiert|gedruckt|betreut)\b",
            # they offer to pay for her time: a client, not a seller
            r"\bwe(?:'d| would| will|'ll) (?:of course |happily |gladly )?pay (?:you|for your time)\b",
            r"\bwir (?:w(?:ue|ü)rden|werden) (?:ihren|deinen|ihre|deine) (?:aufwand|zeit|arbeit) (?:selbstverst(?:ae|ä)ndlich |nat(?:ue|ü)rlich |gerne? )?(?:verg(?:ue|ü)ten|bezahlen|honorieren)\b",
            # German: Ihre/deine Preise, ein Angebot für uns, was kostet das
            r"\b(?:(?:ue|ü)bernehmen|machen) (?:sie|du) (?:so etwas|sowas|auch)\b",
            r"\b(?:k(?:oe|ö)nnten|k(?:oe|ö)nnen) wir (?:eine|einen|ein) (?:demo|vorf(?:ue|ü)hrung|angebot|testzugang|kostenvoranschlag)\b",
            # (not a coach's "Selbstständige lernen, ihre Preise zu erhöhen")
            r"\b(?:ihre|ihren|deine|deinen|eure|euren) (?:preise|preisen|preisliste|konditionen|tagess(?:ae|ä)tzen?|stundens(?:ae|ä)tzen?|honorare?n?)\b"
            r"(?![^.?!\n]{0,40}\b(?:erh(?:oe|ö)hen|anheben|steigern|durchsetzen|verdoppeln)\b)",
            r"\b(?:k(?:oe|ö)nnen|k(?:oe|ö)nnten|w(?:ue|ü)rden) (?:sie|du) (?:uns|mir) (?:ein|einen) (?:angebot|kostenvoranschlag)\b",
            r"\bwas (?:w(?:ue|ü)rde|kostet|k(?:oe|ö)nnte)\b[^.?!\n]{0,30}\b(?:kosten|kostet|ungef(?:ae|ä)hr)\b",
            r"\b(?:w(?:ue|ü)rden|k(?:oe|ö)nnten|k(?:oe|ö)nnen) (?:sie|du)\b[^.?!\n]{0,30}\b(?:liefern|(?:ue|ü)bernehmen|f(?:ue|ü)r uns machen|umsetzen)\b",
            r"\b(?:haben|h(?:ae|ä)tten|hast|h(?:ae|ä)ttest) (?:sie|du) (?:noch )?kapazit(?:ae|ä)t f(?:ue|ü)r (?:unser|ein|einen|eine)\b",
        )
    ),
    re.IGNORECASE,
)
#: A seller's capacity question is about her clients and bookings, not their project.
_SELLER_CAPACITY = re.compile(
    r"\b(?:new|more|additional|extra) (?:\w+ )?(?:clients|customers|projects|couples|patients|students|bookings|leads|business)\b"
    r"|\bfully booked\b|\bneue (?:\w+ )?(?:kunden|kundinnen|mandanten|mandantinnen|projekte|auftr(?:ae|ä)ge|patienten|patientinnen)\b"
    r"|\bausgebucht\b",
    re.IGNORECASE,
)


class BuyerDetector:
    name = "buyer"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        text = inbound_text(conversation, context.cache).folded.original
        for match in _ASKS.finditer(text):
            sentence_end = min((i for i in (text.find(c, match.end()) for c in ".?!\n") if i != -1), default=len(text))
            if _SELLER_CAPACITY.search(text, match.start(), sentence_end):
                continue
            return [Signal("BUYER_REQUEST", POINTS["BUYER_REQUEST"], f"asks for what you sell: {quote_around(text, match.start(), match.end())}")]
        return []


DETECTOR = BuyerDetector()
