"""The curiosity question bank: banal, beautiful questions for when little is known about someone.

"Curiosity about the person, not only the problem": hobbies, games, art projects, pets, morning
routines, favourite books. The bank is a fixed, ordered list so rotation is deterministic; each
question has a topic, and a topic the store already knows about (a pet memory, say) is skipped,
because then the briefing has something better to say than a generic question.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Question:
    topic: str
    text: str
    # memory categories that, when already known, make this question redundant
    known_by: tuple[str, ...] = ()


QUESTIONS: tuple[Question, ...] = (
    Question("hobby", "What do you like to do when you're not working?", ("hobby",)),
    Question("pet", "Do you have any pets? What are they like?", ("pet",)),
    Question("routine", "What does a good morning look like for you?"),
    Question("books", "What's a favourite book of yours, or one you're reading now?"),
    Question("games", "Are you playing any games at the moment - video, board or otherwise?"),
    Question("art", "Are you making anything at the moment - an art project, something with your hands?"),
    Question("music", "What have you been listening to lately?"),
    Question("place", "Is there a place you go to recharge?"),
    Question("food", "What's something you've cooked or eaten lately that you loved?"),
    Question("learning", "Is there something you're learning just for fun?"),
    Question("garden", "Do you grow anything - a garden, a balcony, a houseplant you're proud of?"),
    Question("travel", "Is there somewhere you'd love to go next?", ("travel",)),
    Question("weekend", "What made a recent weekend a good one?"),
    Question("childhood", "What's a favourite memory from when you were a kid?"),
)

QUESTION_SOURCE = "question bank"


def eligible(known_categories: Iterable[str]) -> list[int]:
    """Indexes of the questions whose topic the store does not already know about."""
    known = set(known_categories)
    return [i for i, q in enumerate(QUESTIONS) if not known.intersection(q.known_by)]


def start_index(rotation_key: str) -> int:
    """A stable first question for someone never asked (spread people over the bank)."""
    return zlib.crc32(rotation_key.encode("utf-8")) % len(QUESTIONS)


def next_index(last: int | None, rotation_key: str, known_categories: Iterable[str] = ()) -> int | None:
    """The next eligible question after ``last`` (never ``last`` itself); ``None`` if none is left."""
    pool = eligible(known_categories)
    if not pool:
        return None
    n = len(QUESTIONS)
    begin = start_index(rotation_key) if last is None else (last + 1) % n
    for step in range(n):
        i = (begin + step) % n
        if i in pool and i != last:
            return i
    return None


def pick_question(state: dict[str, Any] | None, rotation_key: str, meeting_key: str,
                  known_categories: Iterable[str] = ()) -> tuple[int | None, dict[str, Any] | None]:
    """Choose the question for this meeting given the stored rotation ``state``.

    The same meeting always gets the same question (a preview and the delivered briefing agree);
    a different meeting gets the next one, so no one hears the same question twice in a row.
    Returns the index and the new state to store (``None`` when nothing changes).
    """
    if state and state.get("meeting_key") == meeting_key and isinstance(state.get("index"), int):
        index = state["index"]
        if 0 <= index < len(QUESTIONS):
            return index, None
    last = state.get("last_index") if state else None
    if state and state.get("meeting_key") != meeting_key:
        last = state.get("index")
    index = next_index(last if isinstance(last, int) else None, rotation_key, known_categories)
    if index is None:
        return None, None
    return index, {"index": index, "meeting_key": meeting_key, "last_index": last}


def question_prompt(index: int, person: Any) -> Any:
    """Question ``index`` of the bank as a prompt: it cites no memory (it asks because little is known)."""
    from .models import Prompt

    return Prompt(kind="question", text=QUESTIONS[index].text, memory_ids=[], sources=[QUESTION_SOURCE],
                  person_id=person.id if person else None, score=0.5)
