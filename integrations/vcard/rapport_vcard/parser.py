"""A vCard 2.1 / 3.0 / 4.0 reader that keeps what rapport needs and says where bad input is.

Contact apps export messy vCards (folded lines, quoted parameters, Apple's grouped ``item1.``
properties and year-less birthdays, quoted-printable 2.1 exports), so this reads the content-line
grammar itself instead of trusting a regex per property.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapport_plugins import Contact, ParseError

_NAME = re.compile(r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)$")
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
_APPLE_LABEL = re.compile(r"^_\$!<(?P<label>.*)>!\$_$")
# Apple writes year-less dates with this placeholder year (and says so in X-APPLE-OMIT-YEAR).
_APPLE_NO_YEAR = 1604
MAX_NAME_CHARS = 1000  # names, emails and nicknames are matched against calendars: no essays
_ANNIVERSARY_PROPS = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")


@dataclass
class Property:
    """One content line: ``group.NAME;PARAM=a,b:value``, with the line it started on."""

    name: str
    value: str  # raw (still escaped) value, quoted-printable already decoded
    params: dict[str, list[str]] = field(default_factory=dict)
    group: str | None = None
    line: int = 0

    def param(self, key: str) -> list[str]:
        return self.params.get(key, [])

    @property
    def types(self) -> list[str]:
        return [t.lower() for t in self.param("TYPE")]


# -- lines -----------------------------------------------------------------------------------

def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold physical lines into content lines, each with its 1-based starting line number.

    RFC 6350 folding (CRLF + one space/tab) and 2.1 quoted-printable soft breaks (``=`` at the
    end of a line) are both joined.
    """
    out: list[tuple[int, str]] = []
    physical = re.split(r"\r\n|\r|\n", text)
    i = 0
    while i < len(physical):
        start, line = i + 1, physical[i]
        i += 1
        while i < len(physical):
            nxt = physical[i]
            if nxt[:1] in (" ", "\t"):
                line += nxt[1:]
            elif line.endswith("=") and _is_quoted_printable(line):
                line = line[:-1] + nxt
            elif _BASE64_LINE.match(nxt) and _is_base64(line):
                line += nxt.strip()  # vCard 2.1 base64 (PHOTO) data runs on unindented until a blank line
            else:
                break
            i += 1
        out.append((start, line))
    return out


