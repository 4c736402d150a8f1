"""Review inside the note for Notion: capture's proposals as to-do blocks in a toggle rapport owns.

    ▸ To remember from this meeting (rapport: tick to keep, correct to keep as written, delete to dismiss)
        ☐ Rosa Diaz: Puppy called Churro (transcript line 12)  rapport #41
        ☑ Rosa Diaz: Training for the Berlin marathon (kept)  rapport #42

The grey ``rapport #41`` at the end of each to-do is the item's id (Notion has no hidden text); it
is the same id ``rapport review`` shows. The toggle goes at the end of the page the proposals came
from, else the meeting's page (found, or created with ``create_pages``). rapport updates only the
to-dos whose state changed, deletes dismissed ones and appends new ones; the user's other blocks,
inside the toggle or out, are never touched.
"""

from __future__ import annotations

import re
from typing import Any

from rapport_plugins import ChecklistLine, Meeting, ReviewItem

from .blocks import _text_items, plain_text, rich_text

PREFIX = "notion:"
REVIEW_TITLE = "To remember from this meeting (rapport: tick to keep, correct to keep as written, delete to dismiss)"
REVIEW_PREFIX = "To remember from this meeting (rapport"
_ID = re.compile(r"\s*rapport #(?P<id>[A-Za-z0-9_-]{1,40})\s*$")
KEPT = " (kept)"


def is_review(block: dict[str, Any]) -> bool:
    return block.get("type") == "toggle" and plain_text(block).startswith(REVIEW_PREFIX)


def to_do(item: ReviewItem) -> dict[str, Any]:
    """A to-do block for ``item``: plain text (a transcript's words are never markup here), its id in grey."""
    kept = item.state == "kept"
    items = _text_items(item.line + (KEPT if kept else ""))
    items.append({"type": "text", "text": {"content": f"  rapport #{item.id}"},
                  "annotations": {"color": "gray"}})
    return {"object": "block", "type": "to_do", "to_do": {"rich_text": items, "checked": kept}}


def _read(block: dict[str, Any]) -> ChecklistLine:
    text = plain_text(block)
    found = _ID.search(text)
    return ChecklistLine(id=found["id"] if found else None, checked=bool((block.get("to_do") or {}).get("checked")),
                         text=(text[:found.start()] if found else text).strip())


def _page_id(service: Any, meeting: Meeting, sources: list[str], place: str | None) -> str | None:
    if place:
        return place
    for source in sources:
        if source.startswith(PREFIX):
            return source[len(PREFIX):].split(":", 1)[0]
    pages = service.find_pages(meeting)
    if pages:
        return pages[0]["id"]
    return service.create_page(meeting)["id"] if service.settings.create_pages else None


def write_review(service: Any, meeting: Meeting, items: list[ReviewItem], sources: list[str],
                 place: str | None) -> tuple[str, list[str]] | None:
    """The to-dos written (``ReviewHooks`` chose the items): (the page id, ids shown); None without a page."""
    page_id = _page_id(service, meeting, sources, place)
    if page_id is None:
        return None
    client = service.client
    toggle = next((b for b in client.children(page_id) if is_review(b)), None)
    by_id = {item.id: item for item in items}
    shown: list[str] = []
    if toggle is not None:
        for block in client.children(toggle["id"]):
            if block.get("type") != "to_do":
                continue
            seen = _read(block)
            item = by_id.get(seen.id) if seen.id else None
            if item is None or seen.id in shown:
                continue
            if item.state == "dismissed":
                client.delete_block(block["id"])
                continue
            shown.append(item.id)
            if item.state == "kept" and not (seen.checked and seen.text.endswith(KEPT.strip())):
                client.update_block(block["id"], {"to_do": to_do(item)["to_do"]})
    new = [item for item in items if item.new and item.id not in shown and item.state != "dismissed"]
    blocks = [to_do(item) for item in new]
    if toggle is None and blocks:
        toggle = {"object": "block", "type": "toggle",
                  "toggle": {"rich_text": rich_text(REVIEW_TITLE), "children": blocks[:99]}}
        toggle_id = client.append_children(page_id, [toggle])[0]["id"]
        blocks = blocks[99:]
    else:
        toggle_id = toggle["id"] if toggle else None
    for start in range(0, len(blocks), 100):
        client.append_children(toggle_id, blocks[start:start + 100])
    shown += [item.id for item in new]
    return page_id, shown


def read_review(service: Any, meeting: Meeting, place: str) -> list[ChecklistLine] | None:
    from .client import NotionNotFound

    client = service.client
    try:
        toggle = next((b for b in client.children(place) if is_review(b)), None)
    except NotionNotFound:
        return None  # the page is gone
    if toggle is None:
        return None
    return [_read(block) for block in client.children(toggle["id"]) if block.get("type") == "to_do"]
