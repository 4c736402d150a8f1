"""Closing follow-ups after a meeting: never silently, never early, never on someone else's words.

An open follow-up ("the wedding on 18 December: ask how it went") is closed in exactly three ways:

1. ``rapport done ID`` (``--undo`` reopens it);
2. an explicit marker in the meeting's notes - ``done: <topic or #ID>`` or ``asked: <topic or #ID>``
   (also ``followed up:``), optionally naming whose: ``Anna: done: wedding``, ``@Anna asked: #12``,
   ``[[Anna Berg]]: done: the move``. It closes the one open follow-up of that person (or of the
   meeting's attendees) whose words it shares; a marker that fits several is only proposed;
3. ``rapport review`` accepting a *proposed* closing. When a later meeting's notes or transcript
   talk about an open follow-up - a line said by that person, or by you, that shares its content
   words - the closing is proposed with that line as evidence (who said it, file:line), never
   applied. A follow-up is never proposed for closing before its own date.

Proposed closings live in the store's state (``closing:<memory id>``, indexed by ``closings``),
so the memory stays open, and in briefings, until you decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .models import Meeting, MeetingNotes, Person


def opens_follow_up(event_date: date | str | None, recurrence: str | None, today: date) -> bool:
    """Whether a memory's date is something to ask about afterwards: a one-off date from today on
    (a yearly date is a date prompt, a past one was never followed up)."""
    return bool(event_date) and recurrence != "yearly" and str(event_date)[:10] >= today.isoformat()


MARKER = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?"
    r"(?:(?P<who>\[\[[^\]]+\]\]|@[\w.'-]+|[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)\s*:?\s+)?"
    r"(?P<verb>done|asked|followed up)\s*::?\s*(?P<what>\S.*?)\s*$",
    re.IGNORECASE,
)
INDEX = "closings"


@dataclass
class Line:
    """A line that may talk about a follow-up: its text, who said it (None: notes) and where."""

    text: str
    speaker: str | None
    ref: str | None


def _state_key(memory_id: int) -> str:
    return f"closing:{memory_id}"


def proposed_closings(store: Any) -> list[dict[str, Any]]:
    """Closings waiting for ``rapport review``, oldest first."""
    out = []
    for mid in store.get_state(INDEX, []) or []:
        value = store.get_state(_state_key(mid))
        if isinstance(value, dict) and value.get("status") == "proposed":
            out.append(value)
    return out


def decide_closing(store: Any, memory_id: int, accept: bool) -> dict[str, Any] | None:
    """Accept (the follow-up becomes "asked") or dismiss (it stays open) a proposed closing."""
    value = store.get_state(_state_key(memory_id))
    if not isinstance(value, dict) or value.get("status") != "proposed":
        return None
    with store.transaction():
        if accept:
            store.update_memory(memory_id, follow_up="asked")
        value = value | {"status": "accepted" if accept else "dismissed"}
        store.set_state(_state_key(memory_id), value)
        store.set_state(INDEX, [i for i in store.get_state(INDEX, []) or [] if i != memory_id])
    return value


def _propose(store: Any, item: dict[str, Any]) -> bool:
    """Record a proposed closing; False when this meeting's closing was already decided or proposed."""
    old = store.get_state(_state_key(item["id"]))
    if isinstance(old, dict) and old.get("meeting_key") == item["meeting_key"]:
        return old.get("status") == "proposed"  # re-capturing the same notes: nothing new
    store.set_state(_state_key(item["id"]), item | {"status": "proposed"})
    index = [i for i in store.get_state(INDEX, []) or [] if i != item["id"]]
    store.set_state(INDEX, [*index, item["id"]])
    return True


def _earlier(meeting_key: str | None, day: date) -> bool:
    """True when the meeting a memory came from (``uid@start``) was before ``day`` (or is unknown)."""
    if not meeting_key or "@" not in meeting_key:
        return True
    try:
        return date.fromisoformat(meeting_key.rsplit("@", 1)[1][:10]) < day
    except ValueError:
        return True


def _lines(notes: MeetingNotes) -> list[Line]:
    where = notes.ref or notes.source
    if notes.utterances:
        return [Line(u.text, u.speaker, f"{where}:{u.line}" if u.line else where) for u in notes.utterances]
    return [Line(text, None, f"{where}:{i}") for i, text in enumerate(notes.text.splitlines(), 1) if text.strip()]


def _words(memory: Any, person: Person, text: Any) -> set[str]:
    """The follow-up's content words, less the person's own names."""
    names = text.tokens(person.name) | {t for a in person.aliases for t in text.tokens(a)}
    return text.keywords(memory.text) - names


