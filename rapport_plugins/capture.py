"""After a meeting: turn its notes or transcript into memories ("remember this").

The pipeline: parse the file (``rapport_parse_notes``), find the meeting, collect candidates
(``rapport_after_meeting`` for explicit markers, ``rapport_extract_memories`` for proposals),
give each a person, a category, a sensitivity and a date, then store them: explicit markers
as kept memories, proposals for review. Everything keeps its source; capturing the same file
twice stores nothing new; one transaction, so a crash half-way stores nothing.
"""

from __future__ import annotations

import hashlib
import re
import shlex
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .clauses import clause_around
from .context import Context
from .dates import find_date, is_birthday_occasion, said_with_a_verb, tense, writer_order
from .errors import RapportError
from .lexicon import STANDING, classify, names_a_relative
from .models import Attendee, Candidate, Meeting, MeetingNotes, Memory, NotesPending, Person
from .store import normalise

# A note names its meeting's uid: the calendars are asked for it this many days either side of the
# note's date (a day first), never over years of a recurring series.
UID_SEARCH_DAYS = 7

SIMILAR = 0.85  # token-set similarity above which two texts are the same memory
STOP_WORDS = set(
    "a an the and or but of to in on at for with from by about is are was were be been being has have had "
    "do does did will would can could should may might must this that these those it its they them their "
    "he she him her his hers we our us you your i me my mine just really very so too also still going "
    "get got next last week weeks month day days year on off up down out over new old said says told "
    "mentioned after before then than when while some any all more most".split()
) | {
    # time words say when, not what: "Friday" in a later note is not news about the surgery
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
    "tonight", "weekend", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "christmas", "easter", "end", "mid", "early", "late",
    "two", "three", "four", "five", "six", "time", "soon", "this", "that",
}


