"""rapport-logseq: people pages, journals and meeting pages in a Logseq graph.

Configured by ``[logseq] graph = "..."``; every hook answers ``None`` without it, except
``rapport_parse_notes``, which reads a page of any Logseq graph named on the command line.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapport_markdown import edit_note, logseq_graph_root, warn, yearly_dates
from rapport_plugins import Contact, Meeting, MeetingNotes, ReviewHooks, hookimpl

from .capture import SOURCE, candidates, read_page
from .outline import property_list
from .owned import upsert_subtree
from .settings import settings_from


def _day(start: date | datetime) -> date:
    return start.date() if isinstance(start, datetime) else start


@hookimpl
def rapport_meeting_notes(meeting: Meeting, config: Any) -> list[MeetingNotes] | None:
    settings = settings_from(config)
    return None if settings is None else _meeting_notes(settings.open_graph(), meeting)


def _meeting_notes(graph: Any, meeting: Meeting) -> list[MeetingNotes]:
    """The meeting's own page, else the blocks of that day's journal that mention its title."""
    day = _day(meeting.start)
    rel = graph.find_meeting_page(meeting.uid, day, meeting.title)
    if rel is not None:
        notes = read_page(graph.root / rel, rel)
    else:
        rel = graph.journal_rel(day)
        if rel not in graph.pages:
            return []
        notes = read_page(graph.root / rel, rel, keep_blocks_mentioning=meeting.title)
        if not notes.text.strip():
            return []
    notes.meeting_uid = notes.meeting_uid or meeting.uid
    notes.meeting_date = notes.meeting_date or day.isoformat()
    return [notes]


@hookimpl
def rapport_parse_notes(path: Any, config: Any) -> MeetingNotes | None:
    path = Path(path)
    if path.suffix.lower() != ".md":
        return None
    root = logseq_graph_root(path)
    if root is None:
        return None
    return read_page(path, path.resolve().relative_to(root).as_posix())


@hookimpl
def rapport_after_meeting(meeting: Meeting | None, notes: MeetingNotes, config: Any) -> list | None:
    if notes is None or notes.source != SOURCE:
        return None
    settings = settings_from(config)
    return candidates(meeting, notes, settings.open_graph() if settings else None)


def _briefing_graph(config: Any) -> tuple[Any, Any]:
    """(settings, graph) when briefings are written into the graph, else (settings, None)."""
    settings = settings_from(config)
    if settings is None or not settings.write_briefing:
        return settings, None
    return settings, settings.open_graph()


@hookimpl
def rapport_deliver_briefing(meeting: Meeting, briefing: Any, config: Any) -> str | None:
    settings, graph = _briefing_graph(config)
    if graph is None:
        return None
    from rapport_plugins import md_inline, one_line

    day = _day(meeting.start)
    found, section_id = _briefing_place(settings, graph, meeting)
    if settings.briefing_target == "meeting":
        rel = found or graph.meeting_page_rel(day, meeting.title)
        new_page = f"uid:: {one_line(meeting.uid)}\ndate:: {day.isoformat()}\n\n"
    else:
        rel, new_page = found, ""
    if settings.shared:
        briefing = briefing.for_shared_sink(config)
    markdown = briefing.render("markdown")
    title = f"Rapport briefing: {md_inline(meeting.title)}"  # invite text is data, not blocks

    def change(text: str) -> tuple[str, bool]:
        res = upsert_subtree(text, section_id, title, markdown)
        return res.text, res.released

    path = graph.root / rel
    if edit_note(path, lambda: new_page, change):
        warn(f"logseq: {path}: you had edited the briefing blocks; they were kept and a fresh briefing added")
    return f"logseq:{rel}"


def _briefing_place(settings: Any, graph: Any, meeting: Meeting) -> tuple[str | None, str]:
    """Where ``meeting``'s briefing goes: (the page, None when its meeting page does not exist yet;
    the owned subtree's id)."""
    day = _day(meeting.start)
    if settings.briefing_target == "meeting":
        return graph.find_meeting_page(meeting.uid, day, meeting.title), "meeting"
    return graph.journal_rel(day), hashlib.sha256(meeting.key.encode("utf-8")).hexdigest()[:10]


@hookimpl
def rapport_deliver_correction(meeting: Meeting, correction: Any, config: Any) -> str | None:
    """A meeting briefed into a page moved or was cancelled: say so as the briefing's first block."""
    settings, graph = _briefing_graph(config)
    if graph is None:
        return None
    from .owned import correct_subtree

    rel, section_id = _briefing_place(settings, graph, meeting)
    path = graph.root / rel if rel is not None else None
    if path is None or not path.is_file():
        return None  # the page is gone: nothing of ours to correct
    found = False

    def change(text: str) -> tuple[str, bool]:
        nonlocal found
        corrected = correct_subtree(text, section_id, correction)
        found = corrected is not None
        return (text if corrected is None else corrected), False

    edit_note(path, lambda: "", change)
    return f"logseq:{rel}" if found else None


rapport_review_write, rapport_review_read = ReviewHooks("logseq", settings_from, "rapport_logseq.review").hooks()


@hookimpl
def rapport_forget_person(person: Any, config: Any) -> dict[str, list[str]] | None:
    settings = settings_from(config)
    if settings is None:
        return None
    from .forget import forget_in_graph

    return forget_in_graph(settings.graph, settings.open_graph(), person)


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    settings = settings_from(config)
    return None if settings is None else [_contact(page) for page in settings.open_graph().people()]


def _contact(page: Any) -> Contact:
    """A people page as a Contact: ``alias::``, ``email::``, ``org::``, ``role::``, ``birthday::``."""
    props = page.properties
    return Contact(
        name=page.name,
        emails=page.emails(),
        aliases=[a for a in page.aliases() if a.casefold() != page.name.casefold()],
        org=_one(props.get("org") or props.get("company")),
        title=_one(props.get("role") or props.get("job")),
        dates=yearly_dates(lambda kind: _one(props.get(kind))),
        source=f"logseq:{page.rel}",
        note_ref=f"logseq:{page.rel}",
    )


def _one(value: str | None) -> str | None:
    items = property_list(value)
    return items[0] if items else None


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [logseq] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"logseq": {
        "about": "Logseq graphs",
        "keys": {"graph": str, "write_briefing": bool, "briefing_target": str, "shared": bool,
                  "review_checklist": bool},
        "example": """\
graph = "~/Logseq/work"
# briefing_target = "journal"   # or "meeting"
""",
    }}
