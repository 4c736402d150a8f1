"""rapport-ics recurrence expansion: RRULE, RDATE, EXDATE, overrides, SEQUENCE, limits."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rapport_ics import expand, parse_calendar

BERLIN = ZoneInfo("Europe/Berlin")
W2026 = (datetime(2026, 1, 1), datetime(2027, 1, 1))


def cal(*lines: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]) + "\r\n").encode()


def event(*lines: str, uid: str = "s") -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT")


def run(data: bytes, start=W2026[0], end=W2026[1], **kw):
    return expand(parse_calendar(data, "t.ics"), start, end, **kw)


def starts(meetings) -> list[str]:
    return [m.start.isoformat() for m in meetings]


def test_weekly_rule_keeps_wall_time_across_dst_and_sets_recurrence_id():
    ms = run(cal(*event("DTSTART;TZID=Europe/Berlin:20260319T090000", "DTEND;TZID=Europe/Berlin:20260319T093000",
                        "RRULE:FREQ=WEEKLY;COUNT=3")))
    assert starts(ms) == ["2026-03-19T09:00:00+01:00", "2026-03-26T09:00:00+01:00", "2026-04-02T09:00:00+02:00"]
    assert [m.recurrence_id for m in ms] == starts(ms)
    assert all(m.end - m.start == timedelta(minutes=30) for m in ms)


def test_utc_until_with_floating_dtstart_does_not_fail():
    ms = run(cal(*event("DTSTART:20260105T100000", "RRULE:FREQ=DAILY;UNTIL=20260107T100000Z")))
    assert starts(ms) == ["2026-01-05T10:00:00", "2026-01-06T10:00:00", "2026-01-07T10:00:00"]


def test_date_until_with_zoned_dtstart():
    ms = run(cal(*event("DTSTART;TZID=Europe/Berlin:20260105T100000", "RRULE:FREQ=DAILY;UNTIL=20260107")))
    assert len(ms) == 2  # UNTIL as a date ends at the start of that day


def test_rdate_with_period_and_exdate():
    ms = run(cal(*event(
        "DTSTART:20260105T100000Z", "DTEND:20260105T110000Z", "RRULE:FREQ=DAILY;COUNT=4",
        "EXDATE:20260106T100000Z", "RDATE;VALUE=PERIOD:20260110T150000Z/PT2H,20260111T150000Z/20260111T153000Z",
    )))
    assert starts(ms) == ["2026-01-05T10:00:00+00:00", "2026-01-07T10:00:00+00:00", "2026-01-08T10:00:00+00:00",
                          "2026-01-10T15:00:00+00:00", "2026-01-11T15:00:00+00:00"]
    assert [m.end - m.start for m in ms][-2:] == [timedelta(hours=2), timedelta(minutes=30)]


def test_date_exdate_removes_the_day():
    ms = run(cal(*event("DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE;VALUE=DATE:20260106")))
    assert [m.start for m in ms] == [date(2026, 1, 5), date(2026, 1, 7)]
    assert ms[0].recurrence_id == "2026-01-05"


def test_recurrence_id_override_moves_one_instance_and_keeps_its_details():
    ms = run(cal(
        *event("DTSTART;TZID=Europe/Berlin:20260105T100000", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=3",
               "SUMMARY:Standup", "SEQUENCE:0"),
        *event("RECURRENCE-ID;TZID=Europe/Berlin:20260106T100000", "DTSTART;TZID=Europe/Berlin:20260106T143000",
               "DTEND;TZID=Europe/Berlin:20260106T150000", "SUMMARY:Standup (moved)", "SEQUENCE:1"),
    ))
    assert [(m.start.hour, m.title) for m in ms] == [(10, "Standup"), (14, "Standup (moved)"), (10, "Standup")]
    assert ms[1].recurrence_id == "2026-01-06T10:00:00+01:00"


def test_this_and_future_moves_later_instances():
    ms = run(cal(
        *event("DTSTART:20260105T100000Z", "DTEND:20260105T110000Z", "RRULE:FREQ=DAILY;COUNT=5", "SUMMARY:old"),
        *event("RECURRENCE-ID;RANGE=THISANDFUTURE:20260107T100000Z", "DTSTART:20260107T120000Z",
               "DTEND:20260107T140000Z", "SUMMARY:new"),
    ))
    assert [(m.start.day, m.start.hour, m.title) for m in ms] == [
        (5, 10, "old"), (6, 10, "old"), (7, 12, "new"), (8, 12, "new"), (9, 12, "new")]
    assert ms[-1].end - ms[-1].start == timedelta(hours=2)


def test_multiple_rrules_are_merged_without_duplicates():
    ms = run(cal(*event("DTSTART:20260105T100000Z", "RRULE:FREQ=WEEKLY;COUNT=2", "RRULE:FREQ=DAILY;COUNT=8")))
    assert len(ms) == 8 and len(set(starts(ms))) == 8


def test_highest_sequence_master_wins():
    ms = run(cal(*event("DTSTART:20260105T100000Z", "SUMMARY:v1", "SEQUENCE:1"),
                 *event("DTSTART:20260105T120000Z", "SUMMARY:v2", "SEQUENCE:2")))
    assert [(m.title, m.start.hour, m.extra) for m in ms] == [("v2", 12, {"sequence": 2})]


def test_cancelled_instance_is_omitted_unless_asked_for():
    data = cal(*event("DTSTART:20260105T100000Z", "RRULE:FREQ=DAILY;COUNT=3"),
               *event("RECURRENCE-ID:20260106T100000Z", "DTSTART:20260106T100000Z", "STATUS:CANCELLED"),
               *event("DTSTART:20260110T100000Z", "STATUS:CANCELLED", uid="gone"))
    assert [m.start.day for m in run(data)] == [5, 7]
    kept = run(data, include_cancelled=True)
    assert [(m.start.day, m.status) for m in kept] == [(5, "confirmed"), (6, "cancelled"), (7, "confirmed"),
                                                       (10, "cancelled")]


def test_endless_rule_only_yields_the_window():
    data = cal(*event("DTSTART;TZID=Europe/Berlin:20000103T090000", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE"))
    ms = run(data, datetime(2026, 6, 1, tzinfo=BERLIN), datetime(2026, 6, 15, tzinfo=BERLIN))
    assert starts(ms) == ["2026-06-01T09:00:00+02:00", "2026-06-03T09:00:00+02:00",
                          "2026-06-08T09:00:00+02:00", "2026-06-10T09:00:00+02:00"]


def test_a_huge_window_is_cut_at_max_instances_with_a_warning():
    warnings: list[str] = []
    data = cal(*event("DTSTART:20000101T000000Z", "RRULE:FREQ=SECONDLY"))
    ms = run(data, datetime(2026, 1, 1), datetime(2027, 1, 1), max_instances=500, warn=warnings.append)
    assert len(ms) == 500 and ms[0].start.isoformat() == "2026-01-01T00:00:00+00:00"
    assert ms[-1].start.isoformat() == "2026-01-01T00:08:19+00:00"
    assert len(warnings) == 1 and "more than 500 instances" in warnings[0] and warnings[0].startswith("t.ics:")


def test_aware_window_and_events_overlapping_its_start():
    data = cal(*event("DTSTART:20260104T230000Z", "DTEND:20260105T010000Z", uid="overlaps"),
               *event("DTSTART:20260104T200000Z", "DTEND:20260104T210000Z", uid="before"),
               *event("DTSTART;VALUE=DATE:20260105", uid="allday"))
    ms = run(data, datetime(2026, 1, 5, tzinfo=ZoneInfo("UTC")), datetime(2026, 1, 6, tzinfo=ZoneInfo("UTC")),
             floating_tz=ZoneInfo("UTC"))
    assert sorted(m.uid for m in ms) == ["allday", "overlaps"]


def test_all_day_recurrence_in_a_zoned_window_uses_the_floating_zone():
    data = cal(*event("DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=YEARLY"))
    window = (datetime(2027, 1, 5, 0, 30, tzinfo=BERLIN), datetime(2027, 1, 5, 1, tzinfo=BERLIN))
    assert [m.start for m in run(data, *window, floating_tz=BERLIN)] == [date(2027, 1, 5)]
    assert run(data, datetime(2027, 1, 6, tzinfo=BERLIN), datetime(2027, 1, 7, tzinfo=BERLIN), floating_tz=BERLIN) == []


def test_this_and_future_shift_reaches_back_before_the_window():
    data = cal(
        *event("DTSTART:20260105T100000Z", "DTEND:20260105T110000Z", "RRULE:FREQ=DAILY;COUNT=5"),
        *event("RECURRENCE-ID;RANGE=THISANDFUTURE:20260106T100000Z", "DTSTART:20260107T140000Z",
               "DTEND:20260107T150000Z"),
    )
    # The 7 Jan instance moved to 8 Jan 14:00: a window opening at 8 Jan 12:00 must still see it.
    ms = run(data, datetime(2026, 1, 8, 12), datetime(2026, 1, 8, 23))
    assert starts(ms) == ["2026-01-08T14:00:00+00:00"]
    assert ms[0].recurrence_id == "2026-01-07T10:00:00+00:00"
