"""Conformance: every calendar of the shared ICS corpus against the recurring-ical-events oracle.

The oracle (expected.json) lists, per calendar, the instances recurring-ical-events 3.8.2 finds in
a three-year floating window (first 500, sorted, plus the total count). We require the same
(UID, start, end) instances, or a documented difference listed in KNOWN_DIFFERENCES and tested
below for exactly that difference.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from rapport_ics import expand, parse_calendar
from rapport_plugins.errors import ParseError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "ics-corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8")) if CORPUS.is_dir() else {}
NAMES = sorted(k for k in EXPECTED if k != "_about")

# calendar -> why our answer differs from the oracle's (each has its own test below).
KNOWN_DIFFERENCES = {
    "issue_18_cancel_status.ics": (
        "the oracle lists the instance whose override says STATUS:CANCELLED; a cancelled meeting "
        "needs no briefing, so rapport-ics omits it (include_cancelled=True gives the oracle's list)"
    ),
}


def _instances(name: str, **kw) -> list[tuple[str, str, str]]:
    entry = EXPECTED[name]
    cal = parse_calendar((CORPUS / "calendars" / name).read_bytes(), name)
    start, end = (datetime.fromisoformat(x) for x in entry["window"])
    meetings = expand(cal, start, end, max_instances=100_000, **kw)
    return [(m.uid, m.start.isoformat(), m.end.isoformat()) for m in meetings]


def _agrees(name: str, **kw) -> bool:
    entry = EXPECTED[name]
    if "error" in entry:
        try:
            parse_calendar((CORPUS / "calendars" / name).read_bytes(), name)
        except ParseError:
            return True
        return False
    if entry["window"] is None:
        cal = parse_calendar((CORPUS / "calendars" / name).read_bytes(), name)
        return not cal.events
    mine = _instances(name, **kw)
    theirs = [tuple(i[:3]) for i in entry["instances"]]
    if len(mine) != entry["count"]:
        return False
    if entry["count"] == len(theirs):
        return Counter(mine) == Counter(theirs)
    # Truncated at 500: theirs must be ours up to the same last start.
    return not Counter(theirs) - Counter(mine) and mine[len(theirs) - 1][1] == theirs[-1][1]


def test_corpus_is_present():
    assert CORPUS.is_dir(), f"ICS corpus not found at {CORPUS} (expected ../shared beside the repo)"
    assert len(NAMES) == 96


@pytest.mark.parametrize("name", NAMES)
def test_calendar_agrees_with_oracle(name):
    if name in KNOWN_DIFFERENCES:
        # Documented difference (asserted exactly below): it must still be there, and be the only one.
        assert not _agrees(name), f"{name}: now agrees, remove it from KNOWN_DIFFERENCES"
        assert _agrees(name, include_cancelled=True), KNOWN_DIFFERENCES[name]
        return
    assert _agrees(name), f"{name}: differs from the oracle"


def test_agreement_figure():
    agreeing = sum(_agrees(n) for n in NAMES)
    assert agreeing == len(NAMES) - len(KNOWN_DIFFERENCES)
    # With cancelled instances kept, the semantics are the oracle's exactly.
    assert all(_agrees(n, include_cancelled=True) for n in NAMES)


def test_cancelled_instance_is_the_only_difference():
    name = "issue_18_cancel_status.ics"
    mine = Counter(_instances(name))
    theirs = Counter(tuple(i[:3]) for i in EXPECTED[name]["instances"])
    assert theirs - mine == Counter({
        ("b65c2b5b-b785-4edc-9560-e0379036d1f2", "2020-01-29T22:00:00+01:00", "2020-01-29T23:00:00+01:00"): 1
    })
    assert not mine - theirs


def test_bad_rrule_file_is_an_error_naming_the_line_and_lenient_mode_keeps_the_rest():
    name = "bad_rrule_missing_until_event.ics"
    assert "UNTIL" in EXPECTED[name]["error"]
    data = (CORPUS / "calendars" / name).read_bytes()
    with pytest.raises(ParseError) as info:
        parse_calendar(data, name)
    assert str(info.value).startswith(f"{name}:") and "RRULE" in str(info.value)
    lenient = parse_calendar(data, name, strict=False)
    assert lenient.events and any("RRULE" in w for w in lenient.warnings)
