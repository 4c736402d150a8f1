"""A memory's date as the span its phrase meant: "in June" is all of June, not 1 June.

Capture stores a range as its first day ("in June" -> 1 June, "mid-May" -> 11 May, "the first
week of December" -> 1 December, "next month" -> the 1st) and keeps the phrase in ``event_text``.
A briefing that reads only the stored day says things that are not true: "Coming up in 9 days
(1 Feb)" for "turns five in February", or "that was 19 days ago: ask how it went" on 20 May for
"moving in next month" - a follow-up asked before the thing may have happened. This module
gives the span back, so the briefing names it as said ("in June", "mid-May") and asks about it
only once all of it has passed. A stay said with its length ("from the 20th for two weeks", "ab
Montag zwei Wochen", "desde el lunes dos semanas") lasts that long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

_PARTS = (  # phrase words -> (first day, last day or None for the month's end, English wording)
    (re.compile(r"\b(?:early|start|beginning|anfang|principios|comienzos|inicios)\b", re.I), 1, 10, "in early {m}"),
    (re.compile(r"\b(?:mid|middle|mitte|mediados)\b", re.I), 11, 20, "in mid-{m}"),
    (re.compile(r"\b(?:late|finales)\b", re.I), 21, None, "in late {m}"),
)
_WEEK_OF = re.compile(r"\b(first|second|third|fourth|last) week of\b", re.I)
_FIRST_WEEKS = re.compile(r"\bfirst (two|three|2|3|few|couple of) (weeks|days) of\b", re.I)
_HALF = re.compile(r"\b(?:(first|second) half of|(primera|segunda) quincena)\b", re.I)
_TWO_PARTS = re.compile(r"\b(early|mid)[- ](?:to|or)[- ](mid|late)\b", re.I)
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
# "20-31 Jul", "between the 10th and 15th of April", "del 1 al 12 de junio": from one day to another
_DAY_TO_DAY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:-|–|to|until|till|bis(?: zum)?|al|and|und|y)\s*"
                         r"(?:the |el |dem )?(\d{1,2})(?:st|nd|rd|th)?\.?(?!\d)", re.I)
_NEXT_MONTH = re.compile(
    r"^\W*(?:next month|this month|nächsten monat|im nächsten monat|kommenden monat|el mes que viene|"
    r"el próximo mes|el proximo mes|el mes próximo)\W*$", re.I)
_FROM = re.compile(r"\b(?:from|starting|ab|desde|a partir de)\b", re.I)
_LENGTH = re.compile(
    r"\b(?:for (?:a |an |the next )?)?(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|ein(?:e|en)?|zwei|drei|vier|"
    r"fünf|sechs|un|una|dos|tres|cuatro|cinco|seis)\s+(?P<unit>days?|weeks?|months?|tage|wochen?|monate?|"
    r"d[ií]as|semanas?|mes(?:es)?)\b", re.I)
_NUMBER = {"a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einen": 1, "un": 1, "una": 1, "two": 2, "zwei": 2,
           "dos": 2, "three": 3, "drei": 3, "tres": 3, "four": 4, "vier": 4, "cuatro": 4, "five": 5, "fünf": 5,
           "cinco": 5, "six": 6, "sechs": 6, "seis": 6}


@dataclass(frozen=True)
class Span:
    """The days a memory's date covers, and how to say them ("in June", "in mid-May"; "" when the
    day itself was named)."""

    first: date
    last: date
    words: str = ""

    @property
    def one_day(self) -> bool:
        return self.first == self.last


def _month_words(day: date, today: date | None) -> str:
    name = day.strftime("%B")
    return name if today is None or day.year == today.year else f"{name} {day.year}"


def _length_days(text: str) -> int | None:
    """The length of a stay said after a start ("from the 20th for two weeks"), in days."""
    if not _FROM.search(text):
        return None
    m = _LENGTH.search(text)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER.get(m["n"].lower())
    if not n:
        return None
    unit = m["unit"].lower()
    if unit.startswith(("week", "woche", "semana")):
        return 7 * n
    if unit.startswith(("month", "monat", "mes")):
        return 30 * n
    return n


def span_of(memory: Any, day: date | None = None, today: date | None = None) -> Span | None:
    """The span a memory's date stands for (``day``: an occurrence of it, for yearly dates)."""
    stored = day or _as_date(_field(memory, "event_date"))
    if stored is None:
        return None
    phrase = str(_field(memory, "event_text") or "")
    month_end = stored + relativedelta(day=31)
    week = _WEEK_OF.search(phrase)
    if week and (stored.day in (1, 8, 15, 22) or week[1].lower() == "last"):
        return Span(stored, stored + timedelta(days=6),
                    f"in the {week[1].lower()} week of {_month_words(stored, today)}")
    weeks = _FIRST_WEEKS.search(phrase)
    if weeks and stored.day == 1:
        n = {"two": 2, "2": 2, "three": 3, "3": 3}.get(weeks[1].lower(), 1)
        return Span(stored, min(stored + timedelta(days=7 * n - 1), month_end),
                    f"in the first {weeks[1].lower()} {weeks[2].lower()} of {_month_words(stored, today)}")
    half = _HALF.search(phrase)
    if half and stored.day in (1, 16):
        which = "first" if (half[1] or half[2]).lower() in ("first", "primera") else "second"
        end = stored.replace(day=15) if which == "first" else month_end
        return Span(stored, end, f"in the {which} half of {_month_words(stored, today)}")
    both = _TWO_PARTS.search(phrase)
    if both and stored.day == _PART_DAYS[both[1].lower()][0]:
        last_day = _PART_DAYS[both[2].lower()][1]
        return Span(stored, month_end if last_day is None else stored.replace(day=last_day),
                    f"in {both[1].lower()}-to-{both[2].lower()} {_month_words(stored, today)}")
    days = _DAY_TO_DAY.search(phrase)
    if days and int(days[1]) == stored.day and stored.day < int(days[2]) <= month_end.day:
        return Span(stored, stored.replace(day=int(days[2])),
                    f"between {stored.day} and {int(days[2])} {_month_words(stored, today)}")
    for pattern, first, last, words in _PARTS:
        if pattern.search(phrase) and stored.day == first:
            end = month_end if last is None else stored.replace(day=last)
            return Span(stored, end, words.format(m=_month_words(stored, today)))
    if phrase and re.search(r"\b(?:end|ende|finales?)\b", phrase, re.I) and stored == month_end:
        return Span(stored.replace(day=21), stored, f"at the end of {_month_words(stored, today)}")
    if stored.day == 1 and (month_only(phrase, stored) or _NEXT_MONTH.match(phrase)):
        return Span(stored, month_end, f"in {_month_words(stored, today)}")
    length = _length_days(str(_field(memory, "text") or ""))
    if length and _field(memory, "recurrence") != "yearly":
        return Span(stored, stored + timedelta(days=length - 1))
    return Span(stored, stored)


def span_label(memory: Any) -> str | None:
    """A span as a list shows it: "June 2026", "mid-May 2026" (None: one day, or no date)."""
    span = span_of(memory)
    if span is None or not span.words:
        return None
    return f"{re.sub(r'^(?:in|at) ', '', span.words)} {span.first.year}"


def _field(memory: Any, name: str) -> Any:
    return memory.get(name) if isinstance(memory, dict) else getattr(memory, name, None)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def month_only(phrase: Any, day: date) -> bool:
    """Whether a date was read from a phrase that names a month and no day ("in June": stored
    as 1 June): it is shown as "June 2026", never as a weekday the person did not say."""
    from .dates import MONTHS

    text = str(phrase or "")
    no_day = not re.search(r"\d", re.sub(r"\b\d{4}\b", "", text))  # a year may be given, no day
    return day.day == 1 and no_day and any(w in MONTHS for w in re.findall(r"[^\W\d_]+", text.casefold()))
