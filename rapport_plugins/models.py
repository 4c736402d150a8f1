"""Plain data shapes shared by the core and every plugin.

Plugins exchange these values through hooks; they are deliberately simple dataclasses so a
third-party integration can build them without touching the store or the engine.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

CATEGORIES = (
    "pet", "family", "hobby", "work", "travel", "health", "loss", "milestone",
    "preference", "home", "education", "birthday", "anniversary", "other",
)
SENSITIVITIES = ("light", "personal", "sensitive")
RESPONSES = ("accepted", "tentative", "declined", "needs-action")  # an attendee's answer to an invitation
FOLLOW_UP_STATES = ("open", "asked", "done")
REVIEW_STATES = ("proposed", "kept", "dismissed")


@dataclass
class Attendee:
    """Someone on a meeting's guest list, as the calendar names them."""

    email: str | None = None
    name: str | None = None
    response: str | None = None  # accepted / declined / tentative / needs-action
    is_self: bool = False
    is_resource: bool = False  # rooms and equipment are not people
    organizer: bool = False
    optional: bool = False  # invited as optional (ROLE=OPT-PARTICIPANT, Google/Graph "optional")

    @property
    def label(self) -> str:
        return self.name or self.email or "?"


@dataclass
class Meeting:
    """One occurrence of a calendar event (a recurring event yields one Meeting per instance)."""

    uid: str
    title: str
    start: datetime | date
    end: datetime | date
    attendees: list[Attendee] = field(default_factory=list)
    organizer: Attendee | None = None
    location: str = ""
    description: str = ""
    source: str = ""  # e.g. "ics:/path/to/file.ics" or "caldav:https://host/cal/"
    all_day: bool = False
    status: str = "confirmed"  # confirmed / tentative / cancelled
    recurrence_id: str | None = None  # the instance's original start, for recurring events
    timezone: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The user's own answer to the invitation (one of RESPONSES), where the calendar says it for
    # the event as a whole (Graph's responseStatus). Otherwise the core reads it from the user's
    # attendee line; None when nobody says (the user organises it, or a plain appointment).
    my_response: str | None = None

    @property
    def declined(self) -> bool:
        """The user said no: not their next meeting, and nothing to brief."""
        return self.my_response == "declined"

    @property
    def key(self) -> str:
        """Stable identity of this instance: uid plus start."""
        return f"{self.uid}@{self.start.isoformat()}"

    def people(self) -> list[Attendee]:
        """Attendees who are people (not rooms), organiser included, self excluded."""
        seen: set[str] = set()
        out: list[Attendee] = []
        candidates = list(self.attendees)
        if self.organizer:
            candidates.append(self.organizer)
        for a in candidates:
            if a.is_resource or a.is_self:
                continue
            k = (a.email or a.name or "").lower()
            if not k or k in seen:
                continue
            seen.add(k)
            out.append(a)
        return out


_NOTE_UPDATE = re.compile(r"^[\s>*+-]*\*\*Update:\*\* ")  # a correction rapport put on top of a briefing


@dataclass
class Correction:
    """A meeting whose briefing was already sent has moved or been cancelled since.

    ``text`` is the one line to show ("Moved: 1-1 Anna, Thu 2 Apr 10:00 → now Thu 2 Apr 15:00");
    it names only the meeting's title and times, so a shared sink may send it as it is.
    """

    kind: str  # "moved" or "cancelled"
    title: str
    was: datetime | date  # the start the briefing was for
    text: str
    start: datetime | date | None = None  # the new start ("moved")
    serial: int = 1  # the how-manieth correction of this meeting's briefing
    displayed: bool = False  # already shown (`rapport run --json` carries it in its report instead)

    @property
    def restores(self) -> bool:
        """Moved back to the time the briefing was for: what it said is true again."""
        return self.kind == "moved" and self.start == self.was

    def in_note(self, lines: list[str], bullet: str = "> ", gap: bool = True) -> list[str]:
        """The lines of a briefing a notes sink wrote, with this correction as their first line
        (``> **Update:** Moved: …``, Markdown-escaped, replacing an earlier update), or with none
        when the meeting is back at its briefed time. ``bullet`` starts the line (``"\t- "`` for a
        Logseq child block); ``gap`` puts a blank line after it."""
        from .escaping import md_inline

        rest = list(lines)
        if rest and _NOTE_UPDATE.match(rest[0]):
            rest = rest[1:]
            if rest and not rest[0].strip():
                rest = rest[1:]
        if self.restores:
            return rest
        return [f"{bullet}**Update:** {md_inline(self.text)}", *([""] if gap and rest else []), *rest]

    @property
    def key(self) -> str:
        """This change, for sinks that remember what they sent: another move is another correction."""
        change = f"{self.kind}@{self.start.isoformat()}" if self.start is not None else self.kind
        return f"{self.serial}:{change}"


@dataclass
class Window:
    """A half-open time range [start, end) in which calendar sources list meetings."""

    start: datetime
    end: datetime


