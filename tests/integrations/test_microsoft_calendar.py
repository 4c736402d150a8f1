"""rapport-microsoft against a local server speaking Microsoft Graph: mapping, paging, delta, errors."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from urllib.parse import unquote

import pytest
from cloud_services import MICROSOFT, WEEK
from test_microsoft_support import write_config

from rapport_microsoft import rapport_calendar_events
from rapport_microsoft.api import GraphApi
from rapport_microsoft.settings import load_settings
from rapport_microsoft.sync import CalendarViewSync
from rapport_plugins.config import Config
from rapport_plugins.errors import ConfigError, RapportError
from rapport_plugins.models import Window

graph = pytest.fixture(MICROSOFT.serve)
SEED_REFRESH, config_for = MICROSOFT.refresh, MICROSOFT.signed_in  # home: the suite's fresh rapport home


def titles(meetings):
    return sorted(m.title for m in meetings if m.status != "cancelled")


@pytest.mark.parametrize("sync", [True, False])
def test_maps_events_from_the_documented_shapes(home, graph, sync):
    config = config_for(home, graph, sync=sync)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert titles(meetings) == ["1:1 Ada / Grace", "Coaching with Sam", "Offsite", "Vendor demo"]  # no "Out of office"

    one = next(m for m in meetings if m.title == "1:1 Ada / Grace")
    assert one.uid.startswith("040000008200E00074C5B7101A82E008") and one.uid.endswith("A1")
    assert one.start == datetime(2026, 4, 2, 8, 0, tzinfo=UTC) and one.end - one.start == timedelta(minutes=30)
    assert one.location == "Room Hopper" and one.description == "Quarterly check-in"
    assert one.source == "microsoft:me" and one.timezone == "UTC"
    people = {a.email: a for a in one.attendees}
    assert people["grace@example.org"].response == "needs-action" and people["grace@example.org"].name == "Grace Hopper"
    assert people["linus@example.org"].response == "tentative"
    assert people["room.hopper@contoso.com"].is_resource
    assert one.extra["optional_attendees"] == ["linus@example.org"]
    assert one.extra["video_link"].startswith("https://teams.microsoft.com/")
    assert one.organizer.email == "ada@contoso.com" and one.organizer.is_self
    assert [a.email for a in one.people()] == ["grace@example.org", "linus@example.org"]

    offsite = next(m for m in meetings if m.title == "Offsite")
    assert offsite.all_day and (offsite.start, offsite.end) == (date(2026, 4, 3), date(2026, 4, 4))

    coaching = next(m for m in meetings if m.title == "Coaching with Sam")
    assert datetime.fromisoformat(coaching.recurrence_id.replace("Z", "+00:00")) == datetime(2026, 4, 1, 7, tzinfo=UTC)
    assert coaching.extra["series_master_id"] == "AAMkAGIAAAoZDOFCCC=" and coaching.extra["type"] == "occurrence"
    assert not coaching.organizer.is_self
    # Delta lists this occurrence bare; it is filled in from its series master (title, people, Teams link).
    assert coaching.description == "Weekly coaching" and coaching.extra["video_link"].endswith("meeting_coaching")
    assert [a.email for a in coaching.people()] == ["priya@example.com", "sam@example.net"]  # Ada is the user (/me)
    assert coaching.my_response == "accepted"
    assert len([m for m in meetings if m.extra.get("series_master_id") == "AAMkAGIAAAoZDOFCCC="]) == 1  # no master row

    vendor = next(m for m in meetings if m.title == "Vendor demo")
    assert vendor.my_response == "declined" and [a.email for a in vendor.people()] == ["vic@vendor.example"]

    cancelled = next(m for m in meetings if "Kim" in m.title)
    assert cancelled.status == "cancelled"  # the core leaves cancelled meetings out


def test_prefer_timezone_is_sent_and_honoured(home, graph):
    config = config_for(home, graph, sync=False, timezone="Europe/Berlin")
    meetings = rapport_calendar_events(window=WEEK, config=config)
    one = next(m for m in meetings if m.title == "1:1 Ada / Grace")
    assert str(one.start.tzinfo) == "Europe/Berlin" and one.start.hour == 10
    assert one.start == datetime(2026, 4, 2, 8, 0, tzinfo=UTC)
    assert 'outlook.timezone="W. Europe Standard Time"' in graph.listings()[0]["prefer"]  # a Windows name


@pytest.mark.parametrize(("zone", "windows"), [
    ("Europe/Amsterdam", "W. Europe Standard Time"),  # not CLDR's default for that Windows zone: same time
    ("America/Toronto", "Eastern Standard Time"),
    ("Asia/Kolkata", "India Standard Time"),
])
def test_prefer_timezone_is_always_a_windows_name(home, graph, zone, windows):
    config = config_for(home, graph, sync=True, timezone=zone)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    one = next(m for m in meetings if m.title == "1:1 Ada / Grace")
    assert one.start == datetime(2026, 4, 2, 8, 0, tzinfo=UTC)
    assert all(f'outlook.timezone="{windows}"' in r["prefer"] for r in graph.listings())


def test_calendar_view_follows_next_links(home, graph):
    config = config_for(home, graph, sync=False, page_size=2)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert len(meetings) == 5  # the moved coaching on 8 April 09:00 is outside WEEK; the out-of-office block is left out
    skips = [r["params"].get("$skip") for r in graph.listings()]
    assert skips == [None, "2", "4"]
    first = graph.listings()[0]
    assert first["params"]["startDateTime"] == "2026-04-01T00:00:00Z"
    assert first["params"]["endDateTime"] == "2026-04-08T00:00:00Z"
    assert 'outlook.timezone="UTC"' in first["prefer"] and "odata.maxpagesize=2" in first["prefer"]


def test_delta_sync_follows_the_delta_link_and_applies_removals(home, graph):
    config = config_for(home, graph, page_size=2)
    assert titles(rapport_calendar_events(window=WEEK, config=config)) == [
        "1:1 Ada / Grace", "Coaching with Sam", "Offsite", "Vendor demo"]
    initial = graph.listings()
    assert initial[0]["path"].endswith("/me/calendarView/delta") and "startDateTime" in initial[0]["params"]
    assert [r["params"].get("$skiptoken", "") != "" for r in initial] == [False, True, True, True]

    graph.delete("AAMkAGIAAAoZDOFAAA=")
    offsite = json.loads(json.dumps(graph.events["AAMkAGIAAAoZDOFBBB="]))
    offsite["subject"] = "Offsite (Lisbon)"
    graph.put(offsite)
    graph.put({
        "id": "AAMkNEW=", "iCalUId": "new-uid", "subject": "Walk with Mo", "isAllDay": False, "isCancelled": False,
        "type": "singleInstance", "start": {"dateTime": "2026-04-07T12:00:00.0000000", "timeZone": "UTC"},
        "end": {"dateTime": "2026-04-07T13:00:00.0000000", "timeZone": "UTC"},
        "attendees": [{"type": "required", "status": {"response": "accepted"},
                       "emailAddress": {"name": "Mo", "address": "mo@example.com"}}],
        "organizer": {"emailAddress": {"name": "Mo", "address": "mo@example.com"}},
    })
    before = len(graph.listings())
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert titles(meetings) == ["Coaching with Sam", "Offsite (Lisbon)", "Vendor demo", "Walk with Mo"]
    follow = graph.listings()[before]
    assert "$deltatoken" in follow["params"] and "startDateTime" not in follow["params"]

    cache = home / "microsoft" / "calendar-view.json"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


@pytest.mark.parametrize(("status", "code"), [
    (400, "syncStateNotFound"), (400, "resyncRequired"), (400, "syncStateInvalid"), (404, "SyncStateNotFound"),
])
def test_expired_delta_token_codes_start_over(home, graph, status, code):
    """Graph documents an expired token as a 4xx with these codes, not only 410: every run resyncs by itself."""
    config = config_for(home, graph)
    rapport_calendar_events(window=WEEK, config=config)
    graph.delete("AAMkAGIAAAoZDOFBBB=")
    graph.delta_expired = (status, code)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert titles(meetings) == ["1:1 Ada / Grace", "Coaching with Sam", "Vendor demo"]
    calls = [r["params"] for r in graph.listings()]
    assert "$deltatoken" in calls[1] and "startDateTime" in calls[2]
    graph.delta_expired = None
    assert titles(rapport_calendar_events(window=WEEK, config=config)) == titles(meetings)
    assert "$deltatoken" in graph.listings()[-1]["params"]  # the new token works again


def test_other_400s_are_still_errors(home, graph):
    config = config_for(home, graph)
    rapport_calendar_events(window=WEEK, config=config)
    graph.delta_expired = (400, "ErrorInvalidParameter")
    with pytest.raises(RapportError, match=r"answered 400 \(request failed\)"):
        rapport_calendar_events(window=WEEK, config=config)


def test_series_master_is_fetched_once_when_delta_did_not_list_it(home, graph):
    """A delta round after the first one may bring a bare occurrence whose master it does not list."""
    config = config_for(home, graph)
    rapport_calendar_events(window=WEEK, config=config)
    graph.put({"id": "AAMkSERIES2=", "type": "seriesMaster", "iCalUId": "series-2", "subject": "Book club",
               "isAllDay": False, "isCancelled": False, "showAs": "busy",
               "start": {"dateTime": "2026-01-06T18:00:00.0000000", "timeZone": "UTC"},
               "end": {"dateTime": "2026-01-06T19:00:00.0000000", "timeZone": "UTC"},
               "attendees": [{"type": "required", "status": {"response": "accepted"},
                              "emailAddress": {"name": "Mo", "address": "mo@example.com"}}],
               "organizer": {"emailAddress": {"name": "Mo", "address": "mo@example.com"}}})
    for day in (6, 7):  # two occurrences in WEEK
        graph.put({"id": f"AAMkSERIES2_occ{day}=", "type": "occurrence", "seriesMasterId": "AAMkSERIES2=",
                   "start": {"dateTime": f"2026-04-0{day}T18:00:00.0000000", "timeZone": "UTC"},
                   "end": {"dateTime": f"2026-04-0{day}T19:00:00.0000000", "timeZone": "UTC"}})
    graph.changed.pop("AAMkSERIES2=")  # the master itself is not in this delta round
    meetings = rapport_calendar_events(window=WEEK, config=config)
    clubs = [m for m in meetings if m.title == "Book club"]
    assert [m.start.day for m in clubs] == [6, 7] and all(m.uid == "series-2" for m in clubs)
    assert all([a.email for a in m.people()] == ["mo@example.com"] for m in clubs)
    fetched = [unquote(r["path"]) for r in graph.requests if r["path"].startswith("/v1.0/me/events/")]
    assert fetched == ["/v1.0/me/events/AAMkSERIES2="]  # once for the series, not once per occurrence
    rapport_calendar_events(window=WEEK, config=config)
    assert len([r for r in graph.requests if r["path"].startswith("/v1.0/me/events/")]) == 1  # kept in the cache
    cache = json.loads((home / "microsoft" / "calendar-view.json").read_text())
    assert cache["masters"]["AAMkSERIES2="]["subject"] == "Book club"


def test_occurrences_of_a_deleted_series_are_left_out(home, graph):
    config = config_for(home, graph)
    graph.put({"id": "AAMkORPHAN_occ=", "type": "occurrence", "seriesMasterId": "AAMkGONE=",
               "start": {"dateTime": "2026-04-06T18:00:00.0000000", "timeZone": "UTC"},
               "end": {"dateTime": "2026-04-06T19:00:00.0000000", "timeZone": "UTC"}})
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert all(m.extra.get("graph_id") != "AAMkORPHAN_occ=" for m in meetings)
    assert all(m.title for m in meetings)  # never a meeting without its title
    graph.put({"id": "AAMkGONE=", "type": "seriesMaster", "subject": "Back again", "isAllDay": False,
               "start": {"dateTime": "2026-04-06T18:00:00.0000000", "timeZone": "UTC"},
               "end": {"dateTime": "2026-04-06T19:00:00.0000000", "timeZone": "UTC"}})
    meetings = rapport_calendar_events(window=WEEK, config=config)  # the master shows up in a later delta
    assert [m.title for m in meetings if m.extra.get("graph_id") == "AAMkORPHAN_occ="] == ["Back again"]


def test_the_signed_in_user_is_read_once(home, graph):
    """From the default calendar's owner (Calendars.Read allows it; /me itself would need User.Read)."""
    config = config_for(home, graph)
    for _ in range(2):
        meetings = rapport_calendar_events(window=WEEK, config=config)
    assert graph.me_requests == 1
    me = home / "microsoft" / "me.json"
    assert json.loads(me.read_text())["addresses"] == ["ada@contoso.com"]
    assert stat.S_IMODE(me.stat().st_mode) == 0o600
    everyone = {a.email for m in meetings for a in m.people()}
    assert "ada@contoso.com" not in everyone and "vic@vendor.example" in everyone


