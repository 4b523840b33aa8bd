"""The detector registry. Adding a detector = one module + one ``register`` call here."""

from __future__ import annotations

from .base import Context, Detector, Signal

_REGISTRY: list[Detector] = []


def register(detector: Detector) -> Detector:
    """Add a detector to the pipeline (idempotent by name)."""
    if all(existing.name != detector.name for existing in _REGISTRY):
        _REGISTRY.append(detector)
    return detector


def detectors() -> list[Detector]:
    """Every registered detector, in registration order."""
    _load_builtin()
    return list(_REGISTRY)


def _load_builtin() -> None:
    # Imported lazily so that readers and outputs never pay for model loading.
    from . import builtin  # noqa: F401


__all__ = ["Context", "Detector", "Signal", "detectors", "register"]
