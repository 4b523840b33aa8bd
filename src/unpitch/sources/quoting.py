"""Split an email body into the new text, the quoted earlier mail and the signature.

Every line of the body ends up in exactly one of the three parts, so nothing is ever lost:
the split only decides where a line belongs. The rules are conservative on purpose. A line
is quoted only when it starts with ``>`` or sits below a reply header that a mail client
writes ("On <date> ... wrote:", "Am <date> schrieb ...:", "-----Original Message-----", an
Outlook "From:/Sent:/To:" block). A signature is cut only at a ``-- `` delimiter, a
"Sent from my phone" line, or a sign-off line ("Best regards,") followed by nothing but a
short name/title/contact block; anything that reads like a sentence keeps the text whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class SplitBody:
    """The three parts of a body: whole lines in their order, trailing spaces and blank edges trimmed."""

    new: str
    quoted: str
    signature: str


class _Part(Enum):
    NEW = "new"
    QUOTED = "quoted"
    SIGNATURE = "signature"


# A wrapped attribution line ("On Tue, 5 Mar 2024 at 10:12, Anna <\nanna@x.com> wrote:")
# is joined over at most this many lines before giving up.
_ATTRIBUTION_MAX_LINES = 3
_ATTRIBUTION_MAX_CHARS = 250
# Mail clients always put an address, a time or a full date into the attribution line;
# a sentence that merely starts with "On" and ends with "wrote:" rarely has any of them.
_ATTRIBUTION_EVIDENCE = re.compile(r"@|\d{1,2}:\d{2}|\b(19|20)\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_ATTRIBUTION_PATTERNS = (
    re.compile(r"^on\b.*\bwrote\s*:$", re.IGNORECASE),
    re.compile(r"^am\b.*\bschrieb\b.*:$", re.IGNORECASE),
    re.compile(r"^le\b.*\ba [ée]crit\s*:$", re.IGNORECASE),
    re.compile(r"^el\b.*\bescribi[óo]\s*:$", re.IGNORECASE),
)
_SEPARATOR = re.compile(
    r"^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|forwarded message|weitergeleitete nachricht|message transféré)\s*-{2,}$",
    re.IGNORECASE,
)
# Outlook desktop writes a line of underscores above its header block.
_UNDERSCORE_RULE = re.compile(r"^_{10,}$")
_HEADER_FROM = re.compile(r"^\*?(from|von|de)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_DATE = re.compile(r"^\*?(sent|date|gesendet|datum|envoyé|enviado)\s*:\*?", re.IGNORECASE)
_HEADER_TO = re.compile(r"^\*?(to|subject|an|betreff|cc|à|objet|para|asunto)\s*:\*?", re.IGNORECASE)
_OUTLOOK_HEADER_WINDOW = 6

# "-- " is the standard delimiter; a bare "--" (trailing space stripped by a client) is
# also a plain separator in prose, so it only counts above a short block.
_SIGNATURE_DELIMITER = "-- "
_BARE_DELIMITER = "--"
_MOBILE_FOOTER = re.compile(
    r"^(sent from my \S.*|sent from (outlook|mail|yahoo mail)\b.*|get outlook for \S.*"
    r"|von meinem \S.* gesendet|gesendet von meinem \S.*|envoyé de mon \S.*)$",
    re.IGNORECASE,
)
_CLOSINGS = frozenset(
    {
        # English
        "best", "best regards", "kind regards", "warm regards", "warmest regards", "regards",
        "best wishes", "all the best", "cheers", "thanks", "thank you", "many thanks",
        "thanks again", "thanks in advance", "sincerely", "yours sincerely", "sincerely yours",
        "yours truly", "respectfully", "talk soon", "speak soon", "with gratitude", "warmly",
        "thanks and regards", "thanks & regards", "take care",
        # German
        "mit freundlichen grüßen", "mit freundlichen grüssen", "mit freundlichem gruß",
        "mit freundlichem gruss", "freundliche grüße", "freundliche grüsse", "viele grüße",
        "viele grüsse", "beste grüße", "beste grüsse", "herzliche grüße", "herzliche grüsse",
        "liebe grüße", "liebe grüsse", "schöne grüße", "schöne grüsse", "grüße", "grüsse",
        "gruß", "gruss", "lg", "vg", "mfg", "danke", "vielen dank", "besten dank",
        # French / Spanish
        "cordialement", "bien cordialement", "bien à vous", "saludos", "un saludo",
        "atentamente",
    }
)
# The block after a sign-off is a signature only while it stays this small.
_SIGN_OFF_MAX_LINES = 8
_SIGNATURE_LINE_MAX_CHARS = 90
_SIGNATURE_LINE_MAX_WORDS = 10
_NAME_MAX_WORDS = 5
_DELIMITED_SIGNATURE_MAX_LINES = 25
_BARE_DELIMITED_MAX_LINES = 10
_PROSE_MIN_WORDS = 5
_MOBILE_FOOTER_MAX_LINES = 3
# Lower-case words and separators that may sit inside a name line ("Anna von Berg | Acme").
_NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "y", "|", "-", "–", "/"}
)
_POSTSCRIPT = re.compile(r"^p\.?\s?s\b", re.IGNORECASE)


def split_reply(body: str) -> SplitBody:
    """Split ``body`` into new text, quoted earlier mail and signature."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts = _mark_quotes(lines)
    _mark_signature(lines, parts)
    return SplitBody(
        new=_join(lines, parts, _Part.NEW),
        quoted=_join(lines, parts, _Part.QUOTED),
        signature=_join(lines, parts, _Part.SIGNATURE),
    )


