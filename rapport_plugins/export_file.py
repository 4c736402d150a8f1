"""Export files, written and read as a stream: one JSON document, one record per line.

    {"format": "rapport-export", "version": 2, "schema": 6,
    "people": [
    {"name":"Anna Berg","emails":["anna@example.org"],"aliases":[],"id":1,...},
    ...
    ],
    "memories": [ ... each with its person_id, sources and brought_up ... ],
    "meetings": [ ... each with its people's ids ... ],
    "state": {
    "key": value,
    ...
    }
    }

The whole file is ordinary JSON (any tool reads it), and because every record sits on a line
of its own, ``rapport import`` reads it a line at a time: memory stays the same whatever the
store's size. Records are built as JSON by SQLite's own functions and decoded by the C JSON
codec. Older exports (version
1, or a file someone re-formatted) are read whole, within the ``[limits] file_mb`` limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from .errors import RapportError

HEADER = b'{"format": "rapport-export", "version": 2'
SECTIONS = (("person", "people", "["), ("memory", "memories", "["), ("meeting", "meetings", "["),
            ("state", "state", "{"))
_CLOSE = {"[": "]", "{": "}"}


def write_export(records: Iterable[tuple[str, Any]], out: BinaryIO) -> dict[str, int]:
    """Write a store's ``export_records`` to ``out`` (values, or JSON text as ``raw=True`` gives
    it); returns how many records of each kind."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # the C encoder: no indent
    it = iter(records)
    kind, header = next(it)
    if kind != "header":
        raise ValueError("export records start with their header")
    out.write(json.dumps(header, ensure_ascii=False)[:-1].encode() + b",\n")
    counts = {name: 0 for _, name, _ in SECTIONS}
    order = [k for k, _, _ in SECTIONS]
    section = -1
    first = True
    for kind, value in it:
        target = order.index(kind)
        while section < target:  # close the open section, open the next (empty ones included)
            if section >= 0:
                out.write(f"\n{_CLOSE[SECTIONS[section][2]]},\n".encode())
            section += 1
            out.write(f'"{SECTIONS[section][1]}": {SECTIONS[section][2]}'.encode())
            first = True
        if kind == "state":
            line = f"{encode(value[0])}: {encode(value[1])}"
        else:
            line = value if isinstance(value, str) else encode(value)  # str: JSON made by the store
        out.write((",\n" if not first else "\n").encode() + line.encode())
        first = False
        counts[SECTIONS[section][1]] += 1
    while section < len(SECTIONS) - 1:
        if section >= 0:
            out.write(f"\n{_CLOSE[SECTIONS[section][2]]},\n".encode())
        section += 1
        out.write(f'"{SECTIONS[section][1]}": {SECTIONS[section][2]}'.encode())
    out.write(f"\n{_CLOSE[SECTIONS[-1][2]]}\n}}\n".encode())
    return counts


