"""Is there a relationship? Who started, whether the owner answered, how long they know each other.

These signals read the owner's own behaviour (outbound messages) and her network
(Connections.csv via ``context.connections``); they push towards keep, except a bare
decline, which is evidence the owner saw a pitch and turned it down.
"""

from __future__ import annotations

from datetime import timedelta

from ..model import Connection, Conversation, Message
from .base import Context, Signal
from .text_utils import Folded, PhraseSet, normalize_company, quoted, words
from .weights import POINTS

KNOWN_DAYS = 90
LONG_KNOWN_DAYS = 365
#: A reply of at most this many words says nothing more than "thanks" or "no".
SUBSTANCE_WORDS = 6
#: A decline may come with a polite sentence around it; longer replies are conversation.
DECLINE_MAX_WORDS = 30
#: Two-way history: at least this many turns (direction changes) over at least this long.
HISTORY_TURNS = 3
HISTORY_SPAN = timedelta(days=4)

_DECLINE = PhraseSet(
    ("decline", fragment) for fragment in (
        r"not interested", r"no interest", r"no thanks?", r"no,? thank you", r"not (?:right )?now", r"not at (?:the|this) (?:moment|time)",
        r"no need", r"not (?:a )?(?:fit|priority|relevant)", r"we(?:'re| are) (?:all )?(?:good|set|covered)", r"please remove",
        r"(?:please )?(?:don't|do not) (?:contact|message) me", r"unsubscribe", r"pass on this", r"i'?ll pass", r"not for (?:me|us)",
        r"kein(?:e|en)? (?:interesse|bedarf)", r"nein,? danke", r"danke,? (?:aber )?(?:nein|kein)", r"derzeit nicht", r"aktuell nicht",
        r"momentan nicht", r"im moment nicht", r"zur zeit nicht", r"kein thema", r"bitte (?:nicht mehr|keine weiteren)",
        r"(?:nehmen sie|nimm) mich (?:bitte )?(?:aus|von)", r"passt (?:gerade |aktuell )?nicht", r"wir sind (?:gut )?versorgt",
        r"thanks?,? but no", r"thanks?,? but (?:we|i)(?:'re| are| am)? (?:not|all set|good|covered)", r"danke,? aber (?:kein|nein|nicht|wir)",
        r"i (?:don't|do not) pay (?:for|to)", r"we (?:don't|do not) pay (?:for|to)", r"(?:bezahle|zahle) ich nicht", r"(?:bezahlen|zahlen) wir nicht",
        r"(?:we|i) already (?:have|work with) (?:a|an|our|my)", r"(?:haben|habe) (?:wir |ich )?(?:bereits|schon) (?:einen|eine|ein|unseren|unsere|meinen|meine)",
    )
)

#: "Worum geht's?": a short reply that only asks what the pitch is about opens no relationship.
CURIOUS_MAX_WORDS = 12
#: A short reply that agrees to something ("Happy to! Put me down.") is an answer, however brief.
_ACCEPT = PhraseSet(
    ("accept", fragment) for fragment in (
        r"happy to", r"count me in", r"put me down", r"sign me up", r"sounds (?:good|great|perfect|interesting)",
        r"i'?m in", r"with pleasure", r"of course", r"yes", r"sure", r"interested",
        r"gerne?", r"bin dabei", r"klingt (?:gut|interessant)", r"machen wir", r"abgemacht", r"interessiert",
        r"natuerlich", r"klar",
    )
)
_CURIOUS = PhraseSet(
    ("curious", fragment) for fragment in (
        r"worum geht(?:'?s| es)", r"um was geht(?:'?s| es)", r"was (?:bieten|machen) sie (?:denn )?(?:genau|an)",
        r"what(?:'s| is) (?:it|this) (?:about|regarding)", r"what do you (?:have in mind|offer|do exactly)", r"what exactly",
        r"tell me more", r"(?:sure|yes|ja|klar),? (?:what|was)",
    )
)


