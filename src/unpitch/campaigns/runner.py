"""Template families across a corpus of many recipients, streamed on one machine.

Pass 1 reads one chunk at a time, masks and fingerprints its messages and keeps only what
grouping needs (about 300 bytes per message: the signature, dates, sender and recipient codes,
the id); the text is dropped with the chunk. Grouping then runs once over all signatures. Pass 2
re-reads only the few rows per family needed to render its template and example.

The same two per-chunk functions (:func:`fingerprint_chunk`, :func:`sample_texts`) run on Dask
workers in :mod:`unpitch.campaigns.distributed`; grouping and rendering are shared, so both
runners produce identical families.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from .corpus import CHUNK_ROWS, Chunk, plan_chunks, read_chunk, read_texts
from .batch import mask_messages
from .courtesy import batch_traits, is_campaign
from .fingerprint import MinHasher
from .grouping import families as family_rows
from .grouping import group
from .masking import Entities, mask_tokens
from .template import render_template

#: Members whose text is read back to render a family's template.
TEMPLATE_SAMPLES = 3
#: Length of the example quoted for a family.
EXAMPLE_CHARS = 300
#: Messages masked together: large enough that per-batch NumPy calls cost nothing per
#: message, small enough that the batch's tokens (~65 a message) stay a few MB.
MASK_BATCH = 2_000

Progress = Callable[[int], None]


@dataclass(slots=True)
class ChunkPrints:
    """What one chunk contributes to the index (the text itself is not kept)."""

    ids: list[str]
    recipients: list[str]
    senders: list[str]
    dates: np.ndarray
    rows: np.ndarray
    signatures: np.ndarray
    distinctive: np.ndarray
    courtesy: np.ndarray
    warnings: list[str]


_HASHER: MinHasher | None = None


def _hasher() -> MinHasher:
    # One per process: its word memo then serves every chunk this process (or worker) reads.
    global _HASHER
    if _HASHER is None:
        _HASHER = MinHasher()
    return _HASHER


def fingerprint_chunk(chunk: Chunk) -> ChunkPrints:
    """Read, mask and fingerprint one chunk."""
    rows = read_chunk(chunk)
    signatures, distinctive, courtesy = fingerprint_texts(rows.texts, rows.recipients, rows.senders)
    return ChunkPrints(
        ids=rows.ids,
        recipients=rows.recipients,
        senders=rows.senders,
        dates=np.asarray(rows.dates, dtype=np.int64),
        rows=np.asarray(rows.rows, dtype=np.int64),
        signatures=signatures,
        distinctive=distinctive,
        courtesy=courtesy,
        warnings=rows.warnings,
    )


def fingerprint_texts(
    texts: list[str], recipients: list[str], senders: list[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signatures, distinctive word counts and courtesy flags of corpus messages, masked
    :data:`MASK_BATCH` messages at a time (the masked keys of one batch are all that is held)."""
    hasher = _hasher()
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for start in range(0, len(texts), MASK_BATCH):
        stop = start + MASK_BATCH
        batch = mask_messages(texts[start:stop], recipients[start:stop], senders[start:stop])
        parts.append((hasher.signatures_of_hashes(batch.word_hashes(), batch.lengths), *batch_traits(batch)))
    if not parts:
        return np.empty((0, hasher.num_perm), dtype=np.uint32), np.empty(0, np.int32), np.empty(0, bool)
    signatures, distinctive, courtesy = (np.concatenate(column) for column in zip(*parts))
    return signatures, distinctive, courtesy


def sample_texts(chunk: Chunk, wanted: set[int]) -> dict[int, str]:
    """Texts of the wanted rows of one chunk (pass 2)."""
    return read_texts(chunk, wanted)


@dataclass(slots=True)
class Family:
    """One template family in a corpus: the ``--format jsonl`` record plus an example."""

    family_id: str
    size: int
    senders: int
    recipients: int
    first_date: str
    last_date: str
    template: str
    members: list[str]
    example: str = ""

    def record(self) -> dict[str, object]:
        """The JSONL record (exactly the documented fields)."""
        return {
            "family_id": self.family_id,
            "size": self.size,
            "senders": self.senders,
            "recipients": self.recipients,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "template": self.template,
            "members": self.members,
        }


@dataclass(slots=True)
class CampaignReport:
    families: list[Family]
    messages: int
    warnings: list[str] = field(default_factory=list)


