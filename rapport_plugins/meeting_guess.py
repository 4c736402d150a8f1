"""Which meeting a notes or transcript file belongs to, when the user did not say.

`rapport capture FILE` without ``--meeting`` looks, in order, at: a Zoom recording's file name
(``GMT20261126-133012…``, the recording's start in UTC), a Zoom local recording's folder
(``2026-11-26 13.30.12 Title/``, its start in local time), the date the file's own header or front
matter gives, a date in the file name, and finally the file's modification time (the calendar
meeting that ended nearest it). Where a calendar meeting fits, the notes are captured for it, so
the person's history shows one meeting, not the meeting and a second "met" entry for the notes;
otherwise a meeting for that date is made up from the notes. Capture always says which meeting
and date it used, and how it chose them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from .calendar import as_datetime, meetings_in
from .context import Context
from .models import Meeting, MeetingNotes

ZOOM_NAME = re.compile(r"GMT(\d{8})-(\d{6})")
ZOOM_FOLDER = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})[ _](\d{2})\.(\d{2})\.(\d{2})(?!\d)")
ISO_IN_NAME = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")


@dataclass
class Guess:
    meeting: Meeting | None  # a calendar meeting; None: capture for a meeting made up on ``day``
    day: date
    how: str


def guess_meeting(app: Context, path: Path, notes: MeetingNotes, day: date | None,
                  names: list[str]) -> Guess:
    """The meeting (or date) ``notes`` from ``path`` belong to; ``day`` is the user's ``--date``."""
    if day is not None:
        return _on_day(app, day, names, "--date")
    zoom = ZOOM_NAME.search(path.name)
    if zoom:
        try:
            started = datetime.strptime(zoom.group(1) + zoom.group(2), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            started = None
        if started is not None:
            local = started.astimezone(app.zone)
            meeting = _nearest(app, local, lambda m: abs(_start(m) - local), timedelta(minutes=45))
            if meeting:
                return Guess(meeting, local.date(), f"the calendar meeting at the time in the Zoom file name {zoom.group(0)}")
            return Guess(None, local.date(), f"the date in the Zoom file name {zoom.group(0)}")
    local_start = _local_recording_start(app, path)
    if local_start is not None:
        started, label = local_start
        meeting = _nearest(app, started, lambda m: abs(_start(m) - started), timedelta(minutes=45))
        if meeting:
            return Guess(meeting, meeting_date(meeting, app), f"the calendar meeting at the time in the Zoom folder name {label!r}")
        return Guess(None, started.date(), f"the date in the Zoom folder name {label!r}")
    header, named = _header_day(notes), _day_in_name(path.name)
    if header and header != named:  # a notes reader may take the header's date from the name itself
        return _on_day(app, header, names, "the date in the file's header", _own_title(notes, path))
    if named:
        return _on_day(app, named, names, "the date in the file name", _own_title(notes, path))
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).astimezone(app.zone)
    meeting = _nearest(app, modified, lambda m: abs(_end(m) - modified), timedelta(hours=6),
                       lambda m: _end(m) <= modified + timedelta(hours=1))
    when = f"{modified:%a} {modified.day} {modified:%b %H:%M}"
    if meeting:
        return Guess(meeting, meeting_date(meeting, app), f"the calendar meeting that ended nearest the file's time, {when}")
    return Guess(None, modified.date(), f"the file's date, last changed {when}; no calendar meeting ended near it")


def _local_recording_start(app: Context, path: Path) -> tuple[datetime, str] | None:
    """The start a Zoom local recording's folder (or file) name gives, in the user's zone."""
    for name in (path.name, path.parent.name):
        m = ZOOM_FOLDER.search(name)
        if not m:
            continue
        try:
            naive = datetime(*(int(g) for g in m.groups()))
        except ValueError:
            continue
        return naive.replace(tzinfo=app.zone), m.group(0)
    return None


def meeting_date(meeting: Meeting, app: Context) -> date:
    return as_datetime(meeting.start, app.zone).date()


def _start(m: Meeting) -> datetime:
    return as_datetime(m.start)


def _end(m: Meeting) -> datetime:
    return as_datetime(m.end or m.start)


def _nearest(app: Context, at: datetime, distance: Any, within: timedelta, keep: Any = None) -> Meeting | None:
    found = [m for m in meetings_in(app, at - within - timedelta(hours=12), at + within + timedelta(hours=12))
             if not m.all_day and m.people() and distance(m) <= within and (keep is None or keep(m))]
    return min(found, key=distance) if found else None


def _on_day(app: Context, day: date, names: list[str], how: str, title: str = "") -> Guess:
    """The one calendar meeting on ``day`` with the notes' people (``names``): of those with one of
    them, the only one; else the only one with all of them; else the only one with exactly them (a
    1:1 note on a day that also has a team meeting with that person). Still several: none. Notes
    that name nobody fit the one meeting that day with their ``title``, else the day's only meeting
    with people in it."""
    start = datetime.combine(day, datetime.min.time()).replace(tzinfo=app.zone)
    that_day = [m for m in meetings_in(app, start, start + timedelta(days=1))
                if not m.all_day and meeting_date(m, app) == day and m.people()]
    if not names:
        titled = [m for m in that_day if title and m.title.strip().casefold() == title.strip().casefold()]
        if len(titled) == 1:
            return Guess(titled[0], day, f"{how}, and the calendar meeting that day with the notes' title")
        if len(that_day) == 1:
            return Guess(that_day[0], day, f"{how}, and the only calendar meeting that day")
        return Guess(None, day, how)
    wanted = _people_ids(app, names)
    plain = {n.casefold() for n in names}
    fits: list[tuple[Meeting, bool, bool]] = []
    for m in that_day:
        people = m.people()
        ids = {p.id for p in (_match(app, a) for a in people) if p is not None}
        labels = {(a.name or "").casefold() for a in people} | {(a.email or "").casefold() for a in people}
        if ids & wanted or labels & plain:
            every = bool(wanted) and wanted <= ids
            fits.append((m, every, every and len(people) == len(wanted)))
    for narrowed in ([f for f in fits], [f for f in fits if f[1]], [f for f in fits if f[2]]):
        if len(narrowed) == 1:
            return Guess(narrowed[0][0], day, f"{how}, and the calendar meeting that day with them")
    return Guess(None, day, how)


def _own_title(notes: MeetingNotes, path: Path) -> str:
    """The title the notes give (front matter), else their file name without its date
    ("2026-11-25 1-1 Anna.md" -> "1-1 Anna"), to find a calendar meeting by."""
    title = (notes.title or "").strip()
    if title and title not in (path.stem, path.name):
        return title
    return re.sub(r"\s+", " ", ISO_IN_NAME.sub(" ", path.stem)).strip(" -_")


def _people_ids(app: Context, names: list[str]) -> set[int]:
    ids = set()
    for name in names:
        person = app.store.find_person(name)
        if person is not None and person.id is not None:
            ids.add(person.id)
    return ids


def _match(app: Context, attendee: Any) -> Any:
    return app.store.match_attendee(attendee.email, attendee.name)


def _header_day(notes: MeetingNotes) -> date | None:
    if notes.meeting_date:
        try:
            return date.fromisoformat(str(notes.meeting_date)[:10])
        except ValueError:
            return None
    return None


def _day_in_name(name: str) -> date | None:
    m = ISO_IN_NAME.search(name)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
