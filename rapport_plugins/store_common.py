"""Store behaviour that does not depend on the database: the lookup order of a person's key, the
meeting filters, validation. Every backend inherits it (``SQLiteStore``, the PostgreSQL team store)
and provides the primitives it is written against, so the backends cannot drift apart:

``_people_with_ids(ids)``, ``find_by_email``, ``find_by_alias``, ``people_named``, ``_name_prefix(norm,
limit, whole)``, ``_count_named(norm)``, ``get_memory``, ``memories_for_many``, ``people_page`` and
``_meeting_rows(person_id)`` (dicts or rows with key, uid, title, start, end, source, response),
``transaction()``, ``_index_person(person_id)``, and the row writes ``_insert_person(name, norm,
fields)``, ``_key_owner(kind, norm)``, ``_insert_key(person_id, kind, value, norm)``,
``_update_person_row(person_id, fields)`` and ``_update_memory_row(memory, fields)``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from .errors import RapportError
from .models import CATEGORIES, FOLLOW_UP_STATES, REVIEW_STATES, SENSITIVITIES, Memory, Person

MAX_ID = 2**63 - 1  # the largest id either database stores
CHUNK = 500  # ids per statement when a caller asks for many: statement size never grows with the data
# What update_memory may change (besides moving a memory to another person).
MEMORY_FIELDS = (
    "text", "category", "sensitivity", "source", "source_ref", "captured_at", "event_date",
    "event_text", "recurrence", "follow_up", "review", "pinned", "confirmed_at", "meeting_key",
)
_MEMORY_KEYS = tuple(Memory.__dataclass_fields__)  # a memory's fields, as to_dict() gives them
PERSON_FIELDS = {"name", "card_uid", "note_ref", "org", "title", "is_me", "timezone"}


def utcnow() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def normalise(text: str) -> str:
    """The form used to tell "the same memory" apart: case, accents, spacing and punctuation ignored."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() or text
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise RapportError("a person needs a name")
    return name


