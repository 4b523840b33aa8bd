"""Turn message bodies that may hold HTML into clean plain text.

LinkedIn writes some CONTENT as HTML (``<p>``, ``<br>``, ``&nbsp;``, ``&amp;``), and
email bodies are often HTML only. Signals want the words a person reads, so:

- block tags (``p``, ``div``, ``br``, ``li``, headings, table rows, ...) become line breaks;
- every other tag is dropped, and ``script`` / ``style`` / ``head`` content with it;
- entities are decoded and non-breaking spaces become plain spaces;
- a link keeps its text and, when the text does not already show it, its address
  in brackets (``Book a call (https://cal.example/x)``), because where a link points
  is evidence a detector may quote;
- whitespace is tidied: spaces collapsed within a line, lines stripped, at most one
  blank line in a row.

Line breaks already in the source are kept: exports mix real newlines with tags.
"""

from __future__ import annotations

import html
import re

__all__ = ["html_to_text", "tidy_whitespace"]

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A '<' that opens a tag, comment or declaration; "a < b" or "<3" is plain text.
_TAG_START = re.compile(r"<[A-Za-z/!?]")


_ATTRIBUTES = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
# One pass over the markup, longest constructs first. Quoted attribute values may
# hold '>' and are skipped as a whole; hidden elements go with their content.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|head|title|template|noscript)\b" + _ATTRIBUTES + r">.*?(?:</\1\s*>|\Z)"
    r"|<a\b(" + _ATTRIBUTES + r")>(.*?)</a\s*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)" + _ATTRIBUTES + r">"
    r"|<[!?][^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def _link_text(attributes: str, inner: str) -> str:
    """A link's text, with its address in brackets when the text does not show it."""
    shown = _MARKUP.sub(_replace_markup, inner)
    found = _HREF.search(attributes)
    address = html.unescape(next(filter(None, found.groups()), "")) if found else ""
    if not address.lower().startswith(_LINK_SCHEMES):
        return shown
    address = address.removeprefix("mailto:").removeprefix("MAILTO:")
    if address in html.unescape(shown):
        return shown
    # Escaped because the whole text is unescaped once at the end.
    escaped = html.escape(address, quote=False)
    return f"{shown} ({escaped})" if shown.strip() else escaped


def _replace_markup(match: re.Match[str]) -> str:
    link_attributes = match.group(2)
    if link_attributes is not None:
        return _link_text(link_attributes, match.group(3))
    tag = match.group(5)
    if tag is not None and tag.lower() in _BLOCK_TAGS:
        return "\n"
    return ""


def tidy_whitespace(text: str) -> str:
    """Collapse spaces within lines, strip lines, keep at most one blank line in a row."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.split() without arguments splits on every Unicode space, NBSP included.
    lines = (" ".join(line.split()) for line in unified.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(raw: str) -> str:
    """Clean text of a message body that may contain HTML tags and entities.

    Plain text (no ``<`` and no ``&``) is only stripped (and its line ends unified), so
    the common case costs next to nothing.
    """
    if "<" not in raw and "&" not in raw:
        if "\r" in raw:  # Windows line ends, as CSV exports write them
            return raw.replace("\r\n", "\n").replace("\r", "\n").strip()
        return raw.strip()
    if _TAG_START.search(raw) is None:
        return tidy_whitespace(html.unescape(raw))
    text = html.unescape(_MARKUP.sub(_replace_markup, raw))
    return tidy_whitespace(text)