def _join(lines: list[str], parts: list[_Part], wanted: _Part) -> str:
    chosen = [line.rstrip() for line, part in zip(lines, parts) if part is wanted]
    return "\n".join(chosen).strip("\n")


def _is_blank(line: str) -> bool:
    return not line.strip()


def _is_quote_line(line: str) -> bool:
    return line.lstrip(" ").startswith(">")


def _mark_quotes(lines: list[str]) -> list[_Part]:
    parts = [_Part.NEW] * len(lines)
    index = 0
    while index < len(lines):
        if _is_quote_line(lines[index]):
            parts[index] = _Part.QUOTED
            index += 1
            continue
        header_end = _reply_header_end(lines, index)
        if header_end is None:
            index += 1
            continue
        if _next_content_is_quoted(lines, header_end):
            # An attribution over a ">" block (bottom-posting / inline replies): only the
            # header and the ">" lines are quoted, the answers between them stay new text.
            for covered in range(index, header_end):
                parts[covered] = _Part.QUOTED
            index = header_end
            continue
        # A top-posted reply: the header starts the earlier mail, which runs to the end.
        for covered in range(index, len(lines)):
            parts[covered] = _Part.QUOTED
        break
    return parts


def _next_content_is_quoted(lines: list[str], start: int) -> bool:
    for line in lines[start:]:
        if not _is_blank(line):
            return _is_quote_line(line)
    return False


def _reply_header_end(lines: list[str], start: int) -> int | None:
    """If a reply header starts at ``start``, the index just past it; else None."""
    first = lines[start].strip()
    if not first:
        return None
    if _SEPARATOR.match(first):
        return start + 1
    if _UNDERSCORE_RULE.match(first):
        following = _next_content_index(lines, start + 1)
        if following is not None and _outlook_header_at(lines, following):
            return start + 1
        return None
    if _outlook_header_at(lines, start):
        return start + 1
    return _attribution_end(lines, start)


