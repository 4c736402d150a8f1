"""What a storage backend must provide: the :class:`Store` protocol.

The core talks to storage only through these methods, so any object that has them can be
returned by the ``rapport_storage`` hook: the built-in ``SQLiteStore`` and the PostgreSQL team
store implement it, and run the same behaviour tests. The checks when a backend is loaded are
structural (:func:`check_store` names every missing method); the types below are the contract.

Conventions every backend keeps:

- Ids are positive integers the backend assigns; ``#id`` keys name a person by id.
- Emails and aliases are unique across people (case-insensitive); a name may be shared.
- ``add_memory`` is idempotent: the same normalised text for the same person is one memory,
  the new source is added to it and ``(existing, False)`` comes back.
- Every write is atomic; ``transaction()`` groups several into one (nested calls join the
  outer one) and rolls all of them back if the block raises.
- ``claim(key)`` is true exactly once per key, across processes: the scheduler's guard
  against delivering a briefing twice.
- ``forget_person`` deletes everything about the person, search index included.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from .errors import StoreError
from .models import Meeting, Memory, Person


@runtime_checkable
class Store(Protocol):
    """A storage backend: people and their keys, memories, meetings seen, automation state."""

    # -- plumbing ------------------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[Any]:
        """One write transaction; nested calls join the outer one; an exception rolls back."""
        ...

    def close(self) -> None:
        """Release connections; the store is not used afterwards."""
        ...

    def schema_version(self) -> int:
        """The schema version the data is at (shown by ``rapport init``)."""
        ...

    # -- people --------------------------------------------------------------------------
    def add_person(self, name: str, emails: Iterable[str] = (), aliases: Iterable[str] = (), *,
                   card_uid: str | None = None, note_ref: str | None = None, org: str | None = None,
                   title: str | None = None, is_me: bool = False) -> Person:
        """Create a person; an email or alias someone else has raises :class:`RapportError`."""
        ...

    def add_email(self, person_id: int, email: str) -> Person:
        ...

    def add_alias(self, person_id: int, alias: str) -> Person:
        ...

    def update_person(self, person_id: int, **fields: Any) -> Person:
        """Change ``name``, ``card_uid``, ``note_ref``, ``org``, ``title`` or ``is_me``."""
        ...

    def get_person(self, person_id: int) -> Person | None:
        ...

    def get_people(self, person_ids: Iterable[int]) -> dict[int, Person]:
        """Many people by id, in a bounded number of round trips (never one per person)."""
        ...

    def count_people(self) -> int:
        ...

    def list_people(self, limit: int | None = None, offset: int = 0) -> Iterable[Person]:
        """People ordered by name, streamed (``limit``/``offset`` for a page)."""
        ...

    def people_page(self, limit: int | None = None, offset: int = 0, *,
                    counts: bool = True) -> Iterable[tuple[Person, int | None]]:
        """A page of people ordered by name, each with their number of kept memories, in one query."""
        ...

    def find_by_email(self, email: str) -> Person | None:
        """By an email address (case-insensitive, ``mailto:`` ignored), through an index."""
        ...

    def find_by_alias(self, alias: str) -> Person | None:
        ...

    def find_by_card_uid(self, uid: str) -> Person | None:
        """The person linked to a contact card's UID, through an index."""
        ...

    def people_named(self, name: str, limit: int = 2) -> list[Person]:
        """People whose whole name is ``name`` (case and spacing ignored), through an index."""
        ...

    def people_with_first_name(self, first: str, limit: int = 2) -> list[Person]:
        """People whose name starts with the word(s) ``first``, through an index."""
        ...

    def me(self) -> Person | None:
        """The person marked as the user, if any."""
        ...

    def find_person(self, key: str) -> Person | None:
        """By ``#id``, email, exact name or alias (case-insensitive); an ambiguous name finds nobody."""
        ...

    def resolve_person(self, key: str) -> Person:
        """Like :meth:`find_person`, but a miss is a :class:`RapportError` naming ``key``."""
        ...

    def match_attendee(self, email: str | None, name: str | None) -> Person | None:
        """A calendar attendee's person: by email first, then by name, then by alias."""
        ...

    def merge_people(self, keep_id: int, other_id: int) -> Person:
        """Fold ``other`` into ``keep`` (keys, memories, meetings), then delete ``other``."""
        ...

    def forget_person(self, person_id: int) -> dict[str, Any]:
        """Delete the person everywhere; return counts per kind (``memories``, ``sources`` ...)."""
        ...

    # -- memories ------------------------------------------------------------------------
    def add_memory(self, memory: Memory) -> tuple[Memory, bool]:
        """Store a memory; ``(stored, created)`` - an existing twin comes back with ``False``."""
        ...

    def add_source(self, memory_id: int, source: str, source_ref: str | None = None,
                   meeting_key: str | None = None, added_at: str | None = None) -> None:
        """Record another place a memory was found."""
        ...

    def get_memory(self, memory_id: int) -> Memory | None:
        ...

    def require_memory(self, memory_id: int) -> Memory:
        """Like :meth:`get_memory`, but a miss is a :class:`RapportError`."""
        ...

    def update_memory(self, memory_id: int, **fields: Any) -> Memory:
        ...

    def memories_for(self, person_id: int, review: Iterable[str] = ("kept",)) -> list[Memory]:
        """A person's memories in the given review states."""
        ...

    def memories_for_many(self, person_ids: Iterable[int],
                          review: Iterable[str] = ("kept",)) -> dict[int, list[Memory]]:
        """:meth:`memories_for` for several people in one round trip."""
        ...

    def proposed(self) -> list[Memory]:
        """Memories waiting for ``rapport review``."""
        ...

    def search(self, query: str, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Full-text search, best first, a page ranked and cut in the query itself:
        ``{"people": [Person], "memories": [(Memory, Person)]}``."""
        ...

    # -- meetings ------------------------------------------------------------------------
    def record_meeting(self, meeting: Meeting, person_ids: Iterable[int]) -> None:
        """Remember that a meeting happened (or is planned) with these people. Idempotent."""
        ...

    def meetings_with(self, person_id: int, limit: int = 10, before: datetime | None = None, *,
                      ended_by: datetime | None = None, after: datetime | None = None,
                      newest_first: bool = True, declined: bool = True) -> list[dict[str, Any]]:
        """A person's meetings as dicts (``key``, ``uid``, ``title``, ``start``, ``response`` ...),
        ordered by their start *instant* (offsets compared, not text), newest first by default.
        ``before``: starting before it; ``ended_by``: ended by it; ``after``: starting at or after it."""
        ...

    def last_meeting_with(self, person_id: int, before: datetime, now: datetime | None = None) -> dict[str, Any] | None:
        """The latest meeting (not declined) starting before ``before`` that had *ended* by ``now``."""
        ...

    def next_meeting_with(self, person_id: int, after: datetime) -> dict[str, Any] | None:
        """The earliest meeting (not declined) starting at or after ``after``."""
        ...

    def record_brought_up(self, meeting_key: str, meeting_start: str,
                          offers: Iterable[tuple[int, int, str]]) -> int:
        """A delivered briefing offered these ``(person_id, memory_id, kind)``; returns how many were new."""
        ...

    def brought_up_for(self, person_id: int) -> list[dict[str, Any]]:
        ...

    # -- automation state ----------------------------------------------------------------
    def get_state(self, key: str, default: Any = None) -> Any:
        """A JSON value stored under ``key``."""
        ...

    def set_state(self, key: str, value: Any) -> None:
        ...

    def claim(self, key: str) -> bool:
        """True the first time ``key`` is claimed, False ever after (also across processes)."""
        ...

    def release(self, key: str) -> None:
        """Undo a claim: the work it guarded failed and should be retried."""
        ...

    # -- export / import -----------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything as one JSON-serialisable value (the ``rapport export`` format)."""
        ...

    def import_data(self, data: dict[str, Any]) -> dict[str, int]:
        """Read an export back; returns counts (``people``, ``memories``, ``duplicates``, ``meetings``)."""
        ...


def store_methods() -> list[str]:
    """The names a backend must have, in the order the protocol lists them."""
    return [name for name in Store.__dict__ if not name.startswith("_") and callable(Store.__dict__[name])]


def check_store(store: Any, plugin: str = "storage plugin") -> Any:
    """Return ``store`` if it meets the :class:`Store` protocol, else raise a one-line error naming
    the plugin and every missing method (so a half-written backend fails at load, not mid-capture)."""
    missing = [name for name in store_methods() if not callable(getattr(store, name, None))]
    if missing:
        raise StoreError(f"{plugin} returned a {type(store).__name__} that is not a rapport Store: "
                         f"missing {', '.join(missing)}")
    return store
