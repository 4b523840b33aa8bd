"""Write a synthetic LinkedIn data export of N message rows, for benchmarks.

    python bench/generate_export.py OUT_DIR --rows 100000 --layout 2026 --seed 1

The output is a folder shaped like an unpacked LinkedIn export: ``messages.csv``
(newest first, in the 2024 or 2026 header layout), ``Profile.csv``,
``Connections.csv`` (with the notes preamble) and ``Invitations.csv``.
The same seed always gives byte-identical files. Message texts are recombined
from the small phrase sets below; they exercise the reader (HTML, line breaks,
quotes, umlauts) rather than any detector.
"""

from __future__ import annotations

import argparse
import csv
import random
import string
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

LAYOUT_HEADERS: dict[str, list[str]] = {
    "2024": [
        "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
        "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
        "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT",
    ],
    "2026": [
        "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
        "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
        "ATTACHMENTS", "IS MESSAGE DRAFT",
    ],
}
# The 2026 export quotes every field; the 2024 one only where needed.
LAYOUT_QUOTING: dict[str, int] = {"2024": csv.QUOTE_MINIMAL, "2026": csv.QUOTE_ALL}

PROFILE_HEADER = [
    "First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
    "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers",
]
CONNECTIONS_HEADER = [
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
]
CONNECTIONS_PREAMBLE = [
    "Notes:",
    "Some email addresses may be blank: a member's address is only included when that "
    "member has chosen to let their connections download it.",
    "",
]
INVITATIONS_HEADER = [
    "From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl",
]

OWNER_FIRST, OWNER_LAST = "Greta", "Benchmann"
OWNER_URL = "https://www.linkedin.com/in/greta-benchmann-7f3a1c"

FIRST_NAMES = (
    "Anna Lukas Sofia Jonas Mia Felix Lea Paul Emma Leon Hannah Noah Clara Elias Lena Ben "
    "Marie Finn Amelie Jan Priya Arjun Sanne Daan Chloé Hugo Giulia Marco Aoife Ciarán "
    "Zeynep Emre Olga Piotr Ines Tomás Yuki Kenji Amara Kwame Fatima Omar Nora Lars"
).split()
LAST_NAMES = (
    "Albers Brinkmann Dreßler Eckhardt Förster Gärtner Hollmann Imhof Jäger Kessler Lorenz "
    "Möller Nowak Oberländer Pfeiffer Quast Röhrig Schäfer Thiel Uhlig Vogt Weißbach Zander "
    "Okafor Bakker Rossi Dubois Kowalski Yilmaz Petrov Murphy Tanaka Sharma García Lindqvist"
).split()
COMPANIES = (
    "Rheinblick Consulting|Nordlicht Software|Werkhaus Studio|Kranzberg Logistik|Altstadt Media|"
    "Lindenhof Foods|Brückner & Söhne|Blaufeld Analytics|Quellwerk Energie|Hafenkante Design"
).split("|")
POSITIONS = (
    "Head of Marketing|Founder|Sales Manager|Geschäftsführerin|Brand Manager|Account Executive|"
    "Business Development|Recruiter|Consultant|Designerin"
).split("|")

GREETINGS = (
    "Hi {name},", "Hallo {name},", "Hey {name}!", "Guten Tag {name},", "Dear {name},",
    "Hi {name} 👋", "Moin {name},", "Liebe {name},",
)
BODIES = (
    "thanks for the quick reply yesterday.",
    "danke für das Gespräch heute – hat mir sehr geholfen.",
    "I had a look at the draft & left a few comments.",
    "können wir den Termin am Donnerstag auf 14 Uhr verschieben?",
    "we are planning a rebrand next quarter and I'd love your view on it.",
    "das Angebot passt so, ich gebe es morgen intern frei.",
    "our team enjoyed the workshop, the \"positioning canvas\" is on our wall now.",
    "I help consultants like you win 10+ new clients per month, no ads needed.",
    "hätten Sie Kapazitäten für ein neues Projekt ab März?",
    "quick question: do you still have the slides from the meetup?",
    "the invoice for October is attached, payment terms as usual.",
    "ich bin nächste Woche in Köln, Lust auf einen Kaffee?",
    "saw your post about naming workshops, great points on tone of voice.",
    "would you be open to a 15-minute call this week?",
    "Grüße aus Wien – wir melden uns nach den Feiertagen wieder.",
    "just bumping this up in case it got buried.",
)
HTML_BODIES = (
    "<p>Here is the agenda for Tuesday:</p>"
    "<p>1. Recap &amp; goals<br>2. Interviews<br>3. Next steps</p>",
    "<p>Danke für Ihre Nachricht!</p>"
    "<p>Ich melde mich <b>bis Freitag</b> mit einem Vorschlag.</p>",
    "<p>Link to the board: <a href=\"https://example.org/board/42\">board</a> &amp; notes</p>",
)
CLOSINGS = (
    "Best,\n{me}", "Viele Grüße\n{me}", "Cheers, {me}", "LG {me}", "Thanks!",
    "Beste Grüße aus Köln", "", "Talk soon", "Schönes Wochenende!",
)
INVITATION_NOTES = ("", "", "Hi, I'd love to connect!", "Hallo, gerne vernetzen wir uns.")
ATTACHMENT_NAMES = ("Angebot_2025.pdf", "brief_v3.docx", "moodboard.png", "invoice-0412.pdf")