def read_export(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[tuple[str, Any]]:
    """The records of the export in ``fh``: streamed a line at a time when it is a version 2
    file as ``write_export`` wrote it, else (version 1, re-formatted) read whole within
    ``max_bytes``. Every record is checked before it is yielded; a bad one is a one-line
    RapportError naming the file, the line and the place."""
    first = fh.readline(max_bytes + 1)
    if not first.startswith(HEADER):
        yield from _read_whole(first, fh, source, max_bytes)
        return
    yield from _read_lines(first, fh, source, max_bytes)


def _read_whole(first: bytes, fh: BinaryIO, source: str, max_bytes: int) -> Iterator[tuple[str, Any]]:
    from .export_schema import load_export
    from .limits import decode_text, size_text
    from .store import records_of

    raw = first + fh.read(max_bytes + 1 - len(first))
    if len(raw) > max_bytes:
        raise RapportError(f"{source}: export larger than {size_text(max_bytes)}; not read (raise [limits] file_mb "
                           "to read it, or export it again with this rapport: those are read a line at a time)")
    yield from records_of(load_export(decode_text(raw, source, what="JSON"), source))


def _read_lines(first: bytes, fh: BinaryIO, source: str, max_bytes: int) -> Iterator[tuple[str, Any]]:
    from .export_schema import _Bad, check_meeting, check_memory, check_person, check_state

    checks = {"person": check_person, "meeting": check_meeting,
              "memory": lambda v, where: check_memory(v, where, with_person=True)}
    number = 1

    def fail(message: str) -> RapportError:
        return RapportError(f"{source}:{number}: not a valid rapport export: {message}")

    def decode(text: bytes) -> Any:
        try:
            return json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise fail(f"not valid JSON ({getattr(exc, 'msg', None) or exc})") from None
        except RecursionError:
            raise fail("nested too deep") from None

    header = decode(first.rstrip().removesuffix(b",") + b"}")
    if not isinstance(header, dict) or header.get("format") != "rapport-export":
        raise fail('expected "format": "rapport-export"')
    lines = iter(lambda: fh.readline(max_bytes + 1), b"")
    for kind, name, opener in SECTIONS:
        number += 1
        line = next(lines, b"").strip()
        if line != f'"{name}": {opener}'.encode():
            raise fail(f'expected the line "{name}": {opener}')
        closer = _CLOSE[opener].encode()
        index = 0
        for raw in lines:
            number += 1
            if len(raw) > max_bytes:
                raise fail("a line longer than the [limits] file_mb limit")
            line = raw.strip()
            if line in (closer, closer + b","):
                break
            line = line.removesuffix(b",")
            where = f"{name}[{index}]"
            if kind == "state":
                pair = decode(b"{" + line + b"}")
                if not isinstance(pair, dict) or len(pair) != 1:
                    raise fail(f"{where}: expected one \"key\": value")
                value: Any = next(iter(pair.items()))
                try:
                    check_state(*value, "state")
                except _Bad as exc:
                    raise fail(str(exc)) from None
            else:
                value = decode(line)
                try:
                    checks[kind](value, where)
                except _Bad as exc:
                    raise fail(str(exc)) from None
            index += 1
            yield kind, value
        else:
            raise fail(f"the file ends inside {name} (cut short?)")
    number += 1
    if next(lines, b"").strip() != b"}" or any(line.strip() for line in lines):
        raise fail("expected the closing } of the export, and nothing after it")


def records_of_store(store: Any) -> Iterator[tuple[str, Any]]:
    """A store's export records: streamed when the backend can (``export_records``), else made
    from its ``export()`` value (people with nested memories)."""
    if hasattr(store, "export_records"):
        yield from store.export_records(raw=True)
        return
    data = store.export()
    yield "header", {"format": "rapport-export", "version": 2, "schema": data.get("schema")}
    for p in data.get("people") or []:
        yield "person", {k: v for k, v in p.items() if k != "memories"}
    for p in data.get("people") or []:
        for m in p.get("memories") or []:
            yield "memory", {**m, "person_id": p.get("id")}
    for m in data.get("meetings") or []:
        yield "meeting", m
    for item in (data.get("state") or {}).items():
        yield "state", item


def import_into(store: Any, records: Iterable[tuple[str, Any]]) -> dict[str, int]:
    """Import records into a store: streamed when the backend can (``import_records``), else
    gathered into the ``import_data`` value (people with nested memories). The export's
    tombstones join this home's own (``forgotten``: how many forgotten people are new here)."""
    from .tombstones import STATE_KEY, absorb

    graves: list[Any] = []

    def without_tombstones() -> Iterator[tuple[str, Any]]:
        for kind, value in records:
            if kind == "state" and value[0] == STATE_KEY:
                graves.append(value[1])  # checked by the reader; added after the import succeeded
            else:
                yield kind, value

    counts = _import(store, without_tombstones())
    counts["forgotten"] = sum(absorb(store, value) for value in graves)
    return counts


def _import(store: Any, records: Iterable[tuple[str, Any]]) -> dict[str, int]:
    if hasattr(store, "import_records"):
        return store.import_records(records)
    data: dict[str, Any] = {"format": "rapport-export", "people": [], "meetings": [], "state": {}}
    people: dict[Any, dict[str, Any]] = {}
    for kind, value in records:
        if kind == "person":
            person = {**value, "memories": []}
            data["people"].append(person)
            people[value.get("id")] = person
        elif kind == "person_memory":
            data["people"][-1]["memories"].append(value)
        elif kind == "memory":
            owner = people.get(value.get("person_id"))
            if owner is None:
                raise RapportError(f"memory {value.get('id', '?')} in import: its person_id "
                                   f"{value.get('person_id')!r} is not among the exported people")
            owner["memories"].append({k: v for k, v in value.items() if k != "person_id"})
        elif kind == "meeting":
            data["meetings"].append(value)
        elif kind == "state":
            data["state"][value[0]] = value[1]
    return store.import_data(data)
