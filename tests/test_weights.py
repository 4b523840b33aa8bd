"""Every signal has its points in weights.py and a row in docs/signals.md."""

import ast
import re
from pathlib import Path

from unpitch.signals.weights import POINTS, PITCH_KINDS, PROTECTING

ROOT = Path(__file__).resolve().parents[1]
SIGNALS = ROOT / "src" / "unpitch" / "signals"


def emitted_ids() -> set[str]:
    """Every UPPER_SNAKE id passed as the first argument of Signal(...) in the detector modules."""
    found: set[str] = set()
    for module in SIGNALS.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Signal" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found


def test_every_emitted_signal_has_points():
    literal = emitted_ids()
    assert literal, "the scan should find Signal(...) calls"
    assert literal <= set(POINTS)


def test_every_signal_is_documented():
    documented = set(re.findall(r"`([A-Z][A-Z_]+)`", (ROOT / "docs" / "signals.md").read_text(encoding="utf-8")))
    missing = (set(POINTS) | set(PITCH_KINDS) | set(PROTECTING)) - documented
    assert not missing


def test_every_signal_has_a_plain_language_reason():
    from unpitch.reasons import REASON_PHRASES

    assert set(POINTS) <= set(REASON_PHRASES)
