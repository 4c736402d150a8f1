"""The few settings rapport needs from Logseq's ``logseq/config.edn``, and its date patterns.

Not a full EDN reader: three string-valued keys are read with a regex after comments are
dropped (``:journal/file-name-format``, ``:pages-directory``, ``:journals-directory``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

DEFAULTS = {"journal/file-name-format": "yyyy_MM_dd", "pages-directory": "pages", "journals-directory": "journals"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TOKENS = re.compile(r"'[^']*'|yyyy|yy|MMMM|MMM|MM|M|do|dd|d|EEEE|EEE|EE|E")


def _strip_comments(text: str) -> str:
    out = []
    for line in text.split("\n"):
        in_str = False
        for i, ch in enumerate(line):
            if ch == '"' and (i == 0 or line[i - 1] != "\\"):
                in_str = not in_str
            elif ch == ";" and not in_str:
                line = line[:i]
                break
        out.append(line)
    return "\n".join(out)


def read_config(graph: Path) -> dict[str, str]:
    """The graph's journal file-name format and folder names, with Logseq's defaults."""
    settings = dict(DEFAULTS)
    path = graph / "logseq" / "config.edn"
    try:
        text = _strip_comments(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return settings
    for key in DEFAULTS:
        m = re.search(r":" + re.escape(key) + r'\s+"((?:[^"\\]|\\.)*)"', text)
        if m and m.group(1).strip():
            settings[key] = m.group(1)
    return settings


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(fmt: str, day: date) -> str:
    """Format ``day`` with a Logseq (cljs-time / Java) pattern such as ``yyyy_MM_dd`` or ``MMM do, yyyy``."""

    def token(m: re.Match[str]) -> str:
        t = m.group(0)
        if t.startswith("'"):
            return t[1:-1]
        return {
            "yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}",
            "MMMM": _MONTHS[day.month - 1], "MMM": _MONTHS[day.month - 1][:3], "MM": f"{day.month:02d}",
            "M": str(day.month), "do": _ordinal(day.day), "dd": f"{day.day:02d}", "d": str(day.day),
            "EEEE": _DAYS[day.weekday()], "EEE": _DAYS[day.weekday()][:3], "EE": _DAYS[day.weekday()][:3],
            "E": _DAYS[day.weekday()][:3],
        }[t]

    return _TOKENS.sub(token, fmt)
