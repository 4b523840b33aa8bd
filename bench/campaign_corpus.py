"""Generate a multi-recipient message corpus with known template families (ground truth beside it).

    python bench/campaign_corpus.py OUT.jsonl --messages 100000 --seed 1 [--format parquet]

Writes ``OUT.jsonl`` (or ``OUT.parquet``: one message per row, the columns of
``unpitch campaigns``) and ``OUT.truth.csv`` with ``id,family,kind`` for every message:

- ``campaign``: one of many mass templates, each sent by 1-5 senders to many recipients, with
  spintax (``{quick|short|brief}``) in most sentences, the recipient's first or full name, their
  company, the sender's name, numbers, dates, links and product names filled in. Campaigns share
  a library of sentence frames, but each campaign's writer adds words of their own to every
  frame and writes one or two sentences of their own. A third of the campaigns are short notes
  where the fills are a large share of the text.
  ``family`` is the campaign's id.
- ``genuine``: a one-off personal message built from free recombination, ``family`` empty.
- ``courtesy``: thank-you notes, congratulations, welcomes and season's greetings in English and
  German, near-duplicates across senders by nature, ``family`` empty: they must not be reported.

Everything here is invented for this benchmark. The same seed writes the same corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

FIRST = (
    "Anna Ben Carla David Elif Farid Greta Hannes Ines Jonas Kira Lars Mila Noah Olga Paul Rosa Sami Tara Uwe "
    "Vera Wim Xenia Yusuf Zoe Aylin Bruno Chiara Dario Emma Finn Gita Hugo Ida Jan Leni Malte Nora Oskar Pia"
).split()
LAST = (
    "Achterberg Brandl Castellano Dumont Eberle Fontaine Gruber Haller Iversen Jansen Kowalski Lindqvist Moreau "
    "Novak Oberhofer Petrov Quaglia Rinaldi Sauter Thalmann Ulrich Vasquez Wendling Yilmaz Zeller Ambros Birkner"
).split()
COMPANY_A = "Nord Blue Bright Iron Silver Cedar Summit Harbor Pixel Quantum Alpen Rhein Vector Nimbus Orbit Prism".split()
COMPANY_B = "Works Labs Systems Logistics Partners Analytics Foods Robotics Consulting Media Energy Textil Bau".split()
LEGAL = ("GmbH", "AG", "Inc", "Ltd", "", "", "")
INDUSTRIES = (
    "logistics", "fintech", "manufacturing", "healthcare", "retail", "construction", "insurance", "SaaS",
    "hospitality", "automotive", "e-commerce", "legal", "education", "agriculture", "biotech", "energy",
)
OUTCOMES = (
    "qualified meetings", "inbound leads", "hours of admin", "support tickets", "hiring costs", "cloud spend",
    "churn", "sales cycles", "invoice errors", "warehouse errors", "no-shows", "onboarding time", "ad spend",
    "repeat orders", "booked demos", "review scores",
)
SERVICES = (
    "outbound prospecting", "bookkeeping automation", "white-label development", "video testimonials",
    "podcast guest placement", "LinkedIn ghostwriting", "payroll outsourcing", "penetration testing",
    "ERP migration", "fleet telematics", "solar leasing", "expert calls", "trade-show booths", "merch boxes",
    "data enrichment", "UX audits", "chatbot setup", "translation", "freight audits", "employee gifting",
)
PRODUCT_A = "Lead Pilot Growth Flow Deal Rocket Pipe Stream Scale Forge Signal Beacon Lift Spark".split()
PRODUCT_B = "Engine Method Suite Hub Framework Studio Cloud OS Desk Radar".split()
VERBS = ("cut", "double", "triple", "automate", "halve", "speed up", "clean up", "grow")
ADJECTIVES = (
    "simplest fastest calmest cheapest smartest leanest safest friendliest boldest clearest quietest sharpest "
    "greenest easiest nimblest"
).split()
TASKS = (
    "tame spreadsheets", "chase invoices", "book meetings", "qualify leads", "audit contracts", "plan routes",
    "onboard hires", "track shipments", "file expenses", "schedule crews", "price quotes", "answer tickets",
    "screen vendors", "forecast demand", "reconcile accounts", "draft proposals", "monitor uptime", "collect reviews",
)
TAGLINES = (
    "<product> is the <adjective> way to <task>.",
    "Think of <product> as the <adjective> way to <task>.",
    "<product> - the <adjective> way for <industry> teams to <task>.",
    "With <product>, <task> becomes the <adjective> part of your week.",
)
CITIES = "Berlin Hamburg Munich Vienna Zurich London Leeds Dublin Lisbon Porto Madrid Milan Lyon Austin Denver Chicago Toronto Oslo".split()


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    company: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _person(rng: random.Random) -> Person:
    company = f"{rng.choice(COMPANY_A)}{rng.choice(COMPANY_B)} {rng.choice(LEGAL)}".strip()
    return Person(rng.choice(FIRST), rng.choice(LAST), company)


# Sentence frames of pitch templates. [a|b|c] is spintax chosen per message; <x> is a campaign
# constant chosen once per campaign; {x} is a per-message fill.
OPENERS = (
    "[Hi|Hello|Hey] {name}, [I hope you are well|hope your week is going well|hope all is good at {company}] - <service> [question|idea] for you.",
    "[Hi|Hey] {name}, [quick one|short question|a quick note] about <outcome> at {company}.",
    "[Dear|Hello] {name}, [I came across|I found|I noticed] {company} [while researching|while looking into] <industry> [companies|firms|teams] in <city>.",
    "[Hi|Hello] {name}, [congrats on|great to see] the [growth|momentum|progress] at {company} - <industry> is [booming|moving fast] in <city>.",
    "[Hallo|Guten Tag] {name}, [ich bin auf|ich bin kürzlich auf] {company} [gestoßen|aufmerksam geworden], <industry> in <city> ist spannend.",
    "{name} - [saw that|noticed that|read that] {company} [is hiring|is expanding|opened a new office] in <city>, so <service> [might|could] matter.",
)
BODY = (
    "We help <industry> [teams|companies|businesses] <verb> their <outcome> [in under|within] {number} days with <product>.",
    "Our <product> [is used by|powers|supports] {number}+ <industry> [teams|firms] in <city> [already|today].",
    "[Most|Many] <industry> leaders we [speak|talk] with [struggle|wrestle] with <outcome>, and <service> [fixes|solves] that.",
    "We [specialise in|focus on|do] <service> for <industry> [companies|teams], [fully done for you|end to end|without extra headcount].",
    "[Last quarter|This year|Recently] we helped a [company|client|team] like {company} <verb> <outcome> by {number}% with <service>.",
    "[Unlike|Compared to] [agencies|freelancers|in-house teams], <product> [takes care of|handles|runs] <service> [for you|on autopilot].",
    "Wir [unterstützen|helfen] <industry> [Unternehmen|Firmen] in <city> dabei, <outcome> um {number}% zu [senken|steigern].",
    "[I|We] [put together|prepared|drafted] a [short|brief|quick] [plan|audit|teardown] of <service> for {company}.",
)
ASKS = (
    "[Would you be open to|Are you up for|Worth] a [quick|short|brief] [call|chat] about <product> [next week|on {date}|this week]?",
    "[Can I send you|Shall I share|May I send] a [short|2-minute|quick] [video|case study|deck] on <outcome>?",
    "[Here is my calendar|Grab a slot here|Book a time here] to see <product> live: {url}",
    "[Let me know|Tell me] if <service> [makes sense|is relevant|is on your radar] for {company}.",
    "[Hätten Sie|Haben Sie] [Zeit|Lust] auf ein [kurzes|unverbindliches] [Gespräch|Telefonat] über <product> am {date}?",
)
SIGNOFFS = ("[Best|Cheers|Thanks|Regards], {sender}", "[Best regards|Kind regards|Warm regards], {sender_full}", "{sender}", "[Viele Grüße|Beste Grüße] {sender_full}")

COURTESY = (
    "Thanks for connecting, {name}!",
    "Thanks for the connection {name}, looking forward to staying in touch.",
    "Congrats on the new role at {company}!",
    "Congratulations on the new position, {name}! Well deserved.",
    "Happy work anniversary {name}!",
    "Happy birthday {name}! Have a great day.",
    "Welcome to {company}, {name}! Great to have you.",
    "Herzlichen Glückwunsch zur neuen Position, {name}!",
    "Danke für die Vernetzung, {name}!",
    "Frohe Weihnachten und einen guten Rutsch, {name}!",
    "Great to meet you at the conference {name}, thanks for the chat.",
    "Thank you so much for the recommendation {name}, really appreciated!",
)
GENUINE_WORDS = (
    "invoice draft contract meeting slides budget offsite roadmap workshop lunch feedback review kickoff report "
    "figures quote shipment prototype release bug deadline agenda venue hiring intern survey paper talk keynote "
    "project client pilot dataset dashboard migration renewal audit ticket warehouse forecast onboarding retro "
    "coffee train flight hotel kids dog garden football concert book podcast article recipe bike printer "
    "spreadsheet whiteboard sprint backlog estimate handover visa parking badge laptop headset canteen"
).split()
SUBJECTS = ("I", "we", "Lena", "Tom", "my boss", "the team", "your colleague", "the client", "our intern", "Marc", "everyone", "the landlord")
GENUINE_VERBS = (
    "moved", "forgot", "finished", "printed", "signed", "lost", "found", "rescheduled", "booked", "cancelled",
    "checked", "fixed", "liked", "hated", "shared", "emailed", "reviewed", "delayed", "packed", "ordered",
)
PREPOSITIONS = ("before", "after", "during", "next to", "instead of", "without", "despite", "for", "with", "under")
GENUINE_OPENERS = ("Hi {name},", "{name},", "Hey {name}!", "Hallo {name},", "Morning {name} -", "", "", "")
GENUINE_ENDINGS = ("", "", "Talk soon.", "Cheers", "LG", "Thoughts?", "See you {date}.")


def _genuine(rng: random.Random) -> str:
    """A one-off message: freely built sentences, so no two share more than a phrase by chance."""
    sentences = []
    for _ in range(rng.randint(2, 5)):
        subject = rng.choice(SUBJECTS)
        sentence = (
            f"{subject} {rng.choice(GENUINE_VERBS)} the {rng.choice(GENUINE_WORDS)} "
            f"{rng.choice(PREPOSITIONS)} the {rng.choice(GENUINE_WORDS)}"
        )
        sentences.append(sentence[0].upper() + sentence[1:] + rng.choice(".!?"))
    parts = [rng.choice(GENUINE_OPENERS), *sentences, rng.choice(GENUINE_ENDINGS)]
    return " ".join(part for part in parts if part)


def _spin(template: str, rng: random.Random) -> str:
    """Resolve every ``[a|b|c]`` spintax group with a random choice."""
    out, position = [], 0
    while (start := template.find("[", position)) >= 0:
        end = template.index("]", start)
        out.append(template[position:start])
        out.append(rng.choice(template[start + 1 : end].split("|")))
        position = end + 1
    out.append(template[position:])
    return "".join(out)


@dataclass(slots=True)
class Campaign:
    family: str
    frames: list[str]
    senders: list[Person]
    recipients_left: int


def _campaign(number: int, size: int, rng: random.Random, short: bool) -> Campaign:
    constants = {
        "industry": rng.choice(INDUSTRIES),
        "outcome": rng.choice(OUTCOMES),
        "service": rng.choice(SERVICES),
        "product": f"{rng.choice(PRODUCT_A)}{rng.choice(PRODUCT_B)}",
        "verb": rng.choice(VERBS),
        "city": rng.choice(CITIES),
        "adjective": rng.choice(ADJECTIVES),
        "task": rng.choice(TASKS),
    }
    body_count = 1 if short else rng.randint(2, 4)
    own = [_own_sentence(rng) for _ in range(1 if short else 2)]
    frames = [rng.choice(OPENERS), rng.choice(TAGLINES), *own, *rng.sample(BODY, body_count), rng.choice(ASKS), rng.choice(SIGNOFFS)]
    for key, value in constants.items():
        frames = [frame.replace(f"<{key}>", value) for frame in frames]
    # Each campaign's copywriter words half the spun phrases one way for good, and adds words of
    # their own to every sentence frame: with ~24,000 campaigns per million messages, campaigns
    # built from the same few frames would otherwise be word for word one template (product
    # names are masked), and the ground truth would call one template two families.
    frames = [_own_words(_freeze_some(frame, rng), rng) for frame in frames]
    senders = [_person(rng) for _ in range(rng.choice((1, 1, 2, 3, 4, 5)))]
    return Campaign(f"c{number:06d}", frames, senders, size)


def _own_sentence(rng: random.Random) -> str:
    """A sentence only this campaign has: its writer's own wording."""
    words = rng.sample(GENUINE_WORDS, 3)
    return (
        f"Our {words[0]} [team|crew|people] {rng.choice(GENUINE_VERBS)} the {words[1]} "
        f"{rng.choice(PREPOSITIONS)} every {words[2]} for <industry> clients."
    )


