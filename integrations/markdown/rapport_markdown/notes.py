"""Finding or creating the note a meeting belongs in: meeting notes, templates, daily notes."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapport_plugins import Meeting

from .filenames import MAX_NAME_BYTES, sanitize_title
from .frontmatter import read_front_matter
from .momentfmt import format_moment
from .noteio import SkipFile, read_note, warn
from .settings import Settings
from .vault import Vault, meeting_day

DEFAULT_DAILY = {"folder": "", "format": "YYYY-MM-DD", "template": ""}


def meeting_note_rel(vault: Vault, meeting: Meeting, zone: Any = None) -> str:
    """Where a new note for ``meeting`` goes: ``<meetings folder>/YYYY-MM-DD <safe title>.md``."""
    day = meeting_day(meeting.start, zone).isoformat()
    title = sanitize_title(meeting.title, MAX_NAME_BYTES - len(day) - 1)
    folder = vault.meetings_folder
    return f"{folder}/{day} {title}.md" if folder else f"{day} {title}.md"


def attendee_links(vault: Vault, meeting: Meeting, me: frozenset[str] = frozenset()) -> list[str]:
    """Attendees as ``[[People note]]`` links where a people note exists, else their name or email."""
    names = vault.person_names()
    out = []
    for a in meeting.people():
        if {(a.email or "").casefold(), (a.name or "").casefold()} & me:
            continue  # the user, when the calendar did not mark them as "self"
        label = a.name or a.email or "?"
        stem = names.get((a.email or "").casefold()) or names.get((a.name or "").casefold())
        out.append(f"[[{stem}]]" if stem else label)
    return out


def one_line(text: str) -> str:
    """A title as one line of inert Markdown: a newline in an invite title must not end the
    heading, and ``<!--``, ``![[embeds]]`` or ``#tags`` in it are shown, not obeyed."""
    from rapport_plugins import md_inline

    return md_inline(" ".join((text or "").split()))


def fill_template(template: str, meeting: Meeting, attendees: list[str], zone: Any = None) -> str:
    """Obsidian's core placeholders: ``{{title}}``, ``{{date}}``, ``{{date:FORMAT}}``, ``{{time}}``,
    plus ``{{attendees}}`` and ``{{uid}}``. Date and time are in ``zone`` (the user's) when given."""
    day = meeting_day(meeting.start, zone)
    time = ""
    if isinstance(meeting.start, datetime):
        from rapport_plugins import show_time

        time = show_time(meeting.start, zone, meeting.timezone, with_date=False) if zone is not None \
            else meeting.start.strftime("%H:%M")

    def sub(m: re.Match[str]) -> str:
        name, _, fmt = m.group(1).strip().partition(":")
        name = name.strip().lower()
        if name == "title":
            return one_line(meeting.title)
        if name == "date":
            return format_moment(fmt.strip(), day) if fmt.strip() else day.isoformat()
        if name == "time":
            return time
        if name == "attendees":
            return ", ".join(a if a.startswith("[[") else one_line(a) for a in attendees)
        if name == "uid":
            return one_line(meeting.uid)
        return m.group(0)

    return re.sub(r"\{\{([^{}]+)\}\}", sub, template)


def ensure_identity(text: str, meeting: Meeting, zone: Any = None) -> str:
    """Make a new note findable next time: add ``uid`` and ``date`` to its front matter if missing."""
    day = meeting_day(meeting.start, zone).isoformat()
    fm = read_front_matter(text)
    if fm.error is not None:
        return text  # the template's own front matter is broken: leave it; the file name still finds it
    if not fm.present:
        return f"---\nuid: {json.dumps(meeting.uid, ensure_ascii=False)}\ndate: {day}\n---\n" + text
    lines = text.split("\n")
    extra = []
    if "uid" not in fm.data:
        extra.append(f"uid: {json.dumps(meeting.uid, ensure_ascii=False)}")
    if "date" not in fm.data:
        extra.append(f"date: {day}")
    return "\n".join([lines[0], *extra, *lines[1:]])


def new_meeting_note(settings: Settings, vault: Vault, meeting: Meeting) -> str:
    """The text of a new meeting note, from the configured template or a small default."""
    attendees = attendee_links(vault, meeting, settings.me)
    if settings.template:
        tpl = vault.root / settings.template
        if not tpl.suffix:
            tpl = tpl.with_suffix(".md")
        try:
            text, _trunc, _sig = read_note(tpl)
            return ensure_identity(fill_template(text, meeting, attendees, settings.zone), meeting, settings.zone)
        except SkipFile as exc:
            warn(f"markdown: template {exc}; using the default layout")
    people = ", ".join(json.dumps(a, ensure_ascii=False) for a in attendees)
    return (
        f"---\nuid: {json.dumps(meeting.uid, ensure_ascii=False)}\ndate: {meeting_day(meeting.start, settings.zone).isoformat()}\n"
        f"attendees: [{people}]\n---\n# {one_line(meeting.title)}\n\n## Notes\n\n"
    )


def briefing_insert_line(text: str) -> int:
    """Line index for a new briefing: after the front matter and the note's H1 title, if any."""
    fm = read_front_matter(text)
    lines = text.split("\n")
    at = fm.body_line - 1 if fm.present else 0
    probe = at
    while probe < len(lines) and not lines[probe].strip():
        probe += 1
    if probe < len(lines) and re.match(r"^#\s", lines[probe]):
        return probe + 1
    return at


def daily_settings(vault_root: Path) -> dict[str, Any]:
    """Obsidian's daily-notes plugin settings (``.obsidian/daily-notes.json``), with its defaults."""
    path = vault_root / ".obsidian" / "daily-notes.json"
    settings = dict(DEFAULT_DAILY)
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            settings.update({k: v for k, v in data.items() if isinstance(v, str) and v})
        except (OSError, ValueError) as exc:
            warn(f"markdown: {path}: cannot read daily-notes settings ({exc}); using defaults")
    return settings


def daily_note_rel(vault_root: Path, day: date) -> str:
    """The daily note for ``day``: folder + moment.js format (the format may contain folders)."""
    settings = daily_settings(vault_root)
    name = format_moment(settings["format"], day)
    parts = [sanitize_title(p) for p in name.split("/") if p.strip()]
    folder = settings["folder"].strip("/")
    return "/".join([*([folder] if folder else []), *parts]) + ".md"


def new_daily_note(vault_root: Path, day: date, meeting: Meeting) -> str:
    """A new daily note: the daily template, if configured, with its date placeholders filled."""
    tpl_name = daily_settings(vault_root).get("template")
    if tpl_name:
        tpl = vault_root / (tpl_name if tpl_name.endswith(".md") else tpl_name + ".md")
        try:
            text, _trunc, _sig = read_note(tpl)
            dated = Meeting(uid="", title=format_moment("YYYY-MM-DD", day), start=day, end=day)
            return fill_template(text, dated, [])
        except SkipFile as exc:
            warn(f"markdown: daily template {exc}")
    return ""
