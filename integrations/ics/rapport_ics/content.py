"""RFC 5545 content lines: unfolding, name/parameter/value splitting and the component tree.

Unfolding happens on bytes, before decoding, because a fold may split a UTF-8 character.
Every property keeps its line number so errors can point at the right place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from rapport_plugins import ParseError


@dataclass(slots=True)
class Prop:
    """One property: its value (still escaped), parameters (names upper-cased) and source line."""

    value: str
    params: dict[str, str]
    line: int


@dataclass(slots=True)
class Component:
    """A BEGIN/END block: properties by name (in file order) and nested components."""

    name: str
    line: int
    props: dict[str, list[Prop]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)
    broken: tuple[str, int] | None = None  # a malformed line inside it: (problem, line); not to be trusted

    def first(self, name: str) -> Prop | None:
        found = self.props.get(name)
        return found[0] if found else None

    def value(self, name: str, default: str | None = None) -> str | None:
        found = self.props.get(name)
        return found[0].value if found else default


_TOP_LEVEL = {"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"}  # components that never nest
_LOGICAL_BREAK = re.compile(rb"\n(?![ \t])")  # a line break that is not a fold
_FOLD = re.compile(rb"\n[ \t]")


def logical_lines(data: bytes, source: str) -> tuple[list[int], list[str]]:
    """Unfold physical lines (CRLF, LF or CR; a continuation starts with space or tab), then decode.

    Returns the logical lines and, for each, the number of its first physical line. Unfolding
    works on the whole buffer in C (re), so big feeds stay fast. Invalid UTF-8 falls back to
    cp1252 (old Outlook exports) line by line instead of failing the file.
    """
    if b"\x00" in data[:4096]:
        raise ParseError("not a text calendar (binary data)", source=source, line=1)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    chunks = _LOGICAL_BREAK.split(data)
    numbers = list(accumulate((c.count(b"\n") + 1 for c in chunks[:-1]), initial=1))
    unfolded = _FOLD.sub(b"", data)
    try:
        lines = unfolded.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        lines = [_decode(raw) for raw in unfolded.split(b"\n")]
    assert len(lines) == len(numbers)
    return numbers, lines


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def split_line(text: str, line: int, source: str) -> tuple[str, dict[str, str], str]:
    """Split ``NAME;P1=a;P2="b:c":value`` into name, parameters and value."""
    colon = text.find(":")
    semi = text.find(";")
    if colon < 0:
        raise ParseError(f"malformed content line {text[:40]!r} (no ':')", source=source, line=line)
    if semi < 0 or semi > colon:
        name = text[:colon]
        if not name:
            raise ParseError(f"malformed content line {text[:40]!r} (no name)", source=source, line=line)
        return name.upper(), {}, text[colon + 1:]
    name = text[:semi]
    params: dict[str, str] = {}
    i = semi + 1
    n = len(text)
    while True:
        eq = text.find("=", i)
        if eq < 0:
            raise ParseError(f"malformed parameter in {text[:40]!r}", source=source, line=line)
        pname = text[i:eq].strip().upper()
        i = eq + 1
        values: list[str] = []
        while True:
            if i < n and text[i] == '"':
                close = text.find('"', i + 1)
                if close < 0:
                    raise ParseError(f"unclosed quote in {text[:40]!r}", source=source, line=line)
                values.append(text[i + 1:close])
                i = close + 1
            else:
                j = i
                while j < n and text[j] not in ',;:':
                    j += 1
                values.append(text[i:j])
                i = j
            if i < n and text[i] == ",":
                i += 1
                continue
            break
        params[pname] = ",".join(values)
        if i >= n:
            raise ParseError(f"malformed content line {text[:40]!r} (no value)", source=source, line=line)
        if text[i] == ":":
            return name.upper(), params, text[i + 1:]
        i += 1  # ';' -> next parameter


def parse_components(data: bytes, source: str, warnings: list[str] | None = None) -> Component:
    """Build the component tree of the first VCALENDAR in ``data``.

    A mistyped END inside the calendar (``END:VTOOD``) closes the innermost component and is
    reported in ``warnings``, as other readers do; a missing END:VCALENDAR is an error.
    """
    numbers, lines = logical_lines(data, source)
    root: Component | None = None
    stack: list[Component] = []
    props: dict[str, list[Prop]] | None = None  # the open component's properties
    for line, text in zip(numbers, lines, strict=True):
        if not text:
            continue
        colon = text.find(":")
        semi = text.find(";")
        if colon > 0 and (semi < 0 or semi > colon):  # fast path: no parameters
            name, params, value = text[:colon].upper(), {}, text[colon + 1:]
        else:
            if not text.strip():
                continue
            try:
                name, params, value = split_line(text, line, source)
            except ParseError as exc:
                if len(stack) < 2:
                    raise
                # Inside an event: the event cannot be trusted, the rest of the calendar can.
                message = str(exc).split(": ", 1)[1] if str(exc).startswith(f"{source}:") else str(exc)
                stack[1].broken = stack[1].broken or (message, line)
                continue
        if props is not None and name != "BEGIN" and name != "END":
            props.setdefault(name, []).append(Prop(value, params, line))
            continue
        if name == "BEGIN":
            comp = Component(value.strip().upper(), line)
            if len(stack) >= 2 and comp.name == stack[1].name and comp.name in _TOP_LEVEL:
                # BEGIN:VEVENT inside an open VEVENT: the first lost its END; close it here.
                if warnings is not None:
                    warnings.append(f"{source}:{stack[1].line}: BEGIN:{stack[1].name} is never closed; "
                                    f"closed at line {line}")
                del stack[1:]
                props = stack[0].props
            if stack:
                stack[-1].children.append(comp)
            elif comp.name != "VCALENDAR":
                raise ParseError(f"expected BEGIN:VCALENDAR, found BEGIN:{value}", source=source, line=line)
            elif root is not None:
                stack.append(root)  # a second VCALENDAR in one file: merge it into the first
                props = root.props
                continue
            stack.append(comp)
            props = comp.props
            if root is None:
                root = comp
        elif name == "END":
            closing = value.strip().upper()
            if not stack:
                raise ParseError(f"END:{value} does not close anything", source=source, line=line)
            if stack[-1].name != closing and closing == stack[0].name and len(stack) > 1:
                # END:VCALENDAR with components still open: close them, say which.
                if warnings is not None:
                    warnings.append(f"{source}:{stack[1].line}: BEGIN:{stack[1].name} is never closed; "
                                    f"closed at END:{closing}")
                del stack[1:]
            if stack[-1].name != closing:
                names = [c.name for c in stack]
                if len(stack) == 1 or (closing in names and names.index(closing) == 0):
                    raise ParseError(f"END:{value} does not close {stack[-1].name}", source=source, line=line)
                if warnings is not None:
                    warnings.append(f"{source}:{line}: END:{value} read as END:{stack[-1].name}")
                if closing in names:
                    del stack[names.index(closing) + 1:]
            stack.pop()
            props = stack[-1].props if stack else None
        elif not stack:
            if root is None:
                raise ParseError("not an iCalendar file (no BEGIN:VCALENDAR)", source=source, line=line)
            raise ParseError(f"content after END:VCALENDAR: {text[:40]!r}", source=source, line=line)
        else:
            stack[-1].props.setdefault(name, []).append(Prop(value, params, line))
    if stack:
        raise ParseError(f"BEGIN:{stack[-1].name} is never closed", source=source, line=stack[-1].line)
    if root is None:
        raise ParseError("empty calendar", source=source)
    return root
