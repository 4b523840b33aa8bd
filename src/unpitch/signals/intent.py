"""Commercial intent: is the sender selling, recruiting, networking-as-a-funnel, or buying?

A linear classifier (``unpitch/data/models/intent.npz``, trained by
``training/train_intent.py`` on messages we wrote ourselves) scores every inbound
message and every sentence in it. The message decides the class; the sentence that
scores highest for that class becomes the quoted evidence, so the explanation points
at the pitch rather than at the greeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import detect_language
from ..model import Conversation, Message
from ..models import load_model
from .base import Context, Signal
from .text_utils import CAPACITY_ASK
from .weights import POINTS

# Points per signal live in signals/weights.py; ``(low, high)`` pairs scale linearly with the
# class probability between ``MIN_PROBABILITY`` and 1.0.

MODEL_NAME = "intent"
CLASSES = ("sell", "recruit", "network", "buy", "none")
#: Below this probability a class is too uncertain to emit a signal at all.
MIN_PROBABILITY = 0.5
#: A message whose sell + recruit + network probabilities add up to this is a pitch even when no
#: single class reaches ``MIN_PROBABILITY`` ("we supply staff ... can I send our rate card?" splits
#: between sell and recruit). Measured on training/intent/heldout.jsonl: pitch recall 0.83 -> 0.87
#: at the same precision (0.984).
MIN_PITCH_PROBABILITY = 0.6
#: A sentence this sure of a pitch class makes a message read as chat a pitch after all ...
BURIED_PITCH_SENTENCE = 0.9
#: ... unless the message is at least this sure it is chat.
BURIED_PITCH_MAX_NONE = 0.9
#: A first pitch message this long (words) is LONG_PITCH.
LONG_PITCH_WORDS = 50
#: Every inbound message must be at least this sure of ``none`` for NO_COMMERCIAL_INTENT.
CLEARLY_NONE = 0.7
#: Pitches come early; later messages of a long thread add cost, not evidence.
MAX_INBOUND_MESSAGES = 6
#: Small talk is short; a long first message is substantive even when it is ``none``.
SMALL_TALK_MAX_WORDS = 60
#: An opener this short that is less of a pitch than a later message is small talk.
SHORT_OPENER_WORDS = 25
QUOTE_CHARS = 120
PITCH_CLASSES = ("sell", "recruit", "network")
_CLASS_SIGNAL = {
    "sell": "COMMERCIAL_INTENT",
    "recruit": "RECRUITING_PITCH",
    "network": "NETWORKING_PITCH",
    "buy": "INBOUND_LEAD",
}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def classify(texts: list[str]) -> list[dict[str, float]]:
    """Class probabilities (sell, recruit, network, buy, none) for each text, summing to 1."""
    model = load_model(MODEL_NAME)
    probabilities = model.predict_proba(list(texts))
    return [dict(zip(model.classes, map(float, row))) for row in probabilities]


@dataclass(frozen=True, slots=True)
class MessageIntent:
    """One inbound message's class, its probability and the most telling sentence."""

    label: str
    probability: float
    evidence: str
    words: int


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def classify_messages(texts: list[str], cache: dict[str, MessageIntent] | None = None) -> list[MessageIntent]:
    """Classify messages in one batch; only pitch or lead messages get their sentences scored."""
    cache = {} if cache is None else cache
    todo = [text for text in dict.fromkeys(texts) if text not in cache]
    if todo:
        for text, probabilities in zip(todo, classify(todo)):
            label, probability = _message_class(probabilities)
            if label == "buy" and CAPACITY_ASK.search(text):
                # "Do you have capacity for new clients?" reads like a lead but sells.
                label = "sell"
            cache[text] = MessageIntent(label, probability, text, len(text.split()))
        rescued = _rescue_buried_pitches([cache[text] for text in todo if _may_bury_a_pitch(cache[text])], cache)
        _attach_evidence([cache[text] for text in todo if text not in rescued and _needs_evidence(cache[text])], cache)
    return [cache[text] for text in texts]


