"""Plain text copied from a profile page, in English or German, into a :class:`Profile`.

What people paste is the page as the browser renders it: the name, the headline, then sections
under headings ("About", "Experience", "Skills" / "Info", "Berufserfahrung", "Kenntnisse").
The parser is lenient on purpose: headings are recognised with or without a colon, in any case,
and as ``Label: value`` lines ("Headline: CFO at Acme"); sections it does not use (education,
languages, recommendations...) are skipped; text before the first heading is name and headline.
It never raises: the worst input gives an empty profile, which the caller reports.

Experience entries are found by their date line ("Jan 2021 - Present · 3 yrs", "03/2019 – heute"):
the one or two lines above it are title and company; lines below it, up to the next entry, are
its description. Without date lines, each line "Title at Company" / "Titel bei Firma" is a position.
"""

from __future__ import annotations

import re

from ..model import Position, Profile

_SECTIONS: dict[str, tuple[str, ...]] = {
    "headline": ("headline", "title", "tagline", "titel", "überschrift"),
    "summary": ("about", "summary", "info", "infos", "about me", "über mich", "zusammenfassung", "profil", "bio"),
    "positions": ("experience", "work experience", "berufserfahrung", "erfahrung", "positions", "berufliche erfahrung"),
    "skills": ("skills", "top skills", "kenntnisse", "top-kenntnisse", "fähigkeiten", "fertigkeiten", "skills & endorsements"),
    "services": ("services", "dienstleistungen", "leistungen", "angebot"),
    "industry": ("industry", "branche"),
    "location": ("location", "standort", "ort"),
    "name": ("name",),
    "ignored": (
        "education", "ausbildung", "licenses & certifications", "lizenzen und zertifizierungen", "certifications",
        "zertifizierungen", "languages", "sprachen", "interests", "interessen", "recommendations", "empfehlungen",
        "activity", "aktivitäten", "featured", "im fokus", "volunteering", "ehrenamt", "projects", "projekte",
        "honors & awards", "auszeichnungen", "publications", "publikationen", "courses", "kurse", "contact info",
        "kontaktinfo", "people also viewed", "andere profile", "causes",
    ),
}
HEADINGS = {alias: section for section, aliases in _SECTIONS.items() for alias in aliases}
_LABELLED = re.compile(r"^\s*([^\W\d][\w &.-]{1,30}?)\s*:\s*(.*)$")
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|maerz|mär|mai|juni|juli|okt|"
    r"oktober|dez|dezember|january|february|march|april|june|july|august|september|october|november|december)\.?"
)
_WHEN = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}[./]\d{{4}}|\d{{4}})"
ONGOING = r"(?:present|heute|today|now|jetzt|aktuell|current|currently|bis heute|ongoing)"
_DATE_LINE = re.compile(rf"^\s*(?P<start>{_WHEN})\s*(?:[-–—]|to|bis)\s*(?P<end>{_WHEN}|{ONGOING})\b", re.IGNORECASE)
_ONGOING = re.compile(rf"^\s*{ONGOING}\s*$", re.IGNORECASE)
_TITLE_AT = re.compile(r"^(?P<title>.+?)\s+(?:at|bei|@|[|·•–—-])\s+(?P<company>.+)$", re.IGNORECASE)
# "Acme GmbH · Full-time": the employment type after a middle dot is not part of the name.
_COMPANY_SUFFIX = re.compile(r"\s*[·•|]\s*.*$")
_SKILL_SPLIT = re.compile(r"\s*(?:[,;|•·]|\s-\s)\s*")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*$")
_ENDORSEMENTS = re.compile(r"^\s*(?:\d+\s+)?(?:endorsements?|bestätigungen|empfehlungen)\b", re.IGNORECASE)


def is_ongoing(end: str) -> bool:
    """Whether a position's end date means it is still held ("Present", "heute")."""
    return bool(_ONGOING.match(end))


def parse_profile_text(text: str) -> Profile:
    """The profile described by ``text``; fields the text does not show stay empty."""
    sections: dict[str, list[str]] = {}
    preamble: list[str] = []
    current: str | None = None
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.strip()
        heading = HEADINGS.get(line.rstrip(":").strip().lower()) if len(line) <= 40 else None
        if heading:
            current = heading
            continue
        labelled = _LABELLED.match(line)
        if labelled and labelled.group(1).strip().lower() in HEADINGS:
            current = HEADINGS[labelled.group(1).strip().lower()]
            line = labelled.group(2).strip()
        (sections.setdefault(current, []) if current else preamble).append(line)
    return _build(preamble, sections)


