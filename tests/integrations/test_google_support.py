"""A local Google server for the rapport-google tests: OAuth consent + token endpoint + events.list.

It speaks the documented wire shapes (Calendar API v3 events.list with pageToken/nextPageToken,
syncToken/nextSyncToken, 410 GONE, cancelled items; OAuth 2.0 with PKCE S256) on 127.0.0.1:0,
and enforces the API's rules: a syncToken request may not carry timeMin/timeMax/orderBy. Like the
real service, it lists every event type (working location, out of office, focus time, birthdays,
events from Gmail) since the client asks for no ``eventTypes``.
Writing (rapport's note in an event): events.get and events.patch (If-Match on the event's etag:
412 conditionNotMet; sendUpdates recorded; 403 insufficientPermissions without the write scope;
optionally, as Google may do, an attendee's patch answered 200 and not kept), calendarList.get
(accessRole) and acl.list (403 without an ACL scope).
For Google Meet (REST API v2): conferenceRecords filtered by ``space.meeting_code = "…"``, a
record's transcripts (state STARTED / ENDED / FILE_GENERATED), their entries (participant, text,
startTime) paged with pageSize/pageToken, and participants (signedinUser / anonymousUser /
phoneUser displayName); 403 PERMISSION_DENIED when the sign-in lacks meetings.space.readonly.
The client under test is the real rapport_google code, pointed here through [google] base URLs.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlencode

from rapport_plugins import testing as fake_http

FAST = {"timeout": 5, "max_retries": 2, "max_wait": 0.01}  # the fake answers at once: waits are short

DATA = Path(__file__).resolve().parent.parent / "data" / "google"
CLIENT_ID = "test-client.apps.googleusercontent.com"
CLIENT_SECRET = "test-client-secret-XYZ"


def fixture_events(name: str = "events.json") -> dict[str, Any]:
    """A fixture page: ``events.json`` (meetings), ``not-meetings.json`` (working location, out of
    office, focus time, birthday, from Gmail, and meetings the user declined or might attend),
    ``birthdays.json`` (birthday series as listed with eventTypes=birthday, singleEvents=false)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _instant(value: dict[str, Any]) -> datetime:
    if "dateTime" in value:
        return datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
    return datetime.combine(date.fromisoformat(value["date"]), time(0), UTC)


