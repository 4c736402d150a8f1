"""Built-in plugin ``rules-extractor``: explicit markers and rule-based proposals, offline.

Block it (``[plugins] block = ["rules-extractor"]``) to let another extractor, such as an
LLM-based plugin, do the job alone; leave it on to have both.
"""

from __future__ import annotations

import re

from rapport_plugins import hookimpl


def _known_names(meeting) -> list[str]:
    if meeting is None:
        return []
    return [a.name for a in meeting.people() if a.name]


@hookimpl
def rapport_after_meeting(meeting, notes, config):
    """Explicit markers in a written note no notes integration reads (it is called after them, and
    capture takes the first answer), and in a transcript: the user's own lines, and lines of notes
    written as ``Name: remember: ...`` (which read as a transcript)."""
    from rapport_plugins.markers import find_markers

    if notes is None:
        return None
    names = _known_names(meeting) or [str(n) for n in (notes.extra or {}).get("attendees") or [] if n]
    if notes.kind == "transcript":
        return transcript_markers(meeting, notes, config, names)
    return find_markers(notes.text, notes.ref, names)


def _my_names(meeting, config) -> list[str]:
    section = config.section("me") if config is not None and hasattr(config, "section") else {}
    names = [section.get("name"), *(section.get("aliases") or [])]
    if meeting is not None:
        names += [a.name for a in meeting.attendees if a.name and getattr(a, "is_self", False)]
    return [n for n in names if isinstance(n, str) and n.strip()]


# a "speaker" ending in a marker word: "Pepa NB", "Kate remember", "Jörg wichtig" (a note line, not a turn)
_LABEL_MARKER = re.compile(r"\S\s+(?:nb|n\.b\.|ps|p\.s\.|remember|reminder|merken|wichtig|recordar|ojo|nota|notiz|"
                           r"importante|important|fyi|btw)$", re.IGNORECASE)


def transcript_markers(meeting, notes, config, names: list[str]) -> list:
    """Markers in a transcript's turns, in a written form only (``remember:``, ``#remember``: nobody
    says a colon; "Good to know, we're a nut-free office" is speech): the user's own turn ("Me:
    remember: her son starts school") or another's, which is then about that speaker unless it names
    someone ("Kate: remember: daughter's recital on Friday", in notes that read as a transcript)."""
    from rapport_plugins.extract import _is_me, is_generic_speaker
    from rapport_plugins.lexicon import classify
    from rapport_plugins.markers import WRITTEN_MARKER, clean_markup, find_markers

    me = [*_my_names(meeting, config), "me", "I", "ich", "yo", "myself"]
    out = []
    ref = notes.ref or notes.source
    for u in notes.utterances:
        mine = u.speaker is None or is_generic_speaker(u.speaker) or _is_me(u.speaker, me)
        text = u.text
        if not WRITTEN_MARKER.search(text):
            if not (u.speaker and _LABEL_MARKER.search(u.speaker)):
                continue
            # "Pepa NB: cumple 50 en agosto" in notes that read as a transcript: the marker sits in what was
            # taken for the speaker's name; the line is read whole, its person is the name before the keyword
            text, mine = f"{u.speaker}: {u.text}", False
        place = f"{ref}:{u.line}" if u.line else ref
        for c in find_markers(text, None, names, ref_for=lambda _line, place=place: place):
            if not mine and not classify(c.text).is_topic:
                continue  # "Remember: the deadline is Friday" said in a meeting is not a note about anyone
            if c.person is None and not mine:
                c.person = clean_markup(u.speaker)
            out.append(c)
    return out


@hookimpl
def rapport_extract_memories(text, context):
    """Proposals: other people's self-disclosures in transcripts, details about people in free notes."""
    from rapport_plugins.extract import propose

    return propose(text, context or {})