FOLDERS = ("INBOX",) * 17 + ("ARCHIVE", "ARCHIVE", "SPAM")
# Conversation sizes: most threads are short, a tail runs long (up to 30 rows).
SIZE_CHOICES = tuple(range(1, 31))
SIZE_WEIGHTS = tuple(
    40 if n == 1 else 30 if n == 2 else 20 if n <= 4 else 6 if n <= 10 else 1 for n in SIZE_CHOICES
)

EXPORT_END = datetime(2026, 2, 1, 18, 0, 0, tzinfo=timezone.utc)
SPAN_SECONDS = 3 * 365 * 24 * 3600
ID_ALPHABET = string.ascii_letters + string.digits + "+/"
# Vanity URLs are ASCII: transliterate the accented letters used in the name lists.
ASCII_SLUG = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "á": "a"})


@dataclass(frozen=True, slots=True)
class Member:
    first: str
    last: str
    url: str
    company: str
    position: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


OWNER = Member(OWNER_FIRST, OWNER_LAST, OWNER_URL, "Benchmann Brand Studio", "Brand Strategist")


def make_members(rng: random.Random, count: int) -> list[Member]:
    """Senders with distinct profile URLs (a random suffix, like LinkedIn's vanity URLs)."""
    members = []
    for index in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        slug = f"{first}-{last}".lower().translate(ASCII_SLUG)
        url = f"https://www.linkedin.com/in/{slug}-{index:x}{rng.getrandbits(20):05x}"
        members.append(Member(first, last, url, rng.choice(COMPANIES), rng.choice(POSITIONS)))
    return members


def conversation_id(rng: random.Random) -> str:
    return "2-" + "".join(rng.choices(ID_ALPHABET, k=40)) + "=="


def message_text(rng: random.Random, sender: Member, recipient: Member) -> str:
    """Greeting, one to three body pieces and a closing; sometimes HTML or a single line."""
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(HTML_BODIES)
    if roll < 0.25:
        body = rng.choice(BODIES)
        return body[0].upper() + body[1:]
    greeting = rng.choice(GREETINGS).format(name=recipient.first)
    body = " ".join(rng.sample(BODIES, rng.randint(1, 3)))
    closing = rng.choice(CLOSINGS).format(me=sender.first)
    return "\n\n".join(part for part in (greeting, body, closing) if part)


def utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def layout_tail(rng: random.Random, layout: str) -> list[str]:
    """The columns after FOLDER: attachments (2026 only) and the draft flags, never a draft."""
    if layout == "2024":
        return ["No", "No"]
    attachment = ""
    if rng.random() < 0.01:
        attachment = (
            f"https://www.linkedin.com/dms/attachment/{rng.getrandbits(48):012x}/"
            f"{rng.choice(ATTACHMENT_NAMES)}"
        )
    return [attachment, "No"]


def conversation_rows(
    rng: random.Random, size: int, other: Member, layout: str
) -> list[list[str]]:
    """Rows of one thread, oldest first: alternating-ish between the owner and one other member."""
    cid = conversation_id(rng)
    folder = rng.choice(FOLDERS)
    # Replies come minutes to days later; the whole thread ends before the export date.
    gaps = [rng.randrange(60, 4 * 24 * 3600) for _ in range(size)]
    moment = EXPORT_END - timedelta(seconds=rng.randrange(SPAN_SECONDS) + sum(gaps))
    rows = []
    for index, gap in enumerate(gaps):
        is_system = index == 0 and size > 1 and rng.random() < 0.02
        inbound = index == 0 or rng.random() < 0.55
        sender, recipient = (other, OWNER) if inbound else (OWNER, other)
        if is_system:
            from_name, from_url, content = "", "", "Message request accepted"
        else:
            from_name, from_url = sender.name, sender.url
            content = message_text(rng, sender, recipient)
        rows.append([
            cid, "", from_name, from_url, recipient.name, recipient.url, utc(moment), "", content,
            folder, *layout_tail(rng, layout),
        ])
        moment += timedelta(seconds=gap)
    return rows