#: Words a copywriter adds to a shared sentence frame (frozen per campaign).
OWN_WORDS = (*GENUINE_WORDS, *ADJECTIVES, *"really truly simply honestly quietly frankly now also still".split())
#: Own words added to each frame of a campaign.
OWN_WORDS_PER_FRAME = 2


def _own_words(frame: str, rng: random.Random) -> str:
    """Insert ``OWN_WORDS_PER_FRAME`` words between words of ``frame``, outside spintax groups."""
    depth, gaps = 0, []
    for position, char in enumerate(frame):
        depth += (char == "[") - (char == "]")
        if char == " " and depth == 0:
            gaps.append(position)
    for position in sorted(rng.sample(gaps, min(OWN_WORDS_PER_FRAME, len(gaps))), reverse=True):
        frame = f"{frame[:position]} {rng.choice(OWN_WORDS)}{frame[position:]}"
    return frame


def _freeze_some(frame: str, rng: random.Random) -> str:
    """Resolve about half of the spintax groups of ``frame`` once, for the whole campaign."""
    out, position = [], 0
    while (start := frame.find("[", position)) >= 0:
        end = frame.index("]", start)
        group = frame[start : end + 1]
        out.append(frame[position:start])
        out.append(rng.choice(group[1:-1].split("|")) if rng.random() < 0.5 else group)
        position = end + 1
    out.append(frame[position:])
    return "".join(out)


