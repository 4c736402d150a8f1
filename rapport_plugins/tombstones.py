"""Forgotten people stay forgotten: `rapport forget` leaves a tombstone of their keys so the next
sync does not bring them back from a contacts file or a calendar.

A tombstone holds salted hashes of the person's keys (emails, contact card UID, and the name when
there is no other key), never the keys themselves and nothing else about them: it can say "this
contact was forgotten" without keeping who they were. Adding the person again by hand
(`rapport people add`) lifts the tombstone for the keys given.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

STATE_KEY = "tombstones"


def _keys(emails: list[str], uid: str | None, name: str | None) -> list[str]:
    keys = [f"email:{e.strip().lower().removeprefix('mailto:')}" for e in emails if e and e.strip()]
    if uid:
        keys.append(f"card:{uid.strip()}")
    if not keys and name:
        keys.append("name:" + " ".join(name.lower().split()))
    return keys


def _state(store: Any) -> dict[str, Any]:
    """``{"salt": hex, "graves": [[hash, ...], ...]}``: one grave (a list of key hashes) per person."""
    state = store.get_state(STATE_KEY) or {}
    if not isinstance(state, dict) or not isinstance(state.get("salt"), str):
        return {"salt": secrets.token_hex(16), "graves": []}
    graves = state.get("graves")
    return {"salt": state["salt"], "graves": [list(g) for g in graves if isinstance(g, list)]
            if isinstance(graves, list) else []}


def _hash(salt: str, key: str) -> str:
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def bury(store: Any, person: Any) -> int:
    """Leave a tombstone for ``person``'s keys; returns how many keys it covers."""
    state = _state(store)
    keys = _keys(list(person.emails), person.card_uid, person.name)
    state["graves"].append(sorted({_hash(state["salt"], k) for k in keys}))
    store.set_state(STATE_KEY, state)
    return len(keys)


def lift(store: Any, emails: list[str], uid: str | None = None, name: str | None = None) -> None:
    """The user added this person again by hand: every tombstone naming one of these keys goes."""
    if not store.get_state(STATE_KEY):
        return
    state = _state(store)
    given = {_hash(state["salt"], k) for k in _keys(emails, uid, None) + _keys([], None, name)}
    kept = [g for g in state["graves"] if not given & set(g)]
    if len(kept) != len(state["graves"]):
        store.set_state(STATE_KEY, {"salt": state["salt"], "graves": kept})


class Tombstones:
    """The tombstones of one store, loaded once for a sync."""

    def __init__(self, store: Any):
        state = _state(store)
        self.salt = state["salt"]
        self.hashes = {h for grave in state["graves"] for h in grave}

    def holds(self, emails: list[str], uid: str | None = None, name: str | None = None) -> bool:
        """True when any key of this contact or attendee belongs to a forgotten person."""
        if not self.hashes:
            return False
        keys = _keys(emails, uid, None) + (_keys([], None, name) if name else [])
        return any(_hash(self.salt, k) in self.hashes for k in keys)