def message_rows(
    rng: random.Random, rows: int, members: list[Member], layout: str
) -> list[list[str]]:
    """Exactly ``rows`` message rows, newest first (the export's order)."""
    result: list[list[str]] = []
    while len(result) < rows:
        size = min(rng.choices(SIZE_CHOICES, SIZE_WEIGHTS)[0], rows - len(result))
        result.extend(conversation_rows(rng, size, rng.choice(members), layout))
    date_column = 6
    # "YYYY-MM-DD HH:MM:SS UTC" sorts correctly as text.
    result.sort(key=lambda row: row[date_column], reverse=True)
    return result


def write_messages(path: Path, layout: str, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=LAYOUT_QUOTING[layout])
        writer.writerow(LAYOUT_HEADERS[layout])
        writer.writerows(rows)


def write_profile(path: Path) -> None:
    summary = (
        "I help B2B companies find words for what makes them different: positioning, "
        "messaging and naming workshops, in German and English."
    )
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PROFILE_HEADER)
        writer.writerow([
            OWNER.first, OWNER.last, "", "", "", "Brand strategist for B2B companies", summary,
            "Marketing Services", "50667", "Cologne, North Rhine-Westphalia, Germany", "",
            "[COMPANY:https://benchmann.example]", "",
        ])


def write_connections(path: Path, rng: random.Random, members: list[Member]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for line in CONNECTIONS_PREAMBLE:
            handle.write(f"{line}\n")
        writer = csv.writer(handle)
        writer.writerow(CONNECTIONS_HEADER)
        for member in members:
            connected = EXPORT_END - timedelta(days=rng.randrange(5 * 365))
            writer.writerow([
                member.first, member.last, member.url, "", member.company, member.position,
                connected.strftime("%d %b %Y"),
            ])


def invitation_time(moment: datetime) -> str:
    """LinkedIn's invitation stamp, e.g. ``9/25/24, 8:52 AM`` (no zero padding)."""
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M} {suffix}"


def write_invitations(path: Path, rng: random.Random, members: list[Member]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(INVITATIONS_HEADER)
        for member in members:
            sent = EXPORT_END - timedelta(seconds=rng.randrange(SPAN_SECONDS))
            note = rng.choice(INVITATION_NOTES)
            # Most requests come in; the owner sends about one in five.
            incoming = rng.random() < 0.8
            inviter, invitee = (member, OWNER) if incoming else (OWNER, member)
            direction = "INCOMING" if incoming else "OUTGOING"
            writer.writerow([
                inviter.name, invitee.name, invitation_time(sent), note, direction,
                inviter.url, invitee.url,
            ])


def generate_export(
    out_dir: Path, rows: int = 100_000, layout: str = "2026", seed: int = 1
) -> Path:
    """Write the export into ``out_dir`` (created if needed) and return the messages.csv path."""
    if layout not in LAYOUT_HEADERS:
        raise ValueError(f"layout must be one of {sorted(LAYOUT_HEADERS)}, not {layout!r}")
    if rows < 0:
        raise ValueError("rows must be >= 0")
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Roughly one distinct sender per 25 rows, so some senders own several threads.
    members = make_members(rng, max(10, rows // 25))
    messages_path = out_dir / "messages.csv"
    write_messages(messages_path, layout, message_rows(rng, rows, members, layout))
    write_profile(out_dir / "Profile.csv")
    write_connections(out_dir / "Connections.csv", rng, members)
    write_invitations(out_dir / "Invitations.csv", rng, members[: len(members) // 3])
    return messages_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the export into")
    parser.add_argument("--rows", type=int, default=100_000, help="message rows (default 100000)")
    parser.add_argument("--layout", choices=sorted(LAYOUT_HEADERS), default="2026")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.rows < 0:
        parser.error("--rows must be >= 0")
    path = generate_export(args.out_dir, args.rows, args.layout, args.seed)
    print(f"wrote {args.rows} message rows ({args.layout} layout, seed {args.seed}) to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
