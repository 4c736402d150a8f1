"""Conformance: every calendar of recurring-ical-events' own test corpus against that library.

The corpus and the oracle come from the installed recurring-ical-events (pinned in rapport-ics's
[test] extra, see ics_corpus.py). Per calendar the oracle lists every instance in a three-year
floating window from the first event's date; we require the same (UID, start, end) instances, or a
documented difference listed in KNOWN_DIFFERENCES and tested below for exactly that difference.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest
from ics_corpus import NAMES, oracle, read

from rapport_ics import expand, parse_calendar
from rapport_plugins.errors import ParseError

# calendar -> why our answer differs from the oracle's (each has its own test below).
KNOWN_DIFFERENCES = {
    "issue_18_cancel_status.ics": (
        "the oracle lists the instance whose override says STATUS:CANCELLED; a cancelled meeting "
        "needs no briefing, so rapport-ics omits it (include_cancelled=True gives the oracle's list)"
    ),
}

expected = cache(oracle)


def _instances(name: str, **kw) -> list[tuple[str, str, str]]:
    start, end = expected(name)["window"]
    meetings = expand(parse_calendar(read(name), name), start, end, max_instances=100_000, **kw)
    return [(m.uid, m.start.isoformat(), m.end.isoformat()) for m in meetings]


def _agrees(name: str, **kw) -> bool:
    entry = expected(name)
    if "error" in entry:
        try:
            parse_calendar(read(name), name)
        except ParseError:
            return True
        return False
    if entry["window"] is None:
        return not parse_calendar(read(name), name).events
    return Counter(_instances(name, **kw)) == Counter(entry["instances"])


def test_corpus_is_the_installed_one():
    # The wheel of recurring-ical-events 3.8.2 ships 95 calendars (its sdist adds issue42.ics).
    assert len(NAMES) == 95
    assert sum(1 for n in NAMES if "instances" in expected(n)) >= 85


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
    theirs = Counter(expected(name)["instances"])
    assert theirs - mine == Counter({
        ("b65c2b5b-b785-4edc-9560-e0379036d1f2", "2020-01-29T22:00:00+01:00", "2020-01-29T23:00:00+01:00"): 1
    })
    assert not mine - theirs


def test_bad_rrule_file_is_an_error_naming_the_line_and_lenient_mode_keeps_the_rest():
    name = "bad_rrule_missing_until_event.ics"
    assert "UNTIL" in expected(name)["error"]
    data = read(name)
    with pytest.raises(ParseError) as info:
        parse_calendar(data, name)
    assert str(info.value).startswith(f"{name}:") and "RRULE" in str(info.value)
    lenient = parse_calendar(data, name, strict=False)
    assert lenient.events and any("RRULE" in w for w in lenient.warnings)
