"""Is she invited to contribute her expertise (a talk, a panel, a podcast, an interview) for free?

``GUEST_INVITATION`` (towards keep, and protecting): a journalist, a podcast host or an event
organiser asks her to speak or to be interviewed and asks no money of her. Such messages are
formulaic, arrive right after connecting and end in "any interest?", so the intent model takes
them for pitches. The paid versions ("featured on our podcast for a production fee of $795",
"Speaker-Paket für 3.900 €", "registration fee of 749 EUR") are the pitch users complain about,
so any sentence that asks her for money, in any inbound message, cancels the signal. Money that
flows to her (an honorarium, a waived fee, "kostet dich nichts") does not.
"""

from __future__ import annotations

import re

from ..model import Conversation
from .base import Context, Signal
from .text_utils import asks_for_money, inbound_text, quote_around
from .weights import POINTS

_INVITES = re.compile(
    "|".join(
        (
            # English: as a guest / speaker / panelist, on the show, an interview, a talk
            r"\bhave you (?:on|as (?:a|our) guest)\b",
            r"\b(?:be|as|join us as) (?:a|an|our) (?:guest|speaker|panell?ist|keynote speaker|invited speaker|interviewee)\b",
            r"\b(?:join|be on|sit on) (?:a|the|our) panel\b",
            r"\bone of (?:\w+ )?panell?ists\b",
            r"\binterview you\b",
            # Not "an interview with our client": that is a recruiter's job interview.
            r"\b(?:short|quick|brief|phone|expert|email|e-mail|written) interview\b",
            r"\binterview (?:for|on|in) (?:my|our|the) (?:podcast|show|article|magazine|newsletter|paper|thesis|research|study|episode)\b",
            r"\b(?:give|hold|do|present|deliver) (?:a|an|the)(?: \w+)? (?:talk|keynote|presentation|lecture|workshop)\b",
            r"\b(?:speak|present) (?:at|in) (?:our|the)\b",
            r"\b(?:a|your) (?:\d+-minute )?talk (?:in|at|on) (?:the|our)\b",
            r"\bspeak (?:for )?(?:\d+|twenty|thirty|forty|fifteen) minutes\b",
            r"\b(?:a few|two|three|some|\d) questions? for (?:an?|my|our|the) (?:article|piece|story|report|feature)\b",
            r"\bfeature (?:you|your \w+(?: \w+)?) in (?:an?|our) (?:q&a|interview|article|episode)\b",
            r"\binvite you to (?:present|speak|give|deliver|chair|moderate|join (?:the|our|a) panel|be (?:a|an|our))\b",
            # journalists: a story in the making, a comment or a piece from her
            r"\b(?:working on|writing|preparing|researching|putting together) (?:a|an) (?:story|feature|article|piece|report|segment|documentary)\b",
            r"\b(?:share|give|provide) (?:us |me )?(?:a|your|an)(?: short| brief| quick)? (?:comment|quote|statement|perspective)\b",
            r"\bwould (?:you|love to) (?:write|author|include) (?:a|an|your)\b",
            # German: als Gast / Speakerin / Referentin, ein Vortrag, ein Interview, Fragen beantworten
            r"\bals (?:gast|speaker(?:in)?|referent(?:in)?|sprecher(?:in)?|redner(?:in)?|panelist(?:in)?|interviewpartner(?:in)?|expert(?:in|e))\b",
            r"\b(?:einen|ein) (?:impuls)?(?:vortrag|referat|keynote|workshop|impuls) (?:zu |(?:ue|ü)ber |bei )?[^.!?\n]{0,40}\bhalten\b",
            r"\b(?:vortrag|impulsvortrag|keynote) zu halten\b",
            r"\b(?:sie|dich|euch)\b[^.!?\n]{0,80}\binterviewen\b",
            r"\b(?:telefon|experten|kurz)interview\b",
            r"\binterview (?:f(?:ue|ü)r|in|zu) (?:unseren?|meinen?|meine|den|die|das) (?:podcast|artikel|magazin|zeitung|sendung|beitrag|masterarbeit|studie|bericht)\b",
            r"\b(?:auf dem podium|podiumsdiskussion|im panel|aufs panel)\b",
            r"\b(?:fragen|ein paar fragen|zwei, drei fragen) (?:zu )?beantworten\b",
            r"\b(?:arbeite|schreibe|recherchiere) (?:gerade |derzeit |aktuell )?(?:an )?(?:einem|einer|einen) (?:artikel|beitrag|bericht|reportage|feature|story)\b",
            r"\b(?:ein|eine|ihr|ihre|dein|deine) (?:kurzes? )?(?:statement|einsch(?:ae|ä)tzung|stellungnahme|zitat)\b",
            r"\b(?:sie|dich) (?:gerne? |herzlich )?einladen,? [^.!?\n]{0,60}\b(?:vorzutragen|vorzustellen|zu pr(?:ae|ä)sentieren|zu sprechen)\b",
            r"\b(?:einen|ein) (?:gast|fach)beitrag\b",
            r"\b(?:minuten|min\.?) (?:zu|(?:ue|ü)ber|zum thema) [^.!?\n]{0,80}\b(?:spricht|sprechen|referiert|referieren)\b",
        )
    ),
    re.IGNORECASE,
)


class GuestInvitationDetector:
    name = "guest_invitation"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        if not conversation.inbound_messages:
            return []
        text = inbound_text(conversation, context.cache).folded.original
        match = _INVITES.search(text)
        if match is None or asks_for_money(text):
            return []
        return [
            Signal("GUEST_INVITATION", POINTS["GUEST_INVITATION"],
                   f"invites you to contribute, asks no fee: {quote_around(text, match.start(), match.end())}")
        ]


DETECTOR = GuestInvitationDetector()
