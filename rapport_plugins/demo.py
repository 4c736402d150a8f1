"""`rapport demo`: the real pipeline, end to end, on bundled sample data in a temporary home.

The sample calendar, contacts, vault and transcript are templates dated relative to today, so
the demo always has a meeting "in five minutes" and a 1:1 "last week". Nothing is faked after
that: sync, capture and the briefing run through the same plugins a user's data goes through.
"""

from __future__ import annotations

import os
import shutil
import string
import tempfile
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import click

from .context import Context
from .errors import RapportError

NEEDED_PLUGINS = {"ics": "rapport-ics", "vcard": "rapport-vcard", "markdown": "rapport-markdown"}


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def demo_clock(today: date) -> dict[str, Any]:
    """The demo's fixed points in time, relative to ``today`` (local time)."""
    local = datetime.now().astimezone().tzinfo

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today + timedelta(days=days), time(hour, minute), local)

    first = at(-35, 14)
    return {
        "now": at(0, 9, 55),
        "stamp": _utc(at(-40, 9)),
        "one_on_one_start": _utc(first),
        "one_on_one_end": _utc(first + timedelta(minutes=30)),
        "one_on_one_skipped": _utc(at(-21, 14)),
        "one_on_one_moved_from": _utc(at(-14, 14)),
        "one_on_one_moved_to": _utc(at(-13, 15)),
        "one_on_one_moved_to_end": _utc(at(-13, 15, 30)),
        "kickoff_start": _utc(at(0, 10)),
        "kickoff_end": _utc(at(0, 11)),
        "last_date": (today - timedelta(days=7)).isoformat(),
        "last_start": at(-7, 14),
        "anna_birthday": (today + timedelta(days=3)).strftime("%m%d"),
    }


def build_demo_home(home: Path, today: date) -> dict[str, Any]:
    """Write the sample config and data into ``home`` with dates filled in."""
    clock = demo_clock(today)
    values = {k: v for k, v in clock.items() if isinstance(v, str)}
    src = resources.files("rapport_plugins") / "sample_data"
    data_dir = home / "data"
    with resources.as_file(src) as sample:
        for path in sorted(Path(sample).rglob("*")):
            if path.is_dir() or path.suffix in {".pyc"}:
                continue
            rel = path.relative_to(sample)
            if rel.parts[0] == "config.toml":
                target = home / "config.toml"
            elif rel.parts[0] == "vault":
                target = home / rel
            elif rel.name == "obsidian-daily-notes.json":
                target = home / "vault" / ".obsidian" / "daily-notes.json"
            else:
                target = data_dir / rel
            target = target.with_name(target.name.replace("LAST_DATE", values["last_date"]))
            target.parent.mkdir(parents=True, exist_ok=True)
            text = string.Template(path.read_text(encoding="utf-8")).safe_substitute(values)
            target.write_text(text, encoding="utf-8")
            target.chmod(0o600)
    (home / "vault" / "Daily").mkdir(parents=True, exist_ok=True)
    return clock


@contextmanager
def _pinned_clock(now: datetime):
    old = os.environ.get("RAPPORT_NOW")
    os.environ["RAPPORT_NOW"] = now.isoformat()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("RAPPORT_NOW", None)
        else:
            os.environ["RAPPORT_NOW"] = old


def run_demo(keep: str | None = None, fmt: str = "text", hooks_dir: Any = None, echo: Any = click.echo) -> dict[str, Any]:
    """Build a demo home, then sync → capture last week's 1:1 → brief the next meeting."""
    home = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="rapport-demo-"))
    if keep and home.exists() and any(home.iterdir()):
        raise RapportError(f"{home} is not empty: choose a new folder for --keep")
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    today = date.today()
    clock = build_demo_home(home, today)
    summary: dict[str, Any] = {"home": str(home)}
    with _pinned_clock(clock["now"]):
        app = Context(home=str(home), hooks_dir=hooks_dir)
        try:
            missing = [dist for name, dist in NEEDED_PLUGINS.items() if name not in app.pm.info]
            if missing:
                raise RapportError(
                    "the demo needs the integrations " + ", ".join(missing)
                    + ": install them with `make demo` (or pip install ./integrations/<name>)"
                )
            summary.update(_pipeline(app, home, clock, fmt, echo, kept=bool(keep)))
        finally:
            app.close()
    if not keep:
        shutil.rmtree(home, ignore_errors=True)
        summary["home"] = None
    return summary


def _pipeline(app: Context, home: Path, clock: dict[str, Any], fmt: str, echo: Any, kept: bool = True) -> dict[str, Any]:
    from .briefing import build_briefing
    from .calendar import find_meeting
    from .capture import capture_file, capture_recent
    from .sync import sync_all

    store = app.store
    me_cfg = app.config.section("me")
    if not store.me():
        store.add_person(me_cfg["name"], me_cfg.get("emails", []), is_me=True)

    def step(text: str) -> None:
        echo(click.style(f"▸ {text}", fg="cyan"), err=True)

    now = clock["now"]
    # '3 Dec', as everywhere; a temporary home is said to be one, so nobody looks for it afterwards
    step(f"Demo home: {home}  ({'' if kept else 'temporary, deleted at the end; '}"
         f"its clock set to {now:%a} {now.day} {now:%b %H:%M})")
    synced = sync_all(app, days=14, past_days=60)
    faces = synced["new_faces_count"]
    step(f"Synced contacts and calendar: {synced['people_added']} people, {synced['meetings']} meetings, "
         f"{faces} new {'face' if faces == 1 else 'faces'}")

    # After last week's 1:1: what the notes integrations find for it (as `rapport run` does), then its transcript.
    now = app.now()
    after = [item for item in capture_recent(app, now, timedelta(days=8)) if item["uid"].startswith("weekly-1-1")]
    captured = sum(item["stored"] for item in after)
    proposed = sum(item["proposed"] for item in after)
    transcript = home / "data" / "transcripts" / "weekly-1-1-anna.vtt"
    result = capture_file(app, transcript, meeting_uid="weekly-1-1-anna@demo.rapport",
                          date=date.fromisoformat(clock["last_date"]))
    captured += len(result.stored)
    proposed += len(result.proposed)
    review = "waiting for `rapport review`" if kept else "`rapport demo --keep DIR` keeps them for `rapport review`"
    step(f"Captured last week's 1-1: {captured} memories stored from the note, "
         f"{proposed} proposed from the transcript ({review})")

    meeting = find_meeting(app)
    briefing = build_briefing(app, meeting)
    delivered = [d for d in app.pm.call("rapport_deliver_briefing", meeting=meeting, briefing=briefing,
                                        config=app.config) if d]
    for where in delivered:
        step(f"Briefing delivered: {where}")
    step(f"Briefing for the next meeting: {meeting.title}")
    echo(briefing.render(fmt))
    return {"meeting": meeting.title, "captured": captured, "proposed": proposed, "delivered": delivered}
