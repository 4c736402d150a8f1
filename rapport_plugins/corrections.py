"""Corrections: a meeting that moved or was cancelled after its briefing went out gets one short
line at the sinks that had the briefing ("Moved: 1-1 Anna, Thu 2 Apr 10:00 → now Thu 2 Apr 15:00").

Each delivered briefing is remembered (``corrections:briefed`` in the store: the meeting's uid,
recurrence id, title and start) until shortly after its meeting starts. Every ``rapport run``
looks those meetings up again: the same event (uid, and for a recurring one the instance's
original start) at another time has moved; cancelled, or gone from every calendar, is cancelled.
A correction is claimed per meeting, change and sink like a delivery: sent once, a failing sink
retried on the next run without repeating the others. While any source could not be read,
nothing is said: a calendar that failed to load must not make its meetings look cancelled.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from .context import Context
from .models import Correction, Meeting

BRIEFED = "corrections:briefed"
CORRECTION = ("corrected", "correction")  # store key prefixes: the claim, the outcome
LOOK_AHEAD = timedelta(days=60)  # a meeting moved further out than this reads as gone
KEEP = timedelta(days=1)  # records of briefings older than this are dropped whatever the grace


def remember_briefed(store: Any, meeting: Meeting, now: datetime) -> None:
    """Note that ``meeting``'s briefing went out, so a later move or cancellation is told."""
    if not isinstance(meeting.start, datetime):
        return
    with store.transaction():
        index = {k: r for k, r in _index(store).items() if _start(r) >= now - KEEP}
        record = index.get(meeting.key) or {
            "uid": meeting.uid, "recurrence_id": meeting.recurrence_id, "title": meeting.title,
            "start": meeting.start.isoformat(), "end": _iso(meeting.end), "timezone": meeting.timezone,
            "source": meeting.source}
        index[meeting.key] = record
        store.set_state(BRIEFED, index)


def send_corrections(app: Context, now: datetime, grace: timedelta, quiet_terminal: bool = False) -> list[dict[str, Any]]:
    """Tell the sinks that had a briefing when its meeting has moved or been cancelled since."""
    from .calendar import meetings_in
    from .claims import sinks as sinks_of
    from .problems import failures

    store = app.store
    index = _index(store)
    live = {k: r for k, r in index.items() if _start(r) + grace >= now}
    if len(live) != len(index):
        store.set_state(BRIEFED, live)
    sinks = set(sinks_of(app, "rapport_deliver_correction"))
    if not live or not sinks:
        return []
    starts = [_start(r) for r in live.values()]
    calendar = meetings_in(app, min(starts) - KEEP, max(starts) + LOOK_AHEAD, cancelled=True)
    if failures():
        return []  # a source could not be read: a missing meeting may only be unread, not cancelled
    report = []
    for key, record in live.items():
        correction = _change(record, calendar, app.zone)
        if correction is None:
            continue
        correction.displayed = quiet_terminal
        report.append(_tell(app, key, record, correction, sinks, now))
    return report


def _tell(app: Context, key: str, record: dict[str, Any], correction: Correction, sinks: set[str],
          now: datetime) -> dict[str, Any]:
    from .claims import deliver_once, sink_state

    meeting = _as_meeting(record)
    had_it = {s for s in sinks if (sink_state(app.store, meeting, s) or {}).get("status") == "done"}
    correction.serial = record.get("told_count", 0) + 1
    subject = f"{key}:{correction.key}"
    results = deliver_once(app, "rapport_deliver_correction", subject, CORRECTION,
                           {"meeting": meeting, "correction": correction, "config": app.config},
                           now, only=had_it) if had_it else []
    if not any(r["status"] == "failed" for r in results):
        with app.store.transaction():
            index = _index(app.store)
            if key in index:
                index[key]["told"] = ({"kind": "as briefed", "start": None} if correction.restores  # "Back on"
                                      else {"kind": correction.kind, "start": _iso(correction.start)})
                index[key]["told_count"] = record.get("told_count", 0) + 1
                app.store.set_state(BRIEFED, index)
    return {"phase": "correction", "key": key, "uid": record["uid"], "title": record["title"],
            "start": record["start"], "change": correction.kind, "text": correction.text, "deliveries": results}


def _change(record: dict[str, Any], calendar: list[Meeting], zone: Any) -> Correction | None:
    """What changed since the user was last told about this meeting, or None."""
    from .usertime import show_time

    rid = _aware(_instant(record.get("recurrence_id")))
    same = [m for m in calendar if m.uid == record["uid"] and _aware(_instant(m.recurrence_id)) == rid]
    on = [m for m in same if m.status != "cancelled"]
    briefed = _start(record)
    if on:
        meeting = min(on, key=lambda m: abs(_seconds(m.start, briefed)))
        if meeting.declined:
            return None  # the user said no after reading it: nothing to tell them
        now_state = {"kind": "moved", "start": _iso(meeting.start)}
        if _aware(meeting.start) == briefed:
            now_state = {"kind": "as briefed", "start": None}
    else:
        now_state = {"kind": "cancelled", "start": None}
    told = record.get("told") or {"kind": "as briefed", "start": None}
    if now_state["kind"] == told["kind"] and _aware(_instant(now_state["start"])) == _aware(_instant(told["start"])):
        return None
    title, zone_name = record["title"], record.get("timezone")
    was = show_time(_instant(record["start"]), zone, zone_name)
    if now_state["kind"] == "cancelled":
        gone = "" if same else " (no longer in your calendar)"
        return Correction("cancelled", title, briefed, f"Cancelled: {title}, {was}{gone}")
    if now_state["kind"] == "as briefed":
        return Correction("moved", title, briefed, f"Back on: {title}, {was}", start=briefed)
    new = meeting.start
    return Correction("moved", title, briefed, f"Moved: {title}, {was} → now {show_time(new, zone, meeting.timezone)}",
                      start=new)


def _as_meeting(record: dict[str, Any]) -> Meeting:
    """The meeting as it was briefed: the same key as then (a floating start stays floating)."""
    start = _instant(record["start"])
    end = _instant(record.get("end")) or start
    return Meeting(uid=record["uid"], title=record["title"], start=start, end=end, source=record.get("source") or "",
                   recurrence_id=record.get("recurrence_id"), timezone=record.get("timezone"))


def _index(store: Any) -> dict[str, dict[str, Any]]:
    index = store.get_state(BRIEFED)
    if not isinstance(index, dict):
        return {}
    return {k: r for k, r in index.items() if isinstance(r, dict) and isinstance(_instant(r.get("start")), datetime)}


def _start(record: dict[str, Any]) -> datetime:
    return _aware(_instant(record["start"]))  # type: ignore[return-value]


def _aware(value: Any) -> Any:
    """A time on the one axis every comparison here uses: a floating (naive) time is the machine's
    local time, as everywhere else in rapport; a date is its local midnight; None stays None."""
    from .calendar import as_datetime

    return as_datetime(value) if isinstance(value, date) else value


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def _instant(value: Any) -> datetime | date | None:
    """A stored or calendar time string (or value) as a comparable value; None stays None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None


def _seconds(value: Any, reference: datetime) -> float:
    return (_aware(value) - reference).total_seconds()
