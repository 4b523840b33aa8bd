"""Word shingles and MinHash signatures, vectorised with NumPy over a batch of messages.

- A word's hash is its CRC-32, identical in every process and on every machine (Python's own
  ``hash`` is salted per process, which would make Dask workers disagree).
- A shingle is two consecutive masked words; its 64-bit key is simply the two 32-bit word hashes
  side by side, so no mixing step is needed and distinct bigrams never collide beyond CRC-32.
- MinHash permutation ``p`` maps a key ``x`` to the high 32 bits of ``a_p * x + b_p`` (mod 2^64,
  ``a_p`` odd): multiply-shift hashing, one multiply and one add per shingle and permutation.
  The minimum per message and permutation is one ``np.minimum.reduceat`` over the whole batch.

A signature is ``NUM_PERM`` uint32 values: 256 bytes per message with the default 64.
"""

from __future__ import annotations

import zlib
from itertools import chain
from typing import Sequence

import numpy as np

#: Words per shingle. Pairs survive spintax better than triples (one swapped word breaks two
#: shingles instead of three) and still separate unrelated pitches (measured: docs/campaigns.md).
SHINGLE_WORDS = 2
#: Permutations per signature.
NUM_PERM = 64
#: A message with fewer shingles than this says too little to fingerprint ("Thanks!").
MIN_SHINGLES = 3
#: Messages hashed at once: the (permutations x shingles) work array (about 8 MB) then stays
#: in the CPU caches, measured faster than 1,024 messages and a quarter of the memory.
BATCH_MESSAGES = 256
#: The permutations are fixed, so every process and every run computes the same signatures.
SEED = 20260401
#: Largest uint32: the signature of a message with no shingles (never indexed).
EMPTY = np.uint32(0xFFFFFFFF)

_HIGH = np.uint64(32)


def permutations(num_perm: int = NUM_PERM, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The multiply-shift parameters ``(a, b)``: ``a`` odd, both uint64, shape ``(num_perm,)``."""
    rng = np.random.Generator(np.random.PCG64(seed))
    a = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64, endpoint=False) | np.uint64(1)
    b = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64, endpoint=False)
    return a, b


class WordHasher:
    """CRC-32 of words, memoised: a corpus repeats a few ten thousand words millions of times."""

    #: Forget the memo past this many words, so memory stays bounded on endless streams.
    MAX_WORDS = 1_000_000

    def __init__(self) -> None:
        self._memo: dict[str, int] = {}

    def hashes(self, documents: Sequence[Sequence[str]], count: int) -> np.ndarray:
        """The hashes of all ``count`` words of ``documents``, one flat uint64 array.

        Known words cost one C-level dict lookup each, with no Python object made per word."""
        memo = self._memo
        if len(memo) > self.MAX_WORDS:
            memo.clear()
        try:
            return np.fromiter(map(memo.__getitem__, chain.from_iterable(documents)), dtype=np.uint64, count=count)
        except KeyError:  # new words: learn them all, then look up again
            for word in set(chain.from_iterable(documents)) - memo.keys():
                memo[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
            return np.fromiter(map(memo.__getitem__, chain.from_iterable(documents)), dtype=np.uint64, count=count)


class MinHasher:
    """Turns masked word lists into MinHash signatures, a batch at a time."""

    def __init__(self, num_perm: int = NUM_PERM, seed: int = SEED) -> None:
        self.num_perm = num_perm
        self._a, self._b = permutations(num_perm, seed)
        self._words = WordHasher()

    def signatures(self, documents: Sequence[Sequence[str]]) -> np.ndarray:
        """One signature row per document, shape ``(len(documents), num_perm)``, uint32.

        A document with fewer than ``MIN_SHINGLES`` shingles gets the all-``EMPTY`` row."""
        lengths = np.fromiter(map(len, documents), dtype=np.int64, count=len(documents))
        return self.signatures_of_hashes(self._words.hashes(documents, int(lengths.sum())), lengths)

    def signatures_of_hashes(self, hashes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """:meth:`signatures` of documents given as their word hashes laid end to end (uint64)
        and each document's word count."""
        result = np.full((len(lengths), self.num_perm), EMPTY, dtype=np.uint32)
        ends = np.cumsum(lengths)
        for start in range(0, len(lengths), BATCH_MESSAGES):
            stop = min(start + BATCH_MESSAGES, len(lengths))
            first_word = int(ends[start - 1]) if start else 0
            keys, owners = shingle_keys(hashes[first_word : int(ends[stop - 1])], lengths[start:stop])
            if len(keys):
                rows, minima = self._minima(keys, owners)
                result[start + rows] = minima
        return result

    def _minima(self, keys: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # (permutations x shingles) hash values, each row contiguous so that the per-message
        # minimum is a fast reduceat along rows; uint64 arithmetic wraps, which is the "mod 2^64".
        # The high half is taken after the minimum: it is monotone, so the result is the same
        # and one pass over the large array is saved.
        values = self._a[:, None] * keys[None, :]
        values += self._b[:, None]
        starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
        minima = (np.minimum.reduceat(values, starts, axis=1) >> _HIGH).astype(np.uint32)
        return owners[starts], minima.T


def shingle_keys(hashes: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The shingle keys (uint64) of every usable document and the document each belongs to,
    grouped by document in order; ``hashes`` are the documents' word hashes end to end."""
    shingles = lengths - (SHINGLE_WORDS - 1)
    usable = shingles >= MIN_SHINGLES
    if not usable.any():
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    # A pair (i, i+1) of the flat word array is a shingle when both words are in one document.
    owner_of_word = np.repeat(np.arange(len(lengths)), lengths)
    keys = (hashes[:-1] << _HIGH) | hashes[1:]
    same_document = owner_of_word[:-1] == owner_of_word[1:]
    owners = owner_of_word[:-1]
    keep = same_document & usable[owners]
    return keys[keep], owners[keep]
