"""Is the sender applying to her for a job, an internship or a placement?

``JOB_APPLICATION`` (towards keep, and protecting): an applicant writes formulaic, impersonal
text that an intent model can take for a pitch, yet asks her for something she gives. The
sender's *own* CV and application are what count: a recruiter asking for *her* CV is the
opposite and is left to the intent model.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import inbound_text, quote_around
from .weights import POINTS

_APPLIES = re.compile(
    "|".join(
        (
            r"\bI (?:am|'m) (?:writing to )?apply(?:ing)? (?:for|to)\b",
            r"\bI would like to apply (?:for|to)\b",
            r"\bmy (?:application|cv|resume|résumé|cover letter)\b",
            r"\b(?:please find|I have) attached my\b",
            r"\bhiermit bewerbe ich mich\b",
            r"\b(?:ich )?(?:m(?:oe|ö)chte|w(?:ue|ü)rde) mich (?:gerne? )?(?:bei (?:ihnen|dir|euch) )?(?:um|f(?:ue|ü)r|als)\b[^.!?\n]{0,60}\bbewerben\b",
            r"\bmeine (?:bewerbung|bewerbungsunterlagen|unterlagen|lebenslauf)\b",
            r"\bmeinen lebenslauf\b",
            r"\b(?:ihre|deine|eure) (?:stellen)?(?:ausschreibung|anzeige)\b[^.!?\n]{0,40}\bgelesen\b",
        )
    ),
    re.IGNORECASE,
)

# "I saw your advert for a receptionist" alone could open a staffing agency's pitch; together
# with the sender's own qualifications it is an application.
_YOUR_ADVERT = re.compile(
    r"\b(?:saw|seen|read|noticed|found|came across|responding to|reply to|regarding) your (?:job )?"
    r"(?:advert|advertisement|ad|posting|post|vacancy|opening|listing) for\b"
    r"|\b(?:ihre|deine|eure) (?:stellen)?(?:anzeige|ausschreibung) (?:f(?:ue|ü)r|als)\b",
    re.IGNORECASE,
)
_OWN_QUALIFICATIONS = re.compile(
    r"\bI (?:have|'ve got|bring) (?:over |more than |almost |nearly )?(?:\d+|one|two|three|four|five|six|several|many) years?\b"
    r"|\bI (?:am|'m) available to start\b|\bI (?:am|'m) (?:a )?(?:qualified|certified|trained|experienced)\b"
    r"|\bich (?:habe|bringe) (?:\w+ )?(?:\d+|zwei|drei|vier|f(?:ue|ü)nf|mehrere|langj(?:ae|ä)hrige) (?:jahre|berufserfahrung)\b"
    r"|\bich (?:bin|w(?:ae|ä)re) (?:ab sofort|sofort) verf(?:ue|ü)gbar\b",
    re.IGNORECASE,
)


class ApplicantDetector:
    name = "applicant"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        text = inbound_text(conversation, context.cache).folded.original
        match = _APPLIES.search(text)
        if match is None:
            advert = _YOUR_ADVERT.search(text)
            if advert is None or not _OWN_QUALIFICATIONS.search(text):
                return []
            match = advert
        return [Signal("JOB_APPLICATION", POINTS["JOB_APPLICATION"], f"applies to you: {quote_around(text, match.start(), match.end())}")]


DETECTOR = ApplicantDetector()
