"""The private note rapport writes into a calendar event's description: the section it owns there,
what goes into it, and when writing it would reach someone other than the user.

Shared by the calendar integrations that can write (rapport-caldav, rapport-google,
rapport-microsoft); each keeps only its wire format. Imported as a namespace:
``from rapport_plugins import event_notes``.

The section is one block between two marker lines. Only that block is ever replaced; the user's
text before and after it is kept exactly as it was, and a description without the block gets it
appended after a blank line. The block's lines are escaped by the caller for its format (ICS
TEXT, HTML), so the markers are found in the stored value as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

START = "--- rapport briefing (a private note: rapport replaces this block) ---"
END = "--- end of rapport briefing ---"
UPDATE = "rapport update: "  # a correction line, at the top of the block
MODES = ("shared-copy", "full", "off")  # [<calendar>] describe_shared: what a shared calendar gets

CONFIG_KEYS = {"describe_briefings": bool, "describe_shared": str}
EXAMPLE = ('# describe_briefings = false         # true: put each briefing into the event\'s description too\n'
           '# describe_shared = "shared-copy"   # a calendar others can read: shared-copy | full | off\n')


def settings(section: dict[str, Any] | None, where: str) -> tuple[bool, str]:
    """``describe_briefings`` (default false) and ``describe_shared`` of a calendar's section."""
    from .errors import ConfigError

    section = section or {}
    enabled = section.get("describe_briefings", False)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where} describe_briefings must be true or false")
    mode = section.get("describe_shared", "shared-copy")
    if mode not in MODES:
        raise ConfigError(f"{where} describe_shared: {mode!r} is not one of {', '.join(MODES)}")
    return enabled, mode


def organiser_rule(i_organise: bool | None, i_attend: bool, others: int) -> str | None:
    """Why writing into this event could reach other people, or None when the copy is the user's alone.

    The user's copy is theirs alone when nobody else is invited, or when the user is an attendee
    and someone else organises it (an organiser's change is what servers send to every attendee).
    """
    if others == 0:
        return None
    if i_organise:
        return "you organise it and others are invited: a change would be sent to them"
    if i_organise is None or not i_attend:
        return "rapport cannot tell that you are an attendee, so it may not be your own copy"
    return None


def body_lines(briefing: Any, config: Any, shared: bool) -> list[str]:
    """The briefing as plain text lines for the block (the shared copy when others can read it)."""
    copy = briefing.for_shared_sink(config) if shared else briefing
    lines = copy.render("text").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def block(lines: list[str], escape: Callable[[str], str], newline: str) -> str:
    """The whole owned block: markers and ``lines`` (each escaped), joined by ``newline``."""
    return newline.join([START, *(escape(_inert(line)) for line in lines), END])


def _inert(line: str) -> str:
    """A line that cannot end or start the block early (a memory quoting the markers)."""
    for marker in (START, END):
        line = line.replace(marker, marker.replace("---", "- - -"))
    return line


def find(text: str) -> tuple[int, int] | None:
    """Where the owned block is in ``text`` (start, end), markers included, or None."""
    start = text.find(START)
    if start < 0:
        return None
    end = text.find(END, start)
    return None if end < 0 else (start, end + len(END))


def merge(text: str, new_block: str, newline: str) -> str:
    """``text`` with its owned block replaced by ``new_block``, or with it appended after a blank line."""
    where = find(text)
    if where is not None:
        return text[:where[0]] + new_block + text[where[1]:]
    if not text:
        return new_block
    return text + newline * (1 if text.endswith(newline) else 2) + new_block


def inner(text: str, newline: str) -> list[str] | None:
    """The lines inside the owned block (escaped as stored), or None when there is no block."""
    where = find(text)
    if where is None:
        return None
    body = text[where[0] + len(START):where[1] - len(END)]
    if body.startswith(newline):
        body = body[len(newline):]
    if body.endswith(newline):
        body = body[:-len(newline)]
    return body.split(newline) if body else []


def corrected(text: str, line: str, escape: Callable[[str], str], newline: str) -> str:
    """``text`` with the correction ``line`` at the top of the owned block (replacing an earlier
    correction there); a block of its own when the briefing's block is gone."""
    old = inner(text, newline) or []
    while old and old[0].startswith(UPDATE):
        old.pop(0)
    new_block = newline.join([START, escape(_inert(UPDATE + line)), *old, END])
    return merge(text, new_block, newline)