def test_window_outside_the_delta_range_starts_a_new_delta(home, graph):
    config = config_for(home, graph, sync_ahead_days=0)
    rapport_calendar_events(window=WEEK, config=config)
    later = Window(WEEK.start + timedelta(days=1), WEEK.end + timedelta(days=1))
    meetings = rapport_calendar_events(window=later, config=config)
    assert "Coaching with Sam (moved)" in titles(meetings)
    params = graph.listings()[1]["params"]
    assert (params["startDateTime"], params["endDateTime"]) == ("2026-04-01T00:00:00Z", "2026-04-09T00:00:00Z")


def test_rotating_refresh_tokens_are_stored_each_time(home, graph):
    config = config_for(home, graph, sync=False)
    rapport_calendar_events(window=WEEK, config=config)
    path = home / "microsoft" / "token.json"
    first = json.loads(path.read_text())["refresh_token"]
    assert first != SEED_REFRESH and SEED_REFRESH not in graph.refresh_tokens
    graph.access_tokens.clear()  # forces a 401 and a refresh with the rotated token
    assert len(rapport_calendar_events(window=WEEK, config=config)) == 5
    second = json.loads(path.read_text())["refresh_token"]
    assert second != first and second in graph.refresh_tokens
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [f["refresh_token"] for f in graph.token_requests] == [SEED_REFRESH, first]


