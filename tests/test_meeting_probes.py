"""The 90 blind meetings of the twenty-first round (tests/data/probes/meetings_blind/, README there): whole notes and
transcripts in the held-out split's own shape, by six writers who never read the engine, half of them steered to
delicate matters said in passing. Captured and briefed exactly as the benchmark does; the figures the round left are
held as floors and ceilings (docs/capture.md, "Twenty-first round", has them before and after tuning)."""

from __future__ import annotations

from pathlib import Path

import pytest
from capture_benchmark import eval_capture

HERE = Path(__file__).resolve().parent
MEETINGS = HERE / "data" / "probes" / "meetings_blind"


@pytest.fixture(scope="module")
def figures() -> dict:
    return eval_capture().evaluate("dev", MEETINGS)


def _days(figures: dict) -> tuple[int, int]:
    pairs = [p for r in figures["details"] for p in r["pairs"]]
    right = sum(1 for e, m in pairs if e.get("event_date") == m["event_date"])
    wrong = sum(1 for e, m in pairs if m["event_date"] and m["event_date"] != e.get("event_date"))
    return right, wrong


def test_the_meetings_are_all_there(figures):
    assert figures["cases"] == 90 and figures["expected"] == 323


def test_no_delicate_detail_opens_a_conversation(figures):
    assert figures["briefed"] == 90
    assert figures["sensitive_openers"] == 0


def test_few_details_keep_another_day_than_the_writers(figures):
    # on arrival 7 in the first four writers' 60 meetings; none in the last two writers' 30, read before any rule
    # came from them
    assert _days(figures)[1] <= 4


def test_most_details_keep_the_writers_day(figures):
    assert _days(figures)[0] >= 226


def test_capture_finds_what_the_writers_kept(figures):
    assert figures["true_positives"] >= 255
    assert figures["proposal_precision"] >= 0.77
