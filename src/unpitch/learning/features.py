"""What the personal model and the mark rules see of a conversation.

A :class:`Snapshot` is taken when the user marks a conversation and stored with the mark, so that
the model can be retrained from the marks alone, after re-scans and new exports. The same function
builds the snapshot of every scanned conversation, so marks and scans are compared like for like.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Callable, Iterable, Mapping

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.preprocessing import normalize

from ..model import Conversation, Message
from ..campaigns.courtesy import message_traits
from ..campaigns.masking import mask_keys
from ..models import normalize_text
from ..signals.intent import PITCH_CLASSES
from .roles import role_of

#: Pitches come early; later messages of a long thread add cost, not evidence (as in intent).
MAX_INBOUND_MESSAGES = 6
#: Hash space of each feature block (text words, conversation shape).
BLOCK_FEATURES = 2**18
#: The shape block counts this much against the text block: what kind of conversation it is
#: (who wrote first, what the intent model thinks) generalises from a handful of marks; words
#: alone rarely repeat between two tailored messages.
SHAPE_WEIGHT = 0.5
#: Word n-grams of this length make a template's shingles: long enough that two different
#: messages rarely share many, short enough that swapped names leave most of them intact.
SHINGLE_WORDS = 3
#: Free mail providers say nothing about who sends: no domain rule is derived from them.
FREEMAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com",
        "me.com", "aol.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "proton.me",
        "protonmail.com", "mail.com", "yandex.com", "bluewin.ch", "freenet.de",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
#: Words too common to say anything about a kind of conversation.
_STOP_WORDS = frozenset(
    "a an and are as at be but by for from have i if in is it me my of on or our so that the this to "
    "was we with you your und der die das ich sie wir ein eine ist mit zu den dem des auf für fuer "
    "nicht es im ihr ihnen sich von bei".split()
)

#: Shape tokens naming a kind of pitch (sell, recruit, network) found in the inbound messages.
PITCH_TOKEN = "pitch:"
#: Shape tokens naming a sender role (recruiter, sales rep, coach ...).
ROLE_TOKEN = "role:"
#: The shape token of a courtesy note (thanks, congratulations, season's greetings) with no pitch.
COURTESY_TOKEN = "note:courtesy"

#: Classifies inbound texts into intent labels (sell, recruit, network, buy, none).
IntentLabeler = Callable[[list[str]], list[str]]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A conversation as the learner sees it; JSON-serialisable (stored with each mark)."""

    first_text: str
    inbound_text: str
    #: Conversation shape tokens: intent labels, who wrote first, replies, size, folder.
    shape: tuple[str, ...]
    #: Identity keys (profile URL or e-mail, else lower-cased name) of inbound senders.
    senders: tuple[str, ...]
    sender_names: tuple[str, ...]
    #: Non-freemail e-mail domains of inbound senders.
    domains: tuple[str, ...]
    #: sha1 of the normalised first inbound message: survives new exports and re-threading.
    fingerprint: str
    #: Sender roles (:mod:`roles`) of inbound senders, from the positions her Connections list.
    roles: tuple[str, ...] = ()
    #: The verdict unpitch showed when the user marked the conversation ("" for unmarked ones):
    #: a mark against it is a correction, which is what a kind rule learns from.
    verdict_when_marked: str = ""

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> "Snapshot":
        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key, [])
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        return cls(
            first_text=str(data.get("first_text", "")),
            inbound_text=str(data.get("inbound_text", "")),
            shape=strings("shape"),
            senders=strings("senders"),
            sender_names=strings("sender_names"),
            domains=strings("domains"),
            fingerprint=str(data.get("fingerprint", "")),
            roles=strings("roles"),
            verdict_when_marked=str(data.get("verdict_when_marked", "")),
        )


def _inbound(conversation: Conversation) -> list[Message]:
    inbound = conversation.inbound_messages[:MAX_INBOUND_MESSAGES]
    # A conversation the owner alone wrote in is still markable: it is judged by its own text.
    return inbound or conversation.text_messages[:MAX_INBOUND_MESSAGES]


def snapshot(conversation: Conversation, intent_labels: IntentLabeler, positions: Mapping[str, str] | None = None) -> Snapshot:
    """Everything the learner needs from one conversation; ``positions`` maps a sender's identity
    key to the position her Connections list for them (their role is a kind of sender)."""
    messages = _inbound(conversation)
    texts = [m.text for m in messages]
    first_text = texts[0] if texts else ""
    senders: dict[str, str] = {}
    for message in conversation.inbound_messages:
        senders.setdefault(message.sender.key, message.sender.name)
    roles = tuple(sorted({role for key in senders if (role := role_of((positions or {}).get(key, "")))}))
    return Snapshot(
        first_text=first_text,
        inbound_text="\n".join(texts),
        shape=tuple(_shape(conversation, intent_labels(texts) if texts else [], roles, first_text)),
        senders=tuple(senders),
        sender_names=tuple(senders.values()),
        domains=tuple(sorted({d for d in map(email_domain, senders) if d})),
        fingerprint=fingerprint(first_text),
        roles=roles,
    )


