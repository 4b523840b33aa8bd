"""Is she offered an honour she has to pay for?

``PAID_RECOGNITION`` (towards junk, and mass-sender evidence) when inbound text congratulates her
on a nomination, a shortlisting, an award, a seal, a "Top 50" list or a feature, or invites her
as a guest (a podcast episode, an interview, a stage), and a sentence
asks her for money (a "participation fee", a "Lizenzgebühr", a "Publikationsbeitrag"). A journal
inviting her to submit, with an article processing charge, an interview "as an expert" with a
"Kostenbeitrag", and an entry in a "Gewerbeverzeichnis" that costs a yearly fee are the same trade. Real
awards do not invoice the winner; vanity awards are one template sent to thousands, flattering
enough that they read as personal. A nomination without a fee says nothing and emits nothing.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import asks_for_money, inbound_text, quote_around
from .weights import POINTS

_HONOUR = re.compile(
    r"\b(?:shortlisted(?! (?:profiles|candidates|cvs|applicants|vendors|suppliers|agencies))|nominated|finalist|winner's|award(?:s|ed)?(?!-)|trophy|top[ -]\d{2,3}|"
    r"selected (?:you |your [\w-]+ )?(?:as|for)|(?<!your )(?<!from my )(?<!the )(?:feature|profile|portrait) (?:you|your)|hall of fame|"
    r"special (?:feature|edition|issue|report)|featured (?:schools|companies|businesses|practices|clinics|firms|members|experts|leaders)|"
    r"(?:as|als) (?:a |an |our |unser\w* |ein\w* )?(?:keynote[- ]?|featured |invited |plenary |haupt)?(?:guest|gast|speaker|sprecher\w*|redner\w*|interview ?partner\w*|expert|experte|expertin|experten)|"
    # A paid entry in a directory or register presented as official: the listing is the honour.
    r"(?:gewerbe|branchen|firmen|unternehmens|handels)verzeichnis\w*|(?:business|company|trade) (?:directory|register)|"
    r"(?:firmen|branchen|gewerbe|premium|basis)-?eintrag\w*|"
    # An "editorial" feature sold by the page.
    r"redaktionell\w* (?:beitrag|bericht|portr(?:ae|ä)t|reportage)|advertorial|sponsored (?:article|feature|post)|"
    # A journal's invitation to submit: the honour a publication fee pays for.
    r"invite you to (?:submit|contribute)|(?:manuscript|paper|article)s? (?:to|for) (?:our|the) (?:upcoming|forthcoming|next|special)|"
    r"(?:beitrag|manuskript|artikel) (?:einzureichen|einreichen)|"
    r"guests? (?:on|in) (?:our|my|the) (?:podcast|show|episode)|(?:have|feature) you on (?:our|my|the) (?:podcast|show)|"
    r"im [\w-]+ ?podcast|(?:in unserem|in meinem) (?:[\w-]+ ?)?podcast|sponsoring-?folge|"
    r"(?:full|half|double|two|one)[- ]page (?:profile|feature|portrait|interview)|editorial (?:profile|feature)s?|"
    r"(?:ganz|halb|doppel)seitig\w* (?:portr(?:ae|ä)t|interview|pr(?:ae|ä)sentation|beitrag)|"
    r"nominiert|ausgew(?:ae|ä)hlt|auszeichnung\w*|preistr(?:ae|ä)ger\w*|siegel\w*|troph(?:ae|ä)e\w*|portr(?:ae|ä)t\w*|in die auswahl)\b",
    re.IGNORECASE,
)


# "I was there as a guest": the honour is the sender's own.
_SENDERS_OWN = re.compile(
    r"\b(?:i|we|ich|wir) (?:was|were|war|waren)\b(?:(?!\b(?:you|sie|dich|ihnen)\b)[^.!?]){0,40}$", re.IGNORECASE
)
# "your round-1 award", "awarded the tender": money she wins, not an honour she buys.
_GRANT = re.compile(
    r"\b(?:grant|funding|round|tender|contract|f(?:oe|ö)rder\w*|ausschreibung|(?:if|when|once|unless) awarded)", re.IGNORECASE
)


# "zu Ihrem Best Student Paper Award": an award she has already won, in the news.
_HERS_ALREADY = re.compile(r"\b(?:your|ihre[mnr]?|deine[mnr]?)\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


def _offered_to_her(text: str, honour: re.Match[str]) -> bool:
    before = text[max(0, honour.start() - 60) : honour.start()]
    if _SENDERS_OWN.search(before):
        return False
    if honour.group().lower().startswith(("award", "preis", "auszeichnung")) and _HERS_ALREADY.search(before):
        return False
    if honour.group().lower().startswith("award"):
        sentence = text[max(0, honour.start() - 80) : honour.end() + 40]
        return _GRANT.search(sentence) is None
    return True


class PaidRecognitionDetector:
    name = "paid_recognition"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        text = inbound_text(conversation, context.cache).folded.original
        honour = next((m for m in _HONOUR.finditer(text) if _offered_to_her(text, m)), None)
        if honour is None or not asks_for_money(text):
            return []
        return [Signal("PAID_RECOGNITION", POINTS["PAID_RECOGNITION"],
                       f"an honour that costs you money: {quote_around(text, honour.start(), honour.end())}")]


DETECTOR = PaidRecognitionDetector()
