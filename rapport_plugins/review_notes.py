"""Review inside the note: capture's proposals as a checklist in the meeting's note, read back later.

Capture opens a *sheet* for a meeting that got proposals (store state ``review-notes``: the meeting,
the proposals' memory ids, where they came from). :func:`sync_review_notes` (``rapport run``,
``sync``, ``capture`` and ``review`` call it) then, for every open sheet and every notes plugin:

1. reads the checklist back (``rapport_review_read``) from the note the plugin wrote it into;
2. decides each proposal still open: ticked -> kept; text changed -> kept as edited; gone from a
   checklist that is still there -> dismissed; untouched -> still proposed. A keep in any note wins
   over a deletion in another;
3. writes the current state (``rapport_review_write``): kept items ticked and marked "(kept)",
   dismissed ones taken out, new proposals added. The plugin says which ids its note now shows, so
   an item it never wrote (a sensitive one kept out of a shared note) is never taken as deleted.

A plugin whose checklist is gone (the user removed the section or the note) is not written again
for that meeting. A sheet closes once nothing in it is proposed, or 30 days after its last proposal came; its
proposals then wait in ``rapport review`` alone. The terminal and the notes decide the same memories,
so each sees the other's decisions.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .context import Context
from .models import ChecklistLine, Meeting, Memory, ReviewItem
from .review_sheets import STATE, meeting_from, save_sheets

KEEP_OPEN = timedelta(days=30)
SIMILAR = 0.6  # a checkbox that lost its id marker is the missing item it is this close to


# --- what a line says -------------------------------------------------------------------------------

def source_label(memory: Memory) -> str:
    """Where a proposal came from, short: "transcript line 12", "notes line 4"."""
    kind = memory.source if memory.source in ("transcript", "notes") else "notes"
    m = re.search(r":(\d+)$", memory.source_ref or "")
    return f"{kind} line {m.group(1)}" if m else kind


def item_line(memory: Memory, person: str) -> str:
    label = f" ({source_label(memory)})" if memory.review == "proposed" else ""
    return f"{person}: {memory.text}{label}"


def verdict(memory: Memory, person: str, seen: ChecklistLine) -> tuple[str, str | None] | None:
    """What the user did to one proposal's line: ("kept", None), ("kept", new text), ("dismissed",
    None) for an emptied line, or None (untouched). Only the words after the name count as the memory."""
    text = " ".join(seen.text.split())
    for suffix in (" (kept)", f" ({source_label(memory)})"):
        if text.casefold().endswith(suffix.casefold()):
            text = text[:-len(suffix)].rstrip()
    if text.casefold().startswith(f"{person}:".casefold()):
        text = text[len(person) + 1:].strip()
    if not text:
        return "dismissed", None
    if text != " ".join(memory.text.split()):
        return "kept", text
    return ("kept", None) if seen.checked else None


# --- the pass ---------------------------------------------------------------------------------------

def sync_review_notes(app: Context, now: datetime | None = None) -> list[dict[str, Any]]:
    """Read back, decide and rewrite every open checklist; return one report item per meeting touched.

    One process at a time does this (``take_turn``, a claim in the store); a second one finds the
    turn taken and returns at once. The sheets are written back merged into what the store holds
    then (:func:`~rapport_plugins.review_sheets.save_sheets`), so a proposal capture added meanwhile
    is never lost."""
    from .claims import end_turn, take_turn

    store = app.store
    if not store.get_state(STATE):
        return []
    now = now or app.now()
    if not take_turn(store, STATE, now):
        return []  # another process is syncing these notes right now; the next run sees its result
    try:
        return _sync(app, now)
    finally:
        end_turn(store, STATE)


def _sync(app: Context, now: datetime) -> list[dict[str, Any]]:
    import json

    store = app.store
    sheets = store.get_state(STATE) or {}
    started = json.loads(json.dumps(sheets))  # as read: what changed since is someone else's
    writers = {impl.plugin_name: impl for impl in reversed(app.pm.hook.rapport_review_write.get_hookimpls())}
    readers = {impl.plugin_name: impl for impl in app.pm.hook.rapport_review_read.get_hookimpls()}
    report = []
    for key in list(sheets):
        sheet = sheets[key]
        meeting = meeting_from(sheet["meeting"])
        if datetime.fromisoformat(sheet["opened"]) + KEEP_OPEN < now:
            del sheets[key]
            continue
        decided, failed = _read_and_decide(app, meeting, sheet, readers)
        items = _items(store, sheet)
        added: list[str] = []  # notes that got new items this time
        states = {i.id: i.state for i in items}
        for name, impl in writers.items():
            record = sheet["notes"].get(name)
            if name in failed or (record or {}).get("gone") or (record or {}).get("states") == states:
                continue  # nothing changed since this note was written: no call to its service
            written = list((record or {}).get("ids") or [])
            for_note = [ReviewItem(id=i.id, line=i.line, state=i.state, sensitivity=i.sensitivity,
                                   new=i.id not in written) for i in items]
            kwargs = {"meeting": meeting, "items": for_note, "sources": list(sheet["sources"]),
                      "ref": (record or {}).get("ref"), "config": app.config}
            try:
                result = app.pm.call_impl(impl, "rapport_review_write", kwargs)
            except Exception as exc:  # noqa: BLE001 - named once; tried again next run
                from .plugins import _one_line

                app.pm.report(f"plugin {name!r} failed in rapport_review_write: {_one_line(exc)}")
                failed.add(name)
                continue
            if isinstance(result, dict) and result.get("where"):
                shown = [str(i) for i in result.get("ids") or []]
                # every id this note ever showed: one gone from it later was deleted, never re-added
                sheet["notes"][name] = {"ref": str(result["where"]), "ids": list(dict.fromkeys([*written, *shown])),
                                        "states": states}
                if set(shown) - set(written):
                    added.append(str(result["where"]))
        if decided or added:
            report.append({"phase": "review", "key": key, "uid": meeting.uid, "title": meeting.title,
                           "start": meeting.start.isoformat(), "written": added, **_counts(decided)})
        if not failed and not any(i.state == "proposed" for i in items):
            del sheets[key]  # everything decided and shown: nothing left to read back
    if json.dumps(sheets, sort_keys=True) != json.dumps(started, sort_keys=True):  # a quiet run writes nothing
        save_sheets(store, started, sheets)
    return report


def _counts(decided: list[tuple[str, str | None]]) -> dict[str, int]:
    return {"kept": sum(1 for v, t in decided if v == "kept" and t is None),
            "edited": sum(1 for v, t in decided if v == "kept" and t is not None),
            "dismissed": sum(1 for v, _ in decided if v == "dismissed")}


def _items(store: Any, sheet: dict[str, Any]) -> list[ReviewItem]:
    """The sheet's proposals as they stand now; a forgotten one is "dismissed", so its line leaves
    every note (the words are gone from the store; they must not stay in a note rapport wrote)."""
    items = []
    for mid in list(sheet["ids"]):
        memory = store.get_memory(int(mid)) if mid.isdigit() else None
        person = store.get_person(memory.person_id) if memory is not None else None
        if memory is None or person is None:
            items.append(ReviewItem(id=mid, line="", state="dismissed", sensitivity="sensitive", new=False))
            continue
        items.append(ReviewItem(id=mid, line=item_line(memory, person.name), state=memory.review,
                                sensitivity=memory.sensitivity))
    return items


def _read_and_decide(app: Context, meeting: Meeting, sheet: dict[str, Any],
                     readers: dict[str, Any]) -> tuple[list[tuple[str, str | None]], set[str]]:
    """Read every note's checklist and apply what the user did there; returns (decisions, failed plugins)."""
    store = app.store
    failed: set[str] = set()
    votes: dict[str, list[tuple[str, str | None]]] = {}
    for name, record in sheet["notes"].items():
        impl = readers.get(name)
        if impl is None or record.get("gone"):
            continue
        try:
            lines = app.pm.call_impl(impl, "rapport_review_read",
                                     {"meeting": meeting, "ref": record.get("ref"), "config": app.config})
        except Exception as exc:  # noqa: BLE001 - named once; nothing decided from this note this time
            from .plugins import _one_line

            app.pm.report(f"plugin {name!r} failed in rapport_review_read: {_one_line(exc)}")
            failed.add(name)
            continue
        if lines is None:
            record["gone"] = True  # the user took the checklist out: leave that note alone
            continue
        for mid, vote in _note_votes(store, list(lines), record.get("ids") or []).items():
            votes.setdefault(mid, []).append(vote)
    decided = []
    confirmed = app.now().replace(microsecond=0).isoformat()
    with store.transaction():
        for mid, found in votes.items():
            kept = [v for v in found if v[0] == "kept"]
            choice = next((v for v in kept if v[1]), None) or (kept[0] if kept else found[0])
            memory = store.get_memory(int(mid))
            if memory is None or memory.review != "proposed":
                continue
            fields: dict[str, Any] = {"review": choice[0]}
            if choice[0] == "kept":
                fields["confirmed_at"] = confirmed
                if choice[1]:
                    fields["text"] = choice[1]
            if choice[1] and _taken(store, memory, choice[1]):
                fields.pop("text")  # they already have a memory with these words: keep the proposal's
                choice = (choice[0], None)
            store.update_memory(memory.id, **fields)
            decided.append(choice)
    return decided, failed


