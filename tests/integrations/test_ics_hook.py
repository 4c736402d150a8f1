"""The rapport_calendar_events hook of rapport-ics, through the real plugin manager."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from rapport_ics import rapport_calendar_events
from rapport_plugins.config import Config
from rapport_plugins.models import Window
from rapport_plugins.plugins import build_plugin_manager

BERLIN = ZoneInfo("Europe/Berlin")
WINDOW = Window(datetime(2026, 3, 1, tzinfo=BERLIN), datetime(2026, 3, 31, tzinfo=BERLIN))

GOOD = """BEGIN:VCALENDAR\r
BEGIN:VEVENT\r
UID:anna-1-1\r
DTSTART;TZID=Europe/Berlin:20260302T100000\r
DTEND;TZID=Europe/Berlin:20260302T103000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:1-1 Anna\r
ATTENDEE;CN=Anna Berg;PARTSTAT=ACCEPTED:mailto:anna@example.org\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:floating\r
DTSTART:20260310T090000\r
SUMMARY:Floating breakfast\r
END:VEVENT\r
END:VCALENDAR\r
"""

BROKEN = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260302T100000Z\r\n"


def config(tmp_path, section):
    (tmp_path / "cals").mkdir(exist_ok=True)
    (tmp_path / "cals" / "good.ics").write_text(GOOD, encoding="utf-8")
    (tmp_path / "cals" / "broken.ics").write_text(BROKEN, encoding="utf-8")
    return Config(tmp_path, {"ics": section} if section is not None else {})


def test_not_configured_returns_none(tmp_path):
    assert rapport_calendar_events(window=WINDOW, config=config(tmp_path, None)) is None
    assert rapport_calendar_events(window=WINDOW, config=config(tmp_path, {"calendars": []})) is None


def test_reads_relative_paths_and_reads_floating_times_in_the_configured_zone(tmp_path):
    cfg = config(tmp_path, {"calendars": ["cals/good.ics"], "timezone": "Europe/Berlin"})
    meetings = rapport_calendar_events(window=WINDOW, config=cfg)
    assert [(m.uid, m.start.isoformat()) for m in meetings] == [
        ("anna-1-1", "2026-03-02T10:00:00+01:00"),
        ("anna-1-1", "2026-03-09T10:00:00+01:00"),
        ("floating", "2026-03-10T09:00:00+01:00"),
        ("anna-1-1", "2026-03-16T10:00:00+01:00"),
    ]
    assert meetings[0].source == f"ics:{tmp_path / 'cals' / 'good.ics'}"
    assert meetings[0].attendees[0].email == "anna@example.org"


def test_one_bad_calendar_is_reported_and_the_others_still_answer(tmp_path, capsys):
    cfg = config(tmp_path, {"calendars": ["cals/missing.ics", "cals/broken.ics", "cals/good.ics"],
                            "timezone": "UTC"})
    meetings = rapport_calendar_events(window=WINDOW, config=cfg)
    assert len(meetings) == 4
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"rapport: {tmp_path / 'cals' / 'missing.ics'}: calendar file not found",
        f"rapport: {tmp_path / 'cals' / 'broken.ics'}:2: BEGIN:VEVENT is never closed",
    ]


def test_max_instances_cuts_one_event_with_a_one_line_warning(tmp_path, capsys):
    cfg = config(tmp_path, {"calendars": ["cals/good.ics"], "max_instances": 2, "timezone": "UTC"})
    meetings = rapport_calendar_events(window=WINDOW, config=cfg)
    assert [m.uid for m in meetings].count("anna-1-1") == 2  # a weekly series of 3, cut at 2
    assert "floating" in [m.uid for m in meetings]  # the other events are not crowded out
    [line] = capsys.readouterr().err.splitlines()
    assert "good.ics:" in line and "more than 2 instances" in line


def test_registered_through_the_entry_point(tmp_path):
    cfg = config(tmp_path, {"calendars": ["cals/good.ics"], "timezone": "UTC"})
    pm = build_plugin_manager(cfg)
    assert pm.info["ics"].kind == "entrypoint" and pm.info["ics"].distribution == "rapport-ics"
    batches = pm.call("rapport_calendar_events", window=WINDOW, config=cfg)
    assert sum(len(b) for b in batches) >= 4
    assert any(m.uid == "anna-1-1" for b in batches for m in b)
