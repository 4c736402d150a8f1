"""Editing one VEVENT's DESCRIPTION inside a calendar object, touching nothing else.

Works on the text as the server sent it: every other line keeps its bytes and folding; only the
DESCRIPTION lines of the one component are replaced (or one is added), folded at 75 octets.
An occurrence of a recurring event that has no override of its own gets one (RFC 5545
RECURRENCE-ID: a copy of the master for that start, without the rule), so the note shows on
that day only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

SKIP_IN_OVERRIDE = {"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "DTSTART", "DTEND", "DURATION"}


@dataclass
class Component:
    """One VEVENT: its physical lines [begin, end] (END:VEVENT included) in the object's lines."""

    begin: int
    end: int
    props: list[tuple[int, int, str]]  # (first line, last line, unfolded text) of its own properties

    def first(self, name: str) -> tuple[int, int, str] | None:
        return next((p for p in self.props if prop_name(p[2]) == name), None)

    def all(self, name: str) -> list[str]:
        return [p[2] for p in self.props if prop_name(p[2]) == name]


def prop_name(text: str) -> str:
    cut = min((i for i in (text.find(";"), text.find(":")) if i >= 0), default=len(text))
    return text[:cut].upper()


def prop_value(text: str) -> str:
    """The value after the first ':' outside a quoted parameter."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return text[i + 1:]
    return ""


def prop_params(text: str) -> str:
    """``;TZID=...`` and the rest between the name and the value, as written."""
    name = prop_name(text)
    return text[len(name):len(text) - len(prop_value(text)) - 1]


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def components(lines: list[str]) -> list[Component]:
    """Every VEVENT with its own top-level properties (a VALARM's DESCRIPTION is not the event's)."""
    out: list[Component] = []
    i = 0
    while i < len(lines):
        if lines[i].strip().upper() != "BEGIN:VEVENT":
            i += 1
            continue
        begin, depth, props = i, 0, []
        i += 1
        while i < len(lines):
            upper = lines[i].strip().upper()
            if upper == "END:VEVENT" and depth == 0:
                break
            if upper.startswith("BEGIN:"):
                depth += 1
            elif upper.startswith("END:"):
                depth -= 1
            elif depth == 0 and lines[i] and lines[i][0] not in " \t":
                first, text = i, lines[i]
                while i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t"):
                    i += 1
                    text += lines[i][1:]
                props.append((first, i, text))
            i += 1
        out.append(Component(begin, i, props))
        i += 1
    return out


def uid_of(comp: Component) -> str:
    found = comp.first("UID")
    return prop_value(found[2]).strip() if found else ""


def _time_value(text: str) -> tuple[str, str]:
    """(params, value) of a DTSTART / RECURRENCE-ID line."""
    return prop_params(text), prop_value(text).strip()


def _instant(value: str, tzid: str | None) -> datetime | None:
    """A DATE-TIME value as an aware instant (UTC, or its TZID as an IANA zone), naive when floating."""
    try:
        naive = datetime.strptime(value.rstrip("Zz")[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    if value.upper().endswith("Z"):
        return naive.replace(tzinfo=UTC)
    if tzid:
        from zoneinfo import ZoneInfo

        try:
            return naive.replace(tzinfo=ZoneInfo(tzid))
        except (KeyError, ValueError, OSError):
            return naive  # a custom VTIMEZONE name: compare wall times
    return naive


def _tzid(params: str) -> str | None:
    for part in params.split(";"):
        if part.upper().startswith("TZID="):
            return part[5:].strip('"')
    return None


def same_start(value: str, params: str, wanted: datetime) -> bool:
    """Whether an ICS start (``value`` with ``params``) is the instant ``wanted`` (or its wall time)."""
    got = _instant(value, _tzid(params))
    if got is None:
        return False
    if got.tzinfo is not None and wanted.tzinfo is not None:
        return got == wanted
    return got.replace(tzinfo=None) == wanted.replace(tzinfo=None)


def _format_like(params: str, value: str, instant: datetime) -> str:
    """``instant`` written the way the master's DTSTART is (UTC, in its TZID, or floating)."""
    if value.upper().endswith("Z"):
        return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if instant.tzinfo else instant.strftime("%Y%m%dT%H%M%SZ")
    tzid = _tzid(params)
    zone = _instant(value, tzid)
    if instant.tzinfo is not None and zone is not None and zone.tzinfo is not None:
        instant = instant.astimezone(zone.tzinfo)
    return instant.strftime("%Y%m%dT%H%M%S")


