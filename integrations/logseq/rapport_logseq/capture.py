"""Reading a Logseq page for a meeting, and its ``remember`` blocks as Candidates."""

from __future__ import annotations

from pathlib import Path

from rapport_markdown import attendee_names, is_known, notes_text
from rapport_plugins import Candidate, Meeting, MeetingNotes

from .graph import Graph, page_name
from .outline import parse_page, property_list
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
    """The page's markers, read with the core's one grammar (``remember:: x`` block properties
    included); a marker with no name of its own belongs to the nearest parent block that names
    a person (an attendee or a person page)."""
    from rapport_plugins import find_markers

    page = parse_page(notes.text)
    content = [""] * len(notes.text.split("\n"))  # each block's lines without bullet and indent
    parents: dict[int, list[str]] = {}
    for block in page.walk():
        titles = []
        node = block.parent
        while node is not None:
            titles.append(node.title)
            node = node.parent
        for index, line in zip(block.lines, block.text, strict=True):
            content[index] = line
            parents[index + 1] = titles
    rel = notes.extra.get("rel") or notes.ref or ""
    return find_markers("\n".join(content), rel, attendee_names(meeting, notes),
                        is_person=is_known(graph.person_names() if graph is not None else {}),
                        parents_of=lambda line: parents.get(line, []))