def _next_content_index(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if not _is_blank(lines[index]):
            return index
    return None


def _outlook_header_at(lines: list[str], start: int) -> bool:
    """A "From:" line followed closely by a date line and a To/Subject line."""
    if not _HEADER_FROM.match(lines[start].strip()):
        return False
    window = [line.strip() for line in lines[start + 1 : start + 1 + _OUTLOOK_HEADER_WINDOW]]
    has_date = any(_HEADER_DATE.match(line) for line in window)
    has_recipient = any(_HEADER_TO.match(line) for line in window)
    return has_date and has_recipient


def _attribution_end(lines: list[str], start: int) -> int | None:
    """Match "On <date>, <name> wrote:" and its translations, possibly wrapped."""
    if not re.match(r"^(on|am|le|el)\b", lines[start].strip(), re.IGNORECASE):
        return None
    joined = ""
    for offset in range(_ATTRIBUTION_MAX_LINES):
        index = start + offset
        if index >= len(lines) or (offset and _is_blank(lines[index])):
            return None
        joined = f"{joined} {lines[index].strip()}".strip()
        if len(joined) > _ATTRIBUTION_MAX_CHARS:
            return None
        if any(p.match(joined) for p in _ATTRIBUTION_PATTERNS) and _ATTRIBUTION_EVIDENCE.search(joined):
            return index + 1
    return None


def _mark_signature(lines: list[str], parts: list[_Part]) -> None:
    """Mark the signature inside the last stretch of new text, if one is clearly there."""
    run = _last_new_run(lines, parts)
    if not run:
        return
    start = _signature_start(lines, parts, run)
    if start is None:
        return
    for index in run:
        if index >= start:
            parts[index] = _Part.SIGNATURE


def _last_new_run(lines: list[str], parts: list[_Part]) -> list[int]:
    """Indexes of the last run of new lines (blank lines included) that holds text."""
    runs: list[list[int]] = [[]]
    for index, part in enumerate(parts):
        if part is _Part.NEW:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    for run in reversed(runs):
        if any(not _is_blank(lines[index]) for index in run):
            return run
    return []


def _signature_start(lines: list[str], parts: list[_Part], run: list[int]) -> int | None:
    for position, index in enumerate(run):
        line = lines[index].strip()
        rest = [lines[i].strip() for i in run[position + 1 :] if not _is_blank(lines[i])]
        if lines[index] == _SIGNATURE_DELIMITER:
            if len(rest) <= _DELIMITED_SIGNATURE_MAX_LINES:
                return index
        elif lines[index].rstrip() == _BARE_DELIMITER:
            if len(rest) <= _BARE_DELIMITED_MAX_LINES:
                return index
        elif _MOBILE_FOOTER.match(line):
            if len(rest) <= _MOBILE_FOOTER_MAX_LINES:
                return index
        elif _is_closing(line) and _has_new_text_before(lines, parts, index):
            if _is_sign_off_block(rest):
                return index
    return None


def _has_new_text_before(lines: list[str], parts: list[_Part], index: int) -> bool:
    return any(
        part is _Part.NEW and not _is_blank(line)
        for line, part in zip(lines[:index], parts[:index])
    )


def _is_closing(line: str) -> bool:
    return line.rstrip(",.!;: ").strip().casefold() in _CLOSINGS


def _is_sign_off_block(rest: list[str]) -> bool:
    """A name, then short title/company/contact lines: nothing that reads like a sentence."""
    if not rest:
        return True
    if len(rest) > _SIGN_OFF_MAX_LINES or not _looks_like_name(rest[0]):
        return False
    return all(_looks_like_signature_line(line) for line in rest[1:])


def _looks_like_name(line: str) -> bool:
    words = line.split()
    if not words or len(words) > _NAME_MAX_WORDS or line.endswith((".", "?", "!", ":")):
        return False
    return all(_is_name_word(word) for word in words)


def _is_name_word(word: str) -> bool:
    if word.casefold() in _NAME_PARTICLES:
        return True
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and letters[0].isupper()


def _looks_like_signature_line(line: str) -> bool:
    if _POSTSCRIPT.match(line) or line.endswith("?"):
        return False
    words = len(line.split())
    if line.endswith((".", "!")) and words >= _PROSE_MIN_WORDS:
        return False
    return len(line) <= _SIGNATURE_LINE_MAX_CHARS and words <= _SIGNATURE_LINE_MAX_WORDS
