"""What a draft does sentence by sentence: asks, time asks with or without a reason, questions.

Patterns are written in folded spelling (see :func:`unpitch.signals.text_utils.fold`: lower case,
ä->ae, ö->oe, ü->ue, ß->ss), so one spelling covers "hätten" and "haetten".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..signals.text_utils import PhraseSet, fold, one_line, sentence_spans

#: A request for action: she is asked to do, answer, accept or allow something.
_ASK = PhraseSet(
    ("ask", fragment) for fragment in (
        r"would (?:you|it) (?:be )?(?:open|interested|like|mind|have|help|make sense|be worth|want)",
        r"could you", r"can you", r"can we", r"could we", r"shall we", r"should we", r"may i", r"shall i",
        r"should i (?:send|share)", r"can i (?:send|share|call|show|ask)", r"could i (?:send|share|call|show|ask)",
        r"are you (?:open|interested|available|free|up for)", r"do you have (?:time|a few|\d+|capacity|a minute)",
        r"(?:please )?let me know (?:if|whether|when|what|which|how)", r"let's (?:talk|chat|meet|schedule|set up|hop|jump|find)",
        r"is (?:it|this) worth", r"worth a (?:call|chat|look|conversation)", r"open to (?:a|an|it|this)",
        r"(?:just )?reply (?:with|to)", r"(?:drop|send) me", r"what do you think", r"interested in (?:a|an|seeing|hearing|trying)",
        r"do you want", r"want me to",
        r"(?:haetten|haettest|haben|hast) (?:sie|du) (?:\w+ )?(?:zeit|interesse|lust|bedarf)",
        r"(?:waeren|waerst|wuerden|wuerdest|koennten|koenntest|moechten|moechtest) (?:sie|du)",
        r"(?:koennen|sollen|wollen|duerfen) wir", r"(?:darf|soll|kann) ich (?:ihnen|dir|euch)?",
        r"(?:lassen sie|lass) (?:mich|uns) (?:gerne |kurz )?wissen,? (?:ob|wann|wie|was|welche\w*)",
        r"(?:geben sie|gib) (?:mir )?(?:gerne |kurz )?bescheid,? (?:ob|wann|wie|was|welche\w*)", r"melden sie sich", r"meld dich", r"schreiben sie mir", r"schreib mir",
        r"wann passt es", r"interesse an (?:einem|einer|einen)",
    )
)
#: A request for her time: a call, a meeting, minutes.
_TIME = PhraseSet(
    ("time", fragment) for fragment in (
        r"\d+ ?-? ?min\w*", r"(?:quick|short|brief|intro|discovery|short intro) (?:call|chat|zoom|sync|meeting)",
        r"(?:a|on a|for a) (?:call|zoom|teams call|meeting|video call|phone call|coffee)", r"calendly\S*",
        r"book (?:a|some) (?:slot|time)", r"(?:hop|jump|get) on a", r"virtual coffee", r"coffee chat",
        r"kurze\w* (?:telefonat|gespraech|call|austausch|termin|videocall|zoom|kennenlernen)", r"telefonat",
        r"(?:einen|ein) (?:termin|call|gespraech|meeting|videocall|kennenlerngespraech)", r"\d+ minuten",
        r"(?:haetten|haben) sie (?:\w+ )?zeit", r"hast du (?:\w+ )?zeit",
    )
)
#: Words that give a time ask its purpose: what the call is for, or why her.
_REASON = PhraseSet(
    ("reason", fragment) for fragment in (
        r"because", r"since", r"so (?:that|you|we|i)", r"to (?:walk|show|go|discuss|compare|review|share|answer|check|"
        r"see|hear|understand|explain|look|plan|demo|test|agree|decide|find out|learn)",
        r"about (?:how|your|whether|the|what|which|using|moving|cutting|replacing)", r"on (?:how|whether|your)",
        r"weil", r"da (?:sie|du|ihr|wir|ich)", r"damit", r"um (?:\w+ ){1,6}zu", r"ueber (?:ihr\w*|dein\w*|den|die|das|wie)",
        r"zu (?:ihrem|ihrer|ihren|deinem|deiner|deinen)", r"wie (?:wir|sie|du|man)", r"ob (?:sie|du|wir|ihr)",
    )
)
_QUESTION = re.compile(r"\?+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the draft, as written (one line) and folded."""

    text: str
    folded: str
    is_question: bool


@dataclass(frozen=True, slots=True)
class DraftShape:
    """The sentences of a draft and the requests in them."""

    sentences: list[Sentence]
    asks: list[Sentence]
    time_asks: list[Sentence]
    reasoned_time_asks: list[Sentence]
    questions: int


def split_draft(draft: str) -> list[Sentence]:
    sentences = []
    for start, end in sentence_spans(draft):
        text = one_line(draft[start:end])
        if any(char.isalnum() for char in text):
            sentences.append(Sentence(text, fold(text), text.rstrip().endswith("?")))
    return sentences


def analyse(draft: str) -> DraftShape:
    """Sentences, asks (requests for action), time asks with and without reason, question count."""
    sentences = split_draft(draft)
    asks = [s for s in sentences if _ASK.search(s.folded) is not None]
    time_asks = [s for s in sentences if _TIME.search(s.folded) is not None]
    reasoned = [s for s in time_asks if _REASON.search(s.folded) is not None]
    return DraftShape(sentences, asks, time_asks, reasoned, len(_QUESTION.findall(draft)))
