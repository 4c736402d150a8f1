"""`rapport brief` (show the briefing for a meeting) and `rapport run` (deliver pre-meeting briefings).

Commands only: the delivery engine is :mod:`rapport_plugins.delivery`. Light at import: the
engine, calendars and store load inside the commands, so `rapport --help` stays instant.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import Any

import click

from .cli_common import MAX_DAYS, App, count, emit, exit_if_sources_failed, json_option, pass_app
from .clock import parse_when

FORMATS = ("markdown", "text", "json")


@click.command("brief")
@click.option("--meeting", "uid", metavar="UID", help="The meeting's calendar UID (default: the next meeting).")
@click.option("--at", "at", metavar="ISO", help="Pretend it is this time (finds the next meeting after it).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format (default text).")
@json_option
@click.option("--deliver", is_flag=True, help="Also deliver it to every enabled sink.")
@pass_app
def brief(app: App, uid: str | None, at: str | None, fmt: str | None, as_json: bool, deliver: bool) -> None:
    """Show the rapport briefing for the next meeting (or --meeting UID)."""
    from .briefing import build_briefing
    from .calendar import find_meeting
    from .delivery import deliver_briefing

    now = parse_when(at, "--at", app.zone) if at else app.now()
    meeting = find_meeting(app, uid=uid, at=now)
    briefing = build_briefing(app, meeting, now=now)
    fmt = "json" if as_json else (fmt or "text")
    click.echo(briefing.render(fmt, color=fmt == "text" and sys.stdout.isatty()), nl=False)
    briefing.displayed = True
    if deliver and briefing.is_empty():
        click.echo("nothing delivered: nothing new for a quiet series", err=True)
    elif deliver:
        for result in deliver_briefing(app, meeting, briefing, now, once=False):
            if result.get("where"):
                click.echo(f"delivered: {result['where']}", err=True)


@click.command("run")
@click.option("--within", type=click.IntRange(1, MAX_DAYS * 24 * 60), default=None, metavar="MINUTES",
              help="Deliver briefings for meetings starting within this many minutes ([run] lead_minutes, default 15).")
@click.option("--grace", type=click.IntRange(0, 24 * 60), default=None, metavar="MINUTES",
              help="... or that started at most this many minutes ago ([run] grace_minutes, default 5).")
@click.option("--at", "at", metavar="ISO", help="Pretend it is this time.")
@click.option("--capture/--no-capture", default=True, show_default=True,
              help="Also capture 'remember this' notes of meetings that ended in the last --since hours, and transcripts that arrived in watched folders or from meeting tools.")
@click.option("--since", type=click.IntRange(1, MAX_DAYS * 24), default=24, show_default=True, metavar="HOURS",
              help="How far back to look for meetings that ended, for --capture.")
@click.option("-v", "--verbose", is_flag=True, help="Also say which phases found nothing to do.")
@json_option
@pass_app
def run(app: App, within: int | None, grace: int | None, at: str | None, capture: bool, since: int, verbose: bool,
        as_json: bool) -> None:
    """Before meetings: deliver each briefing once. After meetings: capture from their notes.

    Safe to run every few minutes: nothing is delivered or stored twice, and it prints nothing
    when there was nothing to do (-v says so). A briefing goes out from --within minutes before its
    meeting until --grace minutes after it starts, never later: a machine that slept through a
    meeting sends nothing stale when it wakes. A meeting that moved or was cancelled after its
    briefing went out gets one short correction at the same sinks. A calendar,
    contacts file or vault that cannot be read, or a sink that fails, is said once on stderr and
    the exit status is 1; the others are still used (a failed sink is tried again next run). `rapport schedule install` runs it automatically; `rapport
    schedule status` shows its last run.
    """
    from .corrections import send_corrections
    from .delivery import run_due, run_settings

    now = parse_when(at, "--at", app.zone) if at else app.now()
    lead, grace_window, correct = run_settings(app.config, within, grace)
    try:
        report = send_corrections(app, now, grace_window, quiet_terminal=as_json) if correct else []
        report += run_due(app, now, lead, quiet_terminal=as_json, grace=grace_window)
        if capture:
            from .capture import capture_incoming, capture_recent
            from .cli_capture import review_in_notes

            report += capture_recent(app, now, timedelta(hours=since))
            report += capture_incoming(app, now, timedelta(hours=since))
            report += review_in_notes(app)
    except Exception as exc:
        _record_run(app, None, exc)
        raise
    _record_run(app, report, None)
    emit(report, as_json, lambda r: _run_text(r, verbose))
    exit_if_sources_failed()
    failed = sum(1 for item in report for r in item.get("deliveries", []) if r["status"] == "failed")
    if failed:  # said above, once each; the exit status is for cron mail and systemd
        click.echo(f"rapport: {count(failed, 'delivery', 'deliveries')} failed (see above); "
                   "the next run tries again", err=True)
        raise SystemExit(1)


NOTES_KEPT = 10  # warnings of the last run kept for `rapport schedule status`


def _record_run(app: App, report: list[dict[str, Any]] | None, error: BaseException | None) -> None:
    """Leave what this run did in the store for `rapport schedule status` (never fails the run itself)."""
    from datetime import UTC

    from .errors import describe
    from .problems import failures, notices
    from .schedule import LAST_DELIVERED, LAST_ERROR, LAST_NOTES, LAST_RUN
    from .secrets import mask_text

    at = app.now().astimezone(UTC).isoformat(timespec="seconds")  # one zone, whichever machine ran it
    failed = [f"{_label(item)}: {r['sink']} failed" for item in report or [] for r in item.get("deliveries", [])
              if r["status"] == "failed"]
    problems = [describe(error)] if error is not None else failures() + failed
    message = mask_text("; ".join(problems))
    try:
        if report is not None:
            delivered = [f"{_label(item)} -> {r['where']}" for item in report for r in item.get("deliveries", [])
                         if r["status"] == "delivered"]
            captured = sum(1 for item in report if item.get("phase") == "after"
                           and (item.get("stored") or item.get("proposed")))
            app.store.set_state(LAST_RUN, {"at": at, "delivered": delivered, "captured": captured,
                                           "error": message or None})
            # What a run said that was no error (an event note not written: you organise it), kept
            # until a later run says something: a scheduled run's stderr is read by nobody.
            notes = [mask_text(n) for n in notices() if n not in failures()][:NOTES_KEPT]
            if notes:
                app.store.set_state(LAST_NOTES, {"at": at, "notes": notes})
            if delivered:
                app.store.set_state(LAST_DELIVERED, {"at": at, "delivered": delivered})
        if message:
            app.store.set_state(LAST_ERROR, {"at": at, "error": message})
    except Exception:  # noqa: BLE001 - a store that cannot take the note already failed the run loudly
        pass


def _label(item: dict[str, Any]) -> str:
    """A report item as status names it: the meeting's title, or a correction's own line."""
    return item.get("text") or item["title"]


def _run_text(report: list[dict[str, Any]], verbose: bool = False) -> str:
    from .cli_capture import review_text

    before = [item for item in report if item.get("phase") == "before"]
    after = [item for item in report if item.get("phase") == "after"
             and (verbose or item.get("stored") or item.get("proposed") or item.get("gave_up"))]
    captured = [f"{item.get('when') or item['start']} {item['title']} (after): "
                f"{count(item['stored'], 'memory', 'memories')} remembered, "
                f"{count(item['proposed'], 'proposal')} for `rapport review`"
                + (f" from {', '.join(item['notes'])} ({item['how']})" if item.get("how") else "")
                for item in after if item["notes"] or not (item.get("gave_up") or item.get("waiting"))]
    for item in after:  # transcripts a meeting tool has not made (yet)
        captured += [f"{item.get('when') or item['start']} {item['title']} (after): {text}" for text in item.get("gave_up", [])]
        if verbose:
            captured += [f"{item.get('when') or item['start']} {item['title']} (after): waiting for {text}"
                         for text in item.get("waiting", [])]
    lines = [] if before or not verbose else ["no meeting starts in the window"]
    if verbose and not after:
        lines.append("no ended meeting has new notes to capture")
    for item in [i for i in report if i.get("phase") == "correction"]:
        done = [r["where"] for r in item["deliveries"] if r["status"] == "delivered"]
        failed = [r["sink"] for r in item["deliveries"] if r["status"] == "failed"]
        told = ("told " + ", ".join(done)) if done else ""
        if failed:
            told += ("; " if told else "") + "failed: " + ", ".join(failed) + " (will retry)"
        lines.append(f"{item['text']}: {told or 'no sink to tell'}")
    for item in before:
        if item.get("quiet"):
            lines.append(f"{item['start']} {item['title']}: nothing new, no briefing (quiet series: {item['quiet']})")
            continue
        done = [r["where"] for r in item["deliveries"] if r["status"] == "delivered"]
        already = [r["sink"] for r in item["deliveries"] if r["status"] == "already"]
        underway = [r["sink"] for r in item["deliveries"] if r["status"] == "underway"]
        failed = [r["sink"] for r in item["deliveries"] if r["status"] == "failed"]
        if (already or underway) and not (done or failed or verbose):
            continue  # another run delivered it or is delivering it: nothing happened here (stay silent)
        parts = []
        if done:
            parts.append("delivered to " + ", ".join(done))
        if already:
            parts.append("already delivered to " + ", ".join(already))
        if underway:
            parts.append("another run is delivering it to " + ", ".join(underway))
        if failed:
            parts.append("failed: " + ", ".join(failed) + " (will retry)")
        lines.append(f"{item.get('when') or item['start']} {item['title']}: " + ("; ".join(parts) or "no sink enabled"))
    reviewed = review_text([item for item in report if item.get("phase") == "review"])
    return "\n".join(lines + captured + reviewed)
