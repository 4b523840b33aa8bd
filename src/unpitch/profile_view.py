"""``unpitch profile``: show what unpitch believes about the inbox owner."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .config import UserConfig
from .model import Inbox
from .signals.base import Context
from .signals.relevance import build_owner_offers


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def profile_rows(inbox: Inbox, config: UserConfig) -> list[tuple[str, str]]:
    """The facts as (label, value) pairs, in display order; empty values are left out."""
    owner = inbox.owner
    current = [f"{p.title} at {p.company}".strip() for p in owner.current_positions]
    past = [f"{p.title} at {p.company}".strip() for p in owner.positions if not p.current]
    rows = [
        ("Name", owner.name),
        ("Profile", owner.url),
        ("Emails", ", ".join(owner.emails)),
        ("Headline", owner.headline),
        ("Summary", _shorten(owner.summary)),
        ("Industry", owner.industry),
        ("Location", owner.location),
        ("Current positions", "; ".join(current)),
        ("Past positions", "; ".join(past)),
        ("Skills", ", ".join(owner.skills)),
        ("Services", ", ".join(owner.services)),
        ("You offer (config)", ", ".join(config.offer)),
        ("You would buy (config)", ", ".join(config.buy)),
        ("Never (config)", ", ".join(config.never)),
        *_derived_rows(inbox, config),
        ("Allowed senders", ", ".join(config.allow)),
        ("Denied senders", ", ".join(config.deny)),
        ("Connections", str(len(inbox.connections))),
        ("Invitations", str(len(inbox.invitations))),
        ("Conversations", str(len(inbox.conversations))),
    ]
    return [(label, value) for label, value in rows if value]


def _categories(found: dict[str, tuple[str, str]]) -> str:
    """``seo (Services: "SEO audits")`` for each category, as the relevance detector sees it."""
    return "; ".join(f"{category} ({source}: {evidence})" for category, (evidence, source) in sorted(found.items()))


def _derived_rows(inbox: Inbox, config: UserConfig) -> list[tuple[str, str]]:
    offers = build_owner_offers(Context.from_inbox(inbox, config))
    related = sorted(offers.related - set(offers.sells))
    return [
        ("You sell (derived)", _categories(offers.sells)),
        ("Your needs (derived)", _categories(offers.needs)),
        ("Offers that relate to your work", ", ".join(related)),
    ]


def render_profile(inbox: Inbox, config: UserConfig, console: Console) -> None:
    table = Table(show_header=False, box=None, title="What unpitch believes about you", title_justify="left")
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    for label, value in profile_rows(inbox, config):
        table.add_row(label, escape(value))
    console.print(table)
