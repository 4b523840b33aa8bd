"""Render a family's template with its varying slots marked.

The members' masked tokens are aligned against one reference member (``difflib`` on token
keys). A reference token that every other member shares stays literal; a run that differs
becomes a slot. Masked entities show as ``{NAME}``, ``{COMPANY}``, ``{NUMBER}``, ``{URL}``,
``{DATE}``, ``{EMAIL}``; a spun phrase shows its variants as ``{quick chat|short call}``; a
slot with more variants than ``MAX_VARIANTS`` shows as ``{...}``.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Sequence

from .masking import PLACEHOLDERS, slot_label

Tokens = Sequence[tuple[str, str]]

#: Variants listed in a spintax slot before it is abbreviated.
MAX_VARIANTS = 3
#: Longest template shown, in characters.
MAX_CHARS = 400
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%'’…")
_NO_SPACE_AFTER = frozenset("([{$€£")


def render_template(members: Sequence[Tokens]) -> str:
    """The template of ``members`` (each a list of ``(surface, key)`` tokens) with slots marked."""
    members = [_collapse(tokens) for tokens in members if tokens]
    if not members:
        return ""
    reference, others = members[0], members[1:]
    # varies[i]: reference token i differs in some member; gaps[i]: some member has extra words
    # before reference token i. aligned: per member, reference index -> its own equal token.
    varies = [False] * len(reference)
    gaps = [False] * (len(reference) + 1)
    aligned: list[dict[int, int]] = []
    for other in others:
        matcher = SequenceMatcher(None, [k for _, k in reference], [k for _, k in other], autojunk=False)
        mapping: dict[int, int] = {}
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                mapping.update(zip(range(i1, i2), range(j1, j2)))
            elif i1 == i2:
                gaps[i1] = True
            else:
                varies[i1:i2] = [True] * (i2 - i1)
        aligned.append(mapping)
    return _trim(_assemble(reference, others, aligned, varies, gaps))


def _collapse(tokens: Tokens) -> list[tuple[str, str]]:
    """Consecutive equal placeholders are one fill ("{NAME} {NAME}" for a first and last name)."""
    result: list[tuple[str, str]] = []
    for token in tokens:
        if result and token[1] in PLACEHOLDERS and result[-1][1] == token[1]:
            continue
        result.append(token)
    return result


def _assemble(
    reference: list[tuple[str, str]],
    others: list[list[tuple[str, str]]],
    aligned: list[dict[int, int]],
    varies: list[bool],
    gaps: list[bool],
) -> list[str]:
    pieces: list[str] = []
    index = 0
    while index <= len(reference):
        if gaps[index] and (index == len(reference) or not varies[index]):
            pieces.append(_slot(["", *_variants(others, aligned, index, index)]))
        if index == len(reference):
            break
        surface, key = reference[index]
        if not varies[index]:
            pieces.append(slot_label(key) if key in PLACEHOLDERS else surface)
            index += 1
            continue
        end = index
        while end < len(reference) and varies[end]:
            end += 1
        pieces.append(_slot([_join(reference[index:end]), *_variants(others, aligned, index, end)]))
        index = end
    return pieces


def _variants(others: list[list[tuple[str, str]]], aligned: list[dict[int, int]], start: int, end: int) -> list[str]:
    """What each other member has between the shared tokens around reference ``[start, end)``."""
    found = []
    for other, mapping in zip(others, aligned):
        before = mapping.get(start - 1, -1) if start > 0 else -1
        after = mapping.get(end, len(other))
        found.append(_join(other[before + 1 : after]))
    return found


def _slot(found: list[str]) -> str:
    unique = list(dict.fromkeys(found))
    if len(unique) == 1 and unique[0].startswith("{"):
        return unique[0]
    if len(unique) > MAX_VARIANTS or any(len(variant) > 40 for variant in unique):
        return "{...}"
    return "{" + "|".join(unique) + "}"


def _join(tokens: Tokens) -> str:
    return "".join(_spaced([slot_label(k) if k in PLACEHOLDERS else s for s, k in tokens])).strip()


def _spaced(pieces: list[str]) -> list[str]:
    out: list[str] = []
    previous = ""
    for piece in pieces:
        glue = previous and not (piece[:1] in _NO_SPACE_BEFORE or previous[-1:] in _NO_SPACE_AFTER)
        out.append((" " if glue else "") + piece)
        previous = piece
    return out


def _trim(pieces: list[str]) -> str:
    text = "".join(_spaced(pieces)).strip()
    if len(text) <= MAX_CHARS:
        return text
    cut = text[: MAX_CHARS - 3]
    return cut[: cut.rfind(" ")] + " ..."