def _build(preamble: list[str], sections: dict[str, list[str]]) -> Profile:
    profile = Profile()
    filled = [line for line in preamble if line]
    name = _joined(sections.get("name", []))
    if not name and filled and _looks_like_name(filled[0]):
        name = filled.pop(0)
    profile.first_name, _, last = name.partition(" ")
    profile.last_name = last.strip()
    profile.headline = _joined(sections.get("headline", [])) or (filled.pop(0) if filled else "")
    about = _paragraphs(sections.get("summary", []))
    # Untitled text after the headline (a pasted bio without an "About" heading) is the summary.
    profile.summary = about or _paragraphs(filled)
    profile.industry = _joined(sections.get("industry", []))
    profile.location = _joined(sections.get("location", []))
    profile.positions = _positions([line for line in sections.get("positions", [])])
    profile.skills = _items(sections.get("skills", []))
    profile.services = _items(sections.get("services", []))
    return profile


def _looks_like_name(line: str) -> bool:
    parts = line.split()
    return 2 <= len(parts) <= 4 and all(_NAME_WORD.match(part) for part in parts) and len(line) <= 60


def _joined(lines: list[str]) -> str:
    return " ".join(line for line in lines if line).strip()


def _paragraphs(lines: list[str]) -> str:
    """Lines joined, blank lines kept as paragraph breaks."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _items(lines: list[str]) -> list[str]:
    """Skills or services: one per line or separated by commas / bullets; endorsement counts dropped."""
    items: dict[str, str] = {}
    for line in lines:
        if not line or _ENDORSEMENTS.match(line):
            continue
        for part in _SKILL_SPLIT.split(line):
            part = part.strip(" -*")
            if part:
                items.setdefault(part.lower(), part)
    return list(items.values())


def _positions(lines: list[str]) -> list[Position]:
    dated = [index for index, line in enumerate(lines) if _DATE_LINE.match(line)]
    if not dated:
        return [position for line in lines if line and (position := _one_line_position(line))]
    positions: list[Position] = []
    taken = 0
    for number, index in enumerate(dated):
        header = [line for line in lines[taken:index] if line]
        # Lines before this header that were not used belong to the previous entry's description.
        title_lines = header[-2:]
        if positions and len(header) > 2:
            positions[-1].description = _paragraphs([positions[-1].description, *header[:-2]])
        next_index = dated[number + 1] if number + 1 < len(dated) else len(lines)
        body = lines[index + 1 : next_index]
        # The next entry's one or two header lines sit at the end of this body.
        following_header = _trailing_header(body) if number + 1 < len(dated) else 0
        description = body[: len(body) - following_header]
        positions.append(_dated_position(title_lines, lines[index], description))
        taken = index + 1 + len(description)
    return positions


def _trailing_header(body: list[str]) -> int:
    """How many of the last lines of ``body`` are the next entry's title and company (1 or 2)."""
    filled = [index for index, line in enumerate(body) if line]
    if not filled:
        return len(body)
    last = filled[-1]
    # Two short lines directly above a date line: title and company; one: "Title at Company".
    if len(filled) >= 2 and filled[-2] == last - 1 and len(body[last - 1]) <= 80 and len(body[last]) <= 80:
        return len(body) - (last - 1)
    return len(body) - last


def _dated_position(title_lines: list[str], date_line: str, description: list[str]) -> Position:
    match = _DATE_LINE.match(date_line)
    assert match is not None  # only called for date lines
    end = match.group("end")
    if len(title_lines) == 2:
        title, company = title_lines[0], _COMPANY_SUFFIX.sub("", title_lines[1])
    elif title_lines:
        split = _one_line_position(title_lines[0])
        title, company = (split.title, split.company) if split else (title_lines[0], "")
    else:
        title, company = "", ""
    return Position(
        company=company.strip(),
        title=title.strip(),
        description=_paragraphs(description),
        started_on=match.group("start"),
        finished_on="" if is_ongoing(end) else end,
    )


def _one_line_position(line: str) -> Position | None:
    match = _TITLE_AT.match(line)
    if match is None:
        return None
    return Position(company=_COMPANY_SUFFIX.sub("", match.group("company")).strip(), title=match.group("title").strip())
