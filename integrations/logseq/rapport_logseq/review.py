"""Review inside the note for Logseq: capture's proposals as TODO blocks under a block rapport owns.

    - To remember from this meeting: Weekly 1-1
      rapport-review:: 1a2b3c4d5e
        - TODO Rosa Diaz: Puppy called Churro (transcript line 12)
          rapport-id:: 41
        - DONE Rosa Diaz: Training for the Berlin marathon (kept)
          rapport-id:: 42

The ``rapport-id::`` property keeps an item the same item whatever the user does to its text.
Mark a block DONE to keep it, edit its text to keep it as written, delete it (or mark it
CANCELED) to dismiss it. rapport rewrites only the blocks of items whose state changed and adds
new ones at the end; the user's other blocks, inside the subtree or out, stay as they are.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from rapport_markdown import edit_note, existing_note_text, inside, source_note
from rapport_plugins import ChecklistLine, Meeting, RapportError, ReviewItem

from .outline import Block, parse_page
from .owned import REVIEW_PROP as ROOT_PROP
from .settings import Settings

ID_PROP = "rapport-id"
_MARKER = re.compile(r"^(?P<marker>TODO|DOING|NOW|LATER|WAIT|WAITING|DONE|CANCELED|CANCELLED)(?:\s+|$)")
KEPT = " (kept)"


def section_id(meeting: Meeting) -> str:
    return hashlib.sha256(meeting.key.encode("utf-8")).hexdigest()[:10]


def _page_rel(settings: Settings, graph: Any, meeting: Meeting, sources: list[str], place: str | None) -> tuple[str, str]:
    """(page, text of a new page): where the proposals came from, the meeting's page, or the journal."""
    from datetime import datetime

    from rapport_plugins import one_line

    if place:
        return place, ""
    source = source_note(graph.root, sources)
    if source:
        return source, ""
    day = meeting.start.date() if isinstance(meeting.start, datetime) else meeting.start
    found = graph.find_meeting_page(meeting.uid, day, meeting.title)
    if found:
        return found, ""
    if settings.briefing_target == "meeting":
        return graph.meeting_page_rel(day, meeting.title), f"uid:: {one_line(meeting.uid)}\ndate:: {day.isoformat()}\n\n"
    return graph.journal_rel(day), ""


def _find_root(page: Any, sid: str) -> Block | None:
    return next((b for b in page.walk() if b.properties.get(ROOT_PROP) == sid), None)


def _item_block(item: ReviewItem, depth: int) -> list[str]:
    from rapport_plugins import md_inline

    kept = item.state == "kept"
    text = f"{'DONE' if kept else 'TODO'} {md_inline(item.line)}{KEPT if kept else ''}"
    return ["\t" * depth + "- " + text, "\t" * depth + f"  {ID_PROP}:: {item.id}"]


def _shows_kept(block: Block) -> bool:
    return block.title.startswith("DONE ") and block.title.rstrip().endswith(KEPT)


def merge_subtree(text: str, sid: str, title: str, items: list[ReviewItem]) -> tuple[str, list[str]]:
    """The page with the review subtree ``sid`` brought up to date; returns (text, ids shown)."""
    from rapport_plugins import md_inline

    had_final_newline = text.endswith("\n") or not text
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    page = parse_page("\n".join(lines))
    root = _find_root(page, sid)
    by_id = {item.id: item for item in items}
    shown: list[str] = []
    if root is None:
        new = [item for item in items if item.new and item.state != "dismissed"]
        if not new:
            return text, []
        block = [f"- {md_inline(title)}", f"  {ROOT_PROP}:: {sid}"]
        for item in new:
            block += _item_block(item, 1)
        if lines and lines[-1].strip() and not lines[-1].lstrip().startswith("-"):
            lines.append("")
        lines.extend(block)
        shown = [item.id for item in new]
    else:
        replace: dict[int, list[str] | None] = {}  # first line index of a child -> its new lines (None: drop)
        drop: set[int] = set()
        for child in root.children:
            mid = child.properties.get(ID_PROP)
            item = by_id.get(mid) if mid else None
            if item is None or mid in shown:
                if mid in shown:
                    drop.update(child.subtree_lines())
                continue
            if item.state == "dismissed":
                drop.update(child.subtree_lines())
                continue
            shown.append(mid)
            if item.state == "kept" and not _shows_kept(child):
                replace[child.lines[0]] = _item_block(item, child.depth)
                drop.update(child.lines[1:])
        new = [item for item in items if item.new and item.id not in shown and item.state != "dismissed"]
        end = max(root.subtree_lines())
        while end > root.lines[0] and not lines[end].strip():
            end -= 1
        out: list[str] = []
        for i, line in enumerate(lines):
            if i in replace:
                out.extend(replace[i] or [])
            elif i not in drop:
                out.append(line)
            if i == end:
                for item in new:
                    out.extend(_item_block(item, root.depth + 1))
        shown += [item.id for item in new]
        lines = out
    result = "\n".join(lines)
    if had_final_newline:
        result += "\n"
    return result, shown


def write_review(settings: Settings, meeting: Meeting, items: list[ReviewItem], sources: list[str],
                 place: str | None) -> tuple[str, list[str]]:
    """The review subtree written (``ReviewHooks`` chose the items): (the page, ids shown)."""
    graph = settings.open_graph()
    rel, new_page = _page_rel(settings, graph, meeting, sources, place)
    path = inside(graph.root, rel)
    if path is None:
        raise RapportError(f"logseq: {rel}: not inside the graph; review checklist not written")
    sid = section_id(meeting)
    title = f"To remember from this meeting: {' '.join(meeting.title.split())}"
    shown: list[str] = []

    def change(text: str) -> tuple[str, bool]:
        updated, ids = merge_subtree(text, sid, title, items)
        shown[:] = ids
        return updated, False

    edit_note(path, lambda: new_page, change)
    return rel, shown


def read_review(settings: Settings, meeting: Meeting, place: str) -> list[ChecklistLine] | None:
    from rapport_plugins import unescape_md

    text = existing_note_text(settings.graph, place)
    if text is None:
        return None
    root = _find_root(parse_page(text), section_id(meeting))
    if root is None:
        return None
    out = []
    for child in root.children:
        m = _MARKER.match(child.title)
        mid = child.properties.get(ID_PROP)
        if m is None and mid is None:
            continue  # a block of the user's own
        marker = m["marker"] if m else ""
        if marker.startswith("CANCEL"):
            continue  # cancelled: as good as deleted
        body = child.title[m.end():] if m else child.title
        out.append(ChecklistLine(id=mid, checked=marker == "DONE", text=unescape_md(body).strip()))
    return out
