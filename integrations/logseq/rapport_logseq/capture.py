"""Reading a Logseq page for a meeting, and its ``remember`` blocks as Candidates."""

from __future__ import annotations

from pathlib import Path

from rapport_markdown import heading_person, notes_text, parse_marker_line
from rapport_plugins import Candidate, Meeting, MeetingNotes

from .graph import Graph, page_name
from .outline import Block, parse_page, property_list
from .owned import blank_owned

SOURCE = "logseq"


def read_page(path: Path, rel: str, keep_blocks_mentioning: str | None = None) -> MeetingNotes:
    """A page as MeetingNotes; in a journal, only the blocks that mention the meeting's title are kept
    (other meetings of the day are not this meeting's notes). Line numbers are kept."""
    text = blank_owned(notes_text(path, SOURCE))
    page = parse_page(text)
    if keep_blocks_mentioning:
        want = keep_blocks_mentioning.casefold()
        keep: set[int] = set()
        for block in page.blocks:
            if want in block.title.casefold():
                keep.update(block.subtree_lines())
        lines = text.split("\n")
        text = "\n".join(line if i in keep else "" for i, line in enumerate(lines))
    props = page.properties
    return MeetingNotes(
        text=text, source=SOURCE, ref=str(path), kind="notes",
        meeting_uid=props.get("uid") or props.get("meeting-uid") or None,
        meeting_date=(props.get("date") or "")[:10] or None,
        title=props.get("title") or page_name(path.name[:-3]),
        extra={"rel": rel, "attendees": property_list(props.get("attendees"))},
    )


def candidates(meeting: Meeting | None, notes: MeetingNotes, graph: Graph | None) -> list[Candidate]:
    """``remember:: x`` / ``remember: x`` / ``[remember:: x]`` / ``#remember`` in blocks; attribution from
    ``@Name:`` / ``[[Person]]:`` in the block, else the nearest parent block that names a person."""
    names: set[str] = set()
    for a in meeting.people() if meeting is not None else []:
        names.update(k.casefold() for k in (a.name, a.email, (a.name or "").split(" ")[0]) if k)
    for entry in notes.extra.get("attendees") or []:
        names.update({entry.casefold(), entry.split(" ")[0].casefold()})
    known = graph.person_names() if graph is not None else {}

    def is_person(name: str) -> bool:
        key = name.strip().casefold()
        return bool(key) and (key in names or key in known)

    page = parse_page(notes.text)
    rel = notes.extra.get("rel") or notes.ref or ""
    out: list[Candidate] = []
    for block in page.walk():
        context = _parent_person(block, is_person)
        in_fence = False
        for index, line in zip(block.lines, block.text, strict=True):
            if line.strip().startswith("```"):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            for text, person in parse_marker_line(line):
                out.append(Candidate(text=text, person=person or context, explicit=True, source="notes",
                                     source_ref=f"{rel}:{index + 1}"))
    return out


def _parent_person(block: Block, is_person) -> str | None:
    node = block.parent
    while node is not None:
        title = node.title.lstrip("#").strip()
        person = heading_person(title, is_person)
        if person:
            return person
        node = node.parent
    return None
