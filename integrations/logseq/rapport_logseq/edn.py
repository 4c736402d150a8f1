"""The few settings rapport needs from Logseq's ``logseq/config.edn``, and its date patterns.

Not a full EDN reader: three string-valued keys are read with a regex after comments are
dropped (``:journal/file-name-format``, ``:pages-directory``, ``:journals-directory``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from rapport_markdown import DAYS, MONTHS, ordinal, substitute

DEFAULTS = {"journal/file-name-format": "yyyy_MM_dd", "pages-directory": "pages", "journals-directory": "journals"}
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


def format_date(fmt: str, day: date) -> str:
    """Format ``day`` with a Logseq (cljs-time / Java) pattern such as ``yyyy_MM_dd`` or ``MMM do, yyyy``."""
    month, weekday = MONTHS[day.month - 1], DAYS[day.weekday()]
    return substitute(_TOKENS, fmt, {
        "yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}", "MMMM": month, "MMM": month[:3],
        "MM": f"{day.month:02d}", "M": str(day.month), "do": ordinal(day.day), "dd": f"{day.day:02d}",
        "d": str(day.day), "EEEE": weekday, "EEE": weekday[:3], "EE": weekday[:3], "E": weekday[:3],
    })
