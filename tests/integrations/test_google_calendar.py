"""rapport-google against a local server speaking Calendar API v3: mapping, paging, sync tokens, errors."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta

import pytest
from cloud_services import GOOGLE, WEEK
from test_google_support import CLIENT_SECRET

from rapport_google import rapport_calendar_events
from rapport_google.api import GoogleCalendarApi
from rapport_google.settings import load_settings
from rapport_google.sync import CalendarSync
from rapport_plugins.config import Config
from rapport_plugins.errors import ConfigError, RapportError
from rapport_plugins.models import Window
from rapport_plugins.oauth import Tokens

SEED_REFRESH, config_for = GOOGLE.refresh, GOOGLE.signed_in  # home: the suite's fresh rapport home
google_server = pytest.fixture(GOOGLE.serve)


def sync_for(config: Config, calendar: str = "primary") -> CalendarSync:
    settings = load_settings(config)
    return CalendarSync(GoogleCalendarApi(settings), settings, calendar)


def by_uid(meetings):
    return {(m.uid, m.start.isoformat()): m for m in meetings}


def test_maps_events_from_the_documented_shapes(home, google_server):
    config = config_for(home, google_server)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    titles = sorted(m.title for m in meetings)
    assert titles == ["1:1 Ada / Grace", "Coaching with Sam", "Intro call with Kim", "Offsite"]

    one = next(m for m in meetings if m.uid == "m1onetoone@google.com")
    assert one.start == datetime(2026, 4, 2, 8, 0, tzinfo=UTC)
    assert str(one.start.tzinfo) == "Europe/Berlin" and one.timezone == "Europe/Berlin"
    assert one.end - one.start == timedelta(minutes=30)
    assert one.location == "Room Hopper" and one.description == "Quarterly check-in"
    assert one.source == "google:primary"
    people = {a.email: a for a in one.attendees}
    assert people["grace@example.org"].response == "needs-action"
    assert people["grace@example.org"].name == "Grace Hopper"
    assert people["ada@example.com"].is_self and people["ada@example.com"].organizer
    assert people["c_188abc@resource.calendar.google.com"].is_resource
    assert one.extra["optional_attendees"] == ["linus@example.org"]
    assert [a.email for a in one.people()] == ["grace@example.org", "linus@example.org"]
    assert one.organizer.is_self and one.organizer.name == "Ada Lovelace"

    offsite = next(m for m in meetings if m.title == "Offsite")
    assert offsite.all_day and offsite.start == date(2026, 4, 3) and offsite.end == date(2026, 4, 4)

    coaching = next(m for m in meetings if m.title == "Coaching with Sam")
    assert coaching.uid == "m3weekly@google.com"
    assert coaching.recurrence_id == "2026-04-01T09:00:00+02:00"
    assert coaching.extra["attendees_omitted"] is True
    assert coaching.extra["recurring_event_id"] == "m3weekly"

    kim = next(m for m in meetings if m.title == "Intro call with Kim")
    assert kim.status == "tentative" and kim.start.tzinfo is not None
    assert kim.timezone == "Europe/Berlin"  # no timeZone on the event: the calendar's default


def test_moved_instance_outside_window_is_left_out(home, google_server):
    config = config_for(home, google_server)
    # The 8 April instance was moved to 11:00 Berlin (09:00 UTC): after WEEK ends at 00:00 UTC.
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert not [m for m in meetings if m.start == datetime(2026, 4, 8, 9, 0, tzinfo=UTC)]
    later = rapport_calendar_events(window=Window(WEEK.end, WEEK.end + timedelta(days=1)), config=config)
    moved = [m for m in later if m.uid == "m3weekly@google.com"]
    assert len(moved) == 1 and moved[0].recurrence_id == "2026-04-08T09:00:00+02:00"


def test_pages_are_followed(home, google_server):
    config = config_for(home, google_server, page_size=2)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert len(meetings) == 4
    tokens = [r["params"].get("pageToken") for r in google_server.listings()]
    assert tokens == [None, "p2", "p4"]
    assert all(r["params"]["maxResults"] == "2" for r in google_server.listings())


def test_incremental_sync_applies_changes_without_window_parameters(home, google_server):
    config = config_for(home, google_server)
    first = rapport_calendar_events(window=WEEK, config=config)
    assert len(first) == 4
    full = google_server.listings()[0]["params"]
    assert full["singleEvents"] == "true" and "timeMin" in full and "timeMax" in full
    assert "orderBy" not in full and "syncToken" not in full

    google_server.delete("m4utc")
    moved = json.loads(json.dumps(google_server.calendars["primary"]["m2allday"]))
    moved["summary"] = "Offsite (moved)"
    moved["start"], moved["end"] = {"date": "2026-04-05"}, {"date": "2026-04-06"}
    google_server.put(moved)
    google_server.put({
        "kind": "calendar#event", "id": "m5new", "status": "confirmed", "summary": "Walk with Mo",
        "iCalUID": "m5new@google.com",
        "start": {"dateTime": "2026-04-07T12:00:00Z"}, "end": {"dateTime": "2026-04-07T13:00:00Z"},
        "attendees": [{"email": "mo@example.com", "responseStatus": "accepted"}],
    })

    second = rapport_calendar_events(window=WEEK, config=config)
    titles = sorted(m.title for m in second)
    assert titles == ["1:1 Ada / Grace", "Coaching with Sam", "Offsite (moved)", "Walk with Mo"]
    assert next(m for m in second if m.title == "Offsite (moved)").start == date(2026, 4, 5)

    incremental = google_server.listings()[1]["params"]
    assert incremental["syncToken"].startswith("sync-")
    assert not {"timeMin", "timeMax", "orderBy"} & set(incremental)

    cache_files = list((home / "google").glob("events-*.json"))
    assert len(cache_files) == 1
    assert stat.S_IMODE(cache_files[0].stat().st_mode) == 0o600


def test_cancelled_series_removes_its_instances(home, google_server):
    config = config_for(home, google_server)
    rapport_calendar_events(window=WEEK, config=config)
    google_server.delete("m3weekly")  # the recurring master: its instances go with it
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert "Coaching with Sam" not in {m.title for m in meetings}


def test_window_outside_cached_range_triggers_full_sync(home, google_server):
    config = config_for(home, google_server, sync_ahead_days=1)
    rapport_calendar_events(window=WEEK, config=config)  # covers 1-9 April
    later = Window(WEEK.start + timedelta(days=3), WEEK.end + timedelta(days=3))
    assert len(rapport_calendar_events(window=later, config=config)) == 2  # Kim and the moved coaching
    params = google_server.listings()[1]["params"]
    assert "syncToken" not in params
    assert (params["timeMin"], params["timeMax"]) == ("2026-04-01T00:00:00Z", "2026-04-12T00:00:00Z")
    # the new range includes the old one, so the first week is still answered incrementally
    assert len(rapport_calendar_events(window=WEEK, config=config)) == 4
    assert "syncToken" in google_server.listings()[2]["params"]
    far = Window(WEEK.start + timedelta(days=60), WEEK.end + timedelta(days=60))
    assert rapport_calendar_events(window=far, config=config) == []
    assert google_server.listings()[3]["params"]["timeMin"] == "2026-05-31T00:00:00Z"


def test_without_sync_each_window_is_listed_in_order(home, google_server):
    config = config_for(home, google_server, sync=False)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert [m.title for m in meetings][:2] == ["Coaching with Sam", "1:1 Ada / Grace"]
    params = google_server.listings()[0]["params"]
    assert params["orderBy"] == "startTime"
    assert params["timeMin"] == "2026-04-01T00:00:00Z" and params["timeMax"] == "2026-04-08T00:00:00Z"
    assert not list((home / "google").glob("events-*.json"))


def test_server_without_sync_token_falls_back_to_window_listing(home, google_server):
    google_server.emit_sync_token = False
    config = config_for(home, google_server)
    assert len(rapport_calendar_events(window=WEEK, config=config)) == 4
    assert len(rapport_calendar_events(window=WEEK, config=config)) == 4
    assert not list((home / "google").glob("events-*.json"))
    assert google_server.listings()[-1]["params"]["orderBy"] == "startTime"


def test_several_calendars(home, google_server):
    google_server.put({
        "kind": "calendar#event", "id": "team1", "status": "confirmed", "summary": "Team sync",
        "iCalUID": "team1@google.com",
        "start": {"dateTime": "2026-04-03T09:00:00Z"}, "end": {"dateTime": "2026-04-03T09:30:00Z"},
    }, calendar="team@group.calendar.google.com")
    config = config_for(home, google_server, calendars=["primary", "team@group.calendar.google.com"])
    meetings = rapport_calendar_events(window=WEEK, config=config)
    team = [m for m in meetings if m.title == "Team sync"]
    assert len(meetings) == 5 and team[0].source == "google:team@group.calendar.google.com"
    paths = {r["path"] for r in google_server.listings()}
    assert "/calendar/v3/calendars/team%40group.calendar.google.com/events" in paths or \
        "/calendar/v3/calendars/team@group.calendar.google.com/events" in paths


def test_expired_access_token_is_refreshed_once(home, google_server):
    config = config_for(home, google_server, sync=False)
    rapport_calendar_events(window=WEEK, config=config)
    google_server.access_tokens.clear()  # the server forgets every access token: 401
    meetings = rapport_calendar_events(window=WEEK, config=config)
    assert len(meetings) == 4
    statuses = [r["authorization"] for r in google_server.listings()]
    assert len(statuses) == 3 and statuses[1] != statuses[2]
    grants = [f["grant_type"] for f in google_server.token_requests]
    assert grants == ["refresh_token", "refresh_token"]


def test_revoked_refresh_token_names_the_usual_cause(home, google_server):
    config = config_for(home, google_server)
    google_server.refresh_tokens.clear()
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(window=WEEK, config=config)
    assert '"Testing" publishing state' in str(err.value) and "expire after 7 days" in str(err.value)
    assert CLIENT_SECRET not in str(err.value)


def test_blocks_that_are_not_meetings_are_left_out(home, google_server):
    """Google lists working location, out of office, focus time, birthdays and Gmail events too."""
    google_server.load_fixture("not-meetings.json")
    config = config_for(home, google_server)
    meetings = rapport_calendar_events(window=WEEK, config=config)
    titles = sorted(m.title for m in meetings)
    assert titles == ["1:1 Ada / Grace", "Coaching with Sam", "Intro call with Kim", "Offsite", "Team lunch", "Vendor demo"]
    served = {e["eventType"] for r in [google_server.calendars["primary"]] for e in r.values()}
    assert {"workingLocation", "outOfOffice", "focusTime", "birthday", "fromGmail"} <= served
    assert "eventTypes" not in google_server.listings()[0]["params"]


def test_the_users_own_answer_is_on_their_attendee_line(home, google_server):
    google_server.load_fixture("not-meetings.json")
    config = config_for(home, google_server)
    meetings = {m.title: m for m in rapport_calendar_events(window=WEEK, config=config)}
    mine = {title: next(a.response for a in m.attendees if a.is_self) for title, m in meetings.items()
            if any(a.is_self for a in m.attendees)}
    assert mine["Vendor demo"] == "declined" and mine["Team lunch"] == "tentative"
    assert [a.email for a in meetings["Vendor demo"].people()] == ["vic@vendor.example"]


def test_429_honours_retry_after_with_a_cap(home, google_server):
    config = config_for(home, google_server, max_wait=0.05)
    sync = sync_for(config)
    google_server.failures = [(429, {"Retry-After": "120"}, {"error": {"code": 429, "message": "Rate Limit Exceeded"}})]
    events, _ = sync.events(WEEK)
    assert len(events) == 4
    assert sync.api.http.waits == [0.05]


def test_403_rate_limit_reason_is_retried(home, google_server):
    config = config_for(home, google_server)
    sync = sync_for(config)
    body = {"error": {"code": 403, "message": "Rate Limit Exceeded",
                      "errors": [{"domain": "usageLimits", "reason": "rateLimitExceeded"}]}}
    google_server.failures = [(403, {}, body)]
    assert len(sync.events(WEEK)[0]) == 4
    assert len(sync.api.http.waits) == 1


def test_retries_are_bounded(home, google_server):
    config = config_for(home, google_server, max_retries=2)
    body = {"error": {"code": 429, "message": "Rate Limit Exceeded"}}
    google_server.failures = [(429, {"Retry-After": "1"}, body)] * 3 + []
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(window=WEEK, config=config)
    assert "429 (rate limited) after 2 retries" in str(err.value)
    assert "syncToken" not in str(err.value) and "?" not in str(err.value)


@pytest.mark.parametrize(("status", "words"), [
    (403, "403 (permission denied): The user does not have access"),
    (500, "500 (server error) after 2 retries"),
    (503, "503 (server error) after 2 retries"),
])
def test_http_errors_are_one_line(home, google_server, status, words):
    config = config_for(home, google_server)
    body = {"error": {"code": status, "message": "The user does not have access"}}
    google_server.failures = [(status, {}, body)] * 3
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(window=WEEK, config=config)
    message = str(err.value)
    assert words in message and message.startswith("google: GET http://127.0.0.1:")
    assert "\n" not in message


def test_unknown_calendar_is_404(home, google_server):
    config = config_for(home, google_server, calendars=["nobody@example.com"])
    with pytest.raises(RapportError) as err:
        rapport_calendar_events(window=WEEK, config=config)
    assert "404 (not found)" in str(err.value) and "nobody%40example.com" in str(err.value)


def test_bad_config_is_named(tmp_path):
    (tmp_path / "config.toml").write_text('[google]\nclient_id = "x"\ncalendars = "primary"\npage_size = -1\n')
    with pytest.raises(ConfigError, match=r"config.toml: \[google\] page_size must be a non-negative number"):
        load_settings(Config.load(tmp_path))
    (tmp_path / "config.toml").write_text('[google]\nclient_id = "x"\nclient_secret_env = "RAPPORT_TEST_UNSET_VAR"\n')
    with pytest.raises(ConfigError, match="RAPPORT_TEST_UNSET_VAR"):
        load_settings(Config.load(tmp_path))


def test_secret_from_environment_and_hidden_from_repr(tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_TEST_GOOGLE_SECRET", "env-secret-value")
    (tmp_path / "config.toml").write_text('[google]\nclient_id = "x"\nclient_secret_env = "RAPPORT_TEST_GOOGLE_SECRET"\n')
    settings = load_settings(Config.load(tmp_path))
    assert settings.client_secret == "env-secret-value"
    assert "env-secret-value" not in repr(settings)
    assert "tok-secret" not in repr(Tokens(refresh_token="tok-secret", access_token="tok-secret"))
