"""The owner's own sender lists: ``[senders] allow`` and ``deny`` in ``unpitch.toml``.

An entry is an e-mail address, a domain ("growth-hackers.io" or "@growth-hackers.io"), a
profile URL, or a name. Matched against every inbound sender, including the e-mail address
Connections.csv holds for that sender.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Conversation, Person
from .base import Context, Signal
from .text_utils import fold
from .weights import POINTS



@dataclass(frozen=True, slots=True)
class _Rules:
    addresses: frozenset[str]
    domains: frozenset[str]
    urls: frozenset[str]
    names: frozenset[str]


class SenderListDetector:
    name = "senders"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        config = context.config
        if not config.allow and not config.deny:
            return []
        senders = {message.sender.key: message.sender for message in conversation.inbound_messages}
        signals: list[Signal] = []
        for signal_id, entries in (("DENIED_SENDER", config.deny), ("ALLOWED_SENDER", config.allow)):
            rules = _rules(context, signal_id, entries)
            for sender in senders.values():
                entry = _matching_entry(sender, rules, context)
                if entry:
                    listed = "deny" if signal_id == "DENIED_SENDER" else "allow"
                    signals.append(Signal(signal_id, POINTS[signal_id],
                                          f'{sender.name or sender.url} matches "{entry}" ([senders] {listed})'))
                    break
        return signals


def _rules(context: Context, signal_id: str, entries: list[str]) -> _Rules:
    key = f"senders:{signal_id}"
    cached = context.cache.get(key)
    if isinstance(cached, _Rules):
        return cached
    addresses, domains, urls, names = set(), set(), set(), set()
    for entry in entries:
        value = entry.strip().lower()
        if not value:
            continue
        if "/" in value or value.startswith("www."):
            urls.add(_normalize_url(value))
        elif value.startswith("@"):
            domains.add(value[1:])
        elif "@" in value:
            addresses.add(value)
        elif "." in value and " " not in value:
            domains.add(value)
        else:
            names.add(fold(entry).strip())
    rules = _Rules(frozenset(addresses), frozenset(domains), frozenset(urls), frozenset(names))
    context.cache[key] = rules
    return rules


def _matching_entry(sender: Person, rules: _Rules, context: Context) -> str:
    """The list entry that ``sender`` matches, or ""."""
    identities = [sender.url.lower()] if sender.url else []
    connection = context.connection_of(sender)
    if connection is not None:
        identities += [value.lower() for value in (connection.email, connection.url) if value]
    for identity in identities:
        if "@" in identity and "/" not in identity:
            address = identity.removeprefix("mailto:")
            if address in rules.addresses:
                return address
            domain = address.rsplit("@", 1)[1]
            for listed in rules.domains:
                if domain == listed or domain.endswith("." + listed):
                    return listed
        else:
            url = _normalize_url(identity)
            if url in rules.urls:
                return url
            host = url.split("/", 1)[0]
            if host in rules.domains:
                return host
    name = fold(sender.name).strip()
    if name and name in rules.names:
        return sender.name.strip()
    return ""


def _normalize_url(url: str) -> str:
    """"https://www.linkedin.com/in/jane/?x=1" -> "linkedin.com/in/jane"."""
    url = url.split("?", 1)[0].split("#", 1)[0]
    for prefix in ("https://", "http://"):
        url = url.removeprefix(prefix)
    return url.removeprefix("www.").rstrip("/")


DETECTOR = SenderListDetector()
