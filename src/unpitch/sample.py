"""The bundled sample inbox: a fictional LinkedIn export shipped with the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_path() -> Path:
    """Folder of the bundled sample export."""
    return Path(str(resources.files("unpitch") / "data" / "sample"))


def sample_labels_path() -> Path:
    """The labels of the sample's conversations (genuine / wanted_pitch / junk)."""
    return Path(str(resources.files("unpitch") / "data" / "sample_labels.csv"))
