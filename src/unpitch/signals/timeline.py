"""Sales-sequence timing: connect-then-pitch, unanswered follow-ups, calendar links, time asks.

These are evidence, not verdicts: a colleague may also send a booking link. Scoring weighs
them against the relationship signals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..model import Conversation, Direction, Message, Person
from .base import Context, Signal
from .text_utils import Folded, PhraseSet, inbound_text
from .weights import POINTS

CONNECT_WINDOW = timedelta(days=14)
#: Inbound messages closer together than this are one round (someone typing in bursts).
ROUND_GAP = timedelta(hours=20)

_PHRASES = PhraseSet(
    [("calendar", fragment) for fragment in (
        r"calendly\.com", r"cal\.com/", r"meetings(?:-\w+)?\.hubspot\.com", r"hubspot\.com/meetings", r"savvycal\.com",
        r"tidycal\.com", r"youcanbook\.me", r"acuityscheduling\.com", r"calendar\.app\.google",
        r"calendar\.google\.com/calendar/(?:u/\d/)?appointments", r"outlook\.office(?:365)?\.com/(?:owa/calendar|book)\S*",
        r"zcal\.co", r"doodle\.com/(?:bp|mm|meeting)", r"chilipiper\.com", r"oncehub\.com", r"meetergo\.com", r"zeeg\.me",
        r"koalendar\.com", r"appointlet\.com", r"setmore\.com", r"simplybook\.\w+", r"terminland\.de", r"etermin\.net",
        r"https?://\S+/(?:meetings?|book|booking|schedule|termine?|calendar|kalender)(?![\w-])",
        r"book (?:a|some|your) (?:slot|time|call|meeting|demo)", r"(?:grab|pick|choose|select) a (?:slot|time)(?: that suits you)?",
        r"(?:hier|direkt|gerne) (?:einen |ihren |deinen )?termin (?:buchen|vereinbaren|auswaehlen|aussuchen)",
        r"termin (?:direkt |gleich )?(?:online )?buchen", r"buchen sie (?:sich )?(?:gerne )?(?:direkt )?(?:einen|hier)",
        r"in meinem kalender",
    )]
    + [("time", fragment) for fragment in (
        r"\d\d? ?-? ?(?:min|mins|minute|minutes|minuten|minuetige\w*|minuetig)",
        r"(?:quick|short|brief|quick intro|short intro) (?:call|chat|zoom|sync|meeting|conversation)",
        r"(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|teams call)", r"virtual coffee", r"coffee chat",
        r"kurze\w* (?:telefonat|gespraech|call|austausch|termin|videocall|zoom|teams-call|kennenlernen)",
        r"(?:zoom|teams)[- ](?:call|meeting)", r"would you be open to a (?:call|chat|conversation|meeting)",
        r"are you (?:free|available) (?:this|next|for|on)", r"(?:haetten|haben) sie (?:kurz |diese woche |naechste woche )?zeit",
        r"hast du (?:kurz |diese woche |naechste woche )?zeit", r"wann passt es (?:ihnen|dir)",
        r"kennenlern-?(?:gespraech|call|termin)", r"discovery call", r"intro call",
    )]
    + [("bump", fragment) for fragment in (
        r"(?:just )?following up", r"follow(?:ing)? up on my", r"(?:just )?bump(?:ing)? (?:this|my message|this up)",
        r"did you (?:get a chance to |have a chance to )?(?:see|read|check) my (?:last |previous |earlier )?(?:message|note|email)",
        r"circling back", r"checking in (?:again|on this|once more)", r"any (?:thoughts|updates?) on (?:this|my)",
        r"(?:wanted|want) to (?:follow up|check in|circle back)", r"in case you missed (?:it|my)", r"haven't heard back",
        r"(?:floating|moving|bringing) this (?:back )?(?:up|to the top)", r"(?:gentle|friendly|quick) reminder",
        r"(?:nochmal|noch einmal|nochmals) nachhaken", r"nachhaken", r"(?:kurze|freundliche|kleine) erinnerung",
        r"ich melde mich (?:nochmal|noch einmal|nochmals|erneut)",
        r"(?:haben|hatten) sie (?:schon |bereits )?(?:die )?(?:gelegenheit|zeit|moeglichkeit) (?:gehabt|gefunden)",
        r"(?:meine|meiner) (?:letzte\w*|vorherige\w*) nachricht", r"(?:nochmal|noch einmal) nach oben",
        r"untergegangen",
    )]
)


@dataclass(slots=True)
class _Hit:
    text: Folded
    start: int
    end: int

    def quote(self) -> str:
        return self.text.quote(self.start, self.end, limit=100)


class TimelineDetector:
    name = "timeline"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        messages = conversation.text_messages
        inbound = [message for message in messages if message.inbound]
        if not inbound:
            return []
        hits: dict[str, list[tuple[int, _Hit]]] = {"calendar": [], "time": [], "bump": []}
        shared = inbound_text(conversation, context.cache)
        text = shared.folded
        for kind, start, end in _PHRASES.finditer(text.text):
            if kind == "time" and not _asks_for_her_minutes(text.text, start, end):
                continue
            index = shared.message_index(start) if kind == "bump" else 0
            hits[kind].append((index, _Hit(text, start, end)))
        signals: list[Signal] = []
        timing = _connect_then_pitch(messages, inbound[0], context)
        if timing:
            signals.append(timing)
        bump = _followup_bump(messages, hits["bump"], inbound)
        if bump:
            signals.append(bump)
        if hits["calendar"]:
            signals.append(Signal("CALENDAR_LINK", POINTS["CALENDAR_LINK"], f"scheduling link: {hits['calendar'][0][1].quote()}"))
        if hits["time"]:
            signals.append(Signal("TIME_ASK", POINTS["TIME_ASK"], f"asks for your time: {hits['time'][0][1].quote()}"))
        return signals


# "15 minutes" is her time, but not a product's speed ("set up in 10 minutes", "in 10 Minuten pro
# Woche") nor a distance ("20 minutes on foot"); "in 20 Minuten zeigen" asks for her time again.
_SPEED_BEFORE = re.compile(r"(?:\bin|\bwithin|\binnerhalb von|\bunder|\bunter)\s+$")
_SHOWN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:zeigen|erklaeren|vorstellen|show|walk you through|explain)\b")
_NOT_HER_TIME_AFTER = re.compile(r"\s*(?:on foot|walk|by car|drive|away|from|entfernt|zu fuss|pro|per|a day|am tag|each|jede)\b")


def _asks_for_her_minutes(folded: str, start: int, end: int) -> bool:
    """A "time" phrase; a bare "N minutes" must be her minutes, not a speed or a distance."""
    if not folded[start].isdigit():
        return True
    if _NOT_HER_TIME_AFTER.match(folded, end):
        return False
    if _SPEED_BEFORE.search(folded, max(0, start - 16), start):
        return _SHOWN_AFTER.match(folded, end) is not None
    return True


def _connect_then_pitch(messages: list[Message], first_inbound: Message, context: Context) -> Signal | None:
    if any(not message.inbound and message.date <= first_inbound.date for message in messages):
        return None  # she wrote first: whatever follows is not a cold pitch
    sender = first_inbound.sender
    invited_on, invited_by_owner = _invitation(sender, context)
    if invited_by_owner:
        return None  # she asked for the connection
    candidates: list[tuple[date, str]] = []
    if invited_on is not None:
        candidates.append((invited_on, "their invitation"))
    connection = context.connection_of(sender)
    if connection is not None and connection.connected_on is not None:
        candidates.append((connection.connected_on, "connected"))
    first_day = first_inbound.date.date()
    for day, what in candidates:
        gap = (first_day - day).days
        if 0 <= gap <= CONNECT_WINDOW.days:
            return Signal("CONNECT_THEN_PITCH_TIMING", POINTS["CONNECT_THEN_PITCH_TIMING"],
                          f"{what} {day:%Y-%m-%d}, first message {first_day:%Y-%m-%d} ({gap} days later), "
                          "you had not written before")
    return None


def _invitation(sender: Person, context: Context) -> tuple[date | None, bool]:
    """(date of the sender's invitation to the owner, whether the owner invited the sender)."""
    index = context.cache.get("timeline:invitations")
    if not isinstance(index, dict):
        index = {}
        for invitation in context.invitations:
            other = invitation.sender if invitation.direction is Direction.INBOUND else invitation.recipient
            for key in _keys(other):
                index.setdefault(key, []).append(invitation)
        context.cache["timeline:invitations"] = index
    received: date | None = None
    for key in _keys(sender):
        for invitation in index.get(key, ()):
            if invitation.direction is Direction.OUTBOUND:
                return None, True
            if isinstance(invitation.sent_at, datetime):
                received = invitation.sent_at.date()
    return received, False


def _keys(person: Person) -> list[str]:
    keys = [person.url.lower().rstrip("/")] if person.url else []
    if person.name.strip():
        keys.append(person.name.strip().lower())
    return keys


def _followup_bump(messages: list[Message], bumps: list[tuple[int, _Hit]], inbound: list[Message]) -> Signal | None:
    """Rounds of inbound messages with no owner message in between."""
    longest: list[Message] = []
    run: list[Message] = []
    for message in messages:
        if not message.inbound:
            run = []
            continue
        if not run or message.date - run[-1].date >= ROUND_GAP:
            run.append(message)
            if len(run) > len(longest):
                longest = list(run)
    if len(longest) < 2:
        return None
    later_rounds = {id(message) for message in longest[1:]}
    phrase = next((hit for index, hit in bumps if id(inbound[index]) in later_rounds), None)
    low, high = POINTS["FOLLOWUP_BUMP"]
    points = high if phrase or len(longest) >= 3 else low
    span = f"{len(longest)} messages without a reply ({longest[0].date:%Y-%m-%d} to {longest[-1].date:%Y-%m-%d})"
    return Signal("FOLLOWUP_BUMP", points, f"{span}: {phrase.quote()}" if phrase else span)


DETECTOR = TimelineDetector()