class RelationshipDetector:
    name = "relationship"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        messages = conversation.text_messages
        if not messages:
            return []
        signals: list[Signal] = []
        first = messages[0]
        if not first.inbound:
            signals.append(Signal("OWNER_STARTED", POINTS["OWNER_STARTED"],
                                  f"you wrote first on {first.date:%Y-%m-%d}: {quoted(first.text, 80)}"))
        reply = _owner_reply(messages)
        if reply is not None:
            signals.append(reply)
        history = _two_way_history(messages)
        if history is not None:
            signals.append(history)
        inbound = conversation.inbound_messages
        if inbound:
            connection = context.connection_of(inbound[0].sender)
            if connection is not None:
                signals.extend(_network_signals(connection, inbound[0], context))
        return signals


def _owner_reply(messages: list[Message]) -> Signal | None:
    """OWNER_REPLIED for a substantial answer to an inbound message, else OWNER_DECLINED for a bare no."""
    seen_inbound = False
    decline: Message | None = None
    for message in messages:
        if message.inbound:
            seen_inbound = True
            continue
        if not seen_inbound:
            continue  # her opening message is OWNER_STARTED, not a reply
        count = len(words(message.text.lower()))
        folded = Folded(message.text).text
        is_decline = count <= DECLINE_MAX_WORDS and _DECLINE.search(folded) is not None
        if count <= CURIOUS_MAX_WORDS and _CURIOUS.search(folded) is not None:
            continue
        if is_decline:
            decline = decline or message
        elif count > SUBSTANCE_WORDS or _ACCEPT.search(folded) is not None:
            return Signal("OWNER_REPLIED", POINTS["OWNER_REPLIED"],
                          f"you replied on {message.date:%Y-%m-%d}: {quoted(message.text, 80)}")
    if decline is not None:
        return Signal("OWNER_DECLINED", POINTS["OWNER_DECLINED"],
                      f"you only declined on {decline.date:%Y-%m-%d}: {quoted(decline.text, 80)}")
    return None


def _two_way_history(messages: list[Message]) -> Signal | None:
    turns = sum(1 for before, after in zip(messages, messages[1:]) if before.inbound != after.inbound)
    inbound = sum(1 for message in messages if message.inbound)
    outbound = len(messages) - inbound
    span = messages[-1].date - messages[0].date
    if turns >= HISTORY_TURNS and inbound >= 2 and outbound >= 2 and span >= HISTORY_SPAN:
        return Signal("TWO_WAY_HISTORY", POINTS["TWO_WAY_HISTORY"],
                      f"{inbound} messages from them, {outbound} from you, {turns} turns over {span.days} days "
                      f"({messages[0].date:%Y-%m-%d} to {messages[-1].date:%Y-%m-%d})")
    return None


def _network_signals(connection: Connection, first_inbound: Message, context: Context) -> list[Signal]:
    signals: list[Signal] = []
    if connection.connected_on is not None:
        days = (first_inbound.date.date() - connection.connected_on).days
        if days > KNOWN_DAYS:
            points = POINTS["KNOWN_CONTACT"][1 if days > LONG_KNOWN_DAYS else 0]
            signals.append(Signal("KNOWN_CONTACT", points,
                                  f"connected since {connection.connected_on:%Y-%m-%d}, {days} days before "
                                  f"their first message here ({first_inbound.date:%Y-%m-%d})"))
    employer = normalize_company(connection.company) if connection.company.strip() else ""
    own = _current_employers(context).get(employer) if employer else None
    if own:
        signals.append(Signal("SAME_EMPLOYER", POINTS["SAME_EMPLOYER"],
                              f'works at "{connection.company.strip()}" like you ("{own}")'))
    return signals


def _current_employers(context: Context) -> dict[str, str]:
    """Normalized current employer -> name as written, once per run."""
    employers = context.cache.get("relationship:employers")
    if not isinstance(employers, dict):
        employers = {}
        for position in context.owner.current_positions:
            normalized = normalize_company(position.company)
            if normalized:
                employers.setdefault(normalized, position.company.strip())
        context.cache["relationship:employers"] = employers
    return employers


DETECTOR = RelationshipDetector()
