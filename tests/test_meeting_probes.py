"""The blind meetings (tests/data/probes/meetings_blind*/, README in each): whole notes and transcripts in the held-out
split's own shape, by writers who never read the engine, many steered to delicate matters said in passing. Captured
and briefed exactly as the benchmark does; the figures each round left are held as floors and ceilings
(docs/capture.md, "Twenty-first round" to "Twenty-third round", have them on arrival and after tuning)."""

from __future__ import annotations

from pathlib import Path

import pytest
from capture_benchmark import eval_capture

HERE = Path(__file__).resolve().parent / "data" / "probes"

# folder: (meetings, details kept, most wrong days, fewest right days, fewest found, lowest proposal precision)
SETS = {
    # twenty-first round, six writers: on arrival 7 wrong days in the first four writers' 60 meetings, none in the
    # last two writers' 30, read before any rule came from them
    "meetings_blind": (90, 323, 4, 226, 255, 0.77),
    # twenty-second and twenty-third rounds, eight writers: on arrival 1 wrong of 118 matched (SA-SC), 2 of 53 (SE),
    # 6 of 185 (TA-TD), and one delicate opener in each of SE and TD
    "meetings_blind_2": (118, 443, 3, 333, 361, 0.78),
    # twenty-third round, eight more writers (UA-UD, VA-VD): on arrival 12 wrong of 359 matched, no delicate opener
    "meetings_blind_3": (120, 458, 5, 312, 362, 0.75),
    # four writers (WA-WD) measured on arrival after the twenty-third round's held-out figures: 5 wrong of 178, one
    # delicate opener (WB's, then closed); their wrong days are left for the next round
    "meetings_blind_4": (60, 235, 5, 154, 178, 0.75),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def probe(request) -> tuple[dict, tuple]:
    return eval_capture().evaluate("dev", HERE / request.param), SETS[request.param]


def _days(figures: dict) -> tuple[int, int]:
    pairs = [p for r in figures["details"] for p in r["pairs"]]
    right = sum(1 for e, m in pairs if e.get("event_date") == m["event_date"])
    wrong = sum(1 for e, m in pairs if m["event_date"] and m["event_date"] != e.get("event_date"))
    return right, wrong


def test_the_meetings_are_all_there(probe):
    figures, (cases, expected, *_) = probe
    assert figures["cases"] == cases and figures["expected"] == expected


def test_no_delicate_detail_opens_a_conversation(probe):
    figures, (cases, *_) = probe
    assert figures["briefed"] == cases
    assert figures["sensitive_openers"] == 0


def test_few_details_keep_another_day_than_the_writers(probe):
    figures, (_, _, most_wrong, *_) = probe
    assert _days(figures)[1] <= most_wrong


def test_most_details_keep_the_writers_day(probe):
    figures, (_, _, _, fewest_right, *_) = probe
    assert _days(figures)[0] >= fewest_right


def test_capture_finds_what_the_writers_kept(probe):
    figures, (*_, fewest_found, precision) = probe
    assert figures["true_positives"] >= fewest_found
    assert figures["proposal_precision"] >= precision
