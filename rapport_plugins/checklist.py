"""The review checklist as Markdown lines: one format for every notes tool that stores Markdown.

    - [ ] Rosa Diaz: Puppy called Churro (transcript line 12) <!-- rapport-id:41 -->
    - [x] Rosa Diaz: Training for the Berlin marathon (kept) <!-- rapport-id:42 -->

The id in the HTML comment (hidden by Obsidian's and Joplin's viewers) is what survives the user's
edits; the text is escaped with :func:`md_inline`, so a proposal can never close the comment, forge
an id or a section marker, or start a line of its own. Notes integrations call these helpers from
``rapport_review_write``/``rapport_review_read``; rapport-logseq and rapport-notion write the same
items as TODO/DONE blocks and to-do blocks.
"""

from __future__ import annotations

import re
from typing import Any

from .escaping import md_inline, unescape_md
from .models import ChecklistLine, ReviewItem

_BOX = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+\[(?P<mark>[ xX])\](?:[ \t]+(?P<text>.*?))?[ \t]*$")
_ID = re.compile(r"[ \t]*<!--[ \t]*rapport-id:(?P<id>[A-Za-z0-9_-]{1,40})[ \t]*-->[ \t]*$")
KEPT = " (kept)"
HEADING = "## To remember from this meeting"
HINT = ("Tick what is right, correct a line to keep it as you wrote it, delete what is wrong; "
        "rapport picks it up on its next run.")
_RANK = {"light": 0, "personal": 1, "sensitive": 2}


def item_id(line: str) -> str | None:
    """The id marker at the end of a checklist line, if any."""
    m = _ID.search(line)
    return m["id"] if m else None


def render_line(item: ReviewItem, indent: str = "") -> str:
    """One checklist line for ``item``: unticked while proposed, ticked and "(kept)" once kept."""
    kept = item.state == "kept"
    return f"{indent}- [{'x' if kept else ' '}] {md_inline(item.line)}{KEPT if kept else ''} <!-- rapport-id:{item.id} -->"


def _shows_kept(line: str) -> bool:
    m = _BOX.match(line)
    text = _ID.sub("", (m["text"] or "") if m else "")
    return bool(m) and m["mark"] in "xX" and text.endswith(KEPT)


def checklist_lines(lines: list[str]) -> list[ChecklistLine]:
    """Every checkbox line among ``lines`` as the user left it (ticked or not, its text, its id)."""
    out = []
    for line in lines:
        m = _BOX.match(line)
        if not m:
            continue
        text = m["text"] or ""
        found = _ID.search(text)
        if found:
            text = text[:found.start()]
        out.append(ChecklistLine(id=found["id"] if found else None, checked=m["mark"] in "xX",
                                 text=unescape_md(text).strip()))
    return out


def merge_checklist(lines: list[str], items: list[ReviewItem], heading: list[str] | None = None) -> tuple[list[str], list[str]]:
    """``lines`` (the section's body, the user's own lines included) brought up to date with ``items``.

    A kept item's line is ticked and says "(kept)"; a dismissed item's line goes; a proposed item's
    line is left exactly as the user has it (a tick or an edit made since the last read is theirs to
    be read next time); a new item is added after the last checklist line. Lines without an id,
    and ids rapport does not know, are kept as they are. Returns (lines, ids shown).
    """
    by_id = {item.id: item for item in items}
    body = list(lines) if lines else list(heading if heading is not None else [HEADING, HINT, ""])
    out: list[str] = []
    shown: list[str] = []
    last_box = -1
    for line in body:
        m = _BOX.match(line)
        found = item_id(line) if m else None
        item = by_id.get(found) if found else None
        if item is None or found in shown:
            if found in shown:
                continue  # a copy of an item already listed: one line per item
            out.append(line)
            if m:
                last_box = len(out) - 1
            continue
        if item.state == "dismissed":
            continue
        if item.state == "kept" and not _shows_kept(line):
            line = render_line(item, m["indent"])
        out.append(line)
        shown.append(item.id)
        last_box = len(out) - 1
    new = [render_line(item) for item in items
           if item.new and item.id not in shown and item.state != "dismissed"]
    shown += [item.id for item in items if item.new and item.id not in shown and item.state != "dismissed"]
    if new:
        if last_box < 0:
            while out and not out[-1].strip():
                out.pop()
            last_box = len(out) - 1
        out[last_box + 1:last_box + 1] = new
    return out, shown


def review_items_for_note(items: list[ReviewItem], config: Any, shared: bool) -> list[ReviewItem]:
    """The items a note may hold: all of them in the user's own note; in a note others can read, the
    light ones (and personal ones with ``[briefing] allow_personal_in_shared``). A sensitive
    proposal is never written into a shared note, whatever the settings: it is unreviewed text."""
    if not shared:
        return list(items)
    section = config.section("briefing") if config is not None else {}
    allowed = 1 if section.get("allow_personal_in_shared") else 0
    return [i for i in items if _RANK.get(i.sensitivity, 2) <= allowed]
