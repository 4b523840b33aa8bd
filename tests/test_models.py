"""The model loader: hash-checked, pickle-free, cached."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from unpitch.errors import UnpitchError
from unpitch.models import load_model, sha256_of, shipped_models_dir


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped artifacts that a test may damage."""
    for name in ("intent.npz", "MANIFEST.json"):
        shutil.copy(shipped_models_dir() / name, tmp_path / name)
    return tmp_path


def test_shipped_manifest_matches_artifact() -> None:
    manifest = json.loads((shipped_models_dir() / "MANIFEST.json").read_text())
    assert manifest["intent"]["sha256"] == sha256_of(shipped_models_dir() / "intent.npz")


def test_load_is_cached_and_shapes_agree() -> None:
    model = load_model("intent")
    assert load_model("intent") is model
    assert model.classes == ("sell", "recruit", "network", "buy", "none")
    assert model.weights.shape == (model.featurizer.params.n_features, 5)


def test_tampered_artifact_raises_clear_error(model_copy: Path) -> None:
    artifact = model_copy / "intent.npz"
    artifact.write_bytes(artifact.read_bytes() + b"tampered")
    with pytest.raises(UnpitchError, match="intent.*integrity check"):
        load_model("intent", model_copy)


def test_missing_artifact_raises(model_copy: Path) -> None:
    (model_copy / "intent.npz").unlink()
    with pytest.raises(UnpitchError, match="missing"):
        load_model("intent", model_copy)


def test_unlisted_model_raises(model_copy: Path) -> None:
    with pytest.raises(UnpitchError, match="not listed"):
        load_model("sentiment", model_copy)


def test_missing_manifest_raises(model_copy: Path) -> None:
    (model_copy / "MANIFEST.json").unlink()
    with pytest.raises(UnpitchError, match="manifest missing"):
        load_model("intent", model_copy)


def test_copy_with_valid_hash_predicts_like_shipped(model_copy: Path) -> None:
    texts = ["Could you send me your rates?", "Thanks for the invoice."]
    assert np.allclose(load_model("intent", model_copy).predict_proba(texts), load_model("intent").predict_proba(texts))
