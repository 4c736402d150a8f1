"""The shape of a rapport export, checked before anything is imported.

An export file may have been edited by hand or made by another tool: every field is checked for
its type and range first, so a bad file is one line naming the place (``people[3].emails[0]``)
and nothing of it is stored, whatever the storage backend.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import RapportError

MAX_INT = 2**63 - 1  # SQLite's INTEGER
MAX_DEPTH = 64  # an export nests 5 levels; 100,000 '[' is not an export
_TEXT = (str, type(None))
_PERSON_TEXT = ("created_at", "card_uid", "note_ref", "org", "title")
_MEMORY_TEXT = ("category", "sensitivity", "source", "source_ref", "captured_at", "event_date", "event_text",
                "recurrence", "follow_up", "review", "confirmed_at", "meeting_key")
_MEETING_TEXT = ("end", "source", "seen_at", "response", "timezone")


class _Bad(Exception):
    """A misshapen export; the message names the place."""


def load_export(raw: str, source: str) -> dict[str, Any]:
    """Parse and check an export's text; a one-line RapportError names the file and the place."""
    if _too_deep(raw):
        raise RapportError(f"{source}: not a rapport export (nested more than {MAX_DEPTH} levels deep)")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RapportError(f"{source}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise RapportError(f"{source}: not a rapport export (nested too deep)") from None
    try:
        check_export(data)
    except _Bad as exc:
        raise RapportError(f"{source}: not a valid rapport export: {exc}") from None
    return data


def _too_deep(raw: str) -> bool:
    """Nesting deeper than MAX_DEPTH, found in one linear pass (strings skipped)."""
    depth = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def check_export(data: Any) -> None:
    """Raise ``_Bad`` (with the place) unless ``data`` has the shape ``rapport export`` writes
    (version 1 nests memories in people, version 2 lists them apart with their ``person_id``)."""
    if not isinstance(data, dict) or data.get("format") != "rapport-export":
        raise _Bad('expected "format": "rapport-export"')
    for i, p in enumerate(_list(data, "people", "people")):
        check_person(p, f"people[{i}]")
    for i, m in enumerate(_list(data, "memories", "memories")):
        check_memory(m, f"memories[{i}]", with_person=True)
    for i, m in enumerate(_list(data, "meetings", "meetings")):
        check_meeting(m, f"meetings[{i}]")
    state = data.get("state")
    if state is not None and not isinstance(state, dict):
        raise _Bad("state: expected an object")
    for key, value in (state or {}).items():
        check_state(key, value, "state")


def check_state(key: str, value: Any, where: str) -> None:
    """A state entry: the tombstones of forgotten people must be a salt and hashes, nothing else."""
    from .tombstones import STATE_KEY, problem

    if key == STATE_KEY and (wrong := problem(value)):
        raise _Bad(f"{where}.{key}.{wrong}" if not wrong.startswith("expected") else f"{where}.{key}: {wrong}")


def check_person(p: Any, where: str) -> None:
    if not isinstance(p, dict):
        raise _Bad(f"{where}: expected an object")
    _text(p, "name", where, required=True)
    _int(p, "id", where)
    for key in _PERSON_TEXT:
        _text(p, key, where)
    for key in ("emails", "aliases"):
        for j, v in enumerate(_list(p, key, f"{where}.{key}")):
            if not isinstance(v, str) or not v.strip():
                raise _Bad(f"{where}.{key}[{j}]: expected a non-empty string")
    if not isinstance(p.get("is_me", False), bool | int):
        raise _Bad(f"{where}.is_me: expected true or false")
    for j, m in enumerate(_list(p, "memories", f"{where}.memories")):
        check_memory(m, f"{where}.memories[{j}]")


def check_memory(m: Any, where: str, with_person: bool = False) -> None:
    if not isinstance(m, dict):
        raise _Bad(f"{where}: expected an object")
    _text(m, "text", where, required=True)
    _int(m, "id", where)
    if with_person:
        if m.get("person_id") is None:
            raise _Bad(f"{where}.person_id: missing")
        _int(m, "person_id", where)
    for key in _MEMORY_TEXT:
        _text(m, key, where)
    if not isinstance(m.get("pinned", False), bool | int):
        raise _Bad(f"{where}.pinned: expected true or false")
    for j, src in enumerate(_list(m, "sources", f"{where}.sources")):
        if not isinstance(src, dict):
            raise _Bad(f"{where}.sources[{j}]: expected an object")
    for j, b in enumerate(_list(m, "brought_up", f"{where}.brought_up")):
        if not isinstance(b, dict):
            raise _Bad(f"{where}.brought_up[{j}]: expected an object")
        for key in ("meeting_key", "meeting_start"):
            _text(b, key, f"{where}.brought_up[{j}]", required=True)
        _text(b, "kind", f"{where}.brought_up[{j}]")


def check_meeting(m: Any, where: str) -> None:
    if not isinstance(m, dict):
        raise _Bad(f"{where}: expected an object")
    for key in ("key", "uid", "title", "start"):
        _text(m, key, where, required=True)
    for key in _MEETING_TEXT:
        _text(m, key, where)
    for j, _pid in enumerate(_list(m, "people", f"{where}.people")):
        _int(m["people"], j, f"{where}.people")


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{where}: expected a list, found {type(value).__name__}")
    return value


def _text(obj: dict[str, Any], key: str, where: str, required: bool = False) -> None:
    value = obj.get(key)
    if value is None and not required:
        return
    if not isinstance(value, str) or (required and not value.strip()):
        raise _Bad(f"{where}.{key}: expected {'a non-empty' if required else 'a'} string")


def _int(obj: Any, key: Any, where: str) -> None:
    value = obj[key] if isinstance(obj, list) else obj.get(key)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
        label = f"{where}[{key}]" if isinstance(obj, list) else f"{where}.{key}"
        raise _Bad(f"{label}: expected a whole number from 0 to {MAX_INT} (an id SQLite can hold)")