def _is_base64(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "BASE64" in head or "ENCODING=B" in head


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_unquoted(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes (parameter values may quote ``;`` ``:`` ``,``)."""
    parts, buf, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            buf.append(ch)
        elif ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


def _caret_decode(value: str) -> str:
    """RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret."""
    if "^" not in value:
        return value
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "'": '"', "^": "^"}.get(m.group(1), m.group(0)), value)


def parse_line(line: str, lineno: int, source: str) -> Property:
    """Parse one unfolded content line; raise ParseError naming ``source`` and ``lineno``."""
    quoted = False
    colon = -1
    for idx, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = idx
            break
    if colon <= 0:
        raise ParseError(f"expected 'NAME:value', got {line[:40]!r}", source=source, line=lineno)
    head, value = line[:colon], line[colon + 1:]
    pieces = _split_unquoted(head, ";")
    match = _NAME.match(pieces[0].strip())
    if not match:
        raise ParseError(f"bad property name {pieces[0][:40]!r}", source=source, line=lineno)
    params: dict[str, list[str]] = {}
    for raw in pieces[1:]:
        if not raw:
            continue
        if "=" in raw:
            key, _, val = raw.partition("=")
        else:  # vCard 2.1 bare parameters: EMAIL;INTERNET;PREF:...
            key, val = "TYPE", raw
        values = [_caret_decode(v.strip().strip('"')) for v in _split_unquoted(val, ",")]
        params.setdefault(key.strip().upper(), []).extend(v for v in values if v)
    # TYPE=home;TYPE=pref and TYPE="home,pref" mean the same thing.
    if "TYPE" in params:
        params["TYPE"] = [t for v in params["TYPE"] for t in v.split(",") if t]
    prop = Property(match["name"].upper(), value, params, match["group"], lineno)
    encoding = [e.upper() for e in prop.param("ENCODING")]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (prop.param("CHARSET") or ["utf-8"])[0]
        raw_bytes = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            prop.value = raw_bytes.decode(charset, "replace")
        except LookupError:
            raise ParseError(f"unknown CHARSET {charset!r}", source=source, line=lineno) from None
    return prop


# -- values ----------------------------------------------------------------------------------

def _split_escaped(value: str, sep: str) -> list[str]:
    """Split a value on unescaped ``sep`` (structured ``;`` or list ``,``), keeping escapes."""
    parts, buf, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            buf.append(value[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return parts


def unescape(value: str) -> str:
    """Undo vCard text escaping: ``\\n`` newline, ``\\,`` ``\\;`` ``\\\\``."""
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def text_value(prop: Property) -> str:
    return unescape(prop.value).strip()


def parse_date(value: str, *, omit_year: str | None = None) -> dict[str, Any] | None:
    """Read a vCard date (``1990-05-17``, ``19900517``, ``--0517``, ``--05-17``, with or without a
    time part) into ``{"month", "day", "year"}``; ``None`` when it is not a date."""
    value = value.strip()
    date_part = value.split("T", 1)[0] if not value.startswith("T") else ""
    compact = date_part.replace("-", "") if not date_part.startswith("--") else None
    year: int | None
    if date_part.startswith("--"):
        rest = date_part[2:].replace("-", "")
        if not (len(rest) == 4 and rest.isdigit()):
            return None
        year, month, day = None, int(rest[:2]), int(rest[2:])
    elif compact and len(compact) == 8 and compact.isdigit():
        year, month, day = int(compact[:4]), int(compact[4:6]), int(compact[6:])
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None and (year == 0 or (omit_year is not None and str(year) == omit_year)):
        year = None
    if year == _APPLE_NO_YEAR and omit_year is None:
        year = None
    return {"month": month, "day": day, "year": year}


# -- cards -----------------------------------------------------------------------------------

def split_cards(text: str, source: str, warn: Callable[[str], Any] | None = None) -> list[list[Property]]:
    """Group content lines into cards; structure errors name the line.

    Without ``warn`` the first error raises. With it, a bad line costs only the card it is in
    (reported once, the card skipped up to its END:VCARD) and the other cards are kept.
    """
    cards: list[list[Property]] = []
    current: list[Property] | None = None
    begin_line = 0
    broken = False  # inside a card already reported: skip to its END:VCARD
    for lineno, line in _logical_lines(text):
        if not line.strip():
            continue
        try:
            prop = parse_line(line, lineno, source)
        except ParseError as exc:
            if warn is None:
                raise
            if current is not None and not broken:
                warn(f"{exc} (card skipped)")
                broken = True
            elif current is None:
                warn(str(exc))
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if current is not None:
                error = ParseError(f"BEGIN:VCARD inside the card begun on line {begin_line}", source=source, line=lineno)
                if warn is None:
                    raise error
                if not broken:
                    warn(f"{error} (card skipped)")
            current, begin_line, broken = [prop], lineno, False
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if current is None:
                if warn is None:
                    raise ParseError("END:VCARD without BEGIN:VCARD", source=source, line=lineno)
                warn(str(ParseError("END:VCARD without BEGIN:VCARD", source=source, line=lineno)))
                continue
            if not broken:
                cards.append(current)
            current, broken = None, False
        elif current is None:
            error = ParseError(f"{prop.name} outside BEGIN:VCARD/END:VCARD", source=source, line=lineno)
            if warn is None:
                raise error
            warn(str(error))
        elif not broken:
            current.append(prop)
    if current is not None:
        error = ParseError("card has no END:VCARD", source=source, line=begin_line)
        if warn is None:
            raise error
        if not broken:
            warn(f"{error} (card skipped)")
    return cards


def _display_name(props: list[Property]) -> str | None:
    for p in props:
        if p.name == "FN" and text_value(p):
            return text_value(p)
    for p in props:
        if p.name == "N":
            family, given, additional, prefix, suffix = (
                [unescape(c).replace(",", " ").strip() for c in _split_escaped(p.value, ";")] + [""] * 5
            )[:5]
            name = " ".join(x for x in (prefix, given, additional, family, suffix) if x)
            if name:
                return name
    return None


def _label_for(prop: Property, labels: dict[str, str]) -> str | None:
    label = labels.get(prop.group.lower()) if prop.group else None
    if label is None:
        return None
    m = _APPLE_LABEL.match(label)
    return m["label"] if m else label


def card_to_contact(props: list[Property], source: str) -> Contact | None:
    """Build a Contact from one card's properties; ``None`` for a card with no name or email."""
    start_line = props[0].line
    labels = {p.group.lower(): text_value(p) for p in props if p.name == "X-ABLABEL" and p.group}
    emails: list[str] = []
    seen_emails: set[str] = set()
    aliases: list[str] = []
    seen_aliases: set[str] = set()
    dates: list[dict[str, Any]] = []
    related: list[dict[str, str]] = []
    notes: list[str] = []
    uid = org = title = zone = None
    for p in props:
        if p.name == "EMAIL":
            email = text_value(p)
            if email.lower().startswith("mailto:"):
                email = email[7:]
            if email and email.lower() not in seen_emails:
                seen_emails.add(email.lower())
                emails.append(_bounded(email, p, source))
        elif p.name == "NICKNAME":
            for nick in _split_escaped(p.value, ","):
                nick = unescape(nick).strip()
                if nick and nick not in seen_aliases:
                    seen_aliases.add(nick)
                    aliases.append(_bounded(nick, p, source))
        elif p.name == "BDAY" or p.name in _ANNIVERSARY_PROPS or p.name == "X-ABDATE":
            entry = _date_entry(p, labels, source)
            if entry:
                dates.append(entry)
        elif p.name in ("RELATED", "X-ABRELATEDNAMES"):
            value = text_value(p)
            if value:
                types = [t for t in p.types if t != "pref"]
                kind = (_label_for(p, labels) or (types[0] if types else "related")).lower()
                related.append({"type": kind, "value": value})
        elif p.name == "NOTE" and text_value(p):
            notes.append(text_value(p))
        elif p.name == "UID" and uid is None:
            uid = text_value(p) or None
        elif p.name == "ORG" and org is None:
            units = [unescape(c).strip() for c in _split_escaped(p.value, ";")]
            org = ", ".join(u for u in units if u) or None
        elif p.name == "TITLE" and title is None:
            title = text_value(p) or None
        elif p.name == "TZ" and zone is None:
            zone = _zone_name(text_value(p))
    name = _display_name(props) or org or (emails[0] if emails else None)
    if not name:
        return None
    if len(name) > MAX_NAME_CHARS:
        raise ParseError(f"name longer than {MAX_NAME_CHARS} characters", source=source, line=start_line)
    return Contact(
        name=name, emails=emails, uid=uid, aliases=aliases, org=org, title=title, dates=dates, timezone=zone,
        related=related, note="\n\n".join(notes) or None, source=f"{source}:{start_line}",
    )


def _zone_name(value: str) -> str | None:
    """An IANA zone name (``TZ:America/New_York``, ``TZ;VALUE=text:...``); a bare offset
    (``TZ:-05:00``) names no zone and is left out: the offset alone would be wrong half the year."""
    from zoneinfo import ZoneInfo

    name = value.strip()
    if not name or name.startswith(("/", "+", "-")) or ".." in name or "/" not in name:
        return None
    try:
        ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return None
    return name


def _bounded(value: str, prop: Property, source: str) -> str:
    if len(value) > MAX_NAME_CHARS:
        raise ParseError(f"{prop.name} longer than {MAX_NAME_CHARS} characters", source=source, line=prop.line)
    return value


def _date_entry(p: Property, labels: dict[str, str], source: str) -> dict[str, Any] | None:
    value_type = [v.lower() for v in p.param("VALUE")]
    omit = (p.param("X-APPLE-OMIT-YEAR") or [None])[0]
    parsed = parse_date(p.value, omit_year=omit)
    if parsed is None:
        if "text" in value_type or not p.value.strip():
            return None  # VALUE=text: "circa 1800" is allowed and means no usable date
        raise ParseError(f"{p.name} is not a date: {p.value.strip()[:40]!r}", source=source, line=p.line)
    if p.name == "BDAY":
        return {"kind": "birthday", **parsed}
    entry: dict[str, Any] = {"kind": "anniversary", **parsed}
    if p.name == "X-ABDATE":
        label = _label_for(p, labels)
        if label and label.lower() != "anniversary":
            entry["label"] = label
    return entry


def parse_vcards(text: str, source: str, warn: Callable[[str], Any] | None = None) -> list[Contact]:
    """Parse every card in ``text``.

    Without ``warn`` malformed input raises ParseError naming ``source`` and the line. With it,
    whatever one card raises is reported once (file and line) and the other cards still load.
    """
    contacts = []
    for props in split_cards(text, source, warn):
        try:
            contact = card_to_contact(props, source)
        except Exception as exc:  # noqa: BLE001 - one hostile card must not lose the others
            if warn is None:
                raise
            warn(_card_problem(exc, source, props[0].line))
            continue
        if contact is not None:
            contacts.append(contact)
    return contacts


def _card_problem(exc: Exception, source: str, line: int) -> str:
    if isinstance(exc, ParseError):
        return f"{exc} (card skipped)"
    text = " ".join(str(exc).split())[:160]
    return f"{source}:{line}: card skipped: {type(exc).__name__}: {text}"


def decode_bytes(data: bytes) -> str:
    """Decode a vCard file: UTF-8 (BOM optional), UTF-16 with BOM, else Latin-1 (old 2.1 exports)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")
