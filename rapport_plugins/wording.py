"""How an opener is worded: a few fixed frames per category and per what the memory says.

The same "Ask about the pet: '…'" every week reads mechanical. Each memory gets a frame chosen
from those that fit it (a cue in its text such as "learning" or "planning", else its category),
and the frame changes from meeting to meeting (a stable hash of the memory and the meeting, so a
preview and the delivered briefing agree and tests are repeatable). Frames only ask, or say that
the user noted it: they never attribute, date or add anything, and the memory is always quoted
verbatim, so a prompt states no fact that is not in the memory.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

# Every frame an opener can use; the prompt-grounding test checks prompts use only these words
# (plus the memory's own text and dates).
OPENER_FRAMES: dict[str, tuple[str, ...]] = {
    "pet": ("Ask about the pet: '{text}'.", "Ask how the pet is doing: '{text}'.",
            "You noted: '{text}' - ask for the latest."),
    "hobby": ("Ask how it's going: '{text}'.", "Ask what's new with it: '{text}'.",
              "Let them talk about it: '{text}'."),
    "preference": ("Something they enjoy: '{text}'.", "Ask what's new with it: '{text}'.",
                   "You noted: '{text}' - ask for the latest."),
    "travel": ("Ask about the travels: '{text}'.", "Let them tell the story: '{text}'."),
    "home": ("Ask how things are at home: '{text}'.", "You noted: '{text}' - ask for the latest."),
    "other": ("Return to something they shared: '{text}'.", "Pick up a thread from before: '{text}'.",
              "You noted: '{text}' - ask for the latest."),
    # The user's own note on a contact card ("Met at PyCon DE 2024"): context from the user, not
    # something the person shared.
    "contact_note": ("From your contact notes: '{text}'.", "Your own note on their card: '{text}'."),
    # Cues in the memory's text (checked before the category).
    "progress": ("Ask how it's coming along: '{text}'.", "Ask about the progress: '{text}'."),
    "plan": ("Ask how the plan is going: '{text}'.", "Ask whether it's still on: '{text}'."),
}
CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("progress", re.compile(r"\b(learn(s|ing)?|training|practi[cs](es|ing)|studying|rehears\w*|working on|"
                            r"building|teaching (him|her|them)self)\b", re.I)),
    ("plan", re.compile(r"\b(plans?|planning|hoping|hopes|wants? to|thinking (about|of)|saving (up )?for)\b", re.I)),
)


# "Something they enjoy" only where the text says so: a preference stored for "prefers calls after
# 6pm" or a dislike is no joy (dislikes never reach an opener: care.small_talk keeps them out).
ENJOYS = re.compile(
    r"\b(?:lov(?:e|es|ed|ing)|enjoy\w*|adores?|favou?rite|fan of|fan\b|obsessed|passionate|keen|into\b|likes?|"
    r"liebt|lieblings\w*|genie(?:ß|ss)t|begeistert|encanta\w*|le gusta\w*|me gusta\w*|favorit[oa]s?|apasiona\w*|"
    r"fan(?:átic[oa])? de)", re.I)
JOY_FRAME = "Something they enjoy: '{text}'."


def own_contact_note(memory: Any) -> bool:
    """Whether the memory is only the user's own note on a contact card (not something they said)."""
    return _sources(memory) == {"contacts"} and not getattr(memory, "event_date", None)


def frames_for(memory: Any) -> tuple[str, ...]:
    """The frames that fit this memory: the user's own contact note, a cue in its text, else its
    category's; "You noted" only for what the user wrote down (not their words in a transcript)."""
    text = str(getattr(memory, "text", "") or "")
    if own_contact_note(memory):
        return OPENER_FRAMES["contact_note"]
    frames = next((OPENER_FRAMES[name] for name, pattern in CUES if pattern.search(text)),
                  OPENER_FRAMES.get(str(getattr(memory, "category", "")), OPENER_FRAMES["other"]))
    if _sources(memory) == {"transcript"}:
        frames = tuple(f for f in frames if not f.startswith("You noted")) or frames
    if JOY_FRAME in frames and not _enjoys(text):
        frames = tuple(f for f in frames if f != JOY_FRAME)
    return frames


def _enjoys(text: str) -> bool:
    from .lexicon import dislikes

    return bool(ENJOYS.search(text)) and not dislikes(text)


def _sources(memory: Any) -> set[str]:
    return {str(s.get("source")) for s in getattr(memory, "sources", None) or []} or {getattr(memory, "source", "")}


def opener_frame(memory: Any, meeting_key: str | None = None) -> str:
    """One frame for this memory in this meeting; the first frame when there is no meeting."""
    frames = frames_for(memory)
    if not meeting_key:
        return frames[0]
    digest = zlib.crc32(f"{getattr(memory, 'id', '')}|{meeting_key}".encode())
    return frames[digest % len(frames)]


def all_frames() -> list[str]:
    """Every opener frame (for checks that prompts use only fixed wording)."""
    return [frame for frames in OPENER_FRAMES.values() for frame in frames]
