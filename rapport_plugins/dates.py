"""Resolve the date phrases people use ("next Friday", "in March", "mid-April") against a meeting's date.

A detail such as "Max has surgery on Friday" is only useful later if "Friday" becomes a date,
and only trustworthy if we never guess: a phrase we cannot pin down ("soon", "this summer")
is returned as text with no date. The rules (documented in docs/capture.md):

- "on Friday" / "Friday" / "this Friday": the first Friday strictly after the meeting day.
- "next Friday": the Friday of next week (weeks start on Monday).
- "this weekend" / "next weekend": that week's Saturday. "next week": next Monday.
- "in March" / "early/mid/late/end of March": the 1st / 5th / 15th / 25th / last day, next
  year's when that month is already over. "next month": its 1st. "end of the month": the last
  day of the meeting's month.
- explicit dates: ISO "2026-03-12", "12 March", "March 12th", "the 12th"; numeric "12/03" is
  read day-first (12 March) unless ``dayfirst=False`` or a part over 12 settles it.
- a date without a year is the next one on or after the meeting day, unless the sentence is in
  the past tense ("we got married on 5 May"): then it is the last one on or before it.
- birthdays ("my birthday is on 5 May") recur yearly: next occurrence, ``recurrence="yearly"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, SA, relativedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "a couple of": 2, "couple of": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"
_ORD = r"(?:st|nd|rd|th)?"

PAST_WORDS = re.compile(
    r"\b(?:was|were|had|went|did|ago|last|yesterday|happened|passed away|died|came back|returned)\b|"
    r"(?<!'ve )(?<!have )\bgot\b",
    re.IGNORECASE,
)
BIRTHDAY_WORDS = re.compile(r"\b(?:birthday|b-day|bday)\b", re.IGNORECASE)
ANNIVERSARY_WORDS = re.compile(r"\banniversary\b", re.IGNORECASE)

# Time phrases we recognise but will not turn into a date: kept as event_text only.
VAGUE = re.compile(
    r"\b(?:soon|sometime|some point|at some stage|later this (?:year|month)|early next year|"
    r"(?:this|next|last|in the|over the) (?:spring|summer|autumn|fall|winter|holidays)|"
    r"next year|this year|in the new year|in a few (?:days|weeks|months)|in a while|one day)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    """A resolved (or unresolvable) date phrase."""

    date: date | None
    phrase: str | None
    recurrence: str | None = None

    def as_tuple(self) -> tuple[date | None, str | None]:
        return self.date, self.phrase


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_yearly(ref: date, month: int, day: int, past: bool) -> date | None:
    """The month/day on or after ``ref`` (or on or before it when ``past``)."""
    if month == 2 and day == 29:
        candidates = [y for y in range(ref.year - 8, ref.year + 9) if _safe(y, 2, 29)]
        dates = [date(y, 2, 29) for y in candidates]
    else:
        dates = [d for d in (_safe(ref.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not dates:
        return None
    if past:
        before = [d for d in dates if d <= ref]
        return max(before) if before else None
    after = [d for d in dates if d >= ref]
    return min(after) if after else None


def _month_point(ref: date, month: int, where: str, past: bool, explicit_year: int | None = None) -> date:
    """A point inside a named month: this year's, next year's if over (last year's if past tense)."""
    year = explicit_year or ref.year
    if explicit_year is None:
        if past and month > ref.month:
            year -= 1
        elif not past and month < ref.month:
            year += 1
    first = date(year, month, 1)
    day = {"start": 1, "early": 5, "mid": 15, "late": 25}.get(where)
    if day is None:  # end
        return first + relativedelta(day=31)
    return first.replace(day=day)


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _weekday_after(ref: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``ref``."""
    return ref + timedelta(days=((weekday - ref.weekday() - 1) % 7) + 1)


# Each rule: (compiled pattern, handler(match, ref, past, dayfirst) -> date | None).
Rule = tuple[re.Pattern[str], object]
_RULES: list[Rule] = []


def _rule(pattern: str):
    def register(fn):
        _RULES.append((re.compile(pattern, re.IGNORECASE), fn))
        return fn

    return register


@_rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
def _iso(m, ref, past, dayfirst):
    return _safe(int(m["y"]), int(m["m"]), int(m["d"]))


@_rule(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/.])")
def _numeric(m, ref, past, dayfirst):
    if m["sep"] == "." and not m["y"]:
        return None  # "2.5" is a number; dotted dates need their year
    a, b = int(m["a"]), int(m["b"])
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif dayfirst:
        day, month = a, b
    else:
        day, month = b, a
    if m["y"]:
        year = int(m["y"])
        year = year + 2000 if year < 100 else year
        return _safe(year, month, day)
    return _next_yearly(ref, month, day, past)


@_rule(rf"\b(?P<d>\d{{1,2}}){_ORD}(?: of)? {_MONTH}(?:,? (?P<y>\d{{4}}))?\b")
def _day_month(m, ref, past, dayfirst):
    month, day = MONTHS[m["month"].lower()], int(m["d"])
    return _safe(int(m["y"]), month, day) if m["y"] else _next_yearly(ref, month, day, past)


@_rule(rf"\b{_MONTH} (?P<d>\d{{1,2}}){_ORD}(?![\d:])(?:,? (?P<y>\d{{4}}))?\b")
def _month_day(m, ref, past, dayfirst):
    month, day = MONTHS[m["month"].lower()], int(m["d"])
    return _safe(int(m["y"]), month, day) if m["y"] else _next_yearly(ref, month, day, past)


@_rule(r"\b(?P<h>christmas eve|christmas(?: day)?|xmas|boxing day|new year'?s eve|"
       r"new year'?s(?: day)?|easter(?: sunday)?|halloween|valentine'?s(?: day)?|bonfire night)\b")
def _holiday(m, ref, past, dayfirst):
    h = m["h"].lower().replace("'", "")
    fixed = {
        "christmas eve": (12, 24), "boxing day": (12, 26), "new years eve": (12, 31), "halloween": (10, 31),
        "bonfire night": (11, 5),
    }
    if h.startswith("christmas") or h == "xmas":
        month, day = 12, 25
    elif h.startswith("new years") and "eve" not in h:
        month, day = 1, 1
    elif h.startswith("valentine"):
        month, day = 2, 14
    elif h.startswith("easter"):
        this = easter(ref.year)
        if past:
            return this if this <= ref else easter(ref.year - 1)
        return this if this >= ref else easter(ref.year + 1)
    else:
        month, day = fixed[h]
    return _next_yearly(ref, month, day, past)


@_rule(rf"\b(?P<where>end|start|beginning|middle)(?: of)? (?:(?P<next>next) )?(?:the )?(?P<what>month|week|{_MONTH_NAMES})\b")
def _end_of(m, ref, past, dayfirst):
    where = {"end": "end", "start": "start", "beginning": "start", "middle": "mid"}[m["where"].lower()]
    what = m["what"].lower()
    if what == "month":
        base = ref + relativedelta(months=1) if m["next"] else ref
        return _month_point(base, base.month, where, False, base.year)
    if what == "week":
        monday = ref + relativedelta(weekday=MO(-1)) + (timedelta(days=7) if m["next"] else timedelta())
        return {"start": monday, "mid": monday + timedelta(days=2), "end": monday + timedelta(days=4)}[where]
    return _month_point(ref, MONTHS[what], where, past)


@_rule(rf"\b(?P<where>early|mid|late)[- ]{_MONTH}")
def _part_of_month(m, ref, past, dayfirst):
    return _month_point(ref, MONTHS[m["month"].lower()], m["where"].lower(), past)


@_rule(r"\bday after tomorrow\b")
def _day_after(m, ref, past, dayfirst):
    return ref + timedelta(days=2)


@_rule(r"\b(?P<w>tomorrow|tonight|today|this (?:evening|morning|afternoon)|yesterday)\b")
def _relative_day(m, ref, past, dayfirst):
    w = m["w"].lower()
    return ref + timedelta(days={"tomorrow": 1, "yesterday": -1}.get(w, 0))


@_rule(r"\b(?P<which>this|next|last|the|this coming) weekend\b")
def _weekend(m, ref, past, dayfirst):
    which = m["which"].lower()
    saturday = ref + relativedelta(weekday=SA(+1)) if ref.weekday() != 6 else ref - timedelta(days=1)
    if which == "next":
        return saturday + timedelta(days=7)
    if which == "last":
        return ref + relativedelta(days=-1, weekday=SA(-1))
    return saturday if saturday >= ref else ref


@_rule(rf"\b(?:(?P<which>next|this|on|last|this coming|coming) )?{_WEEKDAY}(?P<plural>s)?\b(?! (?:morning|night|evening)s)")
def _weekday(m, ref, past, dayfirst):
    if m["plural"]:
        return None  # "on Fridays" is a habit, not a date
    which = (m["which"] or "").lower()
    wd = WEEKDAYS[m["weekday"].lower()]
    if which == "next":
        next_monday = ref + relativedelta(days=1, weekday=MO(+1))
        return next_monday + timedelta(days=wd)
    if which == "last" or (past and not which.startswith("this") and which != "coming"):
        return ref - timedelta(days=((ref.weekday() - wd - 1) % 7) + 1)  # last one strictly before
    return _weekday_after(ref, wd)


@_rule(r"\b(?P<which>next|last|this) (?P<unit>week|month)\b")
def _next_unit(m, ref, past, dayfirst):
    which, unit = m["which"].lower(), m["unit"].lower()
    if unit == "week":
        monday = ref + relativedelta(weekday=MO(-1))
        return monday + timedelta(days={"next": 7, "last": -7, "this": 0}[which])
    first = ref.replace(day=1)
    return first + relativedelta(months={"next": 1, "last": -1, "this": 0}[which])


@_rule(rf"\b{_NUM} {_UNIT} from (?:now|today)\b")
def _n_from_now(m, ref, past, dayfirst):
    return _in_n(m, ref, past, dayfirst)


@_rule(rf"\bin {_NUM} {_UNIT}(?: time)?\b")
def _in_n(m, ref, past, dayfirst):
    n = _number(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit == "fortnight":
        return ref + timedelta(days=14 * n)
    return ref + relativedelta(**{unit + "s": n})


@_rule(r"\bin a fortnight\b")
def _fortnight(m, ref, past, dayfirst):
    return ref + timedelta(days=14)


@_rule(rf"\b{_NUM} {_UNIT} ago\b")
def _ago(m, ref, past, dayfirst):
    n = _number(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit == "fortnight":
        return ref - timedelta(days=14 * n)
    return ref - relativedelta(**{unit + "s": n})


@_rule(r"\bthe (?P<d>\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:" + _MONTH_NAMES + r"))")
def _the_nth(m, ref, past, dayfirst):
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    for k in range(0, 3):
        base = ref + relativedelta(months=-k if past else k)
        d = _safe(base.year, base.month, day)
        if d and ((d <= ref) if past else (d >= ref)):
            return d
    return None


@_rule(rf"\b(?:in|this|next|by|until|since|over) {_MONTH}(?: (?P<y>\d{{4}}))?\b")
def _in_month(m, ref, past, dayfirst):
    month = MONTHS[m["month"].lower()]
    if m["month"].lower() in ("may", "mar", "jun", "jan", "dec", "sep", "oct", "nov", "aug", "feb", "apr", "jul"):
        # "in may" could be the verb; abbreviations only with a capital letter
        if not m["month"][0].isupper():
            return None
    year = int(m["y"]) if m["y"] else None
    if m.group(0).lower().startswith("next") and year is None:
        return date(ref.year + (month <= ref.month), month, 1)  # strictly after this month
    return _month_point(ref, month, "start", past, year)


def find_date(text: str, ref: date, *, dayfirst: bool = True) -> DateMatch:
    """Find and resolve the first date phrase in ``text`` against ``ref`` (the meeting's date).

    Returns ``DateMatch(None, None)`` when the text has no date phrase and
    ``DateMatch(None, phrase)`` when it has one that cannot be pinned down.
    """
    past = bool(PAST_WORDS.search(text))
    recurring = BIRTHDAY_WORDS.search(text) or ANNIVERSARY_WORDS.search(text)
    hits: list[tuple[int, int, date | None, str]] = []
    for priority, (pattern, handler) in enumerate(_RULES):
        for m in pattern.finditer(text):
            resolved = handler(m, ref, False if recurring else past, dayfirst)  # type: ignore[operator]
            if resolved is not None:
                hits.append((priority, m.start(), resolved, m.group(0).strip()))
                break
    if hits:
        hits.sort(key=lambda h: (h[0], h[1]))
        _, _, resolved, phrase = hits[0]
        recurrence = None
        if recurring:
            recurrence = "yearly"
            nxt = _next_yearly(ref, resolved.month, resolved.day, False) if resolved else None
            resolved = nxt or resolved
        return DateMatch(resolved, phrase, recurrence)
    vague = VAGUE.search(text)
    if vague:
        return DateMatch(None, vague.group(0))
    return DateMatch(None, None)


def resolve_date(text: str, ref: date, *, dayfirst: bool = True) -> tuple[date | None, str | None]:
    """``(date, matched phrase)``; ``(None, phrase)`` when unresolvable; ``(None, None)`` when none."""
    return find_date(text, ref, dayfirst=dayfirst).as_tuple()
