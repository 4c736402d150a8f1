"""Append every briefing to today's daily note (one Markdown file per day).

Copy into your hooks folder and configure::

    [daily_note]
    folder = "~/Notes/Daily"     # where daily notes live
    format = "%Y-%m-%d"          # strftime pattern of the file name (without .md)
    shared = false               # true if others read this folder: then only light details go in

Each meeting is appended once: re-running the briefing replaces nothing and adds nothing.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from rapport_plugins import hookimpl


def _marker(meeting) -> str:
    return f"<!-- rapport:daily:{meeting.key} -->"


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    settings = config.section("daily_note")
    if not settings.get("folder"):
        return None
    folder = config.path_of(settings["folder"])
    day = meeting.start.date() if isinstance(meeting.start, datetime) else meeting.start
    if not isinstance(day, date):
        return None
    path = Path(folder) / (day.strftime(settings.get("format", "%Y-%m-%d")).replace("/", "-") + ".md")
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    marker = _marker(meeting)
    if marker in existing:
        return f"daily note {path} (already there)"
    if settings.get("shared"):
        briefing = briefing.for_shared_sink(config)
    block = f"\n{marker}\n{briefing.render('markdown').strip()}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    # Append-only, so the user's own text in the note is never rewritten.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(block if existing.endswith("\n") or not existing else "\n" + block)
    return f"daily note {path}"


@hookimpl
def rapport_config_sections():
    return {"daily_note": {"about": "append briefings to daily notes (hooks/daily_note.py)",
                           "keys": {"folder": str, "format": str, "shared": bool}}}
