"""Locality-sensitive hashing over MinHash signatures, then verified linking into families.

The signature of ``NUM_PERM`` values is cut into bands of ``BAND_ROWS`` values. Two messages
whose signatures agree on one whole band become candidates; with two rows per band, a pair of
Jaccard similarity ``s`` meets in at least one of 32 bands with probability ``1 - (1 - s^2)^32``:
0.996 at s = 0.4, so spintax-heavy copies are found. Candidates are then verified on the whole
signature (estimated Jaccard >= ``LINK_THRESHOLD``) before they are linked, and families are the
connected components of the verified links.

Everything is NumPy: a band's key is its two uint32 values side by side in one uint64, a sort
finds the equal keys, and each message in a run of equal keys is checked against its neighbour
and the run's first member (so a run of n costs 2n checks, never n^2). Only pairs not already in
one family are checked, so the work shrinks band by band.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from .fingerprint import EMPTY

#: Signature values per LSH band.
BAND_ROWS = 2
#: Estimated Jaccard similarity of masked word pairs at which two messages are one template.
#: Copies of a spintax template measure 0.45-0.9; unrelated pitches below 0.2.
LINK_THRESHOLD = 0.4


def group(signatures: np.ndarray, threshold: float = LINK_THRESHOLD) -> np.ndarray:
    """A family label for every row (``labels[i] == labels[j]`` means one template).

    Rows that were not fingerprinted (all ``EMPTY``) stay alone. ``signatures`` is only read,
    never copied: per band, two columns of the indexed rows are gathered."""
    count = len(signatures)
    indexed = np.flatnonzero(signatures[:, 0] != EMPTY) if count else np.empty(0, np.int64)
    labels = np.arange(count)
    if len(indexed) < 2:
        return labels
    sources: list[np.ndarray] = []
    targets: list[np.ndarray] = []
    component = np.arange(len(indexed))
    bands = signatures.shape[1] // BAND_ROWS
    for band in range(bands):
        left, right = _band_candidates(signatures[indexed, band * BAND_ROWS : (band + 1) * BAND_ROWS])
        fresh = component[left] != component[right]
        left, right = left[fresh], right[fresh]
        if not len(left):
            continue
        similar = _verified(signatures, indexed[left], indexed[right], threshold)
        if similar.any():
            sources.append(left[similar])
            targets.append(right[similar])
        # Components are refreshed after bands 0, 1, 3, 7, ... and the last: early bands link the
        # most. Refreshing less often only lets already-linked pairs be verified again; the
        # final components are the same.
        if band & (band + 1) == 0 or band == bands - 1:
            component = _components(len(indexed), sources, targets)
    labels[indexed] = indexed[_first_member(component)]
    return labels


#: Candidate pairs verified at once: bounds the two gathered signature blocks to ~8 MB.
VERIFY_BLOCK = 16_384


def _verified(signatures: np.ndarray, left: np.ndarray, right: np.ndarray, threshold: float) -> np.ndarray:
    """Which candidate pairs agree on at least ``threshold`` of their signature positions
    (estimated Jaccard similarity), checked block by block."""
    needed = threshold * signatures.shape[1]
    return np.concatenate(
        [
            np.count_nonzero(
                signatures[left[start : start + VERIFY_BLOCK]] == signatures[right[start : start + VERIFY_BLOCK]], axis=1
            )
            >= needed
            for start in range(0, len(left), VERIFY_BLOCK)
        ]
    )


def _band_candidates(band: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of rows that agree on every column of ``band``: neighbours in sorted order and run leaders."""
    columns = band.astype(np.uint64)
    keys = columns[:, 0]
    for column in range(1, BAND_ROWS):
        keys = (keys << np.uint64(32)) | columns[:, column]
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    same_as_previous = sorted_keys[1:] == sorted_keys[:-1]
    if not same_as_previous.any():
        return np.empty(0, np.int64), np.empty(0, np.int64)
    run_start = np.r_[True, ~same_as_previous]
    leader = order[np.maximum.accumulate(np.where(run_start, np.arange(len(order)), 0))]
    followers = np.flatnonzero(same_as_previous) + 1
    neighbour_pairs = (order[followers - 1], order[followers])
    # The second member's leader is its neighbour: that pair is listed once.
    beyond_second = followers[~run_start[followers - 1]]
    leader_pairs = (leader[beyond_second], order[beyond_second])
    return np.r_[neighbour_pairs[0], leader_pairs[0]], np.r_[neighbour_pairs[1], leader_pairs[1]]


def _components(count: int, sources: list[np.ndarray], targets: list[np.ndarray]) -> np.ndarray:
    if not sources:
        return np.arange(count)
    left, right = np.concatenate(sources), np.concatenate(targets)
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(count, count)).tocsr()
    return connected_components(graph, directed=False)[1]


def _first_member(component: np.ndarray) -> np.ndarray:
    """Relabel components by their lowest row, so labels do not depend on discovery order."""
    first = np.full(component.max() + 1, len(component), dtype=np.int64)
    np.minimum.at(first, component, np.arange(len(component)))
    return first[component]


def families(labels: np.ndarray, min_size: int = 2) -> list[np.ndarray]:
    """The row indices of each family with at least ``min_size`` members, ordered by first row."""
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    starts = np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
    ends = np.r_[starts[1:], len(order)]
    groups = [order[s:e] for s, e in zip(starts, ends) if e - s >= min_size]
    return sorted(groups, key=lambda rows: int(rows[0]))