@dataclass
class Person:
    """Someone you meet; emails and aliases are the keys that match calendar attendees."""

    name: str
    emails: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    id: int | None = None
    card_uid: str | None = None  # vCard UID, when imported from contacts
    note_ref: str | None = None  # people note in the notes tool (path or id)
    org: str | None = None
    title: str | None = None
    is_me: bool = False
    created_at: str | None = None
    timezone: str | None = None  # IANA name their contact card gives (vCard TZ), e.g. America/New_York


@dataclass
class Contact:
    """A person as a contacts source (vCard, CardDAV, ...) describes them.

    ``dates`` holds yearly dates such as birthdays: ``{"kind": "birthday", "month": 5,
    "day": 17, "year": 1990 | None}``. ``notes`` become light memories.
    """

    name: str
    emails: list[str] = field(default_factory=list)
    uid: str | None = None
    aliases: list[str] = field(default_factory=list)
    org: str | None = None
    title: str | None = None
    dates: list[dict[str, Any]] = field(default_factory=list)
    related: list[dict[str, str]] = field(default_factory=list)
    note: str | None = None
    source: str = ""
    note_ref: str | None = None  # the person's note in a notes tool (path or id), copied to Person.note_ref
    timezone: str | None = None  # an IANA zone name (vCard TZ), copied to Person.timezone
    # A second-hand source (e.g. a calendar's birthday events): it only fills in dates of people
    # already known, by exact name, where no other source gives that kind of date; it never adds people.
    dates_only: bool = False


@dataclass
class Memory:
    """One remembered detail about a person. Nothing here is invented: ``source`` says where it came from."""

    person_id: int
    text: str
    category: str = "other"
    sensitivity: str = "light"
    source: str = "manual"  # meeting / notes / transcript / manual / import / contacts
    source_ref: str | None = None  # e.g. "notes/2026-04-01 1-1.md:12"
    captured_at: str | None = None  # ISO datetime
    event_date: str | None = None  # ISO date the detail refers to
    event_text: str | None = None  # the phrase as said ("next Friday"), kept when unresolved
    recurrence: str | None = None  # "yearly" for birthdays and anniversaries
    follow_up: str | None = None  # open / asked / done
    review: str = "kept"  # proposed / kept / dismissed
    pinned: bool = False
    confirmed_at: str | None = None
    meeting_key: str | None = None
    id: int | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    # A team store's: who wrote it when it was not this user (None: the user, or a one-person store),
    # and whether the team sees it (None: the store's default, light shared, the rest private).
    author: str | None = None
    shared: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Candidate:
    """A memory proposed by an extractor, before it is matched to a person and stored.

    ``explicit`` candidates come from markers the user wrote (``remember: ...``) and are stored
    directly; the others wait for ``rapport review``.
    """

    text: str
    person: str | None = None  # name, alias, email or [[link]] target as written
    category: str | None = None
    sensitivity: str | None = None
    event_date: str | None = None
    event_text: str | None = None
    recurrence: str | None = None
    explicit: bool = False
    source: str = "notes"
    source_ref: str | None = None
    speaker: str | None = None
    confidence: float = 1.0
    context: str | None = None  # the sentence said just before, when the text speaks of "that day"


@dataclass
class Utterance:
    """One turn in a transcript."""

    speaker: str | None
    text: str
    start: float | None = None  # seconds from the start of the recording
    end: float | None = None
    line: int | None = None


@dataclass
class MeetingNotes:
    """What was written or said in a meeting: a note, or a transcript normalised to utterances."""

    text: str
    source: str  # "notes" / "transcript" / integration name
    ref: str | None = None  # path or id of the note
    kind: str = "notes"  # notes / transcript
    utterances: list[Utterance] = field(default_factory=list)
    meeting_uid: str | None = None
    meeting_date: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # A recording's transcript does not change once made: after it is captured, ``rapport run``
    # stops asking the plugin that gave it about this meeting (a note can still be edited: False).
    final: bool = False


@dataclass
class NotesPending:
    """``rapport_meeting_notes`` answer for a transcript the meeting tool has not made yet (still
    processing, no file yet): ``rapport run`` asks again on later runs, and after
    ``give_up_after`` hours from the first answer gives up and says so in the run's summary and
    in ``rapport review``. ``reason`` is one line for the user, never a secret."""

    source: str
    reason: str
    give_up_after: float = 12.0  # hours


@dataclass
class Prompt:
    """A rapport prompt: what to say or ask, and the memories it came from."""

    kind: str  # opener / follow_up / date / deep / question / shared_ground / stale
    text: str
    memory_ids: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    person_id: int | None = None
    score: float = 0.0


@dataclass
class ReviewItem:
    """One proposal as a line of a meeting note's review checklist (``rapport_review_write``)."""

    id: str  # stable across the user's edits (the memory id): write it where the user will not erase it
    line: str  # one line of plain text, "Rosa: puppy called Churro (transcript line 12)"; escape it for the note
    state: str = "proposed"  # proposed (unticked) / kept (ticked, shown as kept) / dismissed (take it out)
    sensitivity: str = "light"
    new: bool = True  # not in this note yet: add it. Already written and now missing: the user deleted it


@dataclass
class ChecklistLine:
    """A checklist item as the user left it in a note (``rapport_review_read``)."""

    id: str | None  # the item's id; None for a checkbox in the section whose id marker was lost
    checked: bool
    text: str  # the visible text, markup undone, without the id marker
