"""The personal model: an online logistic regression over :mod:`features`, trained on the marks.

It is kept in dual form as well: the weight vector is ``sum(coefficient[i] * x[i])`` over the
marks, so a conversation's margin splits exactly into one share per mark. That is what the
explanation quotes as "the marks that caused it", and why undoing a mark is exact: the model is
retrained from the remaining marks, deterministically, as if the undone mark never existed.

There is no intercept: with only junk marks an intercept would push every conversation towards
junk. A conversation far from every mark gets a margin near 0 and no signal.

The model file (``<db>.personal.npz``) is versioned and its sha256 is recorded in the database;
a missing, corrupt, foreign or stale file raises :class:`ModelUnavailable` and the caller falls
back to the built-in model (rules from marks still apply).
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from ..errors import UnpitchError
from .features import BLOCK_FEATURES, Snapshot, vectorize_cached

#: Bumped whenever the features or the file layout change; older files are rebuilt from marks.
FORMAT_VERSION = 1
#: Step size of the logistic regression. Rows are l2-normalised blocks, so one step moves the
#: margin of the marked conversation by about STEP * (1 + SHAPE_WEIGHT²) / 2.
STEP = 1.0
#: Passes over the marks: with a handful of marks a single pass leaves the model timid.
EPOCHS = 4
N_FEATURES = 2 * BLOCK_FEATURES


class ModelUnavailable(UnpitchError):
    """The personal model file cannot be used; the message says why and what happens instead."""


@dataclass(slots=True)
class PersonalModel:
    """Weights plus the per-mark coefficients that explain them."""

    mark_ids: np.ndarray  # (n,) int64, in training order
    coefficients: np.ndarray  # (n,) float64; w = X.T @ coefficients
    weights: np.ndarray  # (N_FEATURES,) float64, dense for fast scoring

    @property
    def size(self) -> int:
        return len(self.mark_ids)

    def margins(self, vectors: sp.csr_matrix) -> np.ndarray:
        """The model's margin (log-odds of junk) for each row."""
        return np.asarray(vectors @ self.weights).ravel()

    def contributions(self, vector: sp.csr_matrix, mark_vectors: sp.csr_matrix) -> np.ndarray:
        """Each mark's share of one conversation's margin (they sum to the margin)."""
        return np.asarray((mark_vectors @ vector.T).todense()).ravel() * self.coefficients


#: Up to this many marks the model trains through the marks' Gram matrix (n² floats: 3,000 marks
#: take 72 MB): one dot product per step instead of a sparse gather and scatter. Beyond it, in
#: the feature space directly. Both compute w = X.T @ coefficients with the same updates.
DUAL_MAX_MARKS = 3000


def train(mark_ids: list[int], snapshots: list[Snapshot], junk: list[bool]) -> tuple[PersonalModel, sp.csr_matrix]:
    """Fit on the marks in the order they were made; returns the model and the marks' vectors."""
    vectors = vectorize_cached(snapshots)
    targets = np.array(junk, dtype=np.float64)
    if len(snapshots) <= DUAL_MAX_MARKS:
        coefficients = _fit_dual(vectors, targets)
        weights = np.asarray(vectors.T @ coefficients).ravel() if len(snapshots) else np.zeros(N_FEATURES)
    else:
        coefficients, weights = _fit_primal(vectors, targets)
    return PersonalModel(np.array(mark_ids, dtype=np.int64), coefficients, weights), vectors


def _gradient(target: float, margin: float) -> float:
    return target - 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))


def _fit_dual(vectors: sp.csr_matrix, targets: np.ndarray) -> np.ndarray:
    gram = (vectors @ vectors.T).toarray()
    coefficients = np.zeros(len(targets))
    for _ in range(EPOCHS):
        for i in range(len(targets)):
            coefficients[i] += STEP * _gradient(targets[i], float(gram[i] @ coefficients))
    return coefficients


def _fit_primal(vectors: sp.csr_matrix, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    coefficients = np.zeros(len(targets))
    weights = np.zeros(N_FEATURES)
    for _ in range(EPOCHS):
        for i in range(len(targets)):
            start, end = vectors.indptr[i], vectors.indptr[i + 1]
            index, value = vectors.indices[start:end], vectors.data[start:end]
            gradient = _gradient(targets[i], float(weights[index] @ value))
            weights[index] += STEP * gradient * value
            coefficients[i] += STEP * gradient
    return coefficients, weights


def save(model: PersonalModel, path: Path) -> str:
    """Write the model atomically (temp file + rename); returns its sha256.

    No fsync: the file is derived from the marks, which the database keeps durably. After a crash
    or power loss a file that did not reach the disk fails its sha256 check against the database,
    the scan warns and falls back, and the next mark or ``marks --rebuild`` rewrites it. The fsync
    was most of a mark's time on a busy disk.
    """
    nonzero = np.flatnonzero(model.weights)
    arrays = {
        "format_version": np.array([FORMAT_VERSION], dtype=np.int64),
        "n_features": np.array([N_FEATURES], dtype=np.int64),
        "mark_ids": model.mark_ids,
        "coefficients": model.coefficients,
        "weight_index": nonzero.astype(np.int64),
        "weight_value": model.weights[nonzero],
    }
    payload = _npz_bytes(arrays)
    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UnpitchError(f"{path}: could not write the personal model ({exc})") from None
    return hashlib.sha256(payload).hexdigest()


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    # A fixed zip timestamp keeps equal models byte-identical, so their hashes compare. Stored,
    # not deflated: the file is small and a mark must stay well under 50 ms.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(info, member.getvalue())
    return buffer.getvalue()


def load(path: Path, expected_sha256: str, expected_mark_ids: list[int]) -> PersonalModel:
    """Read and check the model file; :class:`ModelUnavailable` says what is wrong with it."""
    if not path.is_file():
        raise ModelUnavailable(f"{path}: personal model missing")
    payload = path.read_bytes()
    actual = hashlib.sha256(payload).hexdigest()
    if actual != expected_sha256:
        raise ModelUnavailable(
            f"{path}: personal model failed its integrity check (sha256 {actual[:12]}…, the database expects "
            f"{expected_sha256[:12]}…)"
        )
    try:
        with np.load(io.BytesIO(payload), allow_pickle=False) as data:
            version = int(data["format_version"][0])
            n_features = int(data["n_features"][0])
            mark_ids, coefficients = data["mark_ids"].astype(np.int64), data["coefficients"].astype(np.float64)
            index, value = data["weight_index"].astype(np.int64), data["weight_value"].astype(np.float64)
    except (OSError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
        raise ModelUnavailable(f"{path}: personal model unreadable ({exc})") from None
    if version != FORMAT_VERSION or n_features != N_FEATURES:
        raise ModelUnavailable(f"{path}: personal model has format {version}, this unpitch reads format {FORMAT_VERSION}")
    if mark_ids.tolist() != list(expected_mark_ids) or len(coefficients) != len(mark_ids):
        raise ModelUnavailable(f"{path}: personal model was trained on other marks than the database holds")
    if len(index) != len(value) or (len(index) and (index.min() < 0 or index.max() >= N_FEATURES)):
        raise ModelUnavailable(f"{path}: personal model has inconsistent weights")
    weights = np.zeros(N_FEATURES)
    weights[index] = value
    return PersonalModel(mark_ids, coefficients, weights)


def model_path(db_path: Path) -> Path:
    """Where the personal model of a database lives: ``unpitch.db`` -> ``unpitch.personal.npz``."""
    return db_path.with_name(f"{db_path.stem}.personal.npz")
