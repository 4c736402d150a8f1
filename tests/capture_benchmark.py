"""The capture benchmark (benchmarks/eval_capture.py), loaded for the tests that judge capture as it does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "eval_capture.py"


def eval_capture() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_capture", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
