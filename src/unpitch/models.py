"""Shipped model artifacts: hash-checked loading and the text features they expect.

Artifacts live in ``unpitch/data/models/`` as pickle-free ``.npz`` files (weights,
class names, feature parameters) listed in ``MANIFEST.json`` with their sha256. A
model is loaded once per process; a missing file or a hash mismatch raises
:class:`unpitch.errors.UnpitchError` naming the artifact, because a silently
corrupted or swapped model would change every verdict without anyone noticing.

The featurizer lives here (not in training/) so that training and inference share
one definition and cannot drift apart.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from .errors import UnpitchError

MANIFEST_NAME = "MANIFEST.json"
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalize_text(text: str) -> str:
    """Lower-case, replace URLs and numbers by placeholders so prices and links generalise."""
    text = _URL.sub(" urltoken ", text)
    text = _NUMBER.sub("0", text)
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class FeatureParams:
    """Everything needed to rebuild the feature space; stored inside the artifact."""

    char_features: int = 2**18
    word_features: int = 2**18
    char_ngram: tuple[int, int] = (2, 5)
    word_ngram: tuple[int, int] = (1, 2)

    @property
    def n_features(self) -> int:
        return self.char_features + self.word_features


class TextFeaturizer:
    """Hashed char_wb + word n-grams, each block sublinear-tf and l2-normalised, side by side."""

    def __init__(self, params: FeatureParams) -> None:
        self.params = params
        common = dict(alternate_sign=False, norm=None, lowercase=False)
        chars = HashingVectorizer(analyzer="char_wb", ngram_range=params.char_ngram, **common)
        words = HashingVectorizer(
            analyzer="word", ngram_range=params.word_ngram, token_pattern=r"(?u)\b\w+\b", **common
        )
        # HashingVectorizer's own transform re-validates its parameters on every call; going through
        # its analyzer and a FeatureHasher gives identical features with a fraction of the overhead.
        self._blocks = [
            (vectorizer.build_analyzer(), FeatureHasher(size, input_type="string", alternate_sign=False, dtype=np.float32))
            for vectorizer, size in ((chars, params.char_features), (words, params.word_features))
        ]

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        cleaned = [normalize_text(text) for text in texts]
        blocks = [_sublinear_l2(hasher.transform(analyze(text) for text in cleaned)) for analyze, hasher in self._blocks]
        return sp.hstack(blocks, format="csr")


def _sublinear_l2(matrix: sp.csr_matrix) -> sp.csr_matrix:
    # log(1+tf) keeps a repeated word from dominating a long message.
    matrix = matrix.tocsr()
    np.log1p(matrix.data, out=matrix.data)
    return normalize(matrix, norm="l2", copy=False)


@dataclass(frozen=True, slots=True)
class LinearTextModel:
    """A multinomial linear classifier over :class:`TextFeaturizer` features."""

    name: str
    classes: tuple[str, ...]
    #: (n_features, n_classes) float32, C-contiguous: sparse @ dense then never copies 10 MB per call.
    weights: np.ndarray
    intercept: np.ndarray  # (n_classes,) float32
    featurizer: TextFeaturizer

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Class probabilities, one row per text, columns in ``classes`` order."""
        if not texts:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        features = self.featurizer.transform(texts)
        scores = np.asarray(features @ self.weights) + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def save_linear_model(
    path: Path, classes: list[str], coef: np.ndarray, intercept: np.ndarray, params: FeatureParams
) -> None:
    """Write a model as ``.npz`` (float16 weights keep it small), byte-for-byte reproducible."""
    arrays = {
        "classes": np.array(classes, dtype=np.str_),
        "coef": coef.astype(np.float16),
        "intercept": intercept.astype(np.float32),
        "feature_params": np.array(
            [params.char_features, params.word_features, *params.char_ngram, *params.word_ngram], dtype=np.int64
        ),
    }
    # np.savez stamps the current time into the zip; a fixed stamp keeps the sha256 stable across retrains.
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(directory: Path) -> dict[str, dict[str, object]]:
    """Record the sha256 and size of every ``.npz`` in ``directory`` (used by training)."""
    manifest = {
        artifact.stem: {"file": artifact.name, "sha256": sha256_of(artifact), "bytes": artifact.stat().st_size}
        for artifact in sorted(directory.glob("*.npz"))
    }
    (directory / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def shipped_models_dir() -> Path:
    """The package's model directory (a real path: the package is installed unzipped)."""
    return Path(str(resources.files("unpitch") / "data" / "models"))


_cache: dict[tuple[str, str], LinearTextModel] = {}
_lock = threading.Lock()


def load_model(name: str, directory: Path | None = None) -> LinearTextModel:
    """Load (once) and hash-check the artifact ``name`` from ``directory`` (default: shipped models)."""
    directory = directory or shipped_models_dir()
    key = (name, str(directory))
    with _lock:
        if key not in _cache:
            _cache[key] = _load_verified(name, directory)
        return _cache[key]


def _load_verified(name: str, directory: Path) -> LinearTextModel:
    manifest_path = directory / MANIFEST_NAME
    if not manifest_path.is_file():
        raise UnpitchError(f"model manifest missing: {manifest_path} (reinstall unpitch)")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnpitchError(f"model manifest unreadable: {manifest_path} ({exc})") from exc
    entry = manifest.get(name)
    if not isinstance(entry, dict) or "file" not in entry or "sha256" not in entry:
        raise UnpitchError(f"model '{name}' is not listed in {manifest_path}")
    artifact = directory / str(entry["file"])
    if not artifact.is_file():
        raise UnpitchError(f"model '{name}' missing: {artifact} (reinstall unpitch)")
    actual = sha256_of(artifact)
    if actual != entry["sha256"]:
        raise UnpitchError(
            f"model '{name}' failed its integrity check: {artifact} has sha256 {actual[:12]}…, "
            f"manifest expects {str(entry['sha256'])[:12]}… (reinstall unpitch)"
        )
    return _read_linear_model(name, artifact)


def _read_linear_model(name: str, artifact: Path) -> LinearTextModel:
    try:
        with np.load(artifact, allow_pickle=False) as data:
            char_features, word_features, c_lo, c_hi, w_lo, w_hi = (int(v) for v in data["feature_params"])
            params = FeatureParams(char_features, word_features, (c_lo, c_hi), (w_lo, w_hi))
            weights = np.ascontiguousarray(data["coef"].astype(np.float32).T)
            intercept = data["intercept"].astype(np.float32)
            classes = tuple(str(c) for c in data["classes"])
    except (OSError, KeyError, ValueError) as exc:
        raise UnpitchError(f"model '{name}' unreadable: {artifact} ({exc})") from exc
    if weights.shape != (params.n_features, len(classes)) or intercept.shape != (len(classes),):
        raise UnpitchError(f"model '{name}' has inconsistent shapes: {artifact}")
    return LinearTextModel(name, classes, weights, intercept, TextFeaturizer(params))