def find_instance(lines: list[str], uid: str, recurrence_id: str | None) -> tuple[Component | None, Component | None]:
    """(the component of this occurrence, the series' master); the first is None for an occurrence
    of a series that has no override yet (then the master is what to copy)."""
    comps = [c for c in components(lines) if uid_of(c) == uid]
    master = next((c for c in comps if c.first("RECURRENCE-ID") is None), None)
    if recurrence_id is None:
        return master, master
    try:
        wanted = datetime.fromisoformat(recurrence_id)
    except ValueError:
        return None, master
    for comp in comps:
        rid = comp.first("RECURRENCE-ID")
        if rid is not None and same_start(*reversed(_time_value(rid[2])), wanted):
            return comp, master
    return None, master


def add_override(lines: list[str], master: Component, recurrence_id: str) -> tuple[list[str], int]:
    """``lines`` with a new override of ``master`` for the occurrence ``recurrence_id`` (appended
    after the master); and the index of its BEGIN line."""
    start = master.first("DTSTART")
    if start is None:
        raise ValueError("the series has no DTSTART")
    params, value = _time_value(start[2])
    instant = datetime.fromisoformat(recurrence_id)
    rid = _format_like(params, value, instant)
    new = ["BEGIN:VEVENT", f"RECURRENCE-ID{params}:{rid}", f"DTSTART{params}:{rid}"]
    end, duration = master.first("DTEND"), master.first("DURATION")
    if duration is not None:
        new += lines[duration[0]:duration[1] + 1]
    elif end is not None:
        end_params, end_value = _time_value(end[2])
        s, e = _instant(value, _tzid(params)), _instant(end_value, _tzid(end_params))
        if s is not None and e is not None and (s.tzinfo is None) == (e.tzinfo is None):
            new.append(f"DTEND{end_params}:{_format_like(end_params, end_value, datetime.fromisoformat(recurrence_id) + (e - s))}")
    for first, last, text in master.props:
        if prop_name(text) not in SKIP_IN_OVERRIDE:
            new += lines[first:last + 1]
    nested = [i for i in range(master.begin + 1, master.end) if not any(p[0] <= i <= p[1] for p in master.props)]
    new += [lines[i] for i in nested]  # its alarms, as the series has them
    new.append("END:VEVENT")
    at = master.end + 1
    return lines[:at] + new + lines[at:], at


def set_description(lines: list[str], comp: Component, raw_value: str) -> list[str]:
    """``lines`` with ``comp``'s DESCRIPTION value replaced by ``raw_value`` (already TEXT-escaped),
    its parameters kept; added before END:VEVENT when the event had none."""
    found = comp.first("DESCRIPTION")
    if found is None:
        return lines[:comp.end] + fold(f"DESCRIPTION:{raw_value}") + lines[comp.end:]
    first, last, text = found
    return lines[:first] + fold(f"DESCRIPTION{prop_params(text)}:{raw_value}") + lines[last + 1:]


def description(comp: Component) -> str:
    """The DESCRIPTION value as stored (TEXT escapes kept), '' when there is none."""
    found = comp.first("DESCRIPTION")
    return prop_value(found[2]) if found else ""


def escape_text(text: str) -> str:
    """RFC 5545 TEXT escaping of one line; control characters (line breaks included) become spaces."""
    text = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold(line: str, limit: int = 75) -> list[str]:
    """A content line folded at ``limit`` octets, never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return out


def join_lines(lines: list[str]) -> str:
    text = "\r\n".join(lines)
    return text if text.endswith("\r\n") else text + "\r\n"