def _scored_sentences(intents: list[MessageIntent]) -> list[tuple[MessageIntent, list[str], list[dict[str, float]]]]:
    """Each message's sentences with their class probabilities, classified in one batch."""
    sentences = [split_sentences(intent.evidence) for intent in intents]
    flat = [sentence for parts in sentences for sentence in parts]
    probabilities = classify(flat) if flat else []
    scored, offset = [], 0
    for intent, parts in zip(intents, sentences):
        scored.append((intent, parts, probabilities[offset : offset + len(parts)]))
        offset += len(parts)
    return scored


def _may_bury_a_pitch(intent: MessageIntent) -> bool:
    # Only a message the model reads as chat, with more than one sentence to hide a pitch in.
    return intent.label == "none" and intent.probability < BURIED_PITCH_MAX_NONE and _SENTENCE_END.search(intent.evidence) is not None


def _rescue_buried_pitches(intents: list[MessageIntent], cache: dict[str, MessageIntent]) -> set[str]:
    """A message read as chat whose one sentence is a sure pitch ("Wir gestalten Apps ... Darf
    ich dir unser Portfolio schicken?"): the friendly rest diluted the message's score. It counts
    as a pitch at the mean of the two probabilities, short of sure, so scoring wants more beside it;
    that sentence is its evidence. Returns the texts so relabelled."""
    rescued: set[str] = set()
    for intent, parts, scores in _scored_sentences(intents):
        best = max(
            ((scores[i][label], label, parts[i]) for i in range(len(parts)) for label in PITCH_CLASSES),
            default=(0.0, "", ""),
        )
        if best[0] >= BURIED_PITCH_SENTENCE:
            probability = (best[0] + 1.0 - intent.probability) / 2
            cache[intent.evidence] = MessageIntent(best[1], probability, best[2], intent.words)
            rescued.add(intent.evidence)
    return rescued


def _message_class(probabilities: dict[str, float]) -> tuple[str, float]:
    """The most likely class, or the likeliest pitch class when the pitch classes together are sure."""
    label = max(probabilities, key=probabilities.__getitem__)
    pitch = sum(probabilities[c] for c in PITCH_CLASSES)
    if pitch >= MIN_PITCH_PROBABILITY and pitch > probabilities[label]:
        return max(PITCH_CLASSES, key=probabilities.__getitem__), pitch
    return label, probabilities[label]


def _needs_evidence(intent: MessageIntent) -> bool:
    # Sentence scoring costs as much as the message itself, and only quoted signals need it.
    return intent.label in _CLASS_SIGNAL and intent.probability >= MIN_PROBABILITY


def _attach_evidence(intents: list[MessageIntent], cache: dict[str, MessageIntent]) -> None:
    """Replace each intent's evidence by its sentence most typical of the message's class."""
    for intent, parts, scores in _scored_sentences(intents):
        if len(parts) > 1:
            best = max(range(len(parts)), key=lambda i: scores[i][intent.label])
            cache[intent.evidence] = MessageIntent(intent.label, intent.probability, parts[best], intent.words)


def _scaled(signal_id: str, probability: float) -> float:
    points = POINTS[signal_id]
    if isinstance(points, tuple):
        low, high = points
        share = (probability - MIN_PROBABILITY) / (1.0 - MIN_PROBABILITY)
        return round(low + (high - low) * min(max(share, 0.0), 1.0), 2)
    return float(points)


def _quote(text: str) -> str:
    flat = " ".join(text.split()).replace('"', "'")
    if len(flat) > QUOTE_CHARS:
        flat = flat[: QUOTE_CHARS - 1].rstrip() + "…"
    return f'"{flat}"'


def _detail(intent: MessageIntent, message: Message) -> str:
    language = detect_language(message.text)
    suffix = f" [{language}]" if language not in ("en", "und") else ""
    return f"{intent.label} {intent.probability:.2f}: {_quote(intent.evidence)}{suffix}"


