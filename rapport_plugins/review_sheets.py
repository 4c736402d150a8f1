"""Which meetings have a review checklist open in a note: capture opens a sheet, the sync reads it.

One store state, ``review-notes``: meeting key -> the meeting, the proposals' memory ids, where they
came from, and per notes plugin the note it wrote and the ids that note has shown. Kept apart from
:mod:`rapport_plugins.review_notes` so capture records a sheet without loading the sync.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .models import Meeting

STATE = "review-notes"


def open_sheet(store: Any, meeting: Meeting, source: str | None, memory_ids: list[int], now: str) -> None:
    """Note that ``memory_ids`` were proposed for ``meeting`` (from ``source``, at ``now``): the next
    sync writes them."""
    if not memory_ids:
        return
    with store.transaction():  # read and written in one go: a sync writing at the same time waits
        sheets = store.get_state(STATE) or {}
        sheet = sheets.setdefault(meeting.key, {"meeting": _meeting_dict(meeting), "ids": [], "sources": [], "notes": {}})
        sheet["opened"] = now
        sheet["ids"] = list(dict.fromkeys([*sheet["ids"], *(str(i) for i in memory_ids)]))
        if source and source not in sheet["sources"]:
            sheet["sources"].append(source)
        store.set_state(STATE, sheets)


def save_sheets(store: Any, started: dict[str, Any], mine: dict[str, Any]) -> None:
    """Write what a sync made of the sheets it read (``started``) as ``mine``, merged into what the
    store holds now: a sheet capture opened or grew meanwhile keeps its new proposals, and a sheet
    closed by this sync stays open when proposals came to it meanwhile."""
    with store.transaction():
        stored = store.get_state(STATE) or {}
        for key in set(started) | set(mine):
            current, before, after = stored.get(key), started.get(key), mine.get(key)
            if current == before:  # nobody else touched it: this sync's result stands
                if after is None:
                    stored.pop(key, None)
                else:
                    stored[key] = after
                continue
            if current is None:
                continue  # closed by someone else meanwhile
            if after is not None:  # both changed it: this sync's notes records, everyone's proposals
                merged = dict(after)
                merged["ids"] = list(dict.fromkeys([*after["ids"], *current["ids"]]))
                merged["sources"] = list(dict.fromkeys([*after["sources"], *current["sources"]]))
                merged["opened"] = max(after.get("opened") or "", current.get("opened") or "")
                merged["notes"] = {**current.get("notes", {}), **after.get("notes", {})}
                stored[key] = merged
        store.set_state(STATE, stored)


def _meeting_dict(meeting: Meeting) -> dict[str, Any]:
    return {"uid": meeting.uid, "title": meeting.title, "start": meeting.start.isoformat(),
            "end": meeting.end.isoformat(), "all_day": meeting.all_day, "timezone": meeting.timezone,
            "recurrence_id": meeting.recurrence_id, "source": meeting.source}


def meeting_from(d: dict[str, Any]) -> Meeting:
    def when(value: str) -> date | datetime:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)

    return Meeting(uid=d["uid"], title=d["title"], start=when(d["start"]), end=when(d["end"]),
                   all_day=bool(d.get("all_day")), timezone=d.get("timezone"),
                   recurrence_id=d.get("recurrence_id"), source=d.get("source") or "")
