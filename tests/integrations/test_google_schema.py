"""Fixtures cannot drift from the real API: every field must exist in Calendar v3's discovery schema.

The discovery document ships offline inside google-api-python-client (rapport-google's [test] extra).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from test_google_support import FakeGoogle, fixture_events

DOC = "discovery_cache/documents/calendar.v3.json"


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    text = resources.files("googleapiclient").joinpath(DOC).read_text(encoding="utf-8")
    return json.loads(text)["schemas"]


def unknown_fields(value: Any, schema: dict[str, Any], schemas: dict[str, Any], path: str) -> list[str]:
    """Paths of fields in ``value`` that the schema does not define (following $ref, arrays, maps)."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"]]
    problems: list[str] = []
    kind = schema.get("type")
    if kind == "array" and isinstance(value, list):
        for i, item in enumerate(value):
            problems += unknown_fields(item, schema.get("items", {}), schemas, f"{path}[{i}]")
    elif kind == "object" and isinstance(value, dict):
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if props is not None and key in props:
                problems += unknown_fields(item, props[key], schemas, f"{path}.{key}")
            elif extra is not None:
                problems += unknown_fields(item, extra, schemas, f"{path}.{key}")
            else:
                problems.append(f"{path}.{key}")
    return problems


def test_schema_check_catches_a_made_up_field(schemas):
    event = {"id": "x", "attendees": [{"email": "a@b", "mood": "happy"}], "start": {"dateTime": "x", "zone": "y"}}
    assert unknown_fields(event, {"$ref": "Event"}, schemas, "event") == ["event.attendees[0].mood", "event.start.zone"]


def test_fixture_events_use_only_documented_fields(schemas):
    for name in ("not-meetings.json", "birthdays.json"):
        assert unknown_fields(fixture_events(name), {"$ref": "Events"}, schemas, "events") == []
    page = fixture_events()
    assert unknown_fields(page, {"$ref": "Events"}, schemas, "events") == []
    fields = {key for event in page["items"] for key in event}
    # the fields rapport maps are all present in the fixtures, so the check above covers them
    assert {"start", "end", "summary", "location", "description", "attendees", "attendeesOmitted", "organizer",
            "recurringEventId", "originalStartTime", "iCalUID", "status"} <= fields
    attendee_fields = {k for e in page["items"] for a in e.get("attendees", []) for k in a}
    assert {"email", "displayName", "responseStatus", "self", "resource", "organizer", "optional"} <= attendee_fields


def test_fake_server_pages_use_only_documented_fields(schemas):
    fake = FakeGoogle()
    fake.access_tokens.add("t")
    fake.load_fixture()
    fake.delete("m4utc")
    status, _, full = fake.events("primary", {"singleEvents": "true", "maxResults": "2"}, {"Authorization": "Bearer t"})
    assert status == 200 and "nextPageToken" in full
    status, _, changes = fake.events("primary", {"singleEvents": "true", "syncToken": "sync-1"}, {"Authorization": "Bearer t"})
    assert status == 200 and "nextSyncToken" in changes
    for page in (full, changes):
        assert unknown_fields(page, {"$ref": "Events"}, schemas, "page") == []


def test_the_write_answers_use_only_documented_fields(schemas):
    """What rapport's note in an event reads and writes: events.get/patch, calendarList.get, acl.list."""
    fake = FakeGoogle()
    fake.access_tokens.add("t")
    fake.load_fixture()
    fake.acls["primary"] = [{"kind": "calendar#aclRule", "id": "domain:example.com", "role": "freeBusyReader",
                             "scope": {"type": "domain", "value": "example.com"}}]
    auth = {"Authorization": "Bearer t"}
    status, _, event = fake.event("PATCH", "primary", "m4utc", {"sendUpdates": "none"}, auth, {"description": "x"})
    assert status == 200 and unknown_fields(event, {"$ref": "Event"}, schemas, "event") == []
    status, _, entry = fake.calendar_entry("primary", auth)
    assert status == 200 and unknown_fields(entry, {"$ref": "CalendarListEntry"}, schemas, "entry") == []
    status, _, acl = fake.acl("primary", auth)
    assert status == 200 and unknown_fields(acl, {"$ref": "Acl"}, schemas, "acl") == []
