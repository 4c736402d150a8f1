"""Every time shown is in the user's zone, and "last met" / "next" mean what they say.

The user is in Berlin; the meeting was organised from New York (09:00 there is 15:00 in
Berlin). Checked through the CLI in every place a time is shown - the brief (text, markdown,
JSON), `people show`, the note written into an Obsidian vault and `rapport run` - once with
`[me] timezone` and once with only the machine's zone (TZ) set, each time with the other
pointing somewhere else, so a test that passes is not the machine's zone by accident.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_plugins.errors import ConfigError
from rapport_plugins.models import Meeting
from rapport_plugins.store import SQLiteStore
from rapport_plugins.usertime import check_zone_name, show_time, user_zone

NEW_YORK_WEEKLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rapport tests//EN
BEGIN:VTIMEZONE
TZID:America/New_York
END:VTIMEZONE
BEGIN:VEVENT
UID:ny-weekly@test.rapport
DTSTAMP:20261101T090000Z
DTSTART;TZID=America/New_York:20261126T090000
DTEND;TZID=America/New_York:20261126T093000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Sync with Anna
ORGANIZER;CN=Anna Berg:mailto:anna@example.org
ATTENDEE;CN=Sam Lee;PARTSTAT=ACCEPTED:mailto:sam@example.com
ATTENDEE;CN=Anna Berg;PARTSTAT=ACCEPTED:mailto:anna@example.org
END:VEVENT
END:VCALENDAR
"""
# Tue 1 Dec 2026, 10:00 in Berlin: the 26 Nov meeting is over, 3 Dec is next.
NOW = "2026-12-01T10:00:00+01:00"
BERLIN = "15:00 (09:00 New York time)"


def _home(rapport, home: Path, zone_line: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "cal.ics").write_text(NEW_YORK_WEEKLY, encoding="utf-8")
    (home / "vault" / "Meetings").mkdir(parents=True)
    rapport.config(f"""
[me]
name = "Sam Lee"
emails = ["sam@example.com"]
{zone_line}

[ics]
calendars = ["cal.ics"]

[markdown]
vault = "vault"
""")


@pytest.mark.parametrize("zone_line, machine_zone", [
    ('timezone = "Europe/Berlin"', "America/Los_Angeles"),  # the config wins over the machine
    ("", "Europe/Berlin"),                                    # no config: the machine's zone
])
def test_a_new_york_meeting_shows_15_00_in_berlin_everywhere(rapport, home, monkeypatch, zone_line, machine_zone):
    monkeypatch.setenv("TZ", machine_zone)
    monkeypatch.setenv("RAPPORT_NOW", NOW)
    _home(rapport, home, zone_line)
    text = rapport("brief", "--format", "text").stdout
    assert f"Thu 3 Dec 2026 {BERLIN}" in text and "09:00 ·" not in text
    markdown = rapport("brief", "--format", "markdown", "--deliver").stdout
    assert f"Thu 3 Dec 2026 {BERLIN}" in markdown
    data = rapport.json("brief")
    assert data["meeting"]["start"] == "2026-12-03T09:00:00-05:00"  # JSON keeps the instant, with its offset
    assert data["meeting"]["timezone"] == "America/New_York" and data["today"] == "2026-12-01"
    (note,) = (home / "vault" / "Meetings").glob("*.md")
    assert note.name.startswith("2026-12-03 ") and f"Thu 3 Dec 2026 {BERLIN}" in note.read_text(encoding="utf-8")

    rapport("sync", "--add-new")
    shown = rapport("people", "show", "Anna Berg").stdout
    assert f"met: Thu 26 Nov 2026 {BERLIN} Sync with Anna" in shown  # the zone's name, kept from the TZID
    assert f"next: Thu 3 Dec 2026 {BERLIN} Sync with Anna" in shown
    assert "UTC-05:00" not in shown

    monkeypatch.setenv("RAPPORT_NOW", "2026-12-03T14:50:00+01:00")
    run = rapport("run", "--within", "15", "--no-capture", "-v").stdout  # delivered by brief --deliver: -v says so
    assert f"Thu 3 Dec 2026 {BERLIN} Sync with Anna" in run


