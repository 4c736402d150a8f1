"""`rapport memory show|edit|dismiss ID`: look at one kept memory and put it right.

Every briefing line names the memory it comes from (``[from #5, ...]``). When a line says
something untrue (a date read wrongly, a health detail marked light, words put in the wrong
mouth), the user corrects that one memory here instead of forgetting the whole person.
"""

from __future__ import annotations

from typing import Any

import click

from .cli_common import RECORD_ID, App, emit, json_option, pass_app, resolve_when
from .errors import RapportError
from .models import CATEGORIES, SENSITIVITIES


@click.group("memory")
def memory_cmd() -> None:
    """Show, correct or dismiss one memory (the #ID a briefing line names)."""


def _memory_dict(store: Any, memory: Any) -> dict[str, Any]:
    person = store.get_person(memory.person_id)
    return memory.to_dict() | {"person": person.name if person else None}


def _line(d: dict[str, Any]) -> str:
    from .usertime import memory_when

    pinned = ", pinned" if d.get("pinned") else ""
    return f"#{d['id']} {d['person']}: {d['text']}{memory_when(d)} ({d['category']}, {d['sensitivity']}{pinned})"


@memory_cmd.command("show")
@click.argument("memory_id", type=RECORD_ID, metavar="ID")
@json_option
@pass_app
def memory_show(app: App, memory_id: int, as_json: bool) -> None:
    """Show memory ID: its words, date, follow-up, review state and where it was found."""
    store = app.store
    d = _memory_dict(store, store.require_memory(memory_id))

    def text(d: dict[str, Any]) -> str:
        lines = [_line(d)]
        if d.get("event_text"):
            lines.append(f"  said as: {d['event_text']!r}")
        if d.get("follow_up"):
            lines.append(f"  follow-up: {d['follow_up']}")
        lines.append(f"  review: {d['review']}")
        for s in d.get("sources") or []:
            where = s.get("source_ref") or s.get("meeting_key") or ""
            lines.append(f"  from: {s.get('source')} {where}".rstrip())
        return "\n".join(lines)

    emit(d, as_json, text)


@memory_cmd.command("edit")
@click.argument("memory_id", type=RECORD_ID, metavar="ID")
@click.option("--text", help="New words for the memory.")
@click.option("--when", help="The right date: 2026-05-17, 'Friday', 'in March' (as `rapport remember --when`).")
@click.option("--no-date", is_flag=True, help="It has no date (the one it has is wrong).")
@click.option("--yearly/--once", default=None, help="The date recurs every year (birthdays) / happens once.")
@click.option("--category", "-c", type=click.Choice(CATEGORIES), help="The right category.")
@click.option("--sensitivity", type=click.Choice(SENSITIVITIES),
              help="light, personal, or sensitive (never an opener, never sent to shared places).")
@click.option("--pin/--unpin", default=None, help="Always show it in briefings / not any more.")
@json_option
@pass_app
def memory_edit(app: App, memory_id: int, text: str | None, when: str | None, no_date: bool,
                yearly: bool | None, category: str | None, sensitivity: str | None, pin: bool | None,
                as_json: bool) -> None:
    """Correct memory ID: its words, date, category, sensitivity or pin. Only what you give changes."""
    if when and no_date:
        raise RapportError("give --when or --no-date, not both")
    store = app.store
    memory = store.require_memory(memory_id)
    changes: dict[str, Any] = {}
    if text is not None:
        if not text.strip():
            raise RapportError(f"memory #{memory_id}: the new text is empty")
        changes["text"] = text
    if category:
        changes["category"] = category
    if sensitivity:
        changes["sensitivity"] = sensitivity
    if pin is not None:
        changes["pinned"] = pin
    recurrence = memory.recurrence if yearly is None else ("yearly" if yearly else None)
    if yearly is not None:
        changes["recurrence"] = recurrence
    if no_date:
        changes.update(event_date=None, event_text=None, follow_up=None, recurrence=None)
    elif when:
        day = resolve_when(when, app.today())
        changes.update(event_date=day.isoformat(), event_text=when)
    if "event_date" in changes or "recurrence" in changes:
        # A follow-up belongs to a one-off date still to come (or one already asked about).
        from .followups import opens_follow_up

        day_text = changes.get("event_date", memory.event_date)
        asked = memory.follow_up in ("asked", "done") and day_text == memory.event_date and recurrence != "yearly"
        changes["follow_up"] = (memory.follow_up if asked else
                                "open" if opens_follow_up(day_text, recurrence, app.today()) else None)
    if not changes:
        raise RapportError("nothing to change: give --text, --when, --no-date, --yearly/--once, --category, "
                           "--sensitivity or --pin/--unpin")
    before = _memory_dict(store, memory)
    updated = store.update_memory(memory_id, **changes)
    d = _memory_dict(store, updated)
    d["changed"] = sorted(k for k in changes if before.get(k) != d.get(k))
    emit(d, as_json, lambda d: (f"Corrected {_line(d)}" if d["changed"] else f"Already so: {_line(d)}"))


@memory_cmd.command("dismiss")
@click.argument("memory_id", type=RECORD_ID, metavar="ID")
@click.option("--undo", is_flag=True, help="Bring a dismissed memory back.")
@json_option
@pass_app
def memory_dismiss(app: App, memory_id: int, undo: bool, as_json: bool) -> None:
    """Take memory ID out of every briefing (it is wrong, or no longer worth saying); --undo
    brings it back. It stays dismissed when the same notes are captured again."""
    store = app.store
    memory = store.require_memory(memory_id)
    if undo and memory.review != "dismissed":
        raise RapportError(f"memory #{memory_id} is not dismissed (it is {memory.review})")
    updated = store.update_memory(memory_id, review="kept" if undo else "dismissed")
    d = _memory_dict(store, updated)
    emit(d, as_json, lambda d: (f"Back in briefings: {_line(d)}" if undo else
                                f"Dismissed: {_line(d)}\nNo briefing shows it; "
                                f"`rapport memory dismiss {d['id']} --undo` brings it back."))