def _norm_key(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "email":
        value = value.removeprefix("mailto:").removeprefix("MAILTO:")
    return " ".join(value.lower().split())


def name_norm(name: str) -> str:
    """The indexed form of a person's name (``people.name_norm``): lower case, single spaces."""
    return _norm_key("alias", name)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _instant(value: str | None) -> datetime | None:
    """A stored start or end as an aware instant; an all-day date is its local midnight (calendars
    give all-day events an exclusive end date; a capture records its day as start and end)."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return _aware(dt)


class StoreBehaviour:
    """The backend-independent half of a store (see the module docstring for what it needs)."""

    PARAM = "?"  # the database driver's placeholder: SQL below is written with ?, the backend's replaces it
    ME_WHERE = "p.is_me=1"  # which person row is the user

    def _sql(self, text: str) -> str:
        return text if self.PARAM == "?" else text.replace("?", self.PARAM)

    def _first_person(self, where: str, args: tuple[Any, ...]) -> Person | None:
        found = self._people_where(self._sql(where), args)  # type: ignore[attr-defined]
        return found[0] if found else None

    def _by_key(self, kind: str, norm: str) -> Person | None:
        return self._first_person("p.id = (SELECT person_id FROM person_keys WHERE kind=? AND norm=?)", (kind, norm))

    def find_by_card_uid(self, uid: str) -> Person | None:
        """The person linked to this contact card (vCard UID), by index; the oldest if several."""
        return self._first_person("p.card_uid=? ORDER BY p.id LIMIT 1", (uid,))

    def _name_prefix(self, norm: str, limit: int, whole: bool) -> list[Person]:
        """People whose normalised name starts with the words ``norm`` (or is it, with ``whole``)."""
        exact = "p.name_norm = ? OR " if whole else ""
        return self._people_where(  # type: ignore[attr-defined, no-any-return]
            self._sql(f"({exact}(p.name_norm >= ? AND p.name_norm < ?)) ORDER BY p.id LIMIT ?"),
            ((norm,) if whole else ()) + (norm + " ", norm + "!", limit))

    def people_named(self, name: str, limit: int = 2) -> list[Person]:
        """People whose whole name is ``name`` (case and spacing ignored), by index."""
        return self._people_where(self._sql("p.name_norm=? ORDER BY p.id LIMIT ?"),  # type: ignore[attr-defined, no-any-return]
                                  (name_norm(name), limit))

    # -- people -------------------------------------------------------------------------------
    def add_person(self, name: str, emails: Iterable[str] = (), aliases: Iterable[str] = (), *,
                   card_uid: str | None = None, note_ref: str | None = None, org: str | None = None,
                   title: str | None = None, is_me: bool = False, timezone: str | None = None) -> Person:
        name = _clean_name(name)
        with self.transaction():  # type: ignore[attr-defined]
            pid = self._insert_person(name, name_norm(name), {  # type: ignore[attr-defined]
                "card_uid": card_uid, "note_ref": note_ref, "org": org, "title": title, "is_me": is_me,
                "timezone": timezone})
            for e in emails:
                self._add_key(pid, "email", e)
            for a in aliases:
                self._add_key(pid, "alias", a)
            self._index_person(pid)  # type: ignore[attr-defined]
        return self.get_person(pid)  # type: ignore[return-value]

    def _add_key(self, person_id: int, kind: str, value: str) -> None:
        """An email or alias for the person; one that names someone else is refused, saying whom."""
        value = value.strip()
        if kind == "email":
            value = value.removeprefix("mailto:").removeprefix("MAILTO:")
            if "@" not in value:
                raise RapportError(f"not an email address: {value!r}")
        if not value:
            return
        norm = _norm_key(kind, value)
        owner = self._key_owner(kind, norm)  # type: ignore[attr-defined]
        if owner is not None:
            if owner != person_id:
                other = self.get_person(owner)
                raise RapportError(f"{kind} {value!r} already belongs to {other.name if other else owner!r}")
            return
        self._insert_key(person_id, kind, value, norm)  # type: ignore[attr-defined]

    def update_person(self, person_id: int, **fields: Any) -> Person:
        bad = set(fields) - PERSON_FIELDS
        if bad:
            raise RapportError(f"cannot update person field(s): {', '.join(sorted(bad))}")
        if not fields:
            return self._require_person(person_id)
        if "name" in fields:
            fields["name"] = _clean_name(fields["name"])
            fields["name_norm"] = name_norm(fields["name"])
        with self.transaction():  # type: ignore[attr-defined]
            self._require_person(person_id)
            self._update_person_row(person_id, fields)  # type: ignore[attr-defined]
            self._index_person(person_id)  # type: ignore[attr-defined]
        return self.get_person(person_id)  # type: ignore[return-value]

    def get_person(self, person_id: int) -> Person | None:
        if not 0 <= person_id <= MAX_ID:  # an id no database stores (an imported row may hold 0)
            return None
        found = self._people_with_ids([person_id])  # type: ignore[attr-defined]
        return found[0] if found else None

    def get_people(self, person_ids: Iterable[int]) -> dict[int, Person]:
        """Many people by id, in a few bounded queries (``CHUNK`` ids each); unknown ids are left out."""
        out: dict[int, Person] = {}
        for chunk in _chunks([i for i in dict.fromkeys(person_ids) if 0 <= i <= MAX_ID]):
            for person in self._people_with_ids(chunk):  # type: ignore[attr-defined]
                out[person.id] = person  # type: ignore[index]
        return out

    @staticmethod
    def _person_from_row(row: Any) -> Person:
        """A Person from a row holding its keys as ``[[kind, value], ...]`` (JSON text or a list)."""
        emails, aliases = [], []
        keys = row["keys"] or []
        for kind, value in json.loads(keys) if isinstance(keys, str) else keys:
            (emails if kind == "email" else aliases).append(value)
        return Person(id=row["id"], name=row["name"], emails=emails, aliases=aliases, card_uid=row["card_uid"],
                      note_ref=row["note_ref"], org=row["org"], title=row["title"], is_me=bool(row["is_me"]),
                      created_at=row["created_at"], timezone=row["timezone"])

    def find_by_email(self, email: str) -> Person | None:
        """The person with this email address (case-insensitive, ``mailto:`` ignored), by index."""
        return self._by_key("email", _norm_key("email", email))  # type: ignore[attr-defined, no-any-return]

    def find_by_alias(self, alias: str) -> Person | None:
        return self._by_key("alias", _norm_key("alias", alias))  # type: ignore[attr-defined, no-any-return]

    def _import_person(self, p: dict[str, Any]) -> int:
        """An exported person: joined to whoever has one of their emails already (the exported you
        to this home's you: a home has one you), else added (with their old id where it is free);
        an alias someone else has is left out."""
        me = self.me() if p.get("is_me") else None
        if me is not None:
            for e in p.get("emails", []):
                if not self.match_attendee(e, None):
                    self._add_key(me.id, "email", e)  # type: ignore[arg-type]
            return me.id  # type: ignore[return-value]
        for e in p.get("emails", []):
            existing = self.match_attendee(e, None)
            if existing:
                for e2 in p.get("emails", []):
                    if not self.match_attendee(e2, None):
                        self._add_key(existing.id, "email", e2)  # type: ignore[arg-type]
                return existing.id  # type: ignore[return-value]
        wanted = p.get("id")
        free = isinstance(wanted, int) and 0 <= wanted <= MAX_ID and self.get_person(wanted) is None
        pid = self._insert_person(p["name"], name_norm(p["name"]), {  # type: ignore[attr-defined]
            "card_uid": p.get("card_uid"), "note_ref": p.get("note_ref"), "org": p.get("org"),
            "title": p.get("title"), "is_me": bool(p.get("is_me")), "id": wanted if free else None,
            "timezone": p.get("timezone"),
            "created_at": p.get("created_at")})
        for e in p.get("emails", []):
            self._add_key(pid, "email", e)
        for a in p.get("aliases", []):
            if self._key_owner("alias", _norm_key("alias", a)) is None:  # type: ignore[attr-defined]
                self._add_key(pid, "alias", a)
        self._index_person(pid)  # type: ignore[attr-defined]
        return pid

    def me(self) -> Person | None:
        return self._first_person(f"{self.ME_WHERE} ORDER BY p.id LIMIT 1", ())

    def merge_people(self, keep_id: int, other_id: int) -> Person:
        """Fold ``other`` into ``keep``: keys, memories (duplicates join), meetings, what briefings
        brought up (the backend's ``_merge_rows``, which deletes ``other``); ``other``'s name stays
        as an alias and fills in what ``keep`` does not say (card, note, org, title)."""
        if keep_id == other_id:
            raise RapportError("cannot merge a person with themselves")
        with self.transaction():  # type: ignore[attr-defined]
            keep = self._require_person(keep_id)
            other = self._require_person(other_id)
            self._merge_rows(keep, other)  # type: ignore[attr-defined]
            norm = _norm_key("alias", other.name)
            if other.name.lower() != keep.name.lower() and self._key_owner("alias", norm) is None:  # type: ignore[attr-defined]
                self._insert_key(keep_id, "alias", other.name, norm)  # type: ignore[attr-defined]
            fill = {col: getattr(other, col) for col in ("card_uid", "note_ref", "org", "title", "timezone")
                    if getattr(keep, col) is None and getattr(other, col) is not None}
            if fill:
                self._update_person_row(keep_id, fill)  # type: ignore[attr-defined]
            self._index_person(keep_id)  # type: ignore[attr-defined]
        return self.get_person(keep_id)  # type: ignore[return-value]

    def _require_person(self, person_id: int) -> Person:
        person = self.get_person(person_id)  # type: ignore[attr-defined]
        if person is None:
            raise RapportError(f"unknown person #{person_id}")
        return person

    def add_email(self, person_id: int, email: str) -> Person:
        """Give a person another email (the backend's ``_add_key`` refuses one someone else has)."""
        with self.transaction():  # type: ignore[attr-defined]
            self._require_person(person_id)
            self._add_key(person_id, "email", email)  # type: ignore[attr-defined]
            self._index_person(person_id)  # type: ignore[attr-defined]
        return self.get_person(person_id)  # type: ignore[attr-defined, no-any-return]

    def add_alias(self, person_id: int, alias: str) -> Person:
        with self.transaction():  # type: ignore[attr-defined]
            self._require_person(person_id)
            self._add_key(person_id, "alias", alias)  # type: ignore[attr-defined]
            self._index_person(person_id)  # type: ignore[attr-defined]
        return self.get_person(person_id)  # type: ignore[attr-defined, no-any-return]

    def list_people(self, limit: int | None = None, offset: int = 0) -> Iterator[Person]:
        """People in name order, streamed from one query (``limit``/``offset`` for a page)."""
        for person, _ in self.people_page(limit, offset, counts=False):  # type: ignore[attr-defined]
            yield person

    def people_with_first_name(self, first: str, limit: int = 2) -> list[Person]:
        """People whose name starts with the word(s) ``first`` ("Anna" finds "Anna Berg" and "Anna"),
        by an index range scan; ``limit`` keeps "is it unique?" cheap."""
        norm = name_norm(first)
        return self._name_prefix(norm, limit, whole=True) if norm else []  # type: ignore[attr-defined]

    def find_person(self, key: str) -> Person | None:
        """Find by ``#id``, email, exact name or alias (case-insensitive). Ambiguous names find nobody."""
        key = (key or "").strip()
        if not key:
            return None
        if re.fullmatch(r"#\d+", key):
            number = int(key[1:])
            return self.get_person(number) if 0 < number <= MAX_ID else None  # type: ignore[attr-defined]
        if "@" in key:
            person = self.find_by_email(key)  # type: ignore[attr-defined]
            if person:
                return person
        named = self.people_named(key)  # type: ignore[attr-defined]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            return None
        person = self.find_by_alias(key)  # type: ignore[attr-defined]
        if person:
            return person
        # A first name alone finds someone when exactly one person has it.
        found = self._name_prefix(name_norm(key), 2, whole=False)  # type: ignore[attr-defined]
        return found[0] if len(found) == 1 else None

    def resolve_person(self, key: str) -> Person:
        person = self.find_person(key)
        if person is None:
            n = self._count_named(name_norm(key))  # type: ignore[attr-defined]
            if n > 1:
                raise RapportError(f"{key!r} names {n} people: use an email or #id")
            raise RapportError(f"unknown person {key!r} (see `rapport people`)")
        return person

    def match_attendee(self, email: str | None, name: str | None) -> Person | None:
        """Match a calendar attendee: by any email first, then by name, then by alias."""
        if email:
            person = self.find_by_email(email)  # type: ignore[attr-defined]
            if person:
                return person
        if name and "@" not in name:
            return self.find_person(name)
        return None

    # -- memories -----------------------------------------------------------------------------
    @staticmethod
    def _check_memory(memory: Memory) -> None:
        if not memory.text or not memory.text.strip():
            raise RapportError("a memory needs some text")
        if memory.category not in CATEGORIES:
            raise RapportError(f"unknown category {memory.category!r} (one of: {', '.join(CATEGORIES)})")
        if memory.sensitivity not in SENSITIVITIES:
            raise RapportError(f"unknown sensitivity {memory.sensitivity!r} (one of: {', '.join(SENSITIVITIES)})")
        if memory.review not in REVIEW_STATES:
            raise RapportError(f"unknown review state {memory.review!r}")
        if memory.follow_up is not None and memory.follow_up not in FOLLOW_UP_STATES:
            raise RapportError(f"unknown follow-up state {memory.follow_up!r}")

    def require_memory(self, memory_id: int) -> Memory:
        memory = self.get_memory(memory_id)  # type: ignore[attr-defined]
        if memory is None:
            raise RapportError(f"unknown memory #{memory_id}")
        return memory

    def _memory_from_row(self, row: Any, sources: list[dict[str, Any]] | None = None) -> Memory:
        return Memory(
            id=row["id"], person_id=row["person_id"], text=row["text"], category=row["category"],
            sensitivity=row["sensitivity"], source=row["source"], source_ref=row["source_ref"],
            captured_at=row["captured_at"], event_date=row["event_date"], event_text=row["event_text"],
            recurrence=row["recurrence"], follow_up=row["follow_up"], review=row["review"],
            pinned=bool(row["pinned"]), confirmed_at=row["confirmed_at"], meeting_key=row["meeting_key"],
            sources=sources if sources is not None else self._sources(row["id"]),  # type: ignore[attr-defined]
        )

    def update_memory(self, memory_id: int, **fields: Any) -> Memory:
        """Change a memory's fields (checked as a new memory would be); the backend writes the row
        and refuses a text the person already has."""
        bad = set(fields) - set(MEMORY_FIELDS) - {"person_id"}
        if bad:
            raise RapportError(f"cannot update memory field(s): {', '.join(sorted(bad))}")
        with self.transaction():  # type: ignore[attr-defined]
            current = self.require_memory(memory_id)
            for k, v in fields.items():
                setattr(current, k, v)
            self._check_memory(current)
            if "text" in fields:
                fields["text"] = " ".join(fields["text"].split())
                fields["norm"] = normalise(fields["text"])
            if "pinned" in fields:
                fields["pinned"] = bool(fields["pinned"])
            if fields:
                self._update_memory_row(current, fields)  # type: ignore[attr-defined]
        return self.require_memory(memory_id)

    def memories_for(self, person_id: int, review: Iterable[str] = ("kept",)) -> list[Memory]:
        return self.memories_for_many([person_id], review).get(person_id, [])  # type: ignore[attr-defined]

    # -- meetings -----------------------------------------------------------------------------
    def meetings_with(self, person_id: int, limit: int = 10, before: datetime | None = None, *,
                      ended_by: datetime | None = None, after: datetime | None = None,
                      newest_first: bool = True, declined: bool = True) -> list[dict[str, Any]]:
        """Meetings with a person, ordered by their real start instant (offsets compared, not text).

        ``before``: only those starting before it; ``ended_by``: only those that had *ended* by it
        (a meeting still to come or under way is not one you have had); ``after``: only those
        starting at or after it; ``declined=False`` leaves out those the user declined.
        """
        found = []
        for r in self._meeting_rows(person_id):  # type: ignore[attr-defined]
            start = _instant(r["start"])
            if start is None:
                continue
            if not declined and r["response"] == "declined":
                continue
            if before is not None and not start < _aware(before):
                continue
            if after is not None and not start >= _aware(after):
                continue
            if ended_by is not None:
                end = _instant(r["end"] or r["start"])
                if end is None or end > _aware(ended_by):
                    continue
            found.append((start, r["key"], dict(r)))
        found.sort(key=lambda t: (t[0], t[1]), reverse=newest_first)
        return [d for _, _, d in found[:limit]]

    def last_meeting_with(self, person_id: int, before: datetime, now: datetime | None = None) -> dict[str, Any] | None:
        """The latest meeting (not declined) that started before ``before`` and had ended by ``now``."""
        found = self.meetings_with(person_id, limit=1, before=before, ended_by=now or before, declined=False)
        return found[0] if found else None

    def next_meeting_with(self, person_id: int, after: datetime) -> dict[str, Any] | None:
        """The earliest meeting (not declined) starting at or after ``after``."""
        found = self.meetings_with(person_id, limit=1, after=after, newest_first=False, declined=False)
        return found[0] if found else None

    # -- export ---------------------------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything in the store as one value (people with their memories nested, the shape of
        version 1 exports), made from the backend's ``export_records`` stream; for small stores
        and tests — ``export_records`` streams."""
        data: dict[str, Any] = {"people": [], "meetings": [], "state": {}}
        people: dict[int, dict[str, Any]] = {}
        for kind, value in self.export_records():  # type: ignore[attr-defined]
            if kind == "header":
                data.update(value, version=1)
            elif kind == "person":
                people[value["id"]] = value | {"memories": []}
            elif kind == "memory":
                # the shape of Memory.to_dict(): fields this backend does not keep are None
                value = {**dict.fromkeys(_MEMORY_KEYS), **value}
                if not value.get("brought_up"):
                    value.pop("brought_up", None)  # as version 1 wrote it: only when there is some
                people[value["person_id"]]["memories"].append(value)
            elif kind == "meeting":
                data["meetings"].append(value)
            else:
                data["state"][value[0]] = value[1]
        data["people"] = sorted(people.values(), key=lambda p: (p["name"].lower(), p["id"]))
        return data


def remap_state_key(key: str, id_map: dict[int, int]) -> str:
    """A ``person:<id>:...`` state key with the person's id as the importing store gave it."""
    for old, new in id_map.items():
        if key.startswith(f"person:{old}:"):
            return f"person:{new}:" + key[len(f"person:{old}:"):]
    return key