def test_429_retry_after_is_capped(home, graph):
    config = config_for(home, graph, max_wait=0.02)
    settings = load_settings(config)
    sync = CalendarViewSync(GraphApi(settings), settings)
    graph.failures = [(429, {"Retry-After": "60"}, {"error": {"code": "TooManyRequests", "message": "Please retry again later."}})]
    assert len(sync.events(WEEK)) == 6  # raw events: the out-of-office block is left out by the mapping
    assert sync.api.http.waits == [0.02]


@pytest.mark.parametrize(("status", "words"), [
    (403, "403 (permission denied): Access is denied."),
    (404, "404 (not found): Access is denied."),
    (503, "503 (server error) after 2 retries"),
    (429, "429 (rate limited) after 2 retries"),
])
def test_http_errors_are_one_line(home, graph, status, words):
    config = config_for(home, graph)
    graph.failures = [(status, {"Retry-After": "1"}, {"error": {"code": "ErrorAccessDenied", "message": "Access is denied."}})] * 3
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(window=WEEK, config=config)
    message = str(err.value)
    assert words in message and message.startswith("microsoft: GET http://127.0.0.1:")
    assert "?" not in message and "\n" not in message


def test_next_link_to_another_host_is_refused(home, graph):
    config = config_for(home, graph, sync=False, page_size=2)
    graph.next_link_host = "http://127.0.0.2:9"
    with pytest.raises(RapportError, match=r"refusing to follow a link to http://127\.0\.0\.2:9/v1\.0/me/calendarView"):
        rapport_calendar_events(window=WEEK, config=config)


