"""Delivering briefings before meetings: ``run_due`` (what ``rapport run`` does) and ``deliver_briefing``.

Idempotent per meeting and sink: each delivery is claimed in the store
(``delivered:<meeting.key>:<sink>``) before it is attempted and marked done after; a failed
delivery releases its claim and one interrupted mid-way (a crash) is retried once its lease
expires, so running twice never delivers twice and a crash loses nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .context import Context
from .models import Meeting

LEASE = timedelta(minutes=10)  # an unfinished delivery older than this was interrupted: retry it


def run_due(app: Context, now: datetime, window: timedelta, quiet_terminal: bool = False) -> list[dict[str, Any]]:
    """Build and deliver the briefing of every meeting starting in [now, now + window], once per sink."""
    from .briefing import build_briefing
    from .calendar import as_datetime, meetings_in
    from .matching import match_attendees

    report = []
    for meeting in meetings_in(app, now, now + window):
        start = as_datetime(meeting.start)
        if meeting.all_day or meeting.declined or not (now <= start <= now + window):
            continue  # all-day blocks and meetings the user declined get no briefing
        pairs = match_attendees(app.store, meeting, app.config)
        if not pairs:
            continue  # a meeting with no one else in it needs no rapport briefing
        if _all_done(app, meeting):
            report.append(_item(meeting, [_previous(app.store, meeting, s) for s in _sinks(app)], app.zone))
            continue
        briefing = build_briefing(app, meeting, now=now)
        if briefing.is_empty():  # a quiet series with nothing new: no briefing at all
            app.store.record_meeting(meeting, [p.id for _, p in pairs if p is not None])
            report.append({**_item(meeting, [], app.zone), "quiet": briefing.quiet})
            continue
        briefing.automatic = True
        if quiet_terminal:
            briefing.displayed = True
        deliveries = deliver_briefing(app, meeting, briefing, now, once=True)
        app.store.record_meeting(meeting, [p.id for _, p in pairs if p is not None])
        item = _item(meeting, deliveries, app.zone)
        if quiet_terminal:
            item["briefing"] = briefing.to_dict()
        report.append(item)
    return report


def _item(meeting: Any, deliveries: list[dict[str, Any]], zone: Any) -> dict[str, Any]:
    from .usertime import show_time

    start = meeting.start.isoformat() if hasattr(meeting.start, "isoformat") else str(meeting.start)
    return {"phase": "before", "key": meeting.key, "uid": meeting.uid, "title": meeting.title, "start": start,
            "when": show_time(meeting.start, zone, meeting.timezone), "deliveries": deliveries}


def _sinks(app: Any) -> list[str]:
    return [impl.plugin_name for impl in reversed(app.pm.hook.rapport_deliver_briefing.get_hookimpls())]


def _all_done(app: Any, meeting: Any) -> bool:
    """Every sink already finished this meeting: skip building the briefing at all."""
    for sink in _sinks(app):
        state = app.store.get_state(_state_key(meeting, sink))
        if not isinstance(state, dict) or state.get("status") not in ("done", "skipped"):
            return False
    return True


def _previous(store: Any, meeting: Any, sink: str) -> dict[str, Any]:
    """What an earlier run did with this sink: delivered it (``already``) or found it not enabled."""
    state = store.get_state(_state_key(meeting, sink))
    if isinstance(state, dict) and state.get("status") == "skipped":
        return {"sink": sink, "status": "skipped", "where": None}
    return {"sink": sink, "status": "already", "where": state.get("where") if isinstance(state, dict) else None}


def _claim_key(meeting: Any, sink: str) -> str:
    return f"delivered:{meeting.key}:{sink}"


def _state_key(meeting: Any, sink: str) -> str:
    return f"delivery:{meeting.key}:{sink}"


def _take(store: Any, meeting: Any, sink: str, now: datetime) -> bool:
    """Claim one sink's delivery; take over an interrupted one whose lease ran out."""
    claim, key = _claim_key(meeting, sink), _state_key(meeting, sink)
    with store.transaction():
        if store.claim(claim):
            store.set_state(key, {"status": "pending", "at": now.isoformat()})
            return True
        state = store.get_state(key)
        if isinstance(state, dict) and state.get("status") == "pending":
            try:
                started = datetime.fromisoformat(state["at"])
            except (KeyError, TypeError, ValueError):
                started = None
            if started is None or now - started > LEASE:
                store.set_state(key, {"status": "pending", "at": now.isoformat(), "retry": True})
                return True
        elif state is None:  # claimed by an older run that left no state: treat it as interrupted
            store.set_state(key, {"status": "pending", "at": now.isoformat(), "retry": True})
            return True
    return False


def deliver_briefing(app: Context, meeting: Meeting, briefing: Any, now: datetime, once: bool = True) -> list[dict[str, Any]]:
    """Call each rapport_deliver_briefing sink; with ``once`` a sink that already has it is skipped.

    Sinks run one at a time so a failing sink neither stops the others nor loses its own
    delivery: its claim is released and the next run tries it again.
    """
    pm, store, config = app.pm, app.store, app.config
    results = []
    for impl in reversed(pm.hook.rapport_deliver_briefing.get_hookimpls()):
        sink = impl.plugin_name
        if once and not _take(store, meeting, sink, now):
            results.append(_previous(store, meeting, sink))
            continue
        kwargs = {"meeting": meeting, "briefing": briefing, "config": config}
        try:
            where = pm.call_impl(impl, "rapport_deliver_briefing", kwargs)
        except Exception as exc:  # noqa: BLE001 - reported by name; the claim is released for a retry
            from .plugins import _one_line

            pm.report(f"plugin {sink!r} failed in rapport_deliver_briefing: {_one_line(exc)}")
            if once:
                with store.transaction():
                    store.release(_claim_key(meeting, sink))
                    store.set_state(_state_key(meeting, sink), {"status": "failed", "at": now.isoformat()})
            results.append({"sink": sink, "status": "failed", "where": None})
            continue
        status = "delivered" if where else "skipped"
        store.claim(_claim_key(meeting, sink))
        store.set_state(_state_key(meeting, sink), {"status": "done" if where else "skipped",
                                                    "at": now.isoformat(), "where": where})
        results.append({"sink": sink, "status": status, "where": where})
    if any(r["status"] == "delivered" for r in results):
        from .rotation import record_offers

        record_offers(store, meeting, briefing)
    return results
