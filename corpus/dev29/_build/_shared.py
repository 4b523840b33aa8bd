"""Path glue shared by the dev29 persona scripts: finds corpus/_build/common.py."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

OUT_ROOT = HERE.parent

__all__ = ["Export", "Person", "OUT_ROOT"]