def _rfc3339(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class FakeGoogle:
    """State of the fake service; tests change it between calls to the real client."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.time_zone = "Europe/Berlin"
        self.calendars: dict[str, dict[str, dict[str, Any]]] = {"primary": {}}
        self.changed: dict[tuple[str, str], int] = {}
        self.version = 0
        self.tokens_gone = False  # answer a known sync token with 410 Gone
        self.emit_sync_token = True
        self.requests: list[dict[str, Any]] = []
        self.conferences: dict[str, dict[str, Any]] = {}  # Meet conference records by name
        self.meet_scope_granted = True
        self.failures: list[tuple[int, dict[str, str], dict[str, Any]]] = []  # served before events.list
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.auth_requests: dict[str, dict[str, str]] = {}  # code -> auth request params
        self.token_requests: list[dict[str, str]] = []
        self.redirect_state: str | None = None  # force a wrong state in the redirect
        self.counter = 0
        self.base_url = ""
        self.birthday_series: list[dict[str, Any]] = []  # recurring birthday events (singleEvents=false)
        self.user_email = "ada@example.com"  # the signed-in user: the primary calendar's id
        self.access_roles: dict[str, str] = {}  # calendar -> the user's accessRole (default owner)
        self.acls: dict[str, list[dict[str, Any]]] = {}  # calendar -> further ACL rules (the owner's is implied)
        self.write_scope_granted = True
        self.acl_scope_granted = True
        self.keeps_attendee_edits = True  # False: an attendee's patch is answered 200 and not kept
        self.before_patch: Any = None  # called before a PATCH is applied (the user's other app editing)

    # -- data ---------------------------------------------------------------------------
    def put(self, event: dict[str, Any], calendar: str = "primary") -> None:
        with self.lock:
            self.version += 1
            self.calendars.setdefault(calendar, {})[event["id"]] = copy.deepcopy(event)
            self.changed[(calendar, event["id"])] = self.version

    def delete(self, event_id: str, calendar: str = "primary") -> None:
        """Deleted events come back from incremental sync as minimal cancelled items."""
        with self.lock:
            self.version += 1
            self.calendars[calendar][event_id] = {"kind": "calendar#event", "etag": '"x"', "id": event_id, "status": "cancelled"}
            self.changed[(calendar, event_id)] = self.version

    def edit(self, event_id: str, calendar: str = "primary", **changes: Any) -> None:
        """The user's other app changes an event: new fields, a new etag."""
        with self.lock:
            self.version += 1
            event = self.calendars[calendar][event_id]
            event.update(changes, etag=f'"{3432000000000000 + self.version}"')
            self.changed[(calendar, event_id)] = self.version

    def patches(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == "PATCH"]

    def _denied(self, headers: Any) -> tuple[int, dict[str, str], Any] | None:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return 401, {}, {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                                       "status": "UNAUTHENTICATED"}}
        return None

    @staticmethod
    def _scope_missing() -> tuple[int, dict[str, str], Any]:
        return 403, {}, {"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
                                   "errors": [{"message": "Insufficient Permission", "domain": "global",
                                               "reason": "insufficientPermissions"}], "status": "PERMISSION_DENIED"}}

    def event(self, method: str, calendar: str, event_id: str, params: dict[str, str], headers: Any,
              body: Any) -> tuple[int, dict[str, str], Any]:
        """events.get / events.patch of one event."""
        denied = self._denied(headers)
        if denied:
            return denied
        event = self.calendars.get(calendar, {}).get(event_id)
        if event is None:
            return 404, {}, {"error": {"code": 404, "message": "Not Found", "errors": [{"reason": "notFound", "domain": "global"}]}}
        if method == "GET":
            return 200, {}, copy.deepcopy(event)
        if not self.write_scope_granted:
            return self._scope_missing()
        if self.before_patch is not None:
            self.before_patch()
        with self.lock:
            event = self.calendars[calendar][event_id]
            if headers.get("If-Match") not in (None, "*", event.get("etag")):
                return 412, {}, {"error": {"code": 412, "message": "Precondition Failed",
                                           "errors": [{"reason": "conditionNotMet", "domain": "global"}]}}
            if (event.get("organizer") or {}).get("self") or self.keeps_attendee_edits:
                self.version += 1
                event.update(body, etag=f'"{3432000000000000 + self.version}"')
                self.changed[(calendar, event_id)] = self.version
            return 200, {}, copy.deepcopy(event)

    def calendar_entry(self, calendar: str, headers: Any) -> tuple[int, dict[str, str], Any]:
        denied = self._denied(headers)
        if denied:
            return denied
        entry_id = self.user_email if calendar == "primary" else calendar
        return 200, {}, {"kind": "calendar#calendarListEntry", "id": entry_id, "summary": entry_id,
                         "timeZone": self.time_zone, "accessRole": self.access_roles.get(calendar, "owner"),
                         "primary": calendar == "primary"}

    def acl(self, calendar: str, headers: Any) -> tuple[int, dict[str, str], Any]:
        denied = self._denied(headers)
        if denied:
            return denied
        if not self.acl_scope_granted:
            return self._scope_missing()
        owner = self.user_email if calendar == "primary" else calendar
        rules = [{"kind": "calendar#aclRule", "id": f"user:{owner}", "role": "owner",
                  "scope": {"type": "user", "value": owner}}, *self.acls.get(calendar, [])]
        return 200, {}, {"kind": "calendar#acl", "items": rules}

    def load_fixture(self, name: str = "events.json") -> None:
        if name == "birthdays.json":  # recurring series, listed as such with singleEvents=false
            self.birthday_series = fixture_events(name)["items"]
            return
        for event in fixture_events(name)["items"]:
            self.put(event)

    # -- Google Meet ------------------------------------------------------------------
    def add_conference(self, code: str, start: str, end: str | None, entries: list[tuple[str, str, str]] | None,
                       state: str = "FILE_GENERATED") -> str:
        """A conference held in Meet space ``code``; ``entries`` are (participant name, text, startTime)."""
        n = len(self.conferences) + 1
        name = f"conferenceRecords/rec-{n}"
        record = {"name": name, "startTime": start, "space": f"spaces/space-{code}",
                  "expireTime": "2026-05-30T00:00:00Z"} | ({"endTime": end} if end else {})
        people = sorted({who for who, _, _ in entries or []})
        participants = [{"name": f"{name}/participants/p{i}", "earliestStartTime": start,
                         "latestEndTime": end or start, "signedinUser": {"user": f"users/{1000 + i}", "displayName": who}}
                        for i, who in enumerate(people)]
        ids = {p["signedinUser"]["displayName"]: p["name"] for p in participants}
        transcripts = [] if entries is None else [{
            "name": f"{name}/transcripts/t1", "state": state, "startTime": start, "endTime": end or start,
            "docsDestination": {"document": "1abc", "exportUri": "https://docs.google.com/document/d/1abc"}}]
        listed = [{"name": f"{name}/transcripts/t1/entries/e{i}", "participant": ids[who], "text": text,
                   "languageCode": "en-US", "startTime": at, "endTime": at} for i, (who, text, at) in enumerate(entries or [])]
        self.conferences[name] = {"code": code, "record": record, "transcripts": transcripts,
                                  "participants": participants, "entries": listed}
        return name

    def meet(self, path: str, params: dict[str, str], headers: Any) -> tuple[int, dict[str, str], Any]:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return 401, {}, {"error": {"code": 401, "message": "Request had invalid authentication credentials.", "status": "UNAUTHENTICATED"}}
        if not self.meet_scope_granted:
            return 403, {}, {"error": {"code": 403, "message": "Request had insufficient authentication scopes.", "status": "PERMISSION_DENIED"}}
        parts = path.removeprefix("/v2/").split("/")
        if parts == ["conferenceRecords"]:
            match = re.fullmatch(r'\s*space\.meeting_code\s*=\s*"([^"]+)"\s*', params.get("filter", ""))
            if not match:
                return 400, {}, {"error": {"code": 400, "message": "Invalid filter.", "status": "INVALID_ARGUMENT"}}
            return 200, {}, {"conferenceRecords": [c["record"] for c in self.conferences.values() if c["code"] == match.group(1)]}
        conference = self.conferences.get("/".join(parts[:2]))
        if conference is None:
            return 404, {}, {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}
        if parts[2:] == ["transcripts"]:
            return 200, {}, {"transcripts": conference["transcripts"]}
        if parts[2:] == ["participants"]:
            return 200, {}, {"participants": conference["participants"], "totalSize": len(conference["participants"])}
        if len(parts) == 5 and parts[2] == "transcripts" and parts[4] == "entries" and conference["transcripts"]:
            size, start = int(params.get("pageSize", "10")), int(params.get("pageToken", "0") or 0)
            page: dict[str, Any] = {"transcriptEntries": conference["entries"][start:start + min(size, 2)]}
            if start + min(size, 2) < len(conference["entries"]):
                page["nextPageToken"] = str(start + min(size, 2))  # small pages: paging is exercised
            return 200, {}, page
        return 404, {}, {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}

    def issue_tokens(self) -> dict[str, Any]:
        self.counter += 1
        access, refresh = f"ya29.access-{self.counter}", f"1//refresh-secret-{self.counter}"
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        return {"access_token": access, "refresh_token": refresh, "expires_in": 3599,
                "scope": "https://www.googleapis.com/auth/calendar.readonly", "token_type": "Bearer"}

    def listings(self) -> list[dict[str, Any]]:
        """The requests that listed a calendar's events (a window or a sync token)."""
        return [r for r in self.requests if r["path"].endswith("/events")]

    # -- endpoints --------------------------------------------------------------------
    def auth(self, params: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        self.counter += 1
        code = f"4/auth-code-{self.counter}"
        self.auth_requests[code] = params
        state = self.redirect_state if self.redirect_state is not None else params.get("state", "")
        location = f"{params['redirect_uri']}?{urlencode({'code': code, 'state': state, 'scope': params['scope']})}"
        return 302, {"Location": location}, None

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        self.token_requests.append(form)
        bad = (400, {}, {"error": "invalid_grant", "error_description": "Bad Request"})
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return 401, {}, {"error": "invalid_client", "error_description": "Unauthorized"}
        if form.get("grant_type") == "authorization_code":
            request = self.auth_requests.pop(form.get("code", ""), None)
            if request is None or request["redirect_uri"] != form.get("redirect_uri"):
                return bad
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if request.get("code_challenge_method") != "S256" or digest != request.get("code_challenge"):
                return bad
            return 200, {}, self.issue_tokens()
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return bad
            body = self.issue_tokens()
            del body["refresh_token"]  # Google does not rotate refresh tokens
            return 200, {}, body
        return 400, {}, {"error": "unsupported_grant_type"}

    def events(self, calendar: str, params: dict[str, str], headers: Any) -> tuple[int, dict[str, str], Any]:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return 401, {}, {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                                       "errors": [{"reason": "authError", "domain": "global"}], "status": "UNAUTHENTICATED"}}
        if self.failures:
            return self.failures.pop(0)
        if calendar not in self.calendars:
            return 404, {}, {"error": {"code": 404, "message": "Not Found", "errors": [{"reason": "notFound", "domain": "global"}]}}
        if params.get("singleEvents") != "true":
            if params.get("eventTypes") != "birthday":
                return 400, {}, {"error": {"code": 400, "message": "this fake serves singleEvents=false for birthdays only"}}
            page = {"kind": "calendar#events", "etag": '"b"', "summary": calendar, "timeZone": self.time_zone,
                    "updated": "2026-03-30T08:00:00.000Z", "accessRole": "owner",
                    "items": copy.deepcopy(self.birthday_series if calendar == "primary" else [])}
            return 200, {}, page
        with self.lock:
            events = self.calendars[calendar]
            if "syncToken" in params:
                if {"timeMin", "timeMax", "orderBy", "q", "iCalUID", "updatedMin"} & set(params):
                    return 400, {}, {"error": {"code": 400, "message": "Sync token cannot be used with other filters",
                                               "errors": [{"reason": "invalid", "domain": "global"}]}}
                token = params["syncToken"]
                if self.tokens_gone or not token.startswith("sync-"):
                    return 410, {}, {"error": {"code": 410, "message": "Sync token is no longer valid, a full sync is required.",
                                               "errors": [{"reason": "fullSyncRequired", "domain": "calendar"}]}}
                since = int(token[5:])
                items = [e for i, e in events.items() if self.changed[(calendar, i)] > since]
            else:
                items = [e for e in events.values() if e.get("status") != "cancelled"]
                if "timeMin" in params:
                    lo = _rfc3339(params["timeMin"])
                    items = [e for e in items if _instant(e["end"]) > lo]
                if "timeMax" in params:
                    hi = _rfc3339(params["timeMax"])
                    items = [e for e in items if _instant(e["start"]) < hi]
                if params.get("orderBy") == "startTime":
                    items.sort(key=lambda e: _instant(e["start"]))
            if "eventTypes" in params:
                items = [e for e in items if e.get("eventType", "default") == params["eventTypes"]]
            version = self.version
        size = int(params.get("maxResults", 250))
        offset = int(params.get("pageToken", "p0")[1:])
        page: dict[str, Any] = {"kind": "calendar#events", "etag": '"e"', "summary": calendar,
                                "updated": "2026-03-30T08:00:00.000Z", "timeZone": self.time_zone,
                                "accessRole": "owner", "items": copy.deepcopy(items[offset:offset + size])}
        if offset + size < len(items):
            page["nextPageToken"] = f"p{offset + size}"
        elif self.emit_sync_token and "orderBy" not in params:
            page["nextSyncToken"] = f"sync-{version}"
        return 200, {}, page


