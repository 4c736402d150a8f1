"""rapport-ics parsing: content lines, values, time zones and bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_ics import expand, meetings_from_ics, parse_calendar
from rapport_plugins.errors import ParseError
from rapport_plugins.models import Window

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")


def cal(*lines: str, head: tuple[str, ...] = ()) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *head, *lines, "END:VCALENDAR"]) + "\r\n").encode()


def event(*lines: str, uid: str = "e1") -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT")


def one(data: bytes, start=datetime(2026, 1, 1), end=datetime(2027, 1, 1), **kw):
    meetings = expand(parse_calendar(data, "t.ics"), start, end, **kw)
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_fold_splitting_a_utf8_character_is_unfolded_before_decoding():
    summary = "SUMMARY:Caf\u00e9 with J\u00fcrgen".encode()
    cut = summary.index("\u00e9".encode()) + 1  # between the two bytes of é
    data = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260105T100000Z\r\n"
    data += summary[:cut] + b"\r\n " + summary[cut:] + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert one(data).title == "Caf\u00e9 with J\u00fcrgen"


def test_lf_only_files_and_tab_folds():
    data = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20260105T100000Z\nSUMMARY:Team\n\tsync\nEND:VEVENT\nEND:VCALENDAR\n"
    assert one(data).title == "Teamsync"


def test_text_escapes():
    m = one(cal(*event("DTSTART:20260105T100000Z", r"SUMMARY:a\, b\; c\\d", r"DESCRIPTION:line1\nline2\Nline3")))
    assert m.title == "a, b; c\\d"
    assert m.description == "line1\nline2\nline3"


def test_quoted_parameters_and_attendees():
    m = one(cal(*event(
        "DTSTART:20260105T100000Z",
        'ORGANIZER;CN="Boss: The; Real":mailto:boss@example.com',
        'ATTENDEE;CN="Doe, Jane";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:MAILTO:jane@example.com',
        "ATTENDEE;CUTYPE=ROOM;CN=Room 1;PARTSTAT=NEEDS-ACTION:mailto:room1@example.com",
        "ATTENDEE:mailto:nocn@example.com",
    )))
    jane, room, plain = m.attendees
    assert (jane.email, jane.name, jane.response, jane.is_resource) == ("jane@example.com", "Doe, Jane", "accepted", False)
    assert room.is_resource and room.response == "needs-action"
    assert plain.name is None and plain.email == "nocn@example.com"
    assert m.organizer.name == "Boss: The; Real" and m.organizer.organizer
    assert [a.email for a in m.people()] == ["jane@example.com", "nocn@example.com", "boss@example.com"]


def test_dtend_duration_and_missing_dtend():
    with_dur = one(cal(*event("DTSTART:20260105T100000Z", "DURATION:PT1H30M")))
    assert with_dur.end - with_dur.start == timedelta(hours=1, minutes=30)
    no_end = one(cal(*event("DTSTART:20260105T100000Z")))
    assert no_end.end == no_end.start
    day = one(cal(*event("DTSTART;VALUE=DATE:20260105")))
    assert (day.start, day.end, day.all_day) == (date(2026, 1, 5), date(2026, 1, 6), True)


def test_all_day_event_spanning_days():
    m = one(cal(*event("DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260108", "SUMMARY:Offsite")))
    assert m.all_day and m.start == date(2026, 1, 5) and m.end == date(2026, 1, 8)
    assert m.recurrence_id is None


def test_floating_time_stays_naive_or_takes_the_given_zone():
    data = cal(*event("DTSTART:20260105T100000", "DTEND:20260105T110000"))
    assert one(data).start == datetime(2026, 1, 5, 10, 0)
    zoned = one(data, floating_tz=BERLIN)
    assert zoned.start == datetime(2026, 1, 5, 10, 0, tzinfo=BERLIN)
    assert zoned.start.utcoffset() == timedelta(hours=1)


def test_iana_windows_and_prefixed_tzids():
    for tzid in ("America/New_York", "Eastern Standard Time", "/mozilla.org/20050126_1/America/New_York",
                 '"America/New_York"'):
        m = one(cal(*event(f"DTSTART;TZID={tzid}:20260705T100000")))
        assert m.start.isoformat() == "2026-07-05T10:00:00-04:00", tzid
        assert m.timezone == "America/New_York"
    m = one(cal(*event("DTSTART;TZID=W. Europe Standard Time:20260105T100000")))
    assert m.start.utcoffset() == timedelta(hours=1)


CUSTOM_TZ = (
    "BEGIN:VTIMEZONE", "TZID:My Office Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def test_custom_vtimezone_is_built_from_its_rules():
    data = cal(*CUSTOM_TZ, *event("DTSTART;TZID=My Office Time:20260105T100000", "RRULE:FREQ=MONTHLY;COUNT=8",
                                  "DURATION:PT1H"))
    meetings = expand(parse_calendar(data, "t.ics"), datetime(2026, 1, 1), datetime(2027, 1, 1))
    offsets = [m.start.utcoffset() for m in meetings]
    assert offsets == [timedelta(hours=1)] * 3 + [timedelta(hours=2)] * 5  # DST from 29 March
    assert meetings[3].start.astimezone(BERLIN).hour == 10
    assert meetings[0].timezone == "My Office Time"


def test_unknown_tzid_falls_back_to_floating_with_a_warning():
    data = cal(*event("DTSTART;TZID=Mars/Olympus:20260105T100000"))
    calendar = parse_calendar(data, "t.ics")
    assert any("unknown TZID 'Mars/Olympus'" in w and w.startswith("t.ics:") for w in calendar.warnings)
    assert expand(calendar, datetime(2026, 1, 1), datetime(2027, 1, 1))[0].start == datetime(2026, 1, 5, 10)


def test_x_wr_timezone_shows_utc_and_floating_times_in_that_zone():
    data = cal(*event("DTSTART:20260105T170000Z", "DTEND:20260105T180000Z", uid="a"),
               *event("DTSTART:20260106T090000", uid="b"), head=("X-WR-TIMEZONE:America/New_York",))
    a, b = expand(parse_calendar(data, "t.ics"), datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert a.start.isoformat() == "2026-01-05T12:00:00-05:00"
    assert b.start.isoformat() == "2026-01-06T09:00:00-05:00"


# Bad input ----------------------------------------------------------------------------------

def test_malformed_line_names_source_and_line():
    data = cal(*event("DTSTART:20260105T100000Z", "THIS LINE HAS NO COLON"))
    with pytest.raises(ParseError, match=r"^bad\.ics:6: malformed content line"):
        parse_calendar(data, "bad.ics")


def test_bad_rrule_strict_error_and_lenient_warning_keeps_the_event():
    data = cal(*event("DTSTART:20260105T100000Z", "RRULE:FREQ=SOMETIMES"))
    with pytest.raises(ParseError, match=r"^bad\.ics:6: bad RRULE 'FREQ=SOMETIMES'"):
        parse_calendar(data, "bad.ics")
    calendar = parse_calendar(data, "bad.ics", strict=False)
    assert calendar.warnings == ["bad.ics:6: bad RRULE 'FREQ=SOMETIMES': unknown FREQ 'SOMETIMES'"]
    assert len(expand(calendar, datetime(2026, 1, 1), datetime(2027, 1, 1))) == 1


def test_bad_date_skips_only_that_event_in_lenient_mode():
    data = cal(*event("DTSTART:2026-01-05", uid="bad"), *event("DTSTART:20260106T100000Z", uid="good"))
    with pytest.raises(ParseError, match=r"t\.ics:5: DTSTART: bad DATE"):
        parse_calendar(data, "t.ics")
    calendar = parse_calendar(data, "t.ics", strict=False)
    assert [e.uid for e in calendar.events] == ["good"]


@pytest.mark.parametrize("data, message", [
    (b"", r"^empty\.ics: empty calendar"),
    (b"\r\n\r\n", r"^empty\.ics: empty calendar"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"^empty\.ics:1: not a text calendar"),
    (b"hello: world\r\n", r"^empty\.ics:1: not an iCalendar file"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", r"^empty\.ics:2: BEGIN:VEVENT is never closed"),
    (b'BEGIN:VCALENDAR\r\nX-A;P="open:1\r\nEND:VCALENDAR\r\n', r"^empty\.ics:2: unclosed quote"),
])
def test_structural_errors(data, message):
    with pytest.raises(ParseError, match=message):
        parse_calendar(data, "empty.ics")


def test_no_events_is_not_an_error():
    assert parse_calendar(cal(), "t.ics").events == []


def test_meetings_from_ics_convenience_and_source():
    data = cal(*event("DTSTART:20260105T100000Z", "SUMMARY:1:1 with Ana"))
    window = Window(datetime(2026, 1, 5, tzinfo=BERLIN), datetime(2026, 1, 6, tzinfo=BERLIN))
    [m] = meetings_from_ics(data, window, "/cal/work.ics")
    assert m.title == "1:1 with Ana" and m.source == "ics:/cal/work.ics" and m.key == "e1@2026-01-05T10:00:00+00:00"
    assert meetings_from_ics(data.decode(), window, "x") != []  # str input works too


def _fold_bytes(line: bytes, cuts: list[int]) -> bytes:
    pieces, last = [], 0
    for cut in sorted(set(c for c in cuts if 0 < c < len(line))):
        pieces.append(line[last:cut])
        last = cut
    pieces.append(line[last:])
    return b"\r\n ".join(pieces)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60),
       st.lists(st.integers(min_value=1, max_value=300), max_size=8))
def test_any_fold_positions_round_trip(summary, cuts):
    escaped = summary.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    line = _fold_bytes(f"SUMMARY:{escaped}".encode(), cuts)
    data = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260105T100000Z\r\n" + line
            + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert parse_calendar(data, "t.ics").events[0].summary == summary


def test_invalid_utf8_falls_back_to_cp1252_per_line():
    data = cal(*event("DTSTART:20260105T100000Z")).replace(b"UID:e1", b"UID:e1\r\nSUMMARY:Caf\xe9")
    assert one(data).title == "Caf\u00e9"


def test_error_lines_count_folded_lines():
    data = cal(*event("DTSTART:20260105T100000Z", "DESCRIPTION:long", " continued", " more", "BROKEN"))
    with pytest.raises(ParseError, match=r"^t\.ics:9: malformed content line 'BROKEN'"):
        parse_calendar(data, "t.ics")


def test_custom_vtimezone_with_rdates_converts_both_ways():
    tz_block = (
        "BEGIN:VTIMEZONE", "TZID:Custom RDATE Zone",
        "BEGIN:STANDARD", "DTSTART:20251026T030000", "RDATE:20261025T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "TZNAME:CST", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CDT", "END:DAYLIGHT",
        "END:VTIMEZONE",
    )
    calendar = parse_calendar(cal(*tz_block, *event("DTSTART;TZID=Custom RDATE Zone:20260601T120000")), "t.ics")
    zone = calendar.timezones["Custom RDATE Zone"]
    summer = calendar.events[0].start
    assert summer.utcoffset() == timedelta(hours=2) and summer.tzname() == "CDT"
    assert datetime(2026, 12, 1, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
    utc = datetime(2026, 6, 1, 10, tzinfo=ZoneInfo("UTC"))
    assert utc.astimezone(zone).replace(tzinfo=None) == datetime(2026, 6, 1, 12)
    assert datetime(2026, 11, 1, 10, tzinfo=ZoneInfo("UTC")).astimezone(zone).hour == 11
