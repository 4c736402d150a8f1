"""A local Microsoft Graph + identity platform for the rapport-microsoft tests.

Speaks the documented wire shapes on 127.0.0.1:0: the v2.0 device-code and token endpoints
(authorization_pending / slow_down / expired_token, rotating refresh tokens), /me/calendarView
with @odata.nextLink ($skip) paging and the Prefer outlook.timezone (Windows zone names, answered
labelled with that name) / odata.maxpagesize headers, and /me/calendarView/delta with $skiptoken
pages, an @odata.deltaLink, @removed items, and an expired token as 410 or as a 400
``syncStateNotFound``. As the real service does, delta lists occurrences of a series bare (only
id, seriesMasterId, type, start, end) and the ``seriesMaster`` itself at its first occurrence's
time; /me/events/{id} answers a whole event (404 ErrorItemNotFound once deleted) and /me/calendar
its owner (the user). For Teams transcripts: /me/onlineMeetings?$filter=JoinWebUrl eq '…' (a filter
is required), /me/onlineMeetings/{id}/transcripts (callTranscript: id, meetingId, createdDateTime,
endDateTime, transcriptContentUrl) and /transcripts/{id}/content?$format=text/vtt, each refused with
403 unless the token was granted OnlineMeetings.Read / OnlineMeetingTranscript.Read.All.
Writing (rapport's note in an event): PATCH /me/events/{id} with If-Match on its @odata.etag (412
when the event changed), 403 ErrorAccessDenied unless the token carries Calendars.ReadWrite;
/me/calendar answers canShare, /me/calendar/calendarPermissions the owner, "My Organization"
(freeBusyRead) and any delegate a test adds.
The client under test is the real rapport_microsoft code, pointed here through [microsoft].
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlencode
from zoneinfo import ZoneInfo

from test_google_support import FAST

from rapport_plugins import testing as fake_http
from rapport_plugins.timezones import WINDOWS_TO_IANA

DATA = Path(__file__).resolve().parent.parent / "data" / "microsoft"
CLIENT_ID = "00000000-1111-2222-3333-444444444444"
USER = {"displayName": "Ada Lovelace", "mail": "ada@contoso.com", "userPrincipalName": "ada@contoso.onmicrosoft.com"}
BARE = ("@odata.type", "@odata.etag", "id", "seriesMasterId", "type", "start", "end")  # what delta keeps of an occurrence
EXPIRED = {"code": "syncStateNotFound",
           "message": "The sync state generation is not found. The delta token is expired and data must be synchronized again."}
TENANT = "contoso.onmicrosoft.com"


def fixture_events() -> list[dict[str, Any]]:
    return json.loads((DATA / "events.json").read_text(encoding="utf-8"))["value"]


def _utc(value: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(value["dateTime"][:26]).replace(tzinfo=UTC)


def _param_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class FakeGraph:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events: dict[str, dict[str, Any]] = {}  # times stored in UTC
        self.changed: dict[str, int] = {}
        self.removed: set[str] = set()
        self.version = 0
        self.base_url = ""
        self.requests: list[dict[str, Any]] = []
        self.failures: list[tuple[int, dict[str, str], Any]] = []
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.token_requests: list[dict[str, str]] = []
        self.device_script: list[str] = ["authorization_pending", "ok"]
        self.device_interval = 1
        self.tokens_gone = False  # answer a known delta token with 410 Gone
        self.delta_expired: tuple[int, str] | None = None  # or with (status, code), e.g. (400, "syncStateNotFound")
        self.me_requests = 0
        self.snapshots: dict[str, tuple[list[dict[str, Any]], int, dict[str, Any]]] = {}
        self.delta_tokens: dict[str, dict[str, Any]] = {}
        self.counter = itertools.count(1)
        self.next_link_host: str | None = None  # make nextLink point elsewhere
        self.token_scopes: dict[str, str] = {}  # access token -> the scope it was granted
        self.online_meetings: dict[str, dict[str, Any]] = {}  # id -> onlineMeeting
        self.transcripts: dict[str, list[dict[str, Any]]] = {}  # online meeting id -> callTranscripts
        self.transcript_content: dict[str, bytes] = {}  # transcript id -> WebVTT
        self.grant_write = True  # False: tokens come without Calendars.ReadWrite (not consented)
        self.before_patch: Any = None  # called before a PATCH is applied (the user's other app editing)
        self.can_share = True  # False: the calendar is someone else's, shared with the user
        self.permissions: list[dict[str, Any]] = []  # calendarPermissions besides the owner and My Organization

    def add_online_meeting(self, join_url: str, meeting_id: str = "MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ") -> str:
        self.online_meetings[meeting_id] = {"id": meeting_id, "joinWebUrl": join_url, "subject": "1:1 Ada / Grace",
                                            "startDateTime": "2026-04-02T08:00:00Z", "endDateTime": "2026-04-02T08:30:00Z"}
        self.transcripts.setdefault(meeting_id, [])
        return meeting_id

    def add_transcript(self, meeting_id: str, created: str, content: str | bytes) -> str:
        transcript_id = f"MSMjMCMjZDAwYWU3NjUtNmM2Yi00NjQxLTgwMWQtMTkzMmFmMjEzNzdh-{len(self.transcript_content) + 1}"
        self.transcript_content[transcript_id] = content.encode() if isinstance(content, str) else content
        self.transcripts[meeting_id].append({
            "id": transcript_id, "meetingId": meeting_id, "callId": "af630fe0-04d3-4559-8cf9-91fe45e36296",
            "contentCorrelationId": "bc842d7a-2f6e-4b18-a1c7-73ef91d5c8e3", "createdDateTime": created,
            "endDateTime": created, "meetingOrganizer": {"user": {"id": "ada", "displayName": None}},
            "transcriptContentUrl": f"{self.base_url}/v1.0/me/onlineMeetings/{meeting_id}/transcripts/{transcript_id}/content",
        })
        return transcript_id

    # -- data -------------------------------------------------------------------------
    def put(self, event: dict[str, Any]) -> None:
        with self.lock:
            self.version += 1
            self.events[event["id"]] = copy.deepcopy(event)
            self.changed[event["id"]] = self.version
            self.removed.discard(event["id"])

    def delete(self, event_id: str) -> None:
        with self.lock:
            self.version += 1
            del self.events[event_id]
            self.changed[event_id] = self.version
            self.removed.add(event_id)

    def load_fixture(self) -> None:
        for event in fixture_events():
            self.put(event)

    def edit(self, event_id: str, **changes: Any) -> None:
        """The user's other app (or the organiser) changes an event: new fields, a new etag."""
        with self.lock:
            self.version += 1
            self.events[event_id].update(changes, **{"@odata.etag": f'W/"ZlnW4RIAV06KYYwlrfNZvQ{self.version:08d}=="'})
            self.changed[event_id] = self.version

    def patch(self, path: str, headers: Any, body: Any) -> tuple[int, dict[str, str], Any]:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return 401, {}, {"error": {"code": "InvalidAuthenticationToken", "message": "Access token has expired or is not yet valid."}}
        if not path.startswith("/v1.0/me/events/"):
            return 404, {}, {"error": {"code": "ResourceNotFound", "message": "Resource not found for the segment."}}
        if "Calendars.ReadWrite" not in self.token_scopes.get(auth[7:], ""):
            return 403, {}, {"error": {"code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again."}}
        if self.before_patch is not None:
            self.before_patch()
        event_id = unquote(path.rsplit("/", 1)[1])
        with self.lock:
            event = self.events.get(event_id)
            if event is None:
                return 404, {}, {"error": {"code": "ErrorItemNotFound", "message": "The specified object was not found in the store."}}
            if headers.get("If-Match") not in (None, "*", event.get("@odata.etag")):
                return 412, {}, {"error": {"code": "ErrorIrresolvableConflict",
                                           "message": "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item."}}
        self.edit(event_id, **body)
        return 200, {}, self._shape(self.events[event_id], "UTC")

    def issue_tokens(self, scope: str = "") -> dict[str, Any]:
        n = next(self.counter)
        access, refresh = f"eyJ0eXAi.access-{n}", f"0.AAAA-refresh-secret-{n}"
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        self.token_scopes[access] = scope
        return {"token_type": "Bearer", "scope": scope or "Calendars.Read", "expires_in": 3599, "ext_expires_in": 3599,
                "access_token": access, "refresh_token": refresh}

    def listings(self) -> list[dict[str, Any]]:
        """The requests that listed the calendar view (a window or a delta token)."""
        return [r for r in self.requests if "/me/calendarView" in r["path"]]

    # -- identity platform ------------------------------------------------------------
    def device_code(self, form: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        if form.get("client_id") != CLIENT_ID:
            return 400, {}, {"error": "unauthorized_client"}
        return 200, {}, {
            "device_code": "GMMhmHCXhWEzkobqIHGG_EnNYYsAkukHspeYUk9E8", "user_code": "FJQ8KVZ4",
            "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900,
            "interval": self.device_interval,
            "message": "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FJQ8KVZ4 to authenticate.",
        }

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, str], Any]:
        self.token_requests.append(form)
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            step = self.device_script.pop(0) if self.device_script else "expired_token"
            if step == "ok":
                return 200, {}, self.issue_tokens()
            return 400, {}, {"error": step, "error_description": f"AADSTS70016: {step}", "error_codes": [70016]}
        if grant == "refresh_token":
            old = form.get("refresh_token")
            if old not in self.refresh_tokens:
                return 400, {}, {"error": "invalid_grant", "error_description": "AADSTS70000: token revoked"}
            self.refresh_tokens.discard(old)  # rotation: the old one is dead
            scope = form.get("scope", "")
            if not self.grant_write:
                scope = " ".join(s for s in scope.split() if not s.endswith("Calendars.ReadWrite"))
            return 200, {}, self.issue_tokens(scope)
        return 400, {}, {"error": "unsupported_grant_type"}

    # -- Graph ------------------------------------------------------------------------
    def _shape(self, event: dict[str, Any], tz_name: str) -> dict[str, Any]:
        """Times as Graph answers them: local dateTime in the Prefer'd (Windows) zone, labelled with it."""
        out = copy.deepcopy(event)
        if tz_name != "UTC" and not event.get("isAllDay"):
            for key in ("start", "end"):
                local = _utc(event[key]).astimezone(ZoneInfo(WINDOWS_TO_IANA[tz_name]))
                out[key] = {"dateTime": local.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": tz_name}
        return out

    def _delta_shape(self, event: dict[str, Any], tz_name: str) -> dict[str, Any]:
        """An item as delta lists it: occurrences of a series bare, everything else whole."""
        shaped = self._shape(event, tz_name)
        if event.get("type") == "occurrence":
            return {k: shaped[k] for k in BARE if k in shaped}
        return shaped

    def _in_range(self, event: dict[str, Any], start: datetime, end: datetime) -> bool:
        if event.get("type") == "seriesMaster":  # listed when any of its instances is
            return any(self._in_range(e, start, end) for e in self.events.values() if e.get("seriesMasterId") == event["id"])
        return _utc(event["end"]) > start and _utc(event["start"]) < end

    def _overlapping(self, start: datetime, end: datetime, masters: bool = False) -> list[dict[str, Any]]:
        found = [e for e in self.events.values() if (masters or e.get("type") != "seriesMaster") and self._in_range(e, start, end)]
        return sorted(found, key=lambda e: (_utc(e["start"]), e["id"]))

    def graph(self, path: str, params: dict[str, str], headers: Any) -> tuple[int, dict[str, str], Any]:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            return 401, {}, {"error": {"code": "InvalidAuthenticationToken", "message": "Access token has expired or is not yet valid."}}
        if self.failures:
            return self.failures.pop(0)
        prefer = headers.get("Prefer", "")
        tz_match = re.search(r'outlook\.timezone="([^"]+)"', prefer)
        tz_name = tz_match.group(1) if tz_match else "UTC"
        if tz_name != "UTC" and tz_name not in WINDOWS_TO_IANA:
            return 400, {}, {"error": {"code": "ErrorTimeZoneNotSupported", "message": f"The time zone {tz_name} is not supported."}}
        size_match = re.search(r"odata\.maxpagesize=(\d+)", prefer)
        if path == "/v1.0/me/calendar":
            self.me_requests += 1
            return 200, {}, {"@odata.context": f"{self.base_url}/v1.0/$metadata#users('ada')/calendar(owner)",
                             "@odata.id": f"{self.base_url}/v1.0/users('ada')/calendars('AAMkCAL=')",
                             "owner": {"name": USER["displayName"], "address": USER["mail"]},
                             "canShare": self.can_share, "isDefaultCalendar": True}
        if path == "/v1.0/me/calendar/calendarPermissions":
            owner = {"id": "T3duZXI=", "isRemovable": False, "isInsideOrganization": True, "role": "write",
                     "allowedRoles": ["write"], "emailAddress": {"name": USER["displayName"], "address": USER["mail"]}}
            org = {"id": "TXlPcmdhbml6YXRpb24=", "isRemovable": False, "isInsideOrganization": True, "role": "freeBusyRead",
                   "allowedRoles": ["none", "freeBusyRead", "limitedRead", "read", "write"], "emailAddress": {"name": "My Organization"}}
            return 200, {}, {"@odata.context": f"{self.base_url}/v1.0/$metadata#users('ada')/calendar/calendarPermissions",
                             "value": [owner, org, *self.permissions]}
        if path.startswith("/v1.0/me/events/"):
            event = self.events.get(unquote(path.rsplit("/", 1)[1]))
            if event is None:
                return 404, {}, {"error": {"code": "ErrorItemNotFound", "message": "The specified object was not found in the store."}}
            return 200, {}, self._shape(event, tz_name)
        if path == "/v1.0/me/calendarView":
            return self.calendar_view(params, tz_name, int(size_match.group(1)) if size_match else 10)
        if path == "/v1.0/me/calendarView/delta":
            return self.delta(params, tz_name, int(size_match.group(1)) if size_match else 10)
        if path.startswith("/v1.0/me/onlineMeetings"):
            return self.online(path, params, self.token_scopes.get(auth[7:], ""))
        return 404, {}, {"error": {"code": "ResourceNotFound", "message": "Resource not found for the segment."}}

    def online(self, path: str, params: dict[str, str], scope: str) -> tuple[int, dict[str, str], Any]:
        forbidden = (403, {}, {"error": {"code": "Forbidden", "message": "Insufficient privileges to complete the operation."}})
        if path == "/v1.0/me/onlineMeetings":
            if "OnlineMeetings.Read" not in scope:
                return forbidden
            match = re.fullmatch(r"(?i)joinweburl eq '((?:[^']|'')*)'", params.get("$filter", ""))
            if not match:
                return 400, {}, {"error": {"code": "BadRequest", "message": "Filter expression expected - /onlineMeetings?$filter={ParameterName} eq '{id}'."}}
            wanted = match.group(1).replace("''", "'")
            found = [m for m in self.online_meetings.values() if m["joinWebUrl"] == wanted]
            return 200, {}, {"@odata.context": f"{self.base_url}/v1.0/$metadata#users('ada')/onlineMeetings", "value": found}
        if "OnlineMeetingTranscript.Read.All" not in scope:
            return forbidden
        parts = [unquote(p) for p in path.split("/")[4:]]  # {id}/transcripts[/{tid}/content]
        if not parts or parts[0] not in self.online_meetings:
            return 404, {}, {"error": {"code": "NotFound", "message": "The requested resource does not exist."}}
        if parts[1:] == ["transcripts"]:
            return 200, {}, {"@odata.context": f"{self.base_url}/v1.0/$metadata#callTranscripts", "value": self.transcripts[parts[0]]}
        if len(parts) == 4 and parts[1] == "transcripts" and parts[3] == "content" and parts[2] in self.transcript_content:
            if params.get("$format") != "text/vtt":
                return 400, {}, {"error": {"code": "BadRequest", "message": "Unsupported format."}}
            return 200, {"Content-Type": "text/vtt"}, self.transcript_content[parts[2]]
        return 404, {}, {"error": {"code": "NotFound", "message": "The requested resource does not exist."}}

    def calendar_view(self, params: dict[str, str], tz_name: str, size: int) -> tuple[int, dict[str, str], Any]:
        if "startDateTime" not in params or "endDateTime" not in params:
            return 400, {}, {"error": {"code": "ErrorInvalidParameter", "message": "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime."}}
        with self.lock:
            items = self._overlapping(_param_time(params["startDateTime"]), _param_time(params["endDateTime"]))
        top = int(params.get("$top", size))
        skip = int(params.get("$skip", "0"))
        page = {"@odata.context": f"{self.base_url}/v1.0/$metadata#users('ada')/calendarView",
                "value": [self._shape(e, tz_name) for e in items[skip:skip + top]]}
        if skip + top < len(items):
            query = {k: v for k, v in params.items() if k != "$skip"} | {"$skip": skip + top}
            host = self.next_link_host or self.base_url
            page["@odata.nextLink"] = f"{host}/v1.0/me/calendarView?{urlencode(query)}"
        return 200, {}, page

    def delta(self, params: dict[str, str], tz_name: str, size: int) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            if "$skiptoken" in params:
                if params["$skiptoken"] not in self.snapshots:
                    return 400, {}, {"error": {"code": "BadRequest", "message": "bad skip token"}}
                items, offset, state = self.snapshots.pop(params["$skiptoken"])
            elif "$deltatoken" in params:
                state = self.delta_tokens.get(params["$deltatoken"])
                if self.delta_expired:
                    status, code = self.delta_expired
                    return status, {}, {"error": EXPIRED | {"code": code}}
                if self.tokens_gone or state is None:
                    return 410, {}, {"error": {"code": "SyncStateNotFound", "message": "The sync state generation is not found."}}
                since, start, end = state["version"], state["start"], state["end"]
                items = []
                for event_id, version in sorted(self.changed.items(), key=lambda kv: kv[1]):
                    if version <= since:
                        continue
                    event = self.events.get(event_id)
                    if event is None or not self._in_range(event, start, end):
                        items.append({"@odata.type": "#microsoft.graph.event", "id": event_id, "@removed": {"reason": "deleted"}})
                    else:
                        items.append(event)
                offset, state = 0, {"version": self.version, "start": start, "end": end}
            else:
                if "startDateTime" not in params or "endDateTime" not in params:
                    return 400, {}, {"error": {"code": "ErrorInvalidParameter", "message": "StartDateTime and EndDateTime are required."}}
                start, end = _param_time(params["startDateTime"]), _param_time(params["endDateTime"])
                items, offset = self._overlapping(start, end, masters=True), 0
                state = {"version": self.version, "start": start, "end": end}
            chunk = items[offset:offset + size]
            page: dict[str, Any] = {"@odata.context": f"{self.base_url}/v1.0/$metadata#Collection(event)",
                                    "value": [e if "@removed" in e else self._delta_shape(e, tz_name) for e in chunk]}
            if offset + size < len(items):
                token = f"skip{next(self.counter)}"
                self.snapshots[token] = (items, offset + size, state)
                page["@odata.nextLink"] = f"{self.base_url}/v1.0/me/calendarView/delta?$skiptoken={token}"
            else:
                token = f"delta{next(self.counter)}"
                self.delta_tokens[token] = state
                page["@odata.deltaLink"] = f"{self.base_url}/v1.0/me/calendarView/delta?$deltatoken={token}"
        return 200, {}, page


class _Handler(fake_http.JsonHandler):
    _send = fake_http.JsonHandler.send_json

    def do_GET(self) -> None:  # noqa: N802
        path, params = self.query()
        self.record(path, params, prefer=self.headers.get("Prefer", ""))
        self._send(*self.server.fake.graph(path, params, self.headers))

    def do_PATCH(self) -> None:  # noqa: N802
        path, params = self.query()
        body = self.json_body()
        self.record(path, params, body=body, if_match=self.headers.get("If-Match"))
        self._send(*self.server.fake.patch(path, self.headers, body))

    def do_POST(self) -> None:  # noqa: N802
        fake = self.server.fake
        form = self.form()
        self.record(self.path, {}, prefer="", authorization="")
        if self.path == f"/{TENANT}/oauth2/v2.0/devicecode":
            self._send(*fake.device_code(form))
        elif self.path == f"/{TENANT}/oauth2/v2.0/token":
            self._send(*fake.token(form))
        else:
            self._send(404, {}, {"error": "not_found"})


def serve() -> Iterator[FakeGraph]:
    """Run a fake Graph on 127.0.0.1:<free port>; yields its FakeGraph state (use in a fixture)."""
    return fake_http.serve(_Handler, FakeGraph())


def write_config(home: Path, fake: FakeGraph, **extra: Any) -> Path:
    """A rapport home whose [microsoft] section points at the fake server (tenant and authority)."""
    where = {"tenant": TENANT, "base_url": f"{fake.base_url}/v1.0", "authority": fake.base_url}
    return fake_http.write_section(home, "microsoft", {"client_id": CLIENT_ID, **where, **FAST} | extra)
