"""Benchmark: do 5 marks of a kind flip the later conversations of that kind, and what else moves?

For every persona of corpus/dev (never corpus/heldout: that is for the final evaluation) and every
category with at least 7 conversations whose built-in verdict is mostly keep (or mostly junk):
mark the first 5 of them junk (or the first 5 junk ones keep), re-scan, and count

- later flipped: the category's other conversations that now have the marked verdict
  (junk; for keep marks: anything but junk);
- collateral: conversations of other categories whose verdict changed, and how many went to junk
  (the change that must not happen) and how many of those are labelled genuine;

then unmark and check that every verdict is restored exactly.

Run: .venv/bin/python bench/bench_learning_flips.py [--split corpus/dev2] [--persona NAME ...] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from unpitch.learning import service
from unpitch.learning.verdicts import OWNER_INVOLVED
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sources import load_inbox

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"
MARKS = 5
MIN_CATEGORY = 7


@dataclass
class Tally:
    later_flipped: int = 0
    later: int = 0
    #: Later ones she took no part in (these can reach junk) and how many do.
    later_apart: int = 0
    later_apart_flipped: int = 0
    #: ... and how many leave their built-in verdict at all (review counts: she sees them flagged).
    later_apart_moved: int = 0
    #: Later ones she took part in (learning moves them to review at most) and how many leave keep.
    later_involved: int = 0
    later_involved_moved: int = 0
    collateral: int = 0
    collateral_junk: int = 0
    collateral_genuine_junk: int = 0
    #: Of the conversations moved into junk, those labelled junk (the marks fixed a miss).
    collateral_junk_labelled: int = 0
    others: int = 0
    restored: bool = True
    moves: Counter = field(default_factory=Counter)


def verdicts(inbox, db: Path) -> dict[str, str]:
    return {r.conversation.id: r.verdict.verdict for r in scan_inbox(inbox, learning_db=db)}


def cases(rows: list[dict[str, str]], base: dict[str, str]):
    """(category, label, marked ids, later ids) for every category the built-in model mostly gets one way."""
    by_category: dict[str, list[str]] = {}
    for row in rows:
        if row["conversation_id"] in base:
            by_category.setdefault(row["category"], []).append(row["conversation_id"])
    for category, ids in by_category.items():
        if len(ids) < MIN_CATEGORY:
            continue
        seen = Counter(base[c] for c in ids)
        if seen["keep"] > len(ids) / 2:
            label, chosen = "junk", ids
        elif seen["junk"] > len(ids) / 2:
            label, chosen = "keep", [c for c in ids if base[c] == "junk"]
        else:
            continue
        if len(chosen) > MARKS:
            yield category, label, chosen[:MARKS], chosen[MARKS:], set(ids)


def run_persona(persona: Path, verbose: bool) -> dict[str, Tally]:
    inbox = load_inbox(persona)
    rows = list(csv.DictReader((persona / "labels.csv").open(encoding="utf-8")))
    genuine = {r["conversation_id"] for r in rows if r["label"] == "genuine"}
    labelled_junk = {r["conversation_id"] for r in rows if r["label"] == "junk"}
    category_of = {r["conversation_id"]: r["category"] for r in rows}
    db = Path(tempfile.mkdtemp(prefix="flips")) / "unpitch.db"
    results = scan_inbox(inbox)
    save_scan(db, inbox, results)
    base = {r.conversation.id: r.verdict.verdict for r in results}
    involved = {r.conversation.id for r in results if {s.id for s in r.verdict.signals} & OWNER_INVOLVED}
    tallies: dict[str, Tally] = {}
    for category, label, marked, later, members in cases(rows, base):
        service.mark(db, marked, label, "bench")
        after = verdicts(inbox, db)
        tally = tallies.setdefault(label, Tally())
        flipped = sum((after[c] == "junk") if label == "junk" else (after[c] != "junk") for c in later)
        others = [c for c in base if c not in members]
        changed = [c for c in others if after[c] != base[c]]
        to_junk = [c for c in changed if after[c] == "junk"]
        tally.later_flipped += flipped
        if label == "junk":
            apart = [c for c in later if c not in involved]
            tally.later_apart += len(apart)
            tally.later_apart_flipped += sum(after[c] == "junk" for c in apart)
            tally.later_apart_moved += sum(after[c] != base[c] for c in apart)
            tally.later_involved += len(later) - len(apart)
            tally.later_involved_moved += sum(after[c] != base[c] for c in later if c in involved)
        tally.later += len(later)
        tally.others += len(others)
        tally.collateral += len(changed)
        tally.collateral_junk += len(to_junk)
        tally.collateral_genuine_junk += sum(c in genuine for c in to_junk)
        tally.collateral_junk_labelled += sum(c in labelled_junk for c in to_junk)
        tally.moves.update(f"{base[c]}->{after[c]}" for c in changed)
        service.unmark(db, marked)
        restored = verdicts(inbox, db) == base
        tally.restored &= restored
        if verbose:
            print(
                f"  {persona.name:38} {category:24} {label:4}: later {flipped}/{len(later)}, collateral "
                f"{len(changed)}/{len(others)} (to junk {len(to_junk)}: {sorted(category_of.get(c, '?') for c in to_junk)})"
                f"{'' if restored else ', NOT RESTORED'}"
            )
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default=str(DEV), help="a corpus folder of personas (default corpus/dev; never a heldout one)")
    parser.add_argument("--persona", action="append", help="only these personas of the split")
    parser.add_argument("--verbose", action="store_true", help="one line per case")
    args = parser.parse_args()
    split = Path(args.split)
    personas = [split / name for name in args.persona] if args.persona else sorted(p for p in split.iterdir() if (p / "labels.csv").is_file())
    total: dict[str, Tally] = {}
    for persona in personas:
        for label, tally in run_persona(persona, args.verbose).items():
            into = total.setdefault(label, Tally())
            for name in ("later_flipped", "later", "later_apart", "later_apart_flipped", "later_apart_moved", "later_involved", "later_involved_moved", "collateral", "collateral_junk", "collateral_genuine_junk", "collateral_junk_labelled", "others"):
                setattr(into, name, getattr(into, name) + getattr(tally, name))
            into.restored &= tally.restored
            into.moves.update(tally.moves)
    print(f"{len(personas)} personas of {split}")
    for label, t in sorted(total.items()):
        print(
            f"{MARKS} {label} marks: later flipped {t.later_flipped}/{t.later} ({t.later_flipped / max(t.later, 1):.0%}); "
            f"collateral {t.collateral}/{t.others} ({t.collateral / max(t.others, 1):.1%}), into junk {t.collateral_junk} "
            f"(genuine {t.collateral_genuine_junk}, labelled junk {t.collateral_junk_labelled}); moves {dict(t.moves.most_common())}; "
            f"unmark restores every verdict: {t.restored}"
        )
        if label == "junk":
            print(
                f"  of the later ones: she took no part in {t.later_apart}, of these {t.later_apart_flipped} reach junk "
                f"and {t.later_apart_moved} leave their verdict; "
                f"she took part in {t.later_involved} (review at most), of these {t.later_involved_moved} change"
            )


if __name__ == "__main__":
    main()