class _Handler(fake_http.JsonHandler):
    content_type = "application/json; charset=UTF-8"
    _send = fake_http.JsonHandler.send_json

    def do_GET(self) -> None:  # noqa: N802
        fake = self.server.fake
        path, params = self.query()
        self.record(path, params)
        if path == "/auth":
            self._send(*fake.auth(params))
            return
        if path.startswith("/v2/conferenceRecords"):
            self._send(*fake.meet(path, params, self.headers))
            return
        one = re.fullmatch(r"/calendar/v3/calendars/([^/]+)/events/([^/]+)", path)
        if one:
            self._send(*fake.event("GET", unquote(one.group(1)), unquote(one.group(2)), params, self.headers, None))
            return
        entry = re.fullmatch(r"/calendar/v3/users/me/calendarList/([^/]+)", path)
        if entry:
            self._send(*fake.calendar_entry(unquote(entry.group(1)), self.headers))
            return
        acl = re.fullmatch(r"/calendar/v3/calendars/([^/]+)/acl", path)
        if acl:
            self._send(*fake.acl(unquote(acl.group(1)), self.headers))
            return
        prefix, suffix = "/calendar/v3/calendars/", "/events"
        if path.startswith(prefix) and path.endswith(suffix):
            calendar = unquote(path[len(prefix):-len(suffix)])
            self._send(*fake.events(calendar, params, self.headers))
            return
        self._send(404, {}, {"error": {"code": 404, "message": "Not Found"}})

    def do_PATCH(self) -> None:  # noqa: N802
        path, params = self.query()
        body = self.json_body()
        self.record(path, params, body=body, if_match=self.headers.get("If-Match"))
        one = re.fullmatch(r"/calendar/v3/calendars/([^/]+)/events/([^/]+)", path)
        if one is None:
            self._send(404, {}, {"error": {"code": 404, "message": "Not Found"}})
            return
        self._send(*self.server.fake.event("PATCH", unquote(one.group(1)), unquote(one.group(2)), params, self.headers, body))

    def do_POST(self) -> None:  # noqa: N802
        form = self.form()
        self.record(self.path, {}, authorization="")
        answer = self.server.fake.token(form) if self.path == "/token" else (404, {}, {"error": "not_found"})
        self._send(*answer)


def serve() -> Iterator[FakeGoogle]:
    """Run a fake Google on 127.0.0.1:<free port>; yields its FakeGoogle state (use in a fixture)."""
    return fake_http.serve(_Handler, FakeGoogle())


def write_config(home: Path, fake: FakeGoogle, **extra: Any) -> Path:
    """A rapport home whose [google] section points at the fake server."""
    urls = {"base_url": f"{fake.base_url}/calendar/v3", "token_url": f"{fake.base_url}/token",
            "auth_url": f"{fake.base_url}/auth", "meet_url": f"{fake.base_url}/v2"}
    return fake_http.write_section(home, "google", {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, **urls,
                                                    **FAST, "auth_timeout": 120} | extra)  # ends only a wait that would never succeed
