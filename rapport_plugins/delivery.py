"""Delivering briefings before meetings: ``run_due`` (what ``rapport run`` does) and ``deliver_briefing``.

Idempotent per meeting and sink: each delivery is claimed in the store
(``delivered:<meeting.key>:<sink>``) before the briefing is even built and marked done after; a
failed delivery releases its claim and one interrupted mid-way (a crash) is retried once its lease
expires, so running twice never delivers twice, runs at once build it once, and a crash loses
nothing. Corrections
(:mod:`rapport_plugins.corrections`) are claimed the same way through :func:`deliver_once`.

When: from ``lead`` before a meeting starts until ``grace`` after, never later, so a machine that
slept through a meeting sends nothing stale when it wakes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .claims import BRIEFING, call_sinks, claim_sinks, deliver_once, in_sink_order, release_sinks
from .context import Context
from .models import Meeting

LEAD = timedelta(minutes=15)  # `rapport run` delivers this long before a meeting starts ([run] lead_minutes)
GRACE = timedelta(minutes=5)  # ... and until this long after it started, never later ([run] grace_minutes)


def run_settings(config: Any, within: int | None = None, grace: int | None = None) -> tuple[timedelta, timedelta, bool]:
    """``[run]`` lead_minutes, grace_minutes and corrections, the command line's --within/--grace first."""
    from .config import SectionReader

    section = SectionReader(config, "run")
    lead = within if within is not None else section.number("lead_minutes", LEAD.total_seconds() / 60, int)
    after = grace if grace is not None else section.number("grace_minutes", GRACE.total_seconds() / 60, int)
    if lead < 1:
        from .errors import ConfigError

        raise ConfigError(f"{section.where} lead_minutes must be at least 1")
    return timedelta(minutes=lead), timedelta(minutes=after), section.flag("corrections", True)


def run_due(app: Context, now: datetime, window: timedelta = LEAD, quiet_terminal: bool = False,
            grace: timedelta = GRACE) -> list[dict[str, Any]]:
    """Build and deliver the briefing of every meeting starting in [now - grace, now + window], once per sink.

    A meeting that started more than ``grace`` ago gets nothing, and neither does a sink that
    failed until then: a briefing read after the meeting is over is noise, not help.
    """
    from .briefing import build_briefing
    from .calendar import as_datetime, meetings_in
    from .matching import match_attendees

    report = []
    for meeting in meetings_in(app, now - grace, now + window):
        start = as_datetime(meeting.start)
        if meeting.all_day or meeting.declined or not (now - grace <= start <= now + window):
            continue  # all-day blocks and meetings the user declined get no briefing
        pairs = match_attendees(app.store, meeting, app.config)
        if not pairs:
            continue  # a meeting with no one else in it needs no rapport briefing
        held, others = claim_sinks(app, "rapport_deliver_briefing", meeting.key, BRIEFING, now)
        if not held:  # every sink has it, or another run is delivering it now: nothing to build
            report.append(_item(meeting, others, app.zone))
            continue
        try:
            briefing = build_briefing(app, meeting, now=now)
        except BaseException:
            release_sinks(app.store, meeting.key, held, BRIEFING)  # the next run tries again
            raise
        if briefing.is_empty():  # a quiet series with nothing new: no briefing at all
            release_sinks(app.store, meeting.key, held, BRIEFING)
            app.store.record_meeting(meeting, [p.id for _, p in pairs if p is not None])
            report.append({**_item(meeting, [], app.zone), "quiet": briefing.quiet})
            continue
        briefing.automatic = True
        if quiet_terminal:
            briefing.displayed = True
        deliveries = deliver_briefing(app, meeting, briefing, now, once=True, claimed=(held, others))
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


def deliver_briefing(app: Context, meeting: Meeting, briefing: Any, now: datetime, once: bool = True,
                     claimed: tuple[list[Any], list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
    """Call each rapport_deliver_briefing sink; with ``once`` a sink that already has it is skipped.

    Sinks run one at a time so a failing sink neither stops the others nor loses its own
    delivery: its claim is released and the next run tries it again. ``claimed`` is what
    :func:`~rapport_plugins.claims.claim_sinks` answered, when the caller claimed before building.
    """
    hook, kwargs = "rapport_deliver_briefing", {"meeting": meeting, "briefing": briefing, "config": app.config}
    if claimed is not None:
        held, others = claimed
        results = in_sink_order(app, hook, call_sinks(app, hook, meeting.key, BRIEFING, held, kwargs, now) + others)
    else:
        results = deliver_once(app, hook, meeting.key, BRIEFING, kwargs, now, once=once)
    if any(r["status"] == "delivered" for r in results):
        from .corrections import remember_briefed
        from .rotation import record_offers

        record_offers(app.store, meeting, briefing)
        remember_briefed(app.store, meeting, now)
    return results