@dataclass
class CaptureResult:
    """What a capture did (or, with ``dry_run``, would do)."""

    meeting: dict[str, Any]
    source: str
    stored: list[dict[str, Any]] = field(default_factory=list)
    proposed: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    unattributed: list[dict[str, Any]] = field(default_factory=list)
    asked: list[dict[str, Any]] = field(default_factory=list)  # follow-ups closed by a done:/asked: marker
    closings: list[dict[str, Any]] = field(default_factory=list)  # closings proposed for `rapport review`
    dry_run: bool = False
    how: str = ""  # how the meeting was chosen (said in the summary)
    in_notes: list[str] = field(default_factory=list)  # notes whose review checklist got the proposals

    def __repr__(self) -> str:  # counts only: personal details stay out of logs
        return (f"CaptureResult(stored={len(self.stored)}, proposed={len(self.proposed)}, "
                f"duplicates={len(self.duplicates)}, unattributed={len(self.unattributed)}, asked={len(self.asked)}, "
                f"closings={len(self.closings)})")

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting": self.meeting, "source": self.source, "dry_run": self.dry_run, "how": self.how,
            "stored": self.stored, "proposed": self.proposed, "duplicates": self.duplicates,
            "unattributed": self.unattributed, "asked": self.asked, "closings": self.closings,
            "in_notes": self.in_notes,
            "counts": {k: len(getattr(self, k))
                       for k in ("stored", "proposed", "duplicates", "unattributed", "asked", "closings")},
        }

    def summary(self) -> str:
        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        where = " (and the checklist in " + ", ".join(self.in_notes) + ")" if self.in_notes else ""
        would = "would be " if self.dry_run else ""  # --dry-run stores nothing: say so on every count
        parts = [count(len(self.stored), "memory", "memories") + f" {would}stored",
                 f"{len(self.proposed)} {would}proposed for `rapport review`{where}"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already known")
        if self.unattributed:
            parts.append(f"{len(self.unattributed)} with no person")
        if self.asked:
            parts.append(count(len(self.asked), "follow-up", "follow-ups") + f" {would}closed by your marker")
        if self.closings:
            parts.append(count(len(self.closings), "follow-up closing", "follow-up closings") + f" {would}proposed")
        m = self.meeting
        day = date.fromisoformat(m["date"])
        made_up = str(m.get("uid", "")).startswith("capture-")
        which = (f"{'a meeting on' if made_up else repr(m['title']) + ','} {day:%a} {day.day} {day:%b %Y}"
                 + (f" ({'no calendar meeting; ' if made_up else ''}{self.how})" if self.how else ""))
        head = ("Would capture" if self.dry_run else "Captured") + f" from {self.source} for {which}: " + ", ".join(parts)
        lines = [head]
        from .usertime import memory_when

        read = False
        for label, items in (("+", self.stored), ("?", self.proposed), ("=", self.duplicates), ("!", self.unattributed)):
            for item in items:
                when = memory_when(item)
                who = item.get("person") or "nobody"
                said = read_from(item) if label in "+?" else ""
                read = read or bool(said)
                lines.append(f"  {label} {who}: {item['text']} ({item['category']}, {item['sensitivity']}){when}{said}")
        if read and not self.dry_run:  # a day worked out from the words: say how to put a misreading right
            lines.append("  (a day read wrong: `rapport memory edit ID --date DAY`, or `--no-date`)")
        if self.unattributed and Path(self.source).is_file():  # not stored: how to give them their person
            lines.append(f"  (! is not stored: `rapport capture {shlex.quote(self.source)} --with NAME` stores it for NAME)")
        for item in self.asked:
            lines.append(f"  ✓ closed #{item['id']} {item['person']}: {item['text']} ({item['how']}: "
                         f"'{item['evidence']}', {item['source_ref']}) - undo: rapport done {item['id']} --undo")
        for item in self.closings:
            lines.append(f"  ? close #{item['id']} {item['person']}: {item['text']} - {said_by(item)} said "
                         f"'{item['evidence']}' ({item['source_ref']}); rapport review --keep {item['id']} closes it, "
                         f"--dismiss {item['id']} keeps it open")
        return "\n".join(lines)


_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def read_from(item: dict[str, Any], *, with_id: bool = True) -> str:
    """' (read from 'since Monday')' for a day worked out from words that do not say it whole (no year): the
    capture summary and `rapport review` show them so the user can catch a misreading before a briefing
    repeats it."""
    phrase = item.get("event_text")
    if not item.get("event_date") or not phrase or _YEAR_SAID.search(phrase) or phrase == "year unknown":
        return ""
    return f" (#{item['id']}: read from {phrase!r})" if with_id and item.get("id") else f" (read from {phrase!r})"


def said_by(closing: dict[str, Any]) -> str:
    """Who gave a closing's evidence, as the user reads it: "you" for their own words."""
    return "you" if closing.get("by_me") else str(closing.get("who") or "notes")


# --- text similarity -----------------------------------------------------------------------------

def tokens(text: str) -> set[str]:
    from .markers import clean_markup

    return set(normalise(clean_markup(text)).split())


def similarity(a: str, b: str) -> float:
    """Token-set similarity: shared tokens over the larger set (1.0 for the same words in any order)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def keywords(text: str) -> set[str]:
    """Content words of a memory, for telling whether a later note asked about it."""
    return {t for t in tokens(text) if len(t) >= 3 and t not in STOP_WORDS and not t.isdigit()}


# --- people -------------------------------------------------------------------------------------

def me_names(app: Context) -> list[str]:
    """The user's names: ``[me] name`` and ``aliases``, plus the store's "me" person."""
    section = app.config.section("me")
    names = [section.get("name"), *(section.get("aliases") or [])]
    me = app.store.me()
    if me:
        names += [me.name, *me.aliases]
    return [n for n in dict.fromkeys(names) if isinstance(n, str) and n.strip()]


def name_variants(app: Context, names: list[str]) -> dict[str, set[str]]:
    """Other names each first name goes by, from every ``rapport_name_variants`` plugin (the built-in
    table, rapport-nicknames, ...): folded first name -> folded variants."""
    from .names import _fold

    out: dict[str, set[str]] = {}
    for first in {n.split()[0] for n in names if n.split()}:
        for found in app.pm.call("rapport_name_variants", name=first):
            out.setdefault(_fold(first), set()).update(_fold(str(v)) for v in found or () if str(v).strip())
    return out


class People:
    """Resolves names written in notes to Persons: store keys, meeting attendees, first names."""

    def __init__(self, app: Context, meeting: Meeting, me: list[str], create: bool):
        from .matching import is_me, me_keys

        self.store = app.store
        self.create = create
        emails, names = me_keys(self.store, app.config)
        names |= {n.lower() for n in me}
        self._is_me = lambda a: is_me(a, emails, names)
        self.attendees = [a for a in meeting.people() if not self._is_me(a)]
        self.me = me
        self.variants = name_variants(app, [a.name for a in self.attendees if a.name])

    def _person_for_attendee(self, attendee: Attendee) -> Person | None:
        person = self.store.match_attendee(attendee.email, attendee.name)
        if person is None and self.create and attendee.name:
            person = self.store.add_person(attendee.name, [attendee.email] if attendee.email else [])
        if person is None:  # dry run: an unsaved person stands in
            person = Person(name=attendee.name or attendee.email or "?", emails=[attendee.email] if attendee.email else [])
        return person

    def ensure_attendees(self) -> list[Person]:
        out = []
        for a in self.attendees:
            p = self._person_for_attendee(a)
            if p is not None and not p.is_me:
                out.append(p)
        return out

    def _attendee_named(self, key: str) -> Attendee | None:
        k = " ".join(key.lower().split())
        for a in self.attendees:
            if (a.email and a.email.lower() == k) or (a.name and a.name.lower() == k):
                return a
        firsts = [a for a in self.attendees if a.name and a.name.split()[0].lower() == k.split()[0]
                  and (len(k.split()) == 1 or a.name.split()[-1][:1].lower() == k.split()[-1][:1])]
        if len(firsts) == 1:
            from .names import shared_by_another

            others = [a.name for a in self.attendees if a.name]
            if len(k.split()) == 1 and shared_by_another(key.strip(), firsts[0].name, others, self.variants):
                return None  # "Kate" with Kate Ortega and Katherine Brooks: left for review, never guessed
            return firsts[0]
        lasts = [a for a in self.attendees if a.name and len(a.name.split()) > 1 and a.name.split()[-1].lower() == k.split()[-1]
                 and len(k.split()) > 1]
        if len(lasts) == 1:
            return lasts[0]
        found = self._attendee_by_short_form(key)
        parts = re.fullmatch(r"\s*(?P<main>[^()]+?)\s*\((?P<aside>[^()]+)\)\s*", key)
        if found is None and parts:  # "PM (Pepa)", "Bill Ortega (CFO)": the name in or before the brackets
            fits = {a.name: a for part in (parts["main"], parts["aside"])
                    if (a := self._attendee_named(part)) is not None and a.name}
            found = next(iter(fits.values())) if len(fits) == 1 else None
        return found

    def _attendee_by_short_form(self, key: str) -> Attendee | None:
        """"Kate" for Katherine, "Sepp" for Josef, "Thanh Huong" for Thanh Huong Pham: one attendee only."""
        from .names import by_surname, initials_of, same_first_name

        fits = [a for a in self.attendees if a.name and same_first_name(key, a.name, self.variants)]
        if not fits:  # "K.", "SK", "S.K.": an attendee's initials
            fits = [a for a in self.attendees if a.name and initials_of(key, a.name)]
        if not fits:  # "Okafor", "Mr Okafor", "Frau Weiß": an attendee's surname (the title may tell two apart)
            fitting = set(by_surname(key, [a.name for a in self.attendees if a.name]))
            fits = [a for a in self.attendees if a.name in fitting]
        parts = key.replace(".", " ").split()
        if not fits and len(parts) == 2:  # "Bill A.", "Katie Lindqvist": a nickname and the surname or its initial
            fits = [a for a in self.attendees if a.name and len(a.name.split()) > 1
                    and same_first_name(parts[0], a.name, self.variants)
                    and a.name.split()[-1].lower().startswith(parts[1].lower())]
        return fits[0] if len(fits) == 1 else None

    def _fits_several(self, key: str) -> bool:
        """Whether more than one attendee may go by ``key`` ("Kate": Kate Ortega and Katherine Brooks; "Frau
        Lindner": both Lindners)."""
        from .names import by_surname, initials_of, same_first_name

        named = [a.name for a in self.attendees if a.name]
        return (sum(1 for n in named if same_first_name(key, n, self.variants)) > 1
                or len(by_surname(key, named)) > 1 or sum(1 for n in named if initials_of(key, n)) > 1)

    def named_in(self, text: str) -> str | None:
        """The one attendee a marker's text names by a short form ("Bill loves jazz"), if exactly one."""
        from .names import mentions

        found = {}
        for word in mentions(text):  # "Bill", "Kate's", "A.K.", "Dr M"
            attendee = self._attendee_by_short_form(word)
            if attendee is not None and attendee.name:
                found[attendee.name] = attendee
        return next(iter(found)) if len(found) == 1 else None

    def is_me(self, key: str) -> bool:
        from .extract import _is_me

        return _is_me(key, self.me)

    def resolve(self, key: str | None) -> Person | None:
        """A Person for ``key`` (name, alias, email, #id, [[link]], @mention), or the only other attendee."""
        if key:
            key = key.strip().strip("@").removeprefix("[[").removesuffix("]]").strip()
            if self.is_me(key):
                return None
            attendee = self._attendee_named(key)
            if attendee is not None:
                return self._person_for_attendee(attendee)
            if self._fits_several(key):
                return None  # two attendees go by this name: the user says whose, capture never guesses
            person = self.store.find_person(key)
            if person is None and " " not in key:
                # a first name that is unique among everyone in the store
                found = [p for p in self.store.people_with_first_name(key, limit=3) if not p.is_me]
                person = found[0] if len(found) == 1 else None
            return None if person is not None and person.is_me else person
        if len(self.attendees) == 1:
            return self._person_for_attendee(self.attendees[0])
        return None


# --- the meeting ----------------------------------------------------------------------------------

def synthetic_meeting(app: Context, path: Path, notes: MeetingNotes, on: date, with_people: tuple[str, ...]) -> Meeting:
    """A meeting for notes with no calendar event: from ``--date``/``--with`` or the transcript's speakers."""
    attendees: list[Attendee] = []
    for name in notes_people(app, notes, with_people):
        person = app.store.find_person(name)
        if person is not None:
            attendees.append(Attendee(email=person.emails[0] if person.emails else None, name=person.name))
        elif "@" in name:
            attendees.append(Attendee(email=name))
        else:
            attendees.append(Attendee(name=name))
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    start = datetime.combine(on, time(0)).astimezone()
    own = (notes.title or "").strip()
    title = own if own and own not in (path.stem, path.name) else made_up_title(attendees, on)
    return Meeting(
        uid=f"capture-{digest}", title=title, start=on, end=on, attendees=attendees,
        source=f"capture:{path.name}", all_day=True, timezone=str(start.tzinfo) if start.tzinfo else None,
    )


def made_up_title(attendees: list[Attendee], on: date) -> str:
    """A meeting's title when only its notes say it happened and they carry no title of their own
    (a file name such as "GMT20261126-133012_Recording" is none): who it was with, as people say it."""
    names = [a.name or a.email for a in attendees if a.name or a.email]
    if not names:
        return f"Meeting on {on:%a} {on.day} {on:%b %Y}"
    if len(names) > 3:
        names = [*names[:2], f"{len(names) - 2} others"]
    return "Meeting with " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def notes_people(app: Context, notes: MeetingNotes, with_people: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Who the notes are with: ``--with``, else the note's attendees line, else the transcript's speakers."""
    me = me_names(app)
    from .extract import _is_me, is_generic_speaker

    names = list(with_people)
    if not names and notes.extra.get("attendees"):  # front matter / "Attendees:" line of the note
        names = [n for n in (_attendee_name(a) for a in notes.extra["attendees"]) if n and not _is_me(n, me)]
    if not names and notes.kind == "transcript":
        names = [u.speaker for u in notes.utterances
                 if u.speaker and not _is_me(u.speaker, me) and not is_generic_speaker(u.speaker)]
    return list(dict.fromkeys(names))


def _attendee_name(value: Any) -> str | None:
    """'[[Victoria Hall|Vicky]]' -> 'Victoria Hall'; 'Anna Berg <anna@x.org>' -> 'anna@x.org'."""
    text = str(value or "").strip().strip("\"'")
    m = re.search(r"\[\[([^\]|#]+)", text)
    if m:
        return m.group(1).strip()
    m = re.search(r"<([^>\s]+@[^>\s]+)>", text)
    if m:
        return m.group(1)
    return text.lstrip("@").strip() or None


def meeting_day(meeting: Meeting) -> date:
    return meeting.start.date() if isinstance(meeting.start, datetime) else meeting.start


# --- the pipeline ---------------------------------------------------------------------------------

def capture_file(app: Context, path: str | Path, meeting_uid: str | None = None, date: date | None = None,
                 with_people: tuple[str, ...] | list[str] = (), dry_run: bool = False) -> CaptureResult:
    """Capture memories from a notes or transcript file."""
    p = Path(path)
    if not p.exists():
        raise RapportError(f"{p}: no such file")
    if p.is_dir():
        raise RapportError(f"{p}: is a folder, not a notes file")
    notes = app.pm.call_first("rapport_parse_notes", path=p, config=app.config)
    if notes is None:
        raise RapportError(f"{p}: no plugin can read this file")
    meeting, how = meeting_for_file(app, p, notes, meeting_uid, date, with_people)
    result = capture_notes(app, meeting, notes, dry_run=dry_run)
    result.how = how
    return result


def meeting_for_file(app: Context, p: Path, notes: MeetingNotes, meeting_uid: str | None = None,
                     date: date | None = None, with_people: tuple[str, ...] | list[str] = ()) -> tuple[Meeting, str]:
    """The meeting notes read from file ``p`` belong to, and how it was chosen (said to the user)."""
    uid = meeting_uid or notes.meeting_uid
    meeting = None
    how = ""
    if uid and not with_people:
        from .calendar import find_meeting

        missed: RapportError | None = None
        for at in _notes_times(app, p, notes, date):  # around the note's own date only, never over years
            try:
                meeting = find_meeting(app, uid=uid, at=at, within_days=UID_SEARCH_DAYS)
                how = "--meeting" if meeting_uid else "the meeting the notes name"
                break
            except RapportError as exc:
                missed = exc
        if meeting is None and meeting_uid:
            raise RapportError(f"{missed} (give --date for a meeting on another day)") from None
    if meeting is None:
        from .meeting_guess import guess_meeting

        guess = guess_meeting(app, p, notes, date, notes_people(app, notes, with_people))
        meeting = guess.meeting or synthetic_meeting(app, p, notes, guess.day, tuple(with_people))
        how = guess.how
    return meeting, how


def _notes_times(app: Context, path: Path, notes: MeetingNotes, day: date | None) -> list[datetime]:
    """When the notes were written, to look their meeting up near: ``--date``, else the date the
    notes give (header, front matter), else now and the file's last change (when they differ)."""
    if day is None and notes.meeting_date:
        try:
            day = date.fromisoformat(str(notes.meeting_date)[:10])
        except ValueError:
            day = None
    if day is not None:
        return [datetime.combine(day, time(12), app.zone)]
    now, changed = app.now(), datetime.fromtimestamp(path.stat().st_mtime, app.zone)
    return [now] if abs(now - changed) <= timedelta(days=UID_SEARCH_DAYS) else [now, changed]


def _flatten(results: list[Any]) -> list[Candidate]:
    out: list[Candidate] = []
    for r in results:
        if isinstance(r, Candidate):
            out.append(r)
        elif isinstance(r, list | tuple):
            out.extend(c for c in r if isinstance(c, Candidate))
    return out


def collect_candidates(app: Context, meeting: Meeting, notes: MeetingNotes, me: list[str]) -> tuple[list[Candidate], list[Candidate]]:
    """Explicit markers and proposals from every extractor plugin."""
    # The notes' own reader reads their markers (with the one grammar, rapport_plugins.markers): the
    # first plugin that answers for these notes; the built-in reader answers for the rest.
    explicit = _flatten([app.pm.call_first("rapport_after_meeting", meeting=meeting, notes=notes, config=app.config)])
    explicit = [part for c in explicit for part in _one_fact_each(c)]
    for c in explicit:
        c.explicit = True
    context = {
        "meeting": meeting, "meeting_date": meeting_day(meeting), "notes": notes,
        "attendees": [a.name or a.email for a in meeting.people() if a.name or a.email],
        "me": me, "utterances": list(notes.utterances), "config": app.config,
        "name_variants": name_variants(app, [a.name for a in meeting.people() if a.name]),
    }
    proposals = _flatten(app.pm.call("rapport_extract_memories", text=notes.text, context=context))
    # Each line once: a line read as a marker ("Marco: remember his band ...") is not proposed again
    # as a whole (prose before an inline marker, which does not hold the marker's text, still is).
    marked: dict[tuple[str, str], list[str]] = {}
    for c in explicit:
        if c.source_ref and normalise(c.text or ""):
            marked.setdefault(_line_of(c.source_ref), []).append(normalise(c.text))
    proposals = [c for c in proposals if not any(_same_reading(t, normalise(c.text or ""))
                                                 for t in marked.get(_line_of(c.source_ref or ""), []))]
    return explicit, proposals


def _one_fact_each(marker: Candidate) -> list[Candidate]:
    """A marker that tells two facts ("Zoe's dad in hospice; her daughter starts uni in October", "Wren's dog has
    lymphoma — Wren's doing a bucket-list trip on the 22nd") as one candidate each: each fact its own date and
    follow-up. Cut only where the notes' reader cuts a sentence (:func:`rapport_plugins.extract.split_note_facts`)."""
    from dataclasses import replace

    from .extract import split_note_facts

    parts = split_note_facts(marker.text or "")
    if len(parts) < 2:
        return [marker]
    return [replace(marker, text=part[:1].upper() + part[1:]) for part in parts]


def _same_reading(marker: str, proposal: str) -> bool:
    """Whether a proposal from a line read as a marker says what the marker says: it holds the marker's text, or
    the marker holds its text, or nearly all its words are the marker's ("Bea: su padre empezó diálisis" beside
    the marker "Su padre empezó diálisis. Tema delicado"). Prose before an inline marker stays a proposal."""
    if not proposal:
        return False
    if marker in proposal or proposal in marker:
        return True
    words = set(proposal.split())
    return len(words) >= 4 and len(words & set(marker.split())) >= 0.75 * len(words)


def _line_of(ref: str) -> tuple[str, str]:
    """A source reference's file name and line ("Meetings/a.md:7" and "vault/Meetings/a.md:7" are
    one line: a notes integration names its file from the vault, capture from the path given)."""
    path, _, line = ref.rpartition(":")
    return (Path(path).name, line) if path and line.isdigit() else (ref, "")


def _item(c: Candidate, person: Person | None, memory: Memory | None = None) -> dict[str, Any]:
    return {
        "id": memory.id if memory else None,
        "person": person.name if person else c.person,
        "person_id": person.id if person else None,
        "text": memory.text if memory else c.text,
        "category": c.category, "sensitivity": c.sensitivity,
        "event_date": c.event_date, "event_text": c.event_text, "recurrence": c.recurrence,
        "source_ref": c.source_ref, "explicit": c.explicit,
        "review": "kept" if c.explicit else "proposed",
    }


_MONTHS_SAID = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
                r"januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|"
                r"agosto|septiembre|octubre|noviembre|diciembre")
_SINCE = re.compile(r"\b(?:since|seit|desde(?: hace)?|hace)\s+(?:\w+\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
                    r"zwei|drei|vier|fünf|sechs|einer|einem|dos|tres|cuatro|cinco|seis|un|una|last|letzte\w*|\w+day|"
                    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
                    rf"sábado|domingo|{_MONTHS_SAID})\b"
                    # ... or a feast: "seit Silvester kein Fleisch mehr", "vegan since Christmas", "desde Navidad"
                    r"|\b(?:since|seit|desde)\s+(?:(?:dem|der|el|la)\s+)?(?:christmas|easter|new year\w*|thanksgiving|diwali|"
                    r"weihnachten|ostern|silvester|neujahr|pfingsten|navidad|nochevieja|año nuevo|pascua|reyes)\b"
                    # ... or what happened in a month said after it: "desde el infarto de marzo", "since my op in June",
                    # "desde que me quitaron la vesícula en enero"
                    rf"|\b(?:since|seit|desde)\b(?:\s+[^\W\d_]+){{1,7}}?\s+(?:in|im|en|de|del|at|on)\s+(?:{_MONTHS_SAID})\b", re.I)


_SLASH = re.compile(r"\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?")
_DIAGNOSED = re.compile(r"\b(?:diagnosed|diagnostiziert|diagnosticad[oa]s?|diagnosticaron|dx['’]?d)\b", re.I)


def date_in_text(app: Context, text: str, category: str | None, day: date, dayfirst: bool | None = None) -> Any:
    """The date ``text`` names, said on ``day`` (a ``DateMatch`` from ``rapport_resolve_date``), or
    None. "Vegan", "allergic to nuts" have no date, whatever the lunch's - unless the text says
    since when ("seit drei Wochen Vegetarierin": its start). ``dayfirst``: the order the writer's
    note puts numeric dates in (:func:`dates.writer_order`), which settles an English "3/4" the
    text alone leaves open."""
    # a diagnosis is an event with a day ("diagnosed with type 1 diabetes two weeks ago")
    standing = (category == "preference" or STANDING.search(text)) and not (_SINCE.search(text) or _DIAGNOSED.search(text))
    if standing and category == "preference":
        return None
    found = app.pm.call_first("rapport_resolve_date", text=text, reference=day, config=app.config)
    phrase = getattr(found, "phrase", None)
    if dayfirst is not None and getattr(found, "date", None) is None and phrase and _SLASH.fullmatch(phrase):
        settled = find_date(text, day, dayfirst=dayfirst)
        found = settled if settled.date is not None else found
    if not standing:
        return found
    # ... but a dated fact in a clause of its own keeps its day: "La abuela tiene diabetes y la operan el
    # jueves 23", "Oma ist Diabetikerin, am Freitag wird sie operiert"
    phrase = getattr(found, "phrase", None)
    at = text.find(phrase) if phrase else -1
    if at < 0:
        return None
    first, last = clause_around(text, at, at + len(phrase))
    own = text[first:at] + " " + text[at + len(phrase):last]
    # a statement with a verb of its own, not an occasion ("nada de postres en la comida del viernes")
    return found if not STANDING.search(own) and said_with_a_verb(own) else None


# A past said with "not" ("I wasn't at rehearsal on Friday", "am Freitag war ich nicht da", "el viernes no pude ir"),
# which the tense of a sentence does not count as one
_NOT_IN_THE_PAST = re.compile(r"\b(?:wasn['’]t|weren['’]t|didn['’]t|hadn['’]t|couldn['’]t|was not|were not|did not|"
                              r"war(?:en)? (?:\w+ )?nicht|(?:hab|habe|haben|hat) (?:\w+ )?nicht|"
                              r"no (?:fue|fui|estuve|estaba|pude|vine|hubo))\b", re.I)


def _day_said_before(app: Context, context: str, day: date, dayfirst: bool | None = None) -> Any:
    """The day the sentence before "I turn forty that day" named: its date, or - when it named the day only to say
    the speaker is away then ("I won't be at rehearsal the Friday after Thanksgiving") - the day of its phrase,
    unless that sentence looks back (its own tense would be lost)."""
    before = date_in_text(app, context, None, day, dayfirst)
    phrase = getattr(before, "phrase", None)
    if getattr(before, "date", None) is None and phrase and tense(context) not in ("past", "mixed") \
            and not _NOT_IN_THE_PAST.search(context):
        before = date_in_text(app, phrase, None, day, dayfirst)
    return before if isinstance(getattr(before, "date", None), date) else None


def _complete(app: Context, c: Candidate, day: date, dayfirst: bool | None = None) -> None:
    """Fill category, sensitivity and date the extractor left open (``dayfirst``: the note's order
    of numeric dates, :func:`dates.writer_order`)."""
    if not c.category or not c.sensitivity:
        cls = classify(c.text)
        c.category = c.category or cls.category
        c.sensitivity = c.sensitivity or cls.sensitivity
    if c.event_date is None:
        found = date_in_text(app, c.text, c.category, day, dayfirst)
        if getattr(found, "date", None) is None and c.context:
            found = _day_said_before(app, c.context, day, dayfirst) or found
        if found is not None:
            when = getattr(found, "date", None)
            if isinstance(when, date):
                c.event_date = when.isoformat()
            c.event_text = c.event_text or getattr(found, "phrase", None)
            c.recurrence = c.recurrence or getattr(found, "recurrence", None)
    if c.recurrence is None and c.category == "birthday" and c.event_date and not is_birthday_occasion(c.text):
        c.recurrence = "yearly"
    if c.category in ("birthday", "anniversary") and c.sensitivity == "sensitive":
        c.sensitivity = "personal"  # a date to remember, not a topic to avoid
    if c.category in ("milestone", "education") and c.sensitivity != "sensitive" and names_a_relative(c.text):
        # a relative's wedding, graduation or first day at school is family news: asked after "for them"
        # (the day was read with the milestone's rules above)
        c.category = "family"


def capture_notes(app: Context, meeting: Meeting, notes: MeetingNotes, dry_run: bool = False) -> CaptureResult:
    """Capture memories from parsed ``notes`` of ``meeting``."""
    from .models import CATEGORIES, SENSITIVITIES

    store = app.store
    # The calendar knows which attendee is the user (is_self, or one of the [me] emails) even
    # when no [me] name is configured: their name is what the transcript calls them.
    from .matching import is_me, me_keys

    my_emails, my_names = me_keys(store, app.config)
    me = me_names(app) + [a.name for a in meeting.attendees if a.name and is_me(a, my_emails, my_names)]
    day = meeting_day(meeting)
    result = CaptureResult(
        meeting={"uid": meeting.uid, "key": meeting.key, "title": meeting.title, "date": day.isoformat()},
        source=notes.ref or notes.source, dry_run=dry_run,
    )
    explicit, proposals = collect_candidates(app, meeting, notes, me)
    order = writer_order(notes.text or "")  # "3/26" elsewhere in the note: the writer puts the month first
    captured_at = app.now().replace(microsecond=0).isoformat()

    def run() -> None:
        people = People(app, meeting, me, create=not dry_run)
        attendee_people = people.ensure_attendees()
        pending: dict[Any, list[Memory]] = {}  # person key -> memories of this run (dry runs too)
        known_by_person: dict[int, list[Memory]] = {}  # stored before this run
        for c in [*explicit, *proposals]:
            if c.speaker and c.person is None:
                c.person = c.speaker
            if c.person is None and c.explicit and len(people.attendees) > 1:
                c.person = people.named_in(c.text)
            person = people.resolve(c.person)
            _complete(app, c, day, order)
            if c.category not in CATEGORIES:
                c.category = "other"
            if c.sensitivity not in SENSITIVITIES:
                c.sensitivity = "light"
            if person is None:
                if c.person and people.is_me(c.person):
                    continue  # about the user: not a memory of someone else
                if not any(similarity(u["text"], c.text) >= SIMILAR for u in result.unattributed):
                    result.unattributed.append(_item(c, None))
                continue
            pkey = person.id if person.id is not None else person.name
            # The same detail found twice in this file (a marker and a proposal, or written on two
            # lines): one memory with both sources, not a "duplicate" to report.
            sibling = next((m for m in pending.get(pkey, []) if similarity(m.text, c.text) >= SIMILAR), None)
            if sibling is not None:
                if not dry_run and sibling.id is not None:
                    store.add_source(sibling.id, c.source, c.source_ref, meeting.key, captured_at)
                    store.claim(_ledger_key(meeting, c))
                continue
            if person.id is not None and person.id not in known_by_person:  # one query per person per run
                known_by_person[person.id] = store.memories_for(person.id, review=("kept", "proposed", "dismissed"))
            known = known_by_person.get(person.id, []) if person.id is not None else []
            # A ledger of what was captured from where: re-capturing the file finds an edited,
            # dismissed or forgotten memory's candidate here and stores nothing new.
            ledger = _ledger_key(meeting, c)
            if store.get_state(ledger) is not None:
                twin = next((m for m in known if similarity(m.text, c.text) >= SIMILAR), None)
                result.duplicates.append(_item(c, person, twin))
                continue
            if not dry_run:
                store.claim(ledger)
            twin = next((m for m in known if similarity(m.text, c.text) >= SIMILAR), None)
            if twin is not None:
                if not dry_run and twin.id is not None:
                    store.add_source(twin.id, c.source, c.source_ref, meeting.key, captured_at)
                    if c.explicit and twin.review == "proposed":
                        store.update_memory(twin.id, review="kept")
                result.duplicates.append(_item(c, person, twin))
                continue
            future = bool(c.event_date and c.event_date > day.isoformat() and c.recurrence is None)
            memory = Memory(
                person_id=person.id or 0, text=c.text, category=c.category, sensitivity=c.sensitivity,
                source=c.source or notes.source, source_ref=c.source_ref, captured_at=captured_at,
                event_date=c.event_date, event_text=c.event_text, recurrence=c.recurrence,
                follow_up="open" if future else None, review="kept" if c.explicit else "proposed",
                meeting_key=meeting.key,
            )
            if not dry_run:
                memory, new = store.add_memory(memory)
                if not new:
                    result.duplicates.append(_item(c, person, memory))
                    continue
            pending.setdefault(pkey, []).append(memory)
            (result.stored if c.explicit else result.proposed).append(_item(c, person, memory))
        from types import SimpleNamespace

        from .followups import after_meeting

        closed, closings = after_meeting(store, meeting, notes, attendee_people, people, day, dry_run,
                                         text=SimpleNamespace(keywords=keywords, tokens=tokens))
        result.asked.extend(closed)
        result.closings.extend(closings)
        if not dry_run:
            store.record_meeting(meeting, [p.id for p in attendee_people if p.id is not None])
            from .review_sheets import open_sheet  # the proposals go into the meeting's note next

            open_sheet(store, meeting, notes.ref, [item["id"] for item in result.proposed if item["id"]], captured_at)

    if dry_run:
        run()
    else:
        with store.transaction():
            run()
    return result


def _ledger_key(meeting: Meeting, c: Candidate) -> str:
    digest = hashlib.sha256("\x1f".join([meeting.key, c.source_ref or "", normalise(c.text)]).encode("utf-8"))
    return f"captured:{digest.hexdigest()[:32]}"


def capture_recent(app: Context, now: datetime, window: timedelta) -> list[dict[str, Any]]:
    """After meetings: capture from the notes every notes plugin finds for meetings that ended in
    [now - window, now]. Safe to repeat: a marker already stored is not stored again."""
    from .calendar import as_datetime, meetings_in

    items = []
    for meeting in meetings_in(app, now - window - timedelta(days=1), now):
        end = as_datetime(meeting.end)
        if meeting.all_day or not (now - window <= end <= now):
            continue
        answers = app.pm.call_named("rapport_meeting_notes", meeting=meeting, config=app.config,
                                    skip=lambda plugin, m=meeting: app.store.get_state(_done_key(plugin, m)) is not None)
        found = [(plugin, n) for plugin, batch in answers for n in batch if isinstance(n, MeetingNotes)]
        waiting = [(plugin, n) for plugin, batch in answers for n in batch if isinstance(n, NotesPending)]
        if not found and not waiting:
            continue
        from .usertime import show_time, user_zone

        item = {"phase": "after", "key": meeting.key, "uid": meeting.uid, "title": meeting.title,
                "start": meeting.start.isoformat(), "when": show_time(meeting.start, user_zone(app.config), meeting.timezone),
                "notes": [], "stored": 0, "proposed": 0}
        for plugin, notes in found:
            result = capture_notes(app, meeting, notes)
            item["notes"].append(notes.ref)
            item["stored"] += len(result.stored)
            item["proposed"] += len(result.proposed)
            if notes.final:  # a recording's transcript: done with this plugin for this meeting
                app.store.set_state(_done_key(plugin, meeting), {"at": now.isoformat(), "ref": notes.ref})
        for plugin, pending in waiting:
            _still_waiting(app, meeting, plugin, pending, now, window, item)
        items.append(item)
    return items


def _done_key(plugin: str, meeting: Meeting) -> str:
    return f"notes-done:{plugin}:{meeting.key}"


NOTICES = "notices"  # store state: what `rapport run` gave up on, shown by `rapport review`
NOTICE_DAYS = 14


def _still_waiting(app: Context, meeting: Meeting, plugin: str, pending: NotesPending, now: datetime,
                   window: timedelta, item: dict[str, Any]) -> None:
    """A transcript not made yet: wait for it on later runs, then give up once, saying so.

    The wait is cut to half an hour before the meeting leaves the run's ``--since`` window, so
    the note is written even when the plugin would wait longer than runs look back."""
    from .calendar import as_datetime

    key = f"notes-pending:{plugin}:{meeting.key}"
    first = app.store.get_state(key)
    if first is None:
        app.store.set_state(key, {"since": now.isoformat(), "reason": pending.reason})
        first = {"since": now.isoformat()}
    deadline = datetime.fromisoformat(first["since"]) + timedelta(hours=max(0.0, float(pending.give_up_after)))
    if window > timedelta(hours=1):
        deadline = min(deadline, as_datetime(meeting.end) + window - timedelta(minutes=30))
    if now < deadline:
        item.setdefault("waiting", []).append(f"{pending.source}: {pending.reason}")
        return
    if not app.store.claim(_done_key(plugin, meeting)):
        return  # another run gave up on it first
    text = f"{pending.source}: gave up waiting for the transcript ({pending.reason})"
    item.setdefault("gave_up", []).append(text)
    notices = [n for n in app.store.get_state(NOTICES, []) or []
               if now - datetime.fromisoformat(n["at"]) < timedelta(days=NOTICE_DAYS)]
    notices.append({"at": now.isoformat(), "key": meeting.key, "title": meeting.title,
                    "when": item["when"], "text": text})
    app.store.set_state(NOTICES, notices[-50:])


def recent_notices(app: Context) -> list[dict[str, Any]]:
    """What `rapport run` gave up on in the last two weeks (transcripts that never came)."""
    now = app.now()
    return [n for n in app.store.get_state(NOTICES, []) or []
            if now - datetime.fromisoformat(n["at"]) < timedelta(days=NOTICE_DAYS)]


def capture_incoming(app: Context, now: datetime, window: timedelta) -> list[dict[str, Any]]:
    """Capture the notes and transcripts that arrived by themselves (``rapport_incoming_notes``:
    a watched folder) changed in [now - window, now], each for the meeting it belongs to.

    Each version of a file is claimed before it is captured (``incoming:<digest of path and
    text>``), so concurrent runs capture it once; a capture that fails releases its claim and
    the next run tries again. A file changed later is a new version and is captured again (what
    was already stored is not stored twice).
    """
    from .problems import source_failed
    from .usertime import show_time

    items = []
    for batch in app.pm.call("rapport_incoming_notes", since=now - window, now=now, config=app.config):
        for notes in batch or []:
            if not isinstance(notes, MeetingNotes) or not notes.ref:
                continue
            digest = hashlib.sha256("\x1f".join([notes.ref, notes.text]).encode("utf-8")).hexdigest()[:32]
            claim = f"incoming:{digest}"
            if not app.store.claim(claim):
                continue
            try:
                meeting, how = meeting_for_file(app, Path(notes.ref), notes)
                result = capture_notes(app, meeting, notes)
            except RapportError as exc:
                app.store.release(claim)
                source_failed(str(exc) if notes.ref in str(exc) else f"{notes.ref}: {exc}")
                continue
            except BaseException:
                app.store.release(claim)
                raise
            items.append({"phase": "after", "key": meeting.key, "uid": meeting.uid, "title": meeting.title,
                          "start": meeting.start.isoformat(),
                          "when": show_time(meeting.start, app.zone, meeting.timezone),
                          "notes": [notes.ref], "how": how,
                          "stored": len(result.stored), "proposed": len(result.proposed)})
    return items