def _shape(conversation: Conversation, labels: list[str], roles: tuple[str, ...], first_text: str) -> Iterable[str]:
    # Only tokens that tell kinds apart: a token nearly every conversation has (its folder is
    # INBOX, it is short) would make every conversation look like every marked one.
    if labels:
        yield f"first_intent:{labels[0]}"
    # The kinds of pitch anywhere in it: small talk first, the pitch in message 2 or 3 is one kind.
    pitches = sorted(set(labels) & set(PITCH_CLASSES))
    for label in pitches:
        yield f"{PITCH_TOKEN}{label}"
    if not pitches and first_text and message_traits(mask_keys(first_text))[1]:
        yield COURTESY_TOKEN
    for role in roles:
        yield f"{ROLE_TOKEN}{role}"
    written = conversation.text_messages
    if written and not written[0].inbound:
        yield "owner_started"
    elif conversation.outbound_messages:
        yield "owner_replied"
    if conversation.sponsored:
        yield "sponsored"
    if conversation.folder.lower() == "spam":
        yield "folder:spam"
    if any("http" in m.text or "www." in m.text for m in conversation.inbound_messages):
        yield "has_link"


def email_domain(identity: str) -> str:
    """The non-freemail domain of an e-mail identity, else ""."""
    address = identity.lower().removeprefix("mailto:")
    if "@" not in address or "/" in address:
        return ""
    domain = address.rsplit("@", 1)[1]
    return "" if domain in FREEMAIL_DOMAINS else domain


def fingerprint(text: str) -> str:
    return hashlib.sha1(normalize_text(text).encode("utf-8")).hexdigest() if text.strip() else ""


@lru_cache(maxsize=20_000)
def shingles(text: str) -> frozenset[int]:
    """Hashed word 3-grams of the normalised text: a template's signature (cached: the marks' are
    needed again after every mark)."""
    words = _WORD.findall(normalize_text(text))
    if len(words) < SHINGLE_WORDS:
        return frozenset({_stable_hash(" ".join(words))}) if words else frozenset()
    return frozenset(_stable_hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1))


def _stable_hash(text: str) -> int:
    # Python's hash() changes per process; shingles must compare across runs.
    return zlib.crc32(text.encode("utf-8"))


def _word_tokens(text: str) -> list[str]:
    words = [w for w in _WORD.findall(normalize_text(text)) if w not in _STOP_WORDS]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


_TEXT_HASHER = FeatureHasher(BLOCK_FEATURES, input_type="string", alternate_sign=False, dtype=np.float64)
_SHAPE_HASHER = FeatureHasher(BLOCK_FEATURES, input_type="string", alternate_sign=False, dtype=np.float64)


#: Rows already computed in this process, by snapshot: retraining after each mark re-vectorises
#: every earlier mark, and a snapshot always gives the same row, so the cache is exact.
_ROWS: dict[Snapshot, sp.csr_matrix] = {}
#: Bound of that cache; past it the cache starts over (a long-running app must not grow forever).
_ROWS_LIMIT = 20_000


def vectorize_cached(snapshots: list[Snapshot]) -> sp.csr_matrix:
    """:func:`vectorize`, reusing rows of snapshots seen before in this process (the marks)."""
    missing = list(dict.fromkeys(s for s in snapshots if s not in _ROWS))
    if len(_ROWS) + len(missing) > _ROWS_LIMIT:
        _ROWS.clear()
        missing = list(dict.fromkeys(snapshots))
    if missing:
        _ROWS.update(zip(missing, vectorize(missing)))
    if not snapshots:
        return sp.csr_matrix((0, 2 * BLOCK_FEATURES))
    return sp.vstack([_ROWS[s] for s in snapshots], format="csr")


def vectorize(snapshots: list[Snapshot]) -> sp.csr_matrix:
    """Rows of [words (l2 = 1) | shape (l2 = SHAPE_WEIGHT)]; dot products are similarities in [0, 1+w²]."""
    words = _TEXT_HASHER.transform(_word_tokens(s.inbound_text) for s in snapshots)
    words.data = np.log1p(words.data)
    shape = _SHAPE_HASHER.transform(list(s.shape) for s in snapshots)
    blocks = [normalize(words, copy=False), normalize(shape, copy=False) * SHAPE_WEIGHT]
    return sp.hstack(blocks, format="csr")
