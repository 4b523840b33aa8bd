"""Who the draft is for: a recipient :class:`~unpitch.model.Profile` from what the sender has.

Three inputs, picked by what the path is:

- a LinkedIn data export of the recipient (zip or unpacked folder, with or without messages.csv,
  or one of its profile CSVs such as ``Profile.csv``): read with the LinkedIn reader's own
  profile tables, so every export vintage it knows works here too;
- a JSON profile (``.json``, or any file whose text starts with ``{``): the fields of ``Profile``,
  with common spellings accepted (``firstName``, ``about``, ``experience``...);
- anything else is plain text copied from a profile page (see :mod:`.profile_text`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..model import Position, Profile
from ..sources.archive import ExportEntry, ExportTree, is_zip, open_export
from ..sources.linkedin import read_profile
from .profile_text import is_ongoing, parse_profile_text

#: The export files that describe a person (any one of them makes a folder a profile export).
PROFILE_FILES = ("Profile.csv", "Positions.csv", "Skills.csv", "Providers.csv", "Email Addresses.csv")
_MAX_TEXT_BYTES = 2 << 20


def load_recipient(path: Path) -> Profile:
    """The recipient's profile from an export, a JSON profile or pasted profile text.

    Raises :class:`InputError` naming the file when nothing usable is in it.
    """
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    if path.is_dir() or is_zip(path):
        return _from_export(path)
    if path.suffix.lower() == ".csv":
        return _from_profile_csv(path)
    text = _read_text(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return profile_from_json(_parse_json(text, path), str(path))
    profile = parse_profile_text(text)
    _require_content(profile, str(path), "no profile text found (expected a headline, about or experience)")
    return profile


def _from_export(path: Path) -> Profile:
    with open_export(path) as tree:
        if not any(tree.find(name) for name in PROFILE_FILES):
            raise InputError(str(path), "no Profile.csv, Positions.csv or Skills.csv found in this export")
        profile = read_profile(tree, list(tree.warnings))
    _require_content(profile, str(path), "the profile files hold no name, headline, summary or positions")
    return profile


class _ProfileFileTree(ExportTree):
    """One bare profile CSV, found under its own name (the generic single-file tree would
    present it as messages.csv)."""

    def __init__(self, path: Path) -> None:
        super().__init__(source=str(path))
        self._add(ExportEntry(path.name, str(path), 0))

    def open(self, entry: ExportEntry) -> BinaryIO:
        try:
            return open(entry.display, "rb")  # noqa: SIM115 - the caller closes it
        except OSError as exc:
            raise InputError(entry.display, f"cannot read ({exc.strerror or exc})") from None


def _from_profile_csv(path: Path) -> Profile:
    if path.name.lower() not in {name.lower() for name in PROFILE_FILES}:
        raise InputError(str(path), f"not a LinkedIn profile file (expected one of {', '.join(PROFILE_FILES)})")
    with _ProfileFileTree(path) as tree:
        profile = read_profile(tree, [])
    _require_content(profile, str(path), "no usable profile row")
    return profile


def _read_text(path: Path) -> str:
    if path.stat().st_size > _MAX_TEXT_BYTES:
        raise InputError(str(path), f"larger than {_MAX_TEXT_BYTES // (1 << 20)} MB; not a profile")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc.msg})", row=exc.lineno) from None


def _require_content(profile: Profile, source: str, problem: str) -> None:
    if not (profile.name or profile.headline or profile.summary or profile.positions or profile.skills):
        raise InputError(source, problem)


# --------------------------------------------------------------------------- JSON profiles

# Accepted spellings, compared after lower-casing and dropping "_", "-" and spaces.
_KEYS = {
    "first_name": ("firstname", "givenname", "vorname"),
    "last_name": ("lastname", "familyname", "surname", "nachname"),
    "name": ("name", "fullname"),
    "url": ("url", "profileurl", "linkedin", "linkedinurl", "publicprofileurl"),
    "headline": ("headline", "title", "tagline"),
    "summary": ("summary", "about", "bio", "info", "infos", "ueber", "übermich", "uebermich"),
    "industry": ("industry", "branche"),
    "location": ("location", "geolocation", "city", "ort", "standort"),
    "positions": ("positions", "experience", "experiences", "jobs", "berufserfahrung", "erfahrung"),
    "skills": ("skills", "topskills", "kenntnisse"),
    "services": ("services", "dienstleistungen", "leistungen", "offer", "offers"),
    "emails": ("emails", "email"),
}
_POSITION_KEYS = {
    "company": ("company", "companyname", "organization", "organisation", "employer", "firma", "unternehmen"),
    "title": ("title", "role", "position", "jobtitle", "titel"),
    "description": ("description", "summary", "about", "beschreibung"),
    "location": ("location", "ort"),
    "started_on": ("startedon", "start", "startdate", "from", "since", "von", "seit"),
    "finished_on": ("finishedon", "end", "enddate", "to", "until", "bis"),
}


def _normalized(data: dict[str, Any]) -> dict[str, Any]:
    return {str(key).lower().replace("_", "").replace("-", "").replace(" ", ""): value for key, value in data.items()}


def _pick(data: dict[str, Any], names: tuple[str, ...]) -> Any:
    return next((data[name] for name in names if data.get(name) not in (None, "", [])), None)


def _text(value: Any, field: str, source: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    raise InputError(source, f"'{field}' must be text, not {type(value).__name__}")


def _texts(value: Any, field: str, source: str) -> list[str]:
    """A list of strings; also accepts one comma-separated string or objects with a name."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        raise InputError(source, f"'{field}' must be a list")
    items = []
    for item in value:
        if isinstance(item, dict):
            item = _pick(_normalized(item), ("name", "title", "skill", "service"))
        text = _text(item, field, source)
        if text:
            items.append(text)
    return items


def profile_from_json(data: Any, source: str = "<json>") -> Profile:
    """A :class:`Profile` from a decoded JSON object; raises :class:`InputError` naming ``source``."""
    if not isinstance(data, dict):
        raise InputError(source, "a JSON profile must be an object ({...})")
    fields = _normalized(data)
    values = {key: _pick(fields, names) for key, names in _KEYS.items()}
    first, last = _text(values["first_name"], "first_name", source), _text(values["last_name"], "last_name", source)
    if not first and not last and values["name"]:
        first, _, last = _text(values["name"], "name", source).partition(" ")
    profile = Profile(
        first_name=first,
        last_name=last.strip(),
        url=_text(values["url"], "url", source),
        emails=_texts(values["emails"], "emails", source),
        headline=_text(values["headline"], "headline", source),
        summary=_text(values["summary"], "summary", source),
        industry=_text(values["industry"], "industry", source),
        location=_text(values["location"], "location", source),
        positions=_positions(values["positions"], source),
        skills=_texts(values["skills"], "skills", source),
        services=_texts(values["services"], "services", source),
    )
    _require_content(profile, source, "the JSON profile has no name, headline, summary, positions or skills")
    return profile


def _positions(value: Any, source: str) -> list[Position]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(source, "'positions' must be a list of objects")
    positions = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise InputError(source, f"position {index} must be an object with company and title")
        fields = _normalized(item)
        values = {key: _text(_pick(fields, names), key, source) for key, names in _POSITION_KEYS.items()}
        if is_ongoing(values["finished_on"]):
            values["finished_on"] = ""
        if values["company"] or values["title"]:
            positions.append(Position(**values))
    return positions