def test_the_zone_is_named_only_where_it_differs():
    berlin = ZoneInfo("Europe/Berlin")
    ny = datetime(2026, 12, 3, 9, tzinfo=ZoneInfo("America/New_York"))
    assert show_time(ny, berlin, "America/New_York") == f"Thu 3 Dec 2026 {BERLIN}"
    assert show_time(ny, ZoneInfo("America/Toronto"), "America/New_York") == "Thu 3 Dec 2026 09:00"
    late = datetime(2026, 12, 3, 20, tzinfo=ZoneInfo("America/New_York"))
    assert show_time(late, berlin, "America/New_York") == "Fri 4 Dec 2026 02:00 (Thu 20:00 New York time)"
    assert show_time(ny.astimezone(UTC), berlin, "UTC") == "Thu 3 Dec 2026 15:00"  # exports in UTC: no noise
    assert show_time(date(2026, 12, 3), berlin) == "Thu 3 Dec 2026"
    assert show_time("2026-12-03T09:00:00-05:00", berlin) == "Thu 3 Dec 2026 15:00 (09:00 UTC-05:00)"


def test_an_unknown_timezone_is_one_clear_line(rapport, home):
    rapport.config('[me]\ntimezone = "Europe/Berlinn"\n')
    result = rapport("brief", code=1)
    assert "[me] timezone: unknown time zone 'Europe/Berlinn'" in result.stderr
    assert "config.toml" in result.stderr
    with pytest.raises(ConfigError):
        check_zone_name(42, "x")


def test_user_zone_falls_back_to_the_machine(monkeypatch):
    from rapport_plugins.config import Config

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert user_zone(Config(Path("/nonexistent"), {})) == ZoneInfo("Asia/Tokyo")
    assert user_zone(Config(Path("/nonexistent"), {"me": {"timezone": "Europe/Berlin"}})) == ZoneInfo("Europe/Berlin")


# -- last met / next ------------------------------------------------------------------------------
def test_right_after_sync_nothing_in_the_future_is_last_met(rapport, home, monkeypatch):
    monkeypatch.setenv("RAPPORT_NOW", "2026-11-26T14:00:00+01:00")  # an hour before the first meeting
    _home(rapport, home, 'timezone = "Europe/Berlin"')
    rapport("sync", "--add-new")  # records all four weekly meetings, none of which has happened
    brief = rapport.json("brief", "--meeting", "ny-weekly@test.rapport", "--at", "2026-12-02T10:00:00+01:00")
    assert brief["people"][0]["last_met"]["date"] == "2026-11-26"  # over by 2 Dec; 3 Dec is the one briefed
    assert rapport.json("brief")["people"][0]["last_met"] is None
    text = rapport("brief", "--format", "text").stdout
    assert "days ago" not in text and "First meeting on record" in text
    shown = rapport.json("people", "show", "Anna Berg")
    assert shown["meetings"] == [] and shown["next_meeting"]["start"] == "2026-11-26T09:00:00-05:00"
    # during the meeting: not yet "met", no longer "next"
    monkeypatch.setenv("RAPPORT_NOW", "2026-11-26T15:10:00+01:00")
    shown = rapport.json("people", "show", "Anna Berg")
    assert shown["meetings"] == [] and shown["next_meeting"]["start"] == "2026-12-03T09:00:00-05:00"
    assert [m["start"] for m in shown["now_meetings"]] == ["2026-11-26T09:00:00-05:00"]  # but under way, and said so
    assert f"now: Thu 26 Nov 2026 {BERLIN} Sync with Anna (under way)" in rapport("people", "show", "Anna Berg").stdout


def _meeting(uid: str, start: str, minutes: int = 30) -> Meeting:
    s = datetime.fromisoformat(start)
    return Meeting(uid=uid, title=uid, start=s, end=s + timedelta(minutes=minutes))


def test_store_orders_meetings_by_instant_not_by_text(tmp_path):
    store = SQLiteStore(tmp_path / "r.db")
    anna = store.add_person("Anna Berg")
    # 15:30 in Berlin sorts after 10:00 in New York as text, but happens half an hour before it.
    store.record_meeting(_meeting("berlin", "2026-12-03T15:30:00+01:00"), [anna.id])
    store.record_meeting(_meeting("new-york", "2026-12-03T10:00:00-05:00"), [anna.id])
    after = datetime(2026, 12, 4, tzinfo=UTC)
    assert [m["uid"] for m in store.meetings_with(anna.id, before=after, ended_by=after)] == ["new-york", "berlin"]
    early = datetime(2026, 12, 3, 12, tzinfo=UTC)
    assert store.next_meeting_with(anna.id, after=early)["uid"] == "berlin"
    assert store.last_meeting_with(anna.id, before=after, now=datetime(2026, 12, 3, 15, 45, tzinfo=UTC))["uid"] == "new-york"
    assert store.last_meeting_with(anna.id, before=after, now=datetime(2026, 12, 3, 15, 15, tzinfo=UTC))["uid"] == "berlin"
    assert store.last_meeting_with(anna.id, before=after, now=datetime(2026, 12, 3, 14, 45, tzinfo=UTC)) is None


