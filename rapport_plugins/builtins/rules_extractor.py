"""Built-in plugin ``rules-extractor``: explicit markers and rule-based proposals, offline.

Block it (``[plugins] block = ["rules-extractor"]``) to let another extractor, such as an
LLM-based plugin, do the job alone; leave it on to have both.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


def _known_names(meeting) -> list[str]:
    if meeting is None:
        return []
    return [a.name for a in meeting.people() if a.name]


@hookimpl
def rapport_after_meeting(meeting, notes, config):
    """Explicit markers in a written note no notes integration reads (it is called after them, and
    capture takes the first answer). Transcripts have none."""
    from rapport_plugins.markers import find_markers

    if notes is None or notes.kind == "transcript":
        return None
    names = _known_names(meeting) or [str(n) for n in (notes.extra or {}).get("attendees") or [] if n]
    return find_markers(notes.text, notes.ref, names)


@hookimpl
def rapport_extract_memories(text, context):
    """Proposals: other people's self-disclosures in transcripts, details about people in free notes."""
    from rapport_plugins.extract import propose

    return propose(text, context or {})
