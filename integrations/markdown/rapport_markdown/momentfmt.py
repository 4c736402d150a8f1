"""The common moment.js date tokens Obsidian's daily-notes setting uses ("YYYY-MM-DD", "dddd, MMMM Do YYYY"),
and the names and token substitution Logseq's date patterns share with them."""

from __future__ import annotations

import re
from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TOKENS = re.compile(r"\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|Mo|M|DDDD|DDD|Do|DD|D|dddd|ddd|dd|d|E|e|gggg|GGGG|WW|W|ww|w|Q")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def substitute(tokens: re.Pattern[str], fmt: str, values: dict[str, str]) -> str:
    """``fmt`` with every token ``tokens`` finds replaced by its value; a match that is not a token
    is a quoted literal (``[at]`` in moment.js, ``'at'`` in Logseq) and loses its quotes."""
    return tokens.sub(lambda m: values.get(m.group(0), m.group(0)[1:-1]), fmt)


def format_moment(fmt: str, day: date) -> str:
    """Format ``day`` with a moment.js pattern; ``[text]`` is literal, unknown letters pass through."""
    iso_year, iso_week, iso_weekday = day.isocalendar()
    doy = day.timetuple().tm_yday
    month, weekday = MONTHS[day.month - 1], DAYS[day.weekday()]
    return substitute(_TOKENS, fmt, {
        "YYYY": f"{day.year:04d}", "YY": f"{day.year % 100:02d}", "MMMM": month, "MMM": month[:3],
        "MM": f"{day.month:02d}", "Mo": ordinal(day.month), "M": str(day.month), "DDDD": f"{doy:03d}", "DDD": str(doy),
        "Do": ordinal(day.day), "DD": f"{day.day:02d}", "D": str(day.day),
        "dddd": weekday, "ddd": weekday[:3], "dd": weekday[:2],
        "d": str(iso_weekday % 7), "E": str(iso_weekday), "e": str(iso_weekday % 7),
        "gggg": f"{iso_year:04d}", "GGGG": f"{iso_year:04d}",
        "WW": f"{iso_week:02d}", "W": str(iso_week), "ww": f"{iso_week:02d}", "w": str(iso_week),
        "Q": str((day.month - 1) // 3 + 1),
    })