@settings(max_examples=60, deadline=None)
@given(starts=st.lists(st.integers(min_value=-60 * 24 * 30, max_value=60 * 24 * 30), min_size=1, max_size=8),
       offset=st.sampled_from([-8, -5, 0, 1, 9]))
def test_last_met_has_ended_and_next_is_to_come(tmp_path_factory, starts, offset):
    """Property: whatever was recorded, last met ended by now and next starts after now."""
    from datetime import timezone

    store = SQLiteStore(tmp_path_factory.mktemp("s") / "r.db")
    anna = store.add_person("Anna Berg")
    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    zone = timezone(timedelta(hours=offset))
    for i, minutes in enumerate(starts):
        start = (now + timedelta(minutes=minutes)).astimezone(zone)
        store.record_meeting(Meeting(uid=f"m{i}", title="x", start=start, end=start + timedelta(minutes=45)),
                             [anna.id])
    last = store.last_meeting_with(anna.id, before=now + timedelta(days=60), now=now)
    nxt = store.next_meeting_with(anna.id, after=now)
    ended = [now + timedelta(minutes=m) for m in starts if m + 45 <= 0]
    coming = [now + timedelta(minutes=m) for m in starts if m >= 0]
    assert (last is None) == (not ended) and (nxt is None) == (not coming)
    if last:
        assert datetime.fromisoformat(last["start"]) == max(ended)
    if nxt:
        assert datetime.fromisoformat(nxt["start"]) == min(coming)
    store.close()


def test_a_meetings_own_zone_is_kept_through_the_store_and_an_export(tmp_path):
    """The store keeps the zone the calendar named (not only the offset), and export/import keep it."""
    import io

    from rapport_plugins.export_file import read_export, write_export

    store = SQLiteStore(tmp_path / "r.db")
    anna = store.add_person("Anna Berg")
    start = datetime(2026, 12, 3, 9, tzinfo=ZoneInfo("America/New_York"))
    store.record_meeting(Meeting(uid="ny", title="Review", start=start, end=start + timedelta(hours=1),
                                 timezone="America/New_York"), [anna.id])
    store.record_meeting(Meeting(uid="ny", title="Review", start=start, end=start + timedelta(hours=1)), [anna.id])
    (row,) = store.meetings_with(anna.id, after=start - timedelta(days=1))
    assert row["timezone"] == "America/New_York"  # a later sync without a zone does not forget it
    berlin = ZoneInfo("Europe/Berlin")
    assert show_time(row["start"], berlin, row["timezone"]) == f"Thu 3 Dec 2026 {BERLIN}"
    copy = SQLiteStore(tmp_path / "copy.db")
    out = io.BytesIO()
    write_export(store.export_records(raw=True), out)
    assert '"timezone":"America/New_York"' in out.getvalue().decode()
    copy.import_records(read_export(io.BytesIO(out.getvalue()), "x.json", 1 << 20))
    (person,) = [p for p in copy.list_people() if p.name == "Anna Berg"]
    assert copy.meetings_with(person.id, after=start - timedelta(days=1))[0]["timezone"] == "America/New_York"
    store.close()
    copy.close()


def test_a_persons_zone_from_their_contact_card_is_named(rapport, home, monkeypatch):
    """vCard TZ as an IANA name is kept and shown by name, with their time now; a bare offset
    (right half the year at most) is not kept. Export and import carry it."""
    monkeypatch.setenv("RAPPORT_NOW", "2026-12-02T10:30:00+01:00")
    (home / "people.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nUID:c-dana\nFN:Dana Whitfield\nEMAIL:dana@example.com\nTZ:America/New_York\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:c-kim\nFN:Kim Park\nEMAIL:kim@example.com\nTZ:-05:00\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nUID:c-ute\nFN:Ute Lang\nEMAIL:ute@example.com\nTZ;VALUE=text:Europe/Berlin\nEND:VCARD\n",
        encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\ntimezone = "Europe/Berlin"\n\n[vcard]\nfiles = ["people.vcf"]\n')
    rapport("sync")
    assert "  time zone: New York time (America/New_York), 04:30 there now" in rapport("people", "show", "Dana").stdout
    assert "time zone" not in rapport("people", "show", "Kim Park").stdout
    assert "  time zone: Berlin time (Europe/Berlin)\n" in rapport("people", "show", "Ute Lang").stdout
    assert rapport.json("people", "show", "Dana")["timezone"] == "America/New_York"
    exported = rapport("export").stdout
    assert '"timezone":"America/New_York"' in exported.replace(" ", "")
