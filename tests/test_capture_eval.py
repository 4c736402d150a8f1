"""The capture evaluation (benchmarks/eval_capture.py) must not regress below these floors."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "eval_capture.py"


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("eval_capture", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate()


def test_there_are_at_least_40_examples(figures):
    assert figures["cases"] >= 40 and figures["expected"] >= 60


def test_capture_precision_and_recall_floors(figures):
    assert figures["precision"] >= 0.85, figures["precision"]
    assert figures["recall"] >= 0.85, figures["recall"]


def test_dates_and_sensitivity_floors(figures):
    assert figures["date_accuracy"] >= 0.75, figures["date_accuracy"]
    assert figures["sensitivity_accuracy"] >= 0.85, figures["sensitivity_accuracy"]


def test_no_sensitive_memory_is_offered_as_an_opener(figures):
    assert figures["prompt_kind_recall"] is not None  # the briefing engine ran
    assert figures["sensitive_openers"] == []


def test_no_memory_from_the_users_own_lines(figures):
    own = [r for r in figures["details"] if r["case"] in {"17_me_only_disclosures", "18_questions_and_hypotheticals"}]
    assert len(own) == 2 and all(r["captured"] == [] for r in own)
