"""The user's own statements about themselves: ``unpitch.toml``.

Example::

    [me]
    offer = ["SEO audits", "content marketing"]   # what I sell
    buy = ["accounting software"]                  # what I would buy
    never = ["crypto", "diet products"]            # topics I never want

    [senders]
    allow = ["jane@example.com", "https://www.linkedin.com/in/jane-doe"]
    deny = ["growth-hackers.io"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError


@dataclass(slots=True)
class UserConfig:
    offer: list[str] = field(default_factory=list)
    buy: list[str] = field(default_factory=list)
    never: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    path: str = ""


def _string_list(table: dict, key: str, path: Path) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(str(path), f"'{key}' must be a list of strings")
    return [item.strip() for item in value if item.strip()]


def load_config(path: Path | None) -> UserConfig:
    """Read ``unpitch.toml``; a missing default file means an empty config."""
    if path is None:
        default = Path("unpitch.toml")
        if not default.is_file():
            return UserConfig()
        path = default
    if not path.is_file():
        raise InputError(str(path), "config file not found")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not valid TOML: {exc}") from None
    me = data.get("me", {})
    senders = data.get("senders", {})
    if not isinstance(me, dict) or not isinstance(senders, dict):
        raise InputError(str(path), "[me] and [senders] must be tables")
    return UserConfig(
        offer=_string_list(me, "offer", path),
        buy=_string_list(me, "buy", path),
        never=_string_list(me, "never", path),
        allow=_string_list(senders, "allow", path),
        deny=_string_list(senders, "deny", path),
        path=str(path),
    )