class IntentDetector:
    """Emits COMMERCIAL_INTENT, RECRUITING_PITCH, NETWORKING_PITCH, INBOUND_LEAD,
    NO_COMMERCIAL_INTENT, PITCH_AFTER_SMALL_TALK and LONG_PITCH for one conversation."""

    name = "intent"

    def prepare(self, conversations: list[Conversation], context: Context) -> None:
        """Optional: classify every conversation's inbound messages in one batch before ``detect``.

        ``detect`` alone works conversation by conversation; calling this first over the whole
        inbox fills ``context.cache`` so that the per-message cost is the batch cost.
        """
        cache = context.cache.setdefault(self.name, {})
        texts = [m.text for c in conversations for m in self._messages(c)]
        classify_messages(texts, cache)  # type: ignore[arg-type]

    @staticmethod
    def _messages(conversation: Conversation) -> list[Message]:
        return [m for m in conversation.inbound_messages if m.text.strip()][:MAX_INBOUND_MESSAGES]

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        messages = self._messages(conversation)
        if not messages:
            return []
        cache = context.cache.setdefault(self.name, {})
        intents = classify_messages([m.text for m in messages], cache)  # type: ignore[arg-type]
        signals = self._strongest_per_class(messages, intents)
        if all(i.label == "none" and i.probability >= CLEARLY_NONE for i in intents):
            signals.append(Signal("NO_COMMERCIAL_INTENT", _scaled("NO_COMMERCIAL_INTENT", 1.0), self._none_detail(intents)))
        small_talk = self._pitch_after_small_talk(messages, intents)
        if small_talk:
            signals.append(small_talk)
        long_pitch = self._long_pitch(intents)
        if long_pitch:
            signals.append(long_pitch)
        return signals

    @staticmethod
    def _long_pitch(intents: list[MessageIntent]) -> Signal | None:
        # Templates are short enough to skim; a pitch written at length in one message was
        # probably written for one reader. Scoring then wants mass-sender behaviour for junk.
        first = next((i for i in intents if i.label in PITCH_CLASSES and i.probability >= MIN_PROBABILITY), None)
        if first is None or first.words < LONG_PITCH_WORDS:
            return None
        return Signal("LONG_PITCH", _scaled("LONG_PITCH", 1.0), f"the pitch runs to {first.words} words in one message")

    def _strongest_per_class(self, messages: list[Message], intents: list[MessageIntent]) -> list[Signal]:
        # One signal per class, from its most confident message, so a three-times-bumped
        # pitch is not counted three times (repetition is another detector's business).
        strongest: dict[str, int] = {}
        for index, intent in enumerate(intents):
            if intent.label in _CLASS_SIGNAL and intent.probability >= MIN_PROBABILITY:
                current = strongest.get(intent.label)
                if current is None or intent.probability > intents[current].probability:
                    strongest[intent.label] = index
        return [
            Signal(_CLASS_SIGNAL[label], _scaled(_CLASS_SIGNAL[label], intents[i].probability), _detail(intents[i], messages[i]))
            for label, i in sorted(strongest.items(), key=lambda item: CLASSES.index(item[0]))
        ]

    @staticmethod
    def _none_detail(intents: list[MessageIntent]) -> str:
        lowest = min(i.probability for i in intents)
        return f"none >= {lowest:.2f} for all {len(intents)} inbound message(s)"

    @staticmethod
    def _pitch_after_small_talk(messages: list[Message], intents: list[MessageIntent]) -> Signal | None:
        first = intents[0]
        if first.words > SMALL_TALK_MAX_WORDS:
            return None
        for index in (1, 2):
            if index < len(intents):
                later = intents[index]
                # A short opener the model finds less of a pitch than what follows is the small talk
                # before it ("Thanks for connecting! How's your week?"), even if it leans to sell.
                opener = first.label == "none" or (first.words <= SHORT_OPENER_WORDS and first.probability < later.probability)
                if opener and later.label in PITCH_CLASSES and later.probability >= MIN_PROBABILITY:
                    detail = f"message {index + 1} after small talk {_quote(messages[0].text)}: {_detail(later, messages[index])}"
                    return Signal("PITCH_AFTER_SMALL_TALK", _scaled("PITCH_AFTER_SMALL_TALK", 1.0), detail)
        return None


INTENT = IntentDetector()