def _taken(store: Any, memory: Memory, text: str) -> bool:
    from .store import normalise

    wanted = normalise(text)
    return any(m.id != memory.id and normalise(m.text) == wanted
               for m in store.memories_for(memory.person_id, review=("kept", "proposed", "dismissed")))


def _note_votes(store: Any, lines: list[ChecklistLine], written: list[str]) -> dict[str, tuple[str, str | None]]:
    """What one note says about each open proposal it was given."""
    by_id = {line.id: line for line in lines if line.id}
    unmarked = [line for line in lines if not line.id]
    votes: dict[str, tuple[str, str | None]] = {}
    for mid in written:
        memory = store.get_memory(int(mid)) if mid.isdigit() else None
        person = store.get_person(memory.person_id) if memory is not None else None
        if memory is None or person is None or memory.review != "proposed":
            continue
        seen = by_id.get(mid) or _closest(unmarked, item_line(memory, person.name))
        if seen is None:
            votes[mid] = ("dismissed", None)
            continue
        if seen in unmarked:
            unmarked.remove(seen)
        found = verdict(memory, person.name, seen)
        if found is not None:
            votes[mid] = found
    return votes


def _closest(lines: list[ChecklistLine], text: str) -> ChecklistLine | None:
    """The unmarked checkbox that is this item with its id marker lost, if one is close enough."""
    from .capture import similarity

    scored = [(similarity(line.text, text), line) for line in lines]
    best = max(scored, key=lambda s: s[0], default=(0.0, None))
    return best[1] if best[0] >= SIMILAR else None