class CorpusIndex:
    """The fingerprints of a whole corpus, appended chunk by chunk in corpus order."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._codes: dict[str, dict[str, int]] = {"recipient": {}, "sender": {}}
        self._parts: dict[str, list[np.ndarray]] = {
            name: [] for name in ("recipient", "sender", "dates", "rows", "signatures", "distinctive", "courtesy", "chunk")
        }
        self.warnings: list[str] = []

    def add(self, chunk_index: int, prints: ChunkPrints) -> None:
        self.ids.extend(prints.ids)
        self._parts["recipient"].append(self._encode("recipient", prints.recipients))
        self._parts["sender"].append(self._encode("sender", prints.senders))
        for name in ("dates", "rows", "signatures", "distinctive", "courtesy"):
            self._parts[name].append(getattr(prints, name))
        self._parts["chunk"].append(np.full(len(prints.ids), chunk_index, dtype=np.int32))
        self.warnings.extend(prints.warnings)

    def _encode(self, kind: str, values: list[str]) -> np.ndarray:
        codes = self._codes[kind]
        return np.fromiter((codes.setdefault(v, len(codes)) for v in values), dtype=np.int32, count=len(values))

    def column(self, name: str) -> np.ndarray:
        """One column over the whole corpus (concatenated once, then kept)."""
        parts = self._parts[name]
        if len(parts) != 1:
            joined = np.concatenate(parts) if parts else np.empty(0)
            parts[:] = [joined]
        return parts[0]

    def campaign_rows(self) -> list[np.ndarray]:
        """Row indices of each family that is a campaign (two or more messages, not courtesy)."""
        signatures = self.column("signatures")
        if not len(signatures):
            return []
        distinctive, courtesy = self.column("distinctive"), self.column("courtesy")
        groups = family_rows(group(signatures))
        return [rows for rows in groups if is_campaign(distinctive[rows], courtesy[rows])]

    def samples_needed(self, groups: list[np.ndarray]) -> dict[int, set[int]]:
        """For each chunk, the file rows whose text pass 2 must read."""
        chunk, rows = self.column("chunk"), self.column("rows")
        wanted: dict[int, set[int]] = {}
        for members in groups:
            for index in members[:TEMPLATE_SAMPLES]:
                wanted.setdefault(int(chunk[index]), set()).add(int(rows[index]))
        return wanted

    def build_families(self, groups: list[np.ndarray], texts: dict[tuple[int, int], str]) -> list[Family]:
        """The reported families; ``texts`` maps (chunk, file row) to text for the samples."""
        names = {kind: {code: name for name, code in codes.items()} for kind, codes in self._codes.items()}
        result = [self._family(members, texts, names) for members in groups]
        return sorted(result, key=lambda family: (-family.size, family.family_id))

    def _family(
        self, members: np.ndarray, texts: dict[tuple[int, int], str], names: dict[str, dict[int, str]]
    ) -> Family:
        dates, chunk, rows = self.column("dates"), self.column("chunk"), self.column("rows")
        recipients, senders = self.column("recipient"), self.column("sender")
        ordered = members[np.lexsort((members, dates[members]))]
        ids = [self.ids[i] for i in ordered]
        samples = []
        for index in members[:TEMPLATE_SAMPLES]:
            text = texts[(int(chunk[index]), int(rows[index]))]
            entities = Entities.of((names["recipient"][int(recipients[index])], names["sender"][int(senders[index])]))
            samples.append((text, mask_tokens(text, entities)))
        return Family(
            family_id=family_id(ids),
            size=len(members),
            senders=len(np.unique(senders[members])),
            recipients=len(np.unique(recipients[members])),
            first_date=_iso(int(dates[members].min())),
            last_date=_iso(int(dates[members].max())),
            template=render_template([tokens for _, tokens in samples]),
            members=ids,
            example=" ".join(samples[0][0].split())[:EXAMPLE_CHARS],
        )


def family_id(member_ids: Iterable[str]) -> str:
    """A stable id from the members, so every runner names a family alike."""
    digest = hashlib.blake2b("\n".join(sorted(member_ids)).encode("utf-8", "surrogatepass"), digest_size=6)
    return "f-" + digest.hexdigest()


def _iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat().replace("+00:00", "Z")


def find_families(path: Path, on_progress: Progress | None = None, chunk_rows: int = CHUNK_ROWS) -> CampaignReport:
    """Template families of the corpus at ``path``, streamed chunk by chunk in this process."""
    chunks = plan_chunks(path, chunk_rows)
    index = CorpusIndex()
    for number, chunk in enumerate(chunks):
        prints = fingerprint_chunk(chunk)
        index.add(number, prints)
        if on_progress is not None:
            on_progress(len(prints.ids))
    groups = index.campaign_rows()
    texts: dict[tuple[int, int], str] = {}
    for number, wanted in index.samples_needed(groups).items():
        texts.update({(number, row): text for row, text in sample_texts(chunks[number], wanted).items()})
    return CampaignReport(index.build_families(groups, texts), len(index.ids), index.warnings)