def shared_warning(service: str, calendar: str, mode: str, why: str) -> str:
    """The one line said when the calendar written into can be read by others."""
    what = {"shared-copy": "only the shared copy of the briefing (no personal or sensitive details) goes into it",
            "full": "the full briefing goes into it, as describe_shared = \"full\" asks",
            "off": "nothing is written into it (describe_shared = \"off\")"}[mode]
    return f"{service}: warning: calendar {calendar!r} is shared ({why}): {what}"


@dataclass
class EventCopy:
    """One event as read for writing: its description as stored, who is in it, and the service's
    own ``handle`` to write it back with (an etag, the whole calendar object)."""

    text: str
    i_organise: bool | None
    i_attend: bool
    others: int
    handle: Any = None


WRITTEN, CONFLICT = "written", "conflict"  # what a save answers


def write(service: str, title: str, read: Callable[[], EventCopy | None], edit: Callable[[EventCopy], str],
          save: Callable[[EventCopy, str], str]) -> bool:
    """Read the event, check it is the user's own copy, edit the note in and save it; a save refused
    because the event changed meanwhile (``CONFLICT``) is read and tried once more, then reported.
    True when the note is in the event; False when there was nothing to write into or it was not
    the user's own copy (said in one line)."""
    from .errors import RapportError
    from .problems import say

    for attempt in (1, 2):
        copy = read()
        if copy is None:
            return False
        reason = organiser_rule(copy.i_organise, copy.i_attend, copy.others)
        if reason:
            say(f"{service}: not written into {title!r}: {reason}")
            return False
        new = edit(copy)
        if new == copy.text:
            return True
        if save(copy, new) != CONFLICT:
            return True
        if attempt == 2:
            raise RapportError(f"{service}: {title!r} changed twice while rapport wrote its note; left as it is, "
                               "tried again on the next run")
    return False


WRITTEN_FILE = "described.json"  # in a service's state folder: meeting key -> where the note went
KEEP = 500


def remember(folder: Any, key: str, ref: list[str]) -> None:
    """Note where ``key``'s note was written (a 0600 file), so a correction finds the same event."""
    import json
    from pathlib import Path

    from .config import write_private

    known = _known(folder)
    known.pop(key, None)
    known[key] = ref
    write_private(Path(folder) / WRITTEN_FILE, json.dumps(dict(list(known.items())[-KEEP:])))


def recall(folder: Any, key: str) -> list[str] | None:
    """Where ``key``'s note was written, or None."""
    found = _known(folder).get(key)
    return [str(x) for x in found] if isinstance(found, list) else None


def _known(folder: Any) -> dict[str, Any]:
    import json
    from pathlib import Path

    try:
        data = json.loads((Path(folder) / WRITTEN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def deliver(service: Any, meeting: Any, briefing: Any, config: Any) -> str | None:
    """``rapport_deliver_briefing`` for a service that writes the note into its events and finds
    them again by a reference it keeps (a cloud calendar). ``service`` answers:

    - ``SECTION`` and ``load_settings(config)``: settings with ``describe_briefings`` and
      ``state_dir``, or None when the service is not configured;
    - ``event_ref(meeting)``: where the meeting's event is on the service (strings), or None;
    - ``write(settings, ref, title, edit)``: reads the event, calls ``edit(text, newline, escape,
      shared)`` for its new description and saves it (with :func:`write`); where it went, or None.

    Where a note went is remembered, so a correction finds the same event."""
    settings = _describing(service, meeting, config)
    ref = service.event_ref(meeting) if settings is not None else None
    if not ref:
        return None

    def edit(text: str, newline: str, escape: Callable[[str], str], shared: bool) -> str:
        return merge(text, block(body_lines(briefing, config, shared), escape, newline), newline)

    where = service.write(settings, ref, meeting.title, edit)
    if where:
        remember(settings.state_dir, meeting.key, ref)
    return where


def deliver_correction(service: Any, meeting: Any, correction: Any, config: Any) -> str | None:
    """``rapport_deliver_correction`` for the same ``service``: the correction's line at the top of
    the note in the event the briefing went into; None when none did."""
    settings = _describing(service, meeting, config)
    ref = recall(settings.state_dir, meeting.key) if settings is not None else None
    if not ref:
        return None
    return service.write(settings, ref, meeting.title,
                         lambda text, newline, escape, shared: corrected(text, correction.text, escape, newline))


def _describing(service: Any, meeting: Any, config: Any) -> Any:
    """The service's settings when it writes briefings into events and ``meeting`` is one of its own."""
    settings = service.load_settings(config)
    if settings is None or not settings.describe_briefings or not str(meeting.source).startswith(f"{service.SECTION}:"):
        return None
    return settings
