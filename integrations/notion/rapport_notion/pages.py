"""Meeting pages in a Notion database: finding them, reading them, writing the briefing into them.

A page belongs to a meeting when its date property falls on the meeting's day (in the meeting's
time zone) and its title contains the meeting's title. The briefing lives in one toggle block the
tool owns, recognised by its title; a re-run puts the new toggle right after the old one and then
deletes the old one, so the user's blocks are never touched and the briefing keeps its place.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from rapport_plugins import Meeting, MeetingNotes, RapportError

from .blocks import block_line, markdown_to_blocks, plain_text, rich_text
from .client import NotionClient
from .review import is_review
from .settings import NotionSettings

SOURCE = "notion"

MARKER = "Rapport briefing (written by rapport; edits inside are replaced)"
MARKER_PREFIX = "Rapport briefing (written by rapport"  # what identifies the toggle the tool owns
MAX_BATCH = 100  # Notion's cap on children in one append request
MAX_DEPTH = 3  # how deep nested blocks are read for notes


def meeting_date(meeting: Meeting) -> date:
    start = meeting.start
    return start.date() if isinstance(start, datetime) else start


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def is_ours(block: dict[str, Any]) -> bool:
    return block.get("type") == "toggle" and plain_text(block).startswith(MARKER_PREFIX)


def page_title(page: dict[str, Any]) -> str:
    for prop in (page.get("properties") or {}).values():
        if prop.get("type") == "title":
            return "".join(i.get("plain_text") or (i.get("text") or {}).get("content", "")
                           for i in prop.get("title", []))
    return ""


def page_day(page: dict[str, Any], prop_name: str, meeting: Meeting) -> date | None:
    """The page's date on the meeting's calendar (a datetime is moved into the meeting's zone)."""
    prop = (page.get("properties") or {}).get(prop_name) or {}
    start = ((prop.get("date") or {}).get("start")) if prop.get("type") == "date" else None
    if not start:
        return None
    if len(start) == 10:
        return date.fromisoformat(start)
    moment = datetime.fromisoformat(start)
    if moment.tzinfo and isinstance(meeting.start, datetime) and meeting.start.tzinfo:
        moment = moment.astimezone(meeting.start.tzinfo)
    return moment.date()


class NotionMeetings:
    """The integration's work over one client."""

    def __init__(self, settings: NotionSettings, client: NotionClient | None = None):
        self.settings = settings
        self.client = client or NotionClient(
            settings.base_url, settings.token, settings.notion_version, timeout=settings.timeout,
            max_retries=settings.max_retries, max_retry_wait=settings.max_retry_wait,
            requests_per_second=settings.requests_per_second)
        self._data_source_id = settings.data_source_id

    def data_source_id(self) -> str:
        """The meetings data source; a database id is resolved to its first data source."""
        if self._data_source_id is None:
            sources = self.client.database(self.settings.database_id or "").get("data_sources") or []
            if not sources:
                raise RapportError(f"notion database {self.settings.database_id} has no data source")
            self._data_source_id = sources[0]["id"]
        return self._data_source_id

    # --- finding ---------------------------------------------------------------------------
    def find_pages(self, meeting: Meeting) -> list[dict[str, Any]]:
        """The meeting's pages, most recently edited first."""
        wanted = _norm(meeting.title)
        if not wanted:
            return []  # an untitled meeting would match every page of the day
        day = meeting_date(meeting)
        prop = self.settings.date_property
        # A day either side on the server (time zones), the exact day checked here.
        query = {"and": [
            {"property": prop, "date": {"on_or_after": (day - timedelta(days=1)).isoformat()}},
            {"property": prop, "date": {"on_or_before": (day + timedelta(days=1)).isoformat()}},
        ]}
        pages = [
            page for page in self.client.query(self.data_source_id(), query)
            if not page.get("in_trash") and not page.get("archived")
            and page_day(page, prop, meeting) == day and wanted in _norm(page_title(page))
        ]
        return sorted(pages, key=lambda p: p.get("last_edited_time", ""), reverse=True)

    def read_lines(self, block_id: str, depth: int = 0) -> tuple[list[str], list[str]]:
        """The page's text, one line per block (nested blocks indented), with each line's block id."""
        lines: list[str] = []
        ids: list[str] = []
        for block in self.client.children(block_id):
            if is_ours(block) or is_review(block):
                continue  # the tool's own briefing and review checklist are not the user's notes
            line = block_line(block, depth)
            if line is not None:
                lines.append(line)
                ids.append(block["id"])
            if block.get("has_children") and depth + 1 < MAX_DEPTH and block.get("type") not in (
                    "child_page", "child_database", "synced_block"):
                more, more_ids = self.read_lines(block["id"], depth + 1)
                lines += more
                ids += more_ids
        return lines, ids

    # --- writing ---------------------------------------------------------------------------
    def notes_for(self, meeting: Meeting) -> list[MeetingNotes]:
        """The meeting's pages as notes; ``extra["block_ids"]`` holds each line's block (for citing)."""
        found = []
        for page in self.find_pages(meeting):
            lines, block_ids = self.read_lines(page["id"])
            found.append(MeetingNotes(
                text="\n".join(lines), source=SOURCE, ref=f"{SOURCE}:{page['id']}", meeting_uid=meeting.uid,
                meeting_date=meeting_date(meeting).isoformat(), title=page_title(page),
                extra={"block_ids": block_ids, "url": page.get("url")},
            ))
        return found

    def deliver(self, meeting: Meeting, markdown: str) -> str | None:
        """Put the briefing into the meeting's page; return where, or None if there is no page."""
        pages = self.find_pages(meeting)
        if pages:
            page = pages[0]
        elif self.settings.create_pages:
            page = self.create_page(meeting)
        else:
            return None
        blocks = markdown_to_blocks(markdown)
        old = [b for b in self.client.children(page["id"]) if is_ours(b)]
        if len(old) == 1 and self._same_content(old[0]["id"], blocks):
            return f"notion:{page_title(page)}"
        toggle = {"object": "block", "type": "toggle",
                  "toggle": {"rich_text": rich_text(MARKER), "children": blocks[:MAX_BATCH - 1]}}
        created = self.client.append_children(page["id"], [toggle], after=old[0]["id"] if old else None)
        toggle_id = created[0]["id"]
        rest = blocks[MAX_BATCH - 1:]
        for start in range(0, len(rest), MAX_BATCH):
            self.client.append_children(toggle_id, rest[start:start + MAX_BATCH])
        for block in old:
            self.client.delete_block(block["id"])
        return f"notion:{page_title(page)}"

    def correct(self, meeting: Meeting, correction: Any) -> str | None:
        """Say on the briefing toggle's own line that the meeting moved or was cancelled (its title
        is ours; the blocks inside stay as written); None when the page has no briefing toggle."""
        from rapport_plugins import md_inline

        for page in self.find_pages(meeting):
            toggle = next((b for b in self.client.children(page["id"]) if is_ours(b)), None)
            if toggle is None:
                continue
            title = MARKER if correction.restores else f"{MARKER} — **Update:** {md_inline(correction.text)}"
            self.client.update_block(toggle["id"], {"toggle": {"rich_text": rich_text(title)}})
            return f"notion:{page_title(page)}"
        return None

    def _same_content(self, toggle_id: str, blocks: list[dict[str, Any]]) -> bool:
        current = [(b.get("type"), plain_text(b)) for b in self.client.children(toggle_id)]
        return current == [(b["type"], plain_text(b)) for b in blocks]

    def create_page(self, meeting: Meeting) -> dict[str, Any]:
        source_id = self.data_source_id()
        schema = self.client.data_source(source_id).get("properties") or {}
        title_prop = next((name for name, p in schema.items() if p.get("type") == "title"), "Name")
        start = meeting.start.isoformat()
        return self.client.create_page({
            "parent": {"type": "data_source_id", "data_source_id": source_id},
            "properties": {
                title_prop: {"title": rich_text(meeting.title)},
                self.settings.date_property: {"date": {"start": start}},
            },
        })
