"""Forgotten people stay forgotten: `rapport forget` leaves a tombstone of their keys so the next
sync does not bring them back from a contacts file or a calendar.

A tombstone holds salted hashes of the person's keys (emails, contact card UID, and the name when
there is no other key), never the keys themselves and nothing else about them: it can say "this
contact was forgotten" without keeping who they were. Adding the person again by hand
(`rapport people add`) lifts the tombstone for the keys given.

Tombstones travel with `rapport export` (the state's ``tombstones``: the salt and the hashes,
nothing else) and `rapport import` adds them to the importing home's own, each group of hashes
kept with the salt it was made with, so a restore into a new home keeps the forgotten forgotten.
"""

from __future__ import annotations

import hashlib
import re
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


def _state(state: Any) -> dict[str, Any]:
    """The stored value (``store.get_state(STATE_KEY)``, read once by the caller) as ``{"salt": hex,
    "graves": [[hash, ...], ...], "more": [{"salt", "graves"}, ...]}``: one grave (a list of key
    hashes) per person; ``more`` holds graves imported from another home's export, hashed with that
    home's salt. Nothing stored yet: a fresh salt."""
    if not isinstance(state, dict) or not isinstance(state.get("salt"), str):
        return {"salt": secrets.token_hex(16), "graves": [], "more": []}
    return {"salt": state["salt"], "graves": _graves(state.get("graves")),
            "more": [{"salt": g["salt"], "graves": _graves(g.get("graves"))} for g in state.get("more") or []
                     if isinstance(g, dict) and isinstance(g.get("salt"), str)]}


def _graves(value: Any) -> list[list[str]]:
    return [list(g) for g in value if isinstance(g, list)] if isinstance(value, list) else []


def _groups(state: dict[str, Any]) -> list[dict[str, Any]]:
    """Every (salt, graves) group of a state: the home's own first."""
    return [{"salt": state["salt"], "graves": state["graves"]}, *state.get("more", [])]


def _save(store: Any, groups: list[dict[str, Any]]) -> None:
    own, *more = groups
    value: dict[str, Any] = {"salt": own["salt"], "graves": own["graves"]}
    if more:
        value["more"] = more
    store.set_state(STATE_KEY, value)


def _hash(salt: str, key: str) -> str:
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def bury(store: Any, person: Any) -> int:
    """Leave a tombstone for ``person``'s keys; returns how many keys it covers."""
    state = _state(store.get_state(STATE_KEY))
    keys = _keys(list(person.emails), person.card_uid, person.name)
    state["graves"].append(sorted({_hash(state["salt"], k) for k in keys}))
    _save(store, _groups(state))
    return len(keys)


def lift(store: Any, emails: list[str], uid: str | None = None, name: str | None = None) -> None:
    """The user added this person again by hand: every tombstone naming one of these keys goes."""
    stored = store.get_state(STATE_KEY)
    if not stored:
        return
    groups = _groups(_state(stored))
    keys = _keys(emails, uid, None) + _keys([], None, name)
    changed = False
    for group in groups:
        given = {_hash(group["salt"], k) for k in keys}
        kept = [g for g in group["graves"] if not given & set(g)]
        changed |= len(kept) != len(group["graves"])
        group["graves"] = kept
    if changed:
        _save(store, groups)


def problem(value: Any) -> str | None:
    """What is wrong with an exported tombstones value (None when it is well formed): a salt and
    graves of SHA-256 hex digests, nothing else (an export never carries a forgotten person's data)."""
    if not isinstance(value, dict):
        return "expected an object"
    more = value.get("more", [])
    if not isinstance(more, list):
        return "more: expected a list"
    groups = [("", value, {"salt", "graves", "more"}),
              *((f"more[{i}].", group, {"salt", "graves"}) for i, group in enumerate(more))]
    for where, group, allowed in groups:
        if not isinstance(group, dict):
            return f"{where.rstrip('.')}: expected an object"
        extra = sorted(set(group) - allowed)
        if extra:
            return f"{where}{extra[0]}: not part of a tombstone (only a salt and graves of hashes)"
        if not isinstance(group.get("salt"), str) or not _HEX.fullmatch(group["salt"]):
            return f"{where}salt: expected hex text"
        graves = group.get("graves")
        if not isinstance(graves, list):
            return f"{where}graves: expected a list"
        for j, grave in enumerate(graves):
            if not isinstance(grave, list) or not all(isinstance(h, str) and _DIGEST.fullmatch(h) for h in grave):
                return f"{where}graves[{j}]: expected a list of SHA-256 hex digests"
    return None


_HEX = re.compile(r"[0-9a-f]{8,128}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def absorb(store: Any, value: dict[str, Any]) -> int:
    """Add the tombstones of an imported export (checked by ``problem``) to this home's, each kept
    with the salt it was hashed with; returns how many forgotten people are new here."""
    have = store.get_state(STATE_KEY)
    groups = _groups(_state(have)) if have else []
    added = 0
    for incoming in _groups({"salt": value["salt"], "graves": _graves(value.get("graves")),
                             "more": [{"salt": g["salt"], "graves": _graves(g.get("graves"))}
                                      for g in value.get("more") or []]}):
        target = next((g for g in groups if g["salt"] == incoming["salt"]), None)
        if target is None:
            target = {"salt": incoming["salt"], "graves": []}
            groups.append(target)
        known = {frozenset(g) for g in target["graves"]}
        for grave in incoming["graves"]:
            if frozenset(grave) not in known:
                target["graves"].append(sorted(set(grave)))
                known.add(frozenset(grave))
                added += 1
    if groups and added:
        _save(store, groups)
    return added


class Tombstones:
    """The tombstones of one store, loaded once for a sync."""

    def __init__(self, store: Any):
        self.groups = [(g["salt"], {h for grave in g["graves"] for h in grave})
                       for g in _groups(_state(store.get_state(STATE_KEY)))]

    def holds(self, emails: list[str], uid: str | None = None, name: str | None = None) -> bool:
        """True when any key of this contact or attendee belongs to a forgotten person."""
        keys = _keys(emails, uid, None) + (_keys([], None, name) if name else [])
        return any(_hash(salt, k) in hashes for salt, hashes in self.groups if hashes for k in keys)