def test_a_windows_zone_name_is_refused(tmp_path, graph):
    write_config(tmp_path, graph, timezone="Pacific Standard Time")
    with pytest.raises(ConfigError, match=r"\[microsoft\] timezone 'Pacific Standard Time' is not an IANA time zone"):
        load_settings(Config.load(tmp_path))


def test_an_events_own_zone_is_its_original_start_zone():
    """Graph gives times in the zone asked for; the organiser's zone is originalStartTimeZone (here a
    Windows name): the meeting keeps it, so it is shown as '15:00 (09:00 New York time)'."""
    from zoneinfo import ZoneInfo

    from rapport_microsoft.mapping import to_meeting
    from rapport_plugins.usertime import show_time

    event = {"id": "AAMk1", "subject": "Quarterly review", "type": "singleInstance",
             "start": {"dateTime": "2026-12-03T15:00:00.0000000", "timeZone": "W. Europe Standard Time"},
             "end": {"dateTime": "2026-12-03T16:00:00.0000000", "timeZone": "W. Europe Standard Time"},
             "originalStartTimeZone": "Eastern Standard Time", "originalEndTimeZone": "Eastern Standard Time"}
    meeting = to_meeting(event, "microsoft")
    assert meeting.timezone == "America/New_York"
    assert show_time(meeting.start, ZoneInfo("Europe/Berlin"), meeting.timezone) == \
        "Thu 3 Dec 2026 15:00 (09:00 New York time)"
    custom = to_meeting({**event, "originalStartTimeZone": "tzone://Microsoft/Custom"}, "microsoft")
    assert custom.timezone == "Europe/Berlin"  # an unknown original zone: the zone the times came in
