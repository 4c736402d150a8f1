"""rapport-caldav against a real Radicale: discovery, auth, recurrence, incremental sync, resync."""

import json
import stat
from datetime import UTC, datetime

import pytest
from radicale_server import PASSWORD, USER, WEEKLY_1ON1, single_event

from rapport_caldav import fetch_calendar_objects, rapport_calendar_events
from rapport_caldav.dav import DavClient, DavError
from rapport_caldav.discovery import discover, select
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Window
from rapport_plugins.plugins import build_plugin_manager

NOV = Window(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def config_for(tmp_path, url, **extra):
    section = {"url": url, "username": USER, "password": PASSWORD, **extra}
    return Config(tmp_path / "home", {"caldav": section})


@pytest.fixture
def work(radicale):
    """Radicale with a 'Work' calendar holding the weekly 1:1 and a 'Private' one with a dinner."""
    cal = radicale.make_calendar("work", "Work")
    radicale.put_event(cal, "weekly.ics", WEEKLY_1ON1)
    private = radicale.make_calendar("private", "Private")
    radicale.put_event(private, "dinner.ics", single_event(
        "dinner-1", "20261205T180000Z", "20261205T200000Z", "Dinner", (("Grace Hopper", "grace@navy.example"),)))
    radicale.make_addressbook("contacts")  # not a calendar: discovery must skip it
    return radicale, cal, private


def test_not_configured_returns_none(tmp_path):
    assert rapport_calendar_events(NOV, Config(tmp_path, {})) is None


@pytest.mark.parametrize("where", ["root", "principal", "calendar"])
def test_discovery_from_any_url(work, where):
    radicale, cal, _ = work
    url = {"root": radicale.url, "principal": radicale.user_url, "calendar": cal}[where]
    found = discover(DavClient(url, USER, PASSWORD, label="caldav"), "calendar")
    names = sorted(c.name for c in found)
    assert names == (["Work"] if where == "calendar" else ["Private", "Work"])
    assert all(c.supports_sync for c in found)


def test_calendar_selection_by_name_or_path(work):
    radicale, _, _ = work
    found = discover(DavClient(radicale.url, USER, PASSWORD, label="caldav"), "calendar")
    assert [c.name for c in select(found, ["work"], "caldav")] == ["Work"]
    assert [c.name for c in select(found, ["private"], "caldav")] == ["Private"]
    assert [c.name for c in select(found, "Private", "caldav")] == ["Private"]  # a string, not a list
    with pytest.raises(DavError, match=r"^caldav: no collection named holidays \(found: Private, Work\)$"):
        select(found, ["Holidays"], "caldav")


def test_wrong_password_is_one_line_naming_the_url(work, tmp_path):
    radicale, cal, _ = work
    config = Config(tmp_path, {"caldav": {"url": cal, "username": USER, "password": "wrong-secret-xyz"}})
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(NOV, config)
    message = str(err.value)
    assert message == f"caldav: PROPFIND {cal}: HTTP 401 Unauthorized (check username and password)"
    assert "wrong-secret-xyz" not in message + repr(err.value)


def test_password_from_env_and_command(work, tmp_path, monkeypatch):
    radicale, cal, _ = work
    monkeypatch.setenv("RAPPORT_TEST_CALDAV_PW", PASSWORD)
    by_env = Config(tmp_path / "a", {"caldav": {"url": cal, "username": USER, "password_env": "RAPPORT_TEST_CALDAV_PW"}})
    assert len(rapport_calendar_events(NOV, by_env)) == 5
    by_cmd = Config(tmp_path / "b", {"caldav": {"url": cal, "username": USER,
                                                 "password_command": ["printf", "%s\\n", PASSWORD]}})
    assert len(rapport_calendar_events(NOV, by_cmd)) == 5
    missing = Config(tmp_path / "c", {"caldav": {"url": cal, "username": USER, "password_env": "RAPPORT_TEST_NOPE"}})
    with pytest.raises(RapportError, match="environment variable RAPPORT_TEST_NOPE"):
        rapport_calendar_events(NOV, missing)


def test_recurring_event_with_exception_and_attendees(work, tmp_path):
    radicale, _, _ = work
    meetings = rapport_calendar_events(NOV, config_for(tmp_path, radicale.url, calendars=["Work"]))
    starts = [m.start.astimezone(UTC).strftime("%m-%d %H:%M") for m in sorted(meetings, key=lambda m: m.start)]
    # 10:00 Berlin is 09:00 UTC after the October clock change; 16 Nov is excluded; 9 Nov moved.
    assert starts == ["11-02 09:00", "11-10 14:00", "11-23 09:00", "11-30 09:00", "12-07 09:00"]
    moved = next(m for m in meetings if m.start.day == 10)
    assert moved.title == "1:1 Ada / Alice (moved)"
    assert moved.recurrence_id is not None
    assert {a.email for a in moved.attendees} == {"ada@example.org", "alan@example.net"}
    regular = next(m for m in meetings if m.start.day == 2)
    assert regular.title == "1:1 Ada / Alice"
    assert [a.email for a in regular.people() if a.email != "alice@example.com"] == ["ada@example.org"]
    assert any(a.is_resource for a in regular.attendees)
    assert all(m.source == f"caldav:{radicale.user_url}work/" for m in meetings)


def test_window_limits_instances(work, tmp_path):
    radicale, _, _ = work
    window = Window(datetime(2026, 11, 20, tzinfo=UTC), datetime(2026, 12, 6, tzinfo=UTC))
    meetings = rapport_calendar_events(window, config_for(tmp_path, radicale.url))
    assert sorted((m.title, m.start.astimezone(UTC).day) for m in meetings) == [
        ("1:1 Ada / Alice", 23), ("1:1 Ada / Alice", 30), ("Dinner", 5)]


def test_incremental_sync_after_put_and_delete(work, tmp_path):
    radicale, cal, private = work
    config = config_for(tmp_path, radicale.url)
    section = config.section("caldav")
    objects, stats = fetch_calendar_objects(config, section)
    assert len(objects) == 2
    assert {s.mode for s in stats.values()} == {"full"}
    cache_file = config.home / "cache" / "caldav.json"
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    assert PASSWORD not in cache_file.read_text()

    _, stats = fetch_calendar_objects(config, section)  # nothing changed: nothing fetched
    assert [(s.mode, s.fetched, s.removed, s.requests) for s in stats.values()] == [("incremental", 0, 0, 1)] * 2

    radicale.put_event(cal, "review.ics", single_event(
        "review-1", "20261203T130000Z", "20261203T140000Z", "Review", (("Alan Turing", "alan@example.net"),)))
    radicale.delete(f"{private}dinner.ics")
    objects, stats = fetch_calendar_objects(config, section)
    assert (stats[cal].mode, stats[cal].fetched, stats[cal].removed) == ("incremental", 1, 0)
    assert (stats[private].mode, stats[private].fetched, stats[private].removed) == ("incremental", 0, 1)
    assert sorted(href.rsplit("/", 1)[-1] for _, href, _ in objects) == ["review.ics", "weekly.ics"]

    titles = sorted({m.title for m in rapport_calendar_events(NOV, config)})
    assert titles == ["1:1 Ada / Alice", "1:1 Ada / Alice (moved)", "Review"]


def test_changed_event_is_refetched(work, tmp_path):
    radicale, cal, _ = work
    config = config_for(tmp_path, cal)
    fetch_calendar_objects(config, config.section("caldav"))
    radicale.put_event(cal, "weekly.ics", WEEKLY_1ON1.replace("SUMMARY:1:1 Ada / Alice\n", "SUMMARY:Ada catch-up\n"))
    _, stats = fetch_calendar_objects(config, config.section("caldav"))
    assert (stats[cal].fetched, stats[cal].unchanged) == (1, 0)
    assert "Ada catch-up" in {m.title for m in rapport_calendar_events(NOV, config)}


def test_bad_sync_token_means_full_resync(work, tmp_path):
    radicale, cal, _ = work
    config = config_for(tmp_path, cal)
    fetch_calendar_objects(config, config.section("caldav"))
    cache_file = config.home / "cache" / "caldav.json"
    data = json.loads(cache_file.read_text())
    data["collections"][cal]["token"] = "http://radicale.org/ns/sync/0000000000000000"
    cache_file.write_text(json.dumps(data))
    radicale.put_event(cal, "extra.ics", single_event("extra-1", "20261204T090000Z", "20261204T100000Z", "Extra"))
    objects, stats = fetch_calendar_objects(config, config.section("caldav"))
    assert stats[cal].resynced and stats[cal].mode == "full"
    assert (stats[cal].fetched, stats[cal].unchanged) == (1, 1)  # only the new object is downloaded
    assert len(objects) == 2
    assert json.loads(cache_file.read_text())["collections"][cal]["token"].startswith("http://radicale.org/ns/sync/")


def test_query_mode_asks_for_the_window_only(work, tmp_path):
    radicale, _, _ = work
    config = config_for(tmp_path, radicale.url, sync=False)
    window = Window(datetime(2026, 12, 5, tzinfo=UTC), datetime(2026, 12, 6, tzinfo=UTC))
    objects, stats = fetch_calendar_objects(config, config.section("caldav"), window)
    assert [href.rsplit("/", 1)[-1] for _, href, _ in objects] == ["dinner.ics"]
    assert stats == {}
    assert [m.title for m in rapport_calendar_events(window, config)] == ["Dinner"]
    assert not (config.home / "cache").exists()


def test_plugin_is_registered_by_entry_point(work, tmp_path, monkeypatch):
    radicale, cal, _ = work
    monkeypatch.delenv("RAPPORT_PLUGINS_ALLOW", raising=False)
    monkeypatch.delenv("RAPPORT_PLUGINS_BLOCK", raising=False)
    config = config_for(tmp_path, cal)
    pm = build_plugin_manager(config)
    assert "caldav" in pm.info
    batches = pm.call("rapport_calendar_events", window=NOV, config=config)
    assert sum(len(b) for b in batches) == 5


def _invitation(uid: str, start: str, title: str, my_answer: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//rapport tests//EN", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20261101T090000Z", f"DTSTART:{start}", f"DTEND:{start[:9]}{int(start[9:11]) + 1:02d}0000Z",
        f"SUMMARY:{title}", "ORGANIZER;CN=Grace Hopper:mailto:grace@navy.example",
        f"ATTENDEE;CN=Ada Lovelace;PARTSTAT={my_answer}:mailto:ada@example.org",
        "ATTENDEE;CN=Grace Hopper;PARTSTAT=ACCEPTED:mailto:grace@navy.example",
        "END:VEVENT", "END:VCALENDAR", ""])


def test_a_meeting_declined_on_the_server_is_not_briefed(radicale, rapport, home):
    """PARTSTAT=DECLINED on the user's ATTENDEE line, as a CalDAV client writes it after "Decline"."""
    cal = radicale.make_calendar("invites", "Invites")
    radicale.put_event(cal, "review.ics", _invitation("review-1", "20261203T090000Z", "Design review", "DECLINED"))
    radicale.put_event(cal, "standup.ics", _invitation("standup-1", "20261203T110000Z", "Standup", "TENTATIVE"))
    rapport.config(f"""
[me]
emails = ["ada@example.org"]

[caldav]
url = "{radicale.url}"
username = "{USER}"
password = "{PASSWORD}"
""")
    briefing = rapport.json("brief", "--at", "2026-12-03T08:30:00+00:00")
    assert briefing["meeting"]["title"] == "Standup" and briefing["meeting"]["response"] == "tentative"
    assert rapport.json("run", "--at", "2026-12-03T08:50:00+00:00", "--within", "30", "--no-capture") == []
