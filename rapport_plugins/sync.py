"""`rapport sync`: contacts become people (with birthdays as yearly memories), calendars tell
who you meet when (so briefings know when you last met)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, datetime, timedelta
from typing import Any

from .context import Context
from .errors import RapportError
from .matching import match_attendees
from .models import Contact, Memory, Person

DATE_WORDS = {"birthday": "Birthday", "anniversary": "Anniversary"}


def _find_contact_person(store: Any, contact: Contact) -> Person | None:
    if contact.uid:
        p = store.find_by_card_uid(contact.uid)
        if p:
            return p
    for email in contact.emails:
        p = store.find_by_email(email)
        if p:
            return p
    return store.find_person(contact.name)


def fill_in_dates(store: Any, contact: Contact, now: datetime) -> int:
    """Dates from a second-hand source (``Contact.dates_only``) for a person already known by that
    exact name or address, of kinds no other source gave them; returns how many were added."""
    person = None
    for email in contact.emails:
        person = person or store.match_attendee(email, None)
    person = person or store.find_person(contact.name)
    if person is None:
        return 0
    known = {m.category for m in store.memories_for(person.id, review=("kept", "proposed", "dismissed"))
             if m.recurrence == "yearly"}
    wanted = [d for d in contact.dates if ("anniversary" if d.get("kind") == "anniversary" else "birthday") not in known]
    if not wanted:
        return 0
    only_dates = Contact(name=person.name, uid=None, dates=wanted, source=contact.source)
    return import_contact(store, only_dates, now, person=person)[2]


def import_contact(store: Any, contact: Contact, now: datetime,
                   person: Person | None = None) -> tuple[Person, bool, int, bool, int]:
    """Create or update the person for a contact (or add to ``person``).

    Returns (person, created, dates added, changed, notes added): ``changed`` says whether anything
    about an existing person changed (a field, an email, an alias, a date, the card's note), so
    "updated" counts only those; the card's note is counted apart from dates (it is not one).
    """
    captured = now.isoformat(timespec="seconds")
    person = person or _find_contact_person(store, contact)
    created = person is None
    fields: dict[str, Any] = {}
    if person is None:
        # No email of the card belongs to anyone (else it would have been found): all go in at once.
        person = store.add_person(contact.name, contact.emails, [], card_uid=contact.uid, org=contact.org,
                                  title=contact.title, note_ref=contact.note_ref, timezone=contact.timezone)
    else:
        fields = {k: v for k, v in (("card_uid", contact.uid), ("org", contact.org), ("title", contact.title),
                                    ("note_ref", contact.note_ref), ("timezone", contact.timezone))
                  if v and getattr(person, k) != v}
        if fields:
            person = store.update_person(person.id, **fields)
    changed = bool(fields)
    for email in () if created else contact.emails:
        owner = store.find_by_email(email)
        if owner is None:
            person = store.add_email(person.id, email)
            changed = True
    for alias in contact.aliases:
        if alias.lower() not in {a.lower() for a in person.aliases} and alias.lower() != person.name.lower():
            try:
                person = store.add_alias(person.id, alias)
                changed = True
            except RapportError:
                pass  # the alias belongs to someone else: keep theirs
    added = 0
    ref = f"{contact.source}#{contact.uid or contact.name}"
    for d in contact.dates:
        kind = d.get("kind", "birthday")
        try:
            month, day = int(d["month"]), int(d["day"])
            year = d.get("year")
            when = date(int(year) if year else 2000, month, day)  # 2000 is a leap year: 29 Feb is valid
        except (KeyError, TypeError, ValueError):
            continue
        label = d.get("label") or DATE_WORDS.get(kind, kind.title())
        text = f"{label}: {when.strftime('%-d %B')}" + (f" {year}" if year else "")
        category = "anniversary" if kind == "anniversary" else "birthday"
        _, new = store.add_memory(Memory(
            person_id=person.id, text=text, category=category, sensitivity="light", source="contacts",
            source_ref=ref, event_date=when.isoformat(), recurrence="yearly",
            event_text=None if year else "year unknown", captured_at=captured,
        ))
        added += new
    if contact.note:
        from .lexicon import classify

        found = classify(contact.note)
        category, sensitivity = found.category, found.sensitivity
        _, noted = store.add_memory(Memory(person_id=person.id, text=contact.note.strip(), category=category,
                                           sensitivity=sensitivity, source="contacts", source_ref=ref,
                                           captured_at=captured))
    else:
        noted = False
    return person, created, added, changed or added > 0 or noted, int(noted)


def sync_all(app: Context, days: int = 14, past_days: int = 30, add_new: bool = False,
             progress: Callable[[str], Any] | None = None) -> dict[str, Any]:
    """Sync every contacts and calendar plugin into the store. A failing source is reported, the rest go on."""
    from .calendar import meetings_in

    say = progress or (lambda _m: None)
    store = app.store
    now = app.now()
    result: dict[str, Any] = {"people_added": 0, "people_updated": 0, "dates_added": 0, "notes_added": 0, "meetings": 0,
                              "new_faces": [], "new_faces_count": 0, "errors": []}
    errors_before = len(app.pm.errors)
    from .tombstones import Tombstones

    forgotten = Tombstones(store)
    result["forgotten_skipped"] = 0
    say("Syncing contacts…")
    fill_ins: list[Contact] = []
    for batch in app.pm.call("rapport_contacts", config=app.config):
        # One commit per contacts source, not several per contact; the search index of the new
        # people and dates written a batch at a time (a backend without batches: as it goes).
        with store.transaction(), getattr(store, "search_index_in_batches", nullcontext)():
            for contact in batch:
                if forgotten.holds(contact.emails, contact.uid, contact.name):
                    result["forgotten_skipped"] += 1  # `rapport forget` keeps them from coming back
                    continue
                if contact.dates_only:
                    fill_ins.append(contact)
                    continue
                _, created, added, changed, noted = import_contact(store, contact, now)
                if created or changed:
                    result["people_added" if created else "people_updated"] += 1
                result["dates_added"] += added
                result["notes_added"] += noted  # a card's note is no date: counted apart
    for contact in fill_ins:  # after every full contact, so a vCard's date always wins
        result["dates_added"] += fill_in_dates(store, contact, now)
    say("Syncing calendars…")
    faces: dict[str, dict[str, Any]] = {}
    meetings = meetings_in(app, now - timedelta(days=past_days), now + timedelta(days=days))
    for meeting in meetings:
        pairs = match_attendees(store, meeting, app.config)
        for attendee, person in pairs:
            if person is None:
                if forgotten.holds([attendee.email] if attendee.email else [], None, attendee.name):
                    continue
                key = (attendee.email or attendee.name or "").lower()
                if add_new and attendee.name or add_new and attendee.email:
                    store.add_person(attendee.name or attendee.email.split("@")[0], [attendee.email] if attendee.email else [])
                    result["people_added"] += 1
                else:
                    faces.setdefault(key, {"label": attendee.label, "email": attendee.email, "name": attendee.name,
                                           "meeting": meeting.title})
        if add_new:
            pairs = match_attendees(store, meeting, app.config)
        store.record_meeting(meeting, [p.id for _, p in pairs if p is not None])
        result["meetings"] += 1
    result["new_faces"] = list(faces.values())
    result["new_faces_count"] = len(faces)
    result["errors"] = app.pm.errors[errors_before:]
    return result