def _fits(words: set[str], line_words: set[str]) -> set[str]:
    overlap = words & line_words
    return overlap if len(overlap) >= 2 or (overlap and len(words) <= 2) else set()


def after_meeting(store: Any, meeting: Meeting, notes: MeetingNotes, people: list[Person], resolver: Any,
                  day: date, dry_run: bool, text: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Close follow-ups the notes mark explicitly; propose closings the notes give evidence for.

    ``resolver`` is capture's People (``resolve(name)``, ``is_me(name)``); ``text`` gives capture's
    ``keywords`` and ``tokens`` (the same words capture compares memories by). Returns (closed, proposed).
    """
    keywords = text.keywords
    open_by_person: dict[int, tuple[Person, list[Any]]] = {}
    for person in people:
        if person.id is None:
            continue
        items = [m for m in store.memories_for(person.id)
                 if m.follow_up == "open" and m.meeting_key != meeting.key
                 and not any(s.get("meeting_key") == meeting.key for s in m.sources)
                 and _earlier(m.meeting_key, day)]  # notes of an older meeting, captured late, asked nothing
        if items:
            open_by_person[person.id] = (person, items)
    if not open_by_person:
        return [], []
    lines = _lines(notes)
    closed: list[dict[str, Any]] = []
    proposed: list[dict[str, Any]] = []
    handled: set[int] = set()

    def item(person: Person, m: Any, line: Line, how: str) -> dict[str, Any]:
        return {"id": m.id, "person": person.name, "text": m.text, "event_date": m.event_date,
                "evidence": line.text.strip(), "who": line.speaker or "notes", "source_ref": line.ref,
                "by_me": bool(line.speaker) and bool(resolver.is_me(line.speaker)),  # said as "you said"
                "meeting_key": meeting.key, "how": how}

    # 1. Explicit markers (notes only: a transcript line is someone's speech, not an instruction).
    for line in [] if notes.utterances else lines:
        found = MARKER.match(line.text)
        if not found:
            continue
        pool = list(open_by_person.values())
        if found["who"]:
            whom = resolver.resolve(found["who"])
            pool = [pair for pair in pool if whom is not None and pair[0].id == whom.id]
        what = found["what"]
        ids = {int(i) for i in re.findall(r"#(\d+)", what)}
        matches = [(p, m) for p, items in pool for m in items if m.id not in handled and (
            m.id in ids if ids else _fits(_words(m, p, text), keywords(what)) or (keywords(what) & _words(m, p, text)))]
        verb = "done" if found["verb"].lower() == "done" else "asked"
        if len(matches) == 1:
            person, m = matches[0]
            if not dry_run:
                store.update_memory(m.id, follow_up=verb)
            closed.append(item(person, m, line, verb))
            handled.add(m.id)
        else:
            for person, m in matches:  # a marker that fits several: propose, don't guess
                entry = item(person, m, line, "marker fits several follow-ups")
                if dry_run or _propose(store, entry):
                    proposed.append(entry)
                handled.add(m.id)

    # 2. Evidence: the person's own words, or yours, on or after the follow-up's date.
    one_to_one = len([p for p in people if p.id is not None]) == 1
    for person, items in open_by_person.values():
        names = {n.lower() for n in [person.name, person.name.split()[0], *person.aliases]}
        for m in items:
            if m.id in handled:
                continue
            event = _day(m.event_date)
            if event is not None and day < event:
                continue  # never before its date: the wedding two weeks away has not happened
            words = _words(m, person, text)
            best: tuple[tuple[int, bool], Line] | None = None
            for line in lines:
                if MARKER.match(line.text):
                    continue
                if not _said_by_or_about(line, person, names, resolver, one_to_one):
                    continue
                overlap = _fits(words, keywords(line.text))
                # the most words in common; of equals, their own answer ("it went well") over your question
                rank = (len(overlap), bool(line.speaker) and not resolver.is_me(line.speaker))
                if overlap and (best is None or rank > best[0]):
                    best = (rank, line)
            if best is not None:
                entry = item(person, m, best[1], "proposed")
                if dry_run or _propose(store, entry):
                    proposed.append(entry)
    return closed, proposed


def _said_by_or_about(line: Line, person: Person, names: set[str], resolver: Any, one_to_one: bool) -> bool:
    """A transcript line said by the person, or by you to them; a notes line about them. In a 1:1
    everything you say or write is about the other person; in a group it has to name them."""
    if line.speaker and not resolver.is_me(line.speaker):
        whom = resolver.resolve(line.speaker)
        return whom is not None and whom.id == person.id
    if one_to_one:
        return True
    low = line.text.lower()
    return any(re.search(rf"\b{re.escape(n)}\b", low) for n in names if n)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
