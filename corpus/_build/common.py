"""Shared writer for the personas of corpus/dev2, dev3 and dev4 (written blind in session 2):
turns hand-written conversations into LinkedIn export files
(messages.csv in the 2018, 2021, 2023, 2024 or 2026 layout, plus Profile, Positions,
Skills, Connections, Invitations) and labels.csv.

The 2018 layout has no conversation id: LinkedIn's readers key such a thread by its
participants' names and its subject without Re:/Fwd:, so labels.csv carries the id
computed the same way, and every (partner, subject) pair must be unique.

Each persona script builds an :class:`Export`, declares people and conversations
(all message texts are written by hand in the persona script) and calls ``write``.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

LAYOUTS = {
    "2018": ["From", "To", "Date", "Subject", "Content", "Direction", "Folder"],
    "2021": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "DATE", "SUBJECT", "CONTENT", "FOLDER"],
    "2023": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
    "2024": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
             "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
    "2026": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
             "IS MESSAGE DRAFT"],
}
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv)\s*:\s*)+", re.IGNORECASE)
LABELS = {"genuine", "wanted_pitch", "junk"}
LANGUAGES = {"de", "en", "mixed"}


def slugify(name: str) -> str:
    folded = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in folded).split())


@dataclass
class Person:
    key: str
    name: str
    url: str
    company: str = ""
    position: str = ""
    connected: str | None = None  # "YYYY-MM-DD"
    invite: tuple[str, str, str] | None = None  # (IN|OUT, "YYYY-MM-DD HH:MM", message)
    email: str = ""


@dataclass
class Conversation:
    cid: str
    label: str
    category: str
    language: str
    note: str
    messages: list[tuple[str, str, str]]  # (person key | "me" | "sys", "YYYY-MM-DD HH:MM[:SS]", text)
    folder: str = "INBOX"
    title: str = ""
    subject: str = ""
    extra: list[str] = field(default_factory=list)  # silent participants of a group
    attachments: dict[int, str] = field(default_factory=dict)
    drafts: set[int] = field(default_factory=set)  # message indexes left as unsent drafts (2024)


class Export:
    def __init__(self, slug: str, layout: str, owner: Person) -> None:
        self.slug, self.layout, self.owner = slug, layout, owner
        self.people: dict[str, Person] = {"me": owner}
        self.conversations: list[Conversation] = []

    def person(self, key: str, name: str, company: str = "", position: str = "", *,
               connected: str | None = None, invite: tuple[str, str, str] | None = None,
               url: str | None = None, email: str = "") -> Person:
        if key in self.people:
            raise ValueError(f"duplicate person key {key}")
        if url is None:
            suffix = hashlib.sha1(f"{self.slug}{key}".encode()).hexdigest()[:6]
            url = f"https://www.linkedin.com/in/{slugify(name)}-{suffix}"
        found = Person(key, name, url, company, position, connected, invite, email)
        self.people[key] = found
        return found

    def conv(self, label: str, category: str, language: str, note: str,
             messages: list[tuple[str, str, str]], **options: object) -> Conversation:
        if label not in LABELS or language not in LANGUAGES:
            raise ValueError(f"bad label/language in {note}")
        number = len(self.conversations) + 1
        digest = hashlib.sha1(f"{self.slug}-{number}".encode()).hexdigest()
        cid = "2-" + digest[:22].upper().replace("A", "a").replace("E", "e")
        found = Conversation(cid, label, category, language, note, messages, **options)  # type: ignore[arg-type]
        for who, when, _ in messages:
            if who not in self.people and who != "sys":
                raise ValueError(f"unknown sender {who} in {note}")
            datetime.fromisoformat(when)
        if self.layout == "2018":
            found.cid = self._thread_key_2018(found)
            if any(c.cid == found.cid for c in self.conversations):
                raise ValueError(f"2018 thread key collides (same partner and subject): {note}")
        self.conversations.append(found)
        return found

    def _thread_key_2018(self, conversation: Conversation) -> str:
        """The id a reader derives for a 2018 thread: names plus subject without Re:."""
        names = sorted({p.name.lower() for p in self._participants(conversation)})
        subject = " ".join(_SUBJECT_PREFIX.sub("", conversation.subject).split()).lower()
        joined = "\x1f".join([*names, subject]).encode("utf-8")
        return "li-" + hashlib.sha1(joined).hexdigest()[:16]

    # ------------------------------------------------------------------ writing

    def _participants(self, conversation: Conversation) -> list[Person]:
        keys: list[str] = []
        for who, _, _ in conversation.messages:
            if who not in ("sys", "me") and who not in keys:
                keys.append(who)
        keys += [key for key in conversation.extra if key not in keys]
        return [self.owner] + [self.people[key] for key in keys]

    def _message_rows(self) -> list[list[str]]:
        def last_date(conversation: Conversation) -> str:
            return max(when for _, when, _ in conversation.messages)

        rows: list[list[str]] = []
        for conversation in sorted(self.conversations, key=last_date, reverse=True):
            participants = self._participants(conversation)
            ordered = sorted(enumerate(conversation.messages), key=lambda m: m[1][1], reverse=True)
            for index, (who, when, text) in ordered:
                moment = self._format_date(datetime.fromisoformat(when))
                if who == "sys":
                    sender, others = None, []
                else:
                    sender = self.people[who]
                    others = [p for p in participants if p.key != sender.key]
                subject = conversation.subject if index == 0 else ""
                if self.layout == "2018" and conversation.subject:
                    # 2018 rows repeat the subject on every message, replies as "Re: ...".
                    subject = conversation.subject if index == 0 else f"Re: {conversation.subject}"
                outgoing = sender is not None and sender.key == "me"
                record = {
                    "CONVERSATION ID": conversation.cid,
                    "CONVERSATION TITLE": conversation.title,
                    "FROM": sender.name if sender else "",
                    "SENDER PROFILE URL": sender.url if sender else "",
                    "TO": ", ".join(p.name for p in others),
                    "RECIPIENT PROFILE URLS": ",".join(p.url for p in others),
                    "DATE": moment,
                    "SUBJECT": subject,
                    "CONTENT": text,
                    "FOLDER": conversation.folder,
                    "ATTACHMENTS": conversation.attachments.get(index, ""),
                    "IS MESSAGE DRAFT": "Yes" if index in conversation.drafts else "No",
                    "IS CONVERSATION DRAFT": "No",
                    "From": sender.name if sender else "",
                    "To": ", ".join(p.name for p in others),
                    "Date": moment,
                    "Subject": subject,
                    "Content": text,
                    "Direction": "OUTGOING" if outgoing else "INCOMING",
                    "Folder": "SENT" if outgoing else conversation.folder,
                }
                rows.append([record[column] for column in LAYOUTS[self.layout]])
        return rows

    def _format_date(self, moment: datetime) -> str:
        if self.layout == "2018":
            hour = moment.strftime("%I").lstrip("0")
            return f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M %p}"
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")

    def write(self, out: Path, profile: dict[str, str], positions: list[dict[str, str]],
              skills: list[str]) -> None:
        out.mkdir(parents=True, exist_ok=True)
        quoting = csv.QUOTE_ALL if self.layout == "2026" else csv.QUOTE_MINIMAL
        with (out / "messages.csv").open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, quoting=quoting, lineterminator="\n")
            writer.writerow(LAYOUTS[self.layout])
            writer.writerows(self._message_rows())
        self._write_table(out / "Profile.csv", ["First Name", "Last Name", "Maiden Name", "Address",
                          "Birth Date", "Headline", "Summary", "Industry", "Zip Code",
                          "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
                          [profile])
        self._write_table(out / "Positions.csv", ["Company Name", "Title", "Description",
                          "Location", "Started On", "Finished On"], positions)
        self._write_table(out / "Skills.csv", ["Name"], [{"Name": s} for s in skills])
        self._write_connections(out / "Connections.csv")
        self._write_invitations(out / "Invitations.csv")
        self._write_labels(out / "labels.csv")

    @staticmethod
    def _write_table(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.DictWriter(stream, columns, lineterminator="\n", restval="")
            writer.writeheader()
            writer.writerows(rows)

    def _write_connections(self, path: Path) -> None:
        connected = sorted((p for p in self.people.values() if p.connected),
                           key=lambda p: p.connected or "", reverse=True)
        with path.open("w", newline="", encoding="utf-8") as stream:
            stream.write("Notes:\n\"When exporting your connection data, you may notice that some of "
                         "the email addresses are missing. You will only see email addresses for "
                         "connections who have allowed their connections to see or download their "
                         "email address.\"\n\n")
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                             "Position", "Connected On"])
            for p in connected:
                first, _, last = p.name.partition(" ")
                day = datetime.fromisoformat(p.connected or "").strftime("%d %b %Y")
                writer.writerow([first, last, p.url, p.email, p.company, p.position, day])

    def _write_invitations(self, path: Path) -> None:
        invited = sorted((p for p in self.people.values() if p.invite),
                         key=lambda p: p.invite[1] if p.invite else "", reverse=True)
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(["From", "To", "Sent At", "Message", "Direction",
                             "inviterProfileUrl", "inviteeProfileUrl"])
            for p in invited:
                direction, when, note = p.invite  # type: ignore[misc]
                moment = datetime.fromisoformat(when)
                hour = moment.strftime("%I").lstrip("0")
                sent = f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M %p}"
                if direction == "IN":
                    writer.writerow([p.name, self.owner.name, sent, note, "INCOMING", p.url,
                                     self.owner.url])
                else:
                    writer.writerow([self.owner.name, p.name, sent, note, "OUTGOING",
                                     self.owner.url, p.url])

    def _write_labels(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(["conversation_id", "label", "category", "language", "note"])
            for c in self.conversations:
                writer.writerow([c.cid, c.label, c.category, c.language, c.note])

    def summary(self) -> str:
        from collections import Counter
        labels = Counter(c.label for c in self.conversations)
        languages = Counter(c.language for c in self.conversations)
        folders = Counter(c.folder for c in self.conversations)
        return (f"{self.slug}: {len(self.conversations)} conversations, "
                f"{sum(len(c.messages) for c in self.conversations)} messages; {dict(labels)}; "
                f"{dict(languages)}; {dict(folders)}")
