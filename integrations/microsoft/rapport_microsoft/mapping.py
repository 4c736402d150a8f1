"""Microsoft Graph event resources -> rapport Meetings."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapport_plugins import Attendee, Meeting, ParseError, iana_for_windows

RESPONSES = {
    "none": "needs-action",
    "notResponded": "needs-action",
    "accepted": "accepted",
    "organizer": "accepted",
    "tentativelyAccepted": "tentative",
    "declined": "declined",
}
_FRACTION = re.compile(r"(\.\d{6})\d+")
NOT_MEETINGS = {"oof"}  # showAs values of blocks with no one to meet (out of office)


def is_meeting(event: dict[str, Any]) -> bool:
    """False for out-of-office blocks and for series masters (their occurrences are the meetings)."""
    return event.get("showAs") not in NOT_MEETINGS and event.get("type") != "seriesMaster"


def graph_zone(name: str | None) -> Any:
    """The tzinfo for a ``timeZone`` Graph answers with: UTC, an IANA name or a Windows name; None if unknown."""
    if not name or name.upper() in ("UTC", "ETC/UTC"):
        return UTC
    for candidate in (name, iana_for_windows(name)):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def parse_graph_time(value: Any, all_day: bool, source: str) -> tuple[datetime | date, str]:
    """A dateTimeTimeZone: local ``dateTime`` (7 fractional digits) plus a ``timeZone`` name."""
    if not isinstance(value, dict) or not value.get("dateTime"):
        raise ParseError("event without start/end dateTime", source=source)
    tz_name = value.get("timeZone") or "UTC"
    try:
        naive = datetime.fromisoformat(_FRACTION.sub(r"\1", value["dateTime"].rstrip("Z")))
    except ValueError:
        raise ParseError(f"bad dateTime {value['dateTime']!r}", source=source) from None
    if all_day:
        return naive.date(), tz_name
    zone = graph_zone(tz_name)
    if zone is None:
        raise ParseError(f"unknown time zone {tz_name!r} (set [microsoft] timezone to an IANA name)", source=source)
    return naive.replace(tzinfo=zone), str(zone)


def _person(raw: Any) -> tuple[str | None, str | None]:
    email = raw.get("emailAddress") if isinstance(raw, dict) else None
    if not isinstance(email, dict):
        return None, None
    return (email.get("address") or None), (email.get("name") or None)


def to_meeting(event: dict[str, Any], source: str, me: frozenset[str] | set[str] = frozenset()) -> Meeting:
    """One event; ``me`` holds the signed-in user's addresses (lower case): Graph attendees carry no "self" flag."""
    where = f"{source} event {event.get('id', '?')}"
    all_day = bool(event.get("isAllDay"))
    start, tz_name = parse_graph_time(event.get("start"), all_day, where)
    end, _ = parse_graph_time(event.get("end") or event.get("start"), all_day, where)
    # Graph answers in the zone we asked for (Prefer: outlook.timezone); the event's own zone, the
    # one its organiser wrote it in, is originalStartTimeZone (a Windows or IANA name).
    own = graph_zone(event.get("originalStartTimeZone")) if event.get("originalStartTimeZone") else None
    tz_name = getattr(own, "key", None) or tz_name
    attendees = []
    optional = []
    for raw in event.get("attendees") or []:
        address, name = _person(raw)
        if not (address or name):
            continue
        kind = raw.get("type", "required")
        if kind == "optional" and address:
            optional.append(address)
        response = (raw.get("status") or {}).get("response")
        attendees.append(Attendee(
            email=address, name=name, response=RESPONSES.get(response or "", response),
            is_resource=kind == "resource", is_self=bool(address and address.lower() in me),
        ))
    organizer = None
    org_address, org_name = _person(event.get("organizer"))
    if org_address or org_name:
        is_self = bool(event.get("isOrganizer")) or bool(org_address and org_address.lower() in me)
        organizer = Attendee(email=org_address, name=org_name, organizer=True, is_self=is_self)
        for a in attendees:
            if org_address and a.email and a.email.lower() == org_address.lower():
                a.organizer = True
    kind = event.get("type") or "singleInstance"
    recurrence_id = None
    if kind in ("occurrence", "exception"):
        recurrence_id = event.get("originalStart") or (start.isoformat() if isinstance(start, datetime) else None)
    extra: dict[str, Any] = {"graph_id": event.get("id"), "type": kind}
    if event.get("seriesMasterId"):
        extra["series_master_id"] = event["seriesMasterId"]
    if optional:
        extra["optional_attendees"] = optional
    if event.get("webLink"):
        extra["link"] = event["webLink"]
    join = (event.get("onlineMeeting") or {}).get("joinUrl") if isinstance(event.get("onlineMeeting"), dict) else None
    if join:
        extra["video_link"] = join
    location = event.get("location") if isinstance(event.get("location"), dict) else {}
    answer = event.get("responseStatus") if isinstance(event.get("responseStatus"), dict) else {}
    my_response = RESPONSES.get(answer.get("response") or "") if not event.get("isOrganizer") else None
    return Meeting(
        uid=event.get("iCalUId") or event.get("id") or "",
        title=event.get("subject") or "",
        start=start,
        end=end,
        attendees=attendees,
        organizer=organizer,
        location=location.get("displayName") or "",
        description=event.get("bodyPreview") or "",
        source=source,
        all_day=all_day,
        status="cancelled" if event.get("isCancelled") else "confirmed",
        recurrence_id=recurrence_id,
        timezone=tz_name,
        extra=extra,
        my_response=my_response,
    )