def _fill(template: str, recipient: Person, sender: Person, rng: random.Random, moment: datetime) -> str:
    fills = {
        "name": rng.choice((recipient.first, recipient.first, recipient.full)),
        "company": recipient.company,
        "sender": sender.first,
        "sender_full": sender.full,
        "number": str(rng.choice((3, 5, 7, 10, 12, 14, 20, 25, 30, 40, 50, 60, 90, 120, 250, 400))),
        "date": (moment + timedelta(days=rng.randint(2, 20))).strftime(rng.choice(("%d.%m.", "%B %d", "%d %B"))),
        "url": f"https://{rng.choice(('cal', 'meet', 'book'))}.{sender.last.lower()}{rng.randint(1, 99)}.example/{sender.first.lower()}",
    }
    text = _spin(template, rng)
    for key, value in fills.items():
        text = text.replace("{" + key + "}", value)
    return text


def generate(messages: int, seed: int) -> Iterator[tuple[dict[str, str], str, str]]:
    """``(message, family, kind)`` for ``messages`` messages."""
    rng = random.Random(seed)
    recipients = [_person(rng) for _ in range(max(50, messages // 20))]
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    campaigns: list[Campaign] = []
    number = 0
    for index in range(messages):
        moment = start + timedelta(seconds=rng.randint(0, 365 * 86400))
        recipient = rng.choice(recipients)
        roll = rng.random()
        if roll < 0.6:
            if not campaigns or rng.random() < 0.04:
                size = min(int(rng.paretovariate(1.2) * 4) + 1, 5000)
                campaigns.append(_campaign(number, size, rng, short=rng.random() < 0.33))
                number += 1
            campaign = rng.choice(campaigns[-40:])
            sender = rng.choice(campaign.senders)
            frames = campaign.frames
            text = "\n\n".join(_fill(frame, recipient, sender, rng, moment) for frame in frames)
            family, kind = campaign.family, "campaign"
            campaign.recipients_left -= 1
            if campaign.recipients_left <= 0:
                campaigns.remove(campaign)
        elif roll < 0.85:
            sender = _person(rng)
            text = _fill(_genuine(rng), recipient, sender, rng, moment)
            family, kind = "", "genuine"
        else:
            sender = _person(rng)
            text = _fill(rng.choice(COURTESY), recipient, sender, rng, moment)
            family, kind = "", "courtesy"
        record = {
            "id": f"m{index:08d}",
            "recipient": recipient.full,
            "sender": sender.full,
            "date": moment.isoformat().replace("+00:00", "Z"),
            "text": text,
        }
        yield record, family, kind


def write_corpus(out: Path, messages: int, seed: int, fmt: str = "jsonl") -> Path:
    """Write the corpus and ``<out stem>.truth.csv``; returns the truth path."""
    truth_path = out.with_name(out.name.rsplit(".", 1)[0] + ".truth.csv")
    rows = generate(messages, seed)
    with truth_path.open("w", newline="", encoding="utf-8") as truth_handle:
        truth = csv.writer(truth_handle)
        truth.writerow(("id", "family", "kind"))
        if fmt == "parquet":
            _write_parquet(out, rows, truth)
        else:
            with out.open("w", encoding="utf-8") as handle:
                for record, family, kind in rows:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                    truth.writerow((record["id"], family, kind))
    return truth_path


def _write_parquet(out: Path, rows: Iterator[tuple[dict[str, str], str, str]], truth) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = ("id", "recipient", "sender", "date", "text")
    schema = pa.schema([(name, pa.string()) for name in columns])
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, str]] = []
        for record, family, kind in rows:
            batch.append(record)
            truth.writerow((record["id"], family, kind))
            if len(batch) == 50_000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    args = parser.parse_args()
    truth = write_corpus(args.out, args.messages, args.seed, args.format)
    print(f"wrote {args.out} and {truth}")


if __name__ == "__main__":
    main()
