"""Quiet series: a stand-up that meets every day gets a briefing only when there is something to say.

A meeting is *quiet* when its series meets at least ``[briefing] quiet_per_week`` times a week
(counted in the calendar over the week before or the week after it), when its title matches one
of ``quiet_series`` (glob patterns, case-insensitive) or it comes from a calendar named in
``quiet_calendars``; ``brief_series`` patterns are never quiet. A quiet briefing keeps only what
is new for that meeting: a date falling between this meeting and the next one of the series, a
due follow-up not brought up since it fell due, news about a memory (see ``rotation``), a
light memory or a thing to keep in mind (an allergy) learned since the last meeting with the
person, and a face seen for the first time.
When nothing is left, the briefing is empty and ``rapport run`` delivers nothing.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from .context import Context
from .models import Meeting, Memory, Prompt

WEEK = timedelta(days=7)
QUIET_CAP = 2  # prompts per person in a quiet briefing


@dataclass
class QuietSettings:
    """The ``[briefing]`` keys that decide which series are quiet."""

    per_week: int = 3
    series: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    never: list[str] = field(default_factory=list)

    @classmethod
    def from_config(cls, config: Any) -> QuietSettings:
        if config is None:
            return cls()
        from .config import SectionReader

        reader = SectionReader(config, "briefing")
        return cls(per_week=reader.number("quiet_per_week", 3, int), series=_patterns(reader, "quiet_series"),
                   calendars=_patterns(reader, "quiet_calendars"), never=_patterns(reader, "brief_series"))


def _patterns(reader: Any, key: str) -> list[str]:
    from .errors import ConfigError

    value = reader.section.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{reader.where} {key} must be a list of strings")
    return [v.strip().lower() for v in value if v.strip()]


@dataclass
class Cadence:
    """Whether a meeting is quiet, why, and when its series meets next (to bound dates)."""

    quiet: bool = False
    reason: str = ""
    next_start: datetime | None = None


def _matches(value: str, patterns: list[str]) -> str | None:
    value = (value or "").lower()
    return next((p for p in patterns if fnmatch.fnmatchcase(value, p) or (not any(c in p for c in "*?[")
                                                                          and p in value)), None)


def cadence_of(app: Context, meeting: Meeting, settings: QuietSettings) -> Cadence:
    """Decide whether ``meeting`` is quiet; looks at its series in the calendar when it recurs."""
    from .calendar import as_datetime

    if _matches(meeting.title, settings.never):
        return Cadence()
    start = as_datetime(meeting.start)
    reason = ""
    hit = _matches(meeting.title, settings.series)
    if hit:
        reason = f"title matches {hit!r}"
    else:
        calendar = str((meeting.extra or {}).get("calendar") or "")
        hit = _matches(calendar, settings.calendars) or _matches(meeting.source, settings.calendars)
        if hit:
            reason = f"calendar matches {hit!r}"
    if not reason and not (meeting.recurrence_id and settings.per_week):
        return Cadence()
    starts = _series_starts(app, meeting, start)
    later = [s for s in starts if s > start]
    if not reason:
        before = sum(1 for s in starts if start - WEEK <= s < start)
        after = sum(1 for s in starts if start <= s < start + WEEK)
        if max(before, after) < settings.per_week:
            return Cadence()
        reason = f"meets {max(before, after)} times a week"
    return Cadence(quiet=True, reason=reason, next_start=min(later) if later else None)


def _series_starts(app: Context, meeting: Meeting, start: datetime) -> list[datetime]:
    """Starts of the instances of ``meeting``'s series in the calendar, a week either side."""
    from .calendar import as_datetime, meetings_in

    return [as_datetime(m.start) for m in meetings_in(app, start - WEEK, start + WEEK + timedelta(minutes=1))
            if m.uid == meeting.uid]


def quiet_prompts(prompts: list[Prompt], memories: list[Memory], news: list[Prompt], history: Any,
                  today: date, cadence: Cadence, since: datetime | None) -> list[Prompt]:
    """What is worth saying in a quiet meeting; empty when nothing is new.

    ``prompts`` are every candidate (before rotation capped the openers), ``news`` the prompts
    rotation made for memories with news. ``since`` is the start of the previous meeting with the person: memories captured after it
    and never brought up are new.
    """
    from .prompting import upcoming_day
    from .rotation import news_at

    by_id = {m.id: m for m in memories}
    until = cadence.next_start.date() if cadence.next_start else today + timedelta(days=1)
    days = max((until - today).days - 1, 0)
    in_news = {i for p in news for i in p.memory_ids}
    keep: list[Prompt] = []
    for p in [*prompts, *news]:
        cited = [by_id[i] for i in p.memory_ids if i in by_id]
        if not cited:
            continue
        if p.kind == "date":
            if any(upcoming_day(m, today, days) is not None for m in cited):
                keep.append(p)
        elif p.kind == "follow_up":
            if not any(_said_since_learned(m, history, news_at) for m in cited):
                keep.append(p)
        elif any(p is n for n in news):
            keep.append(p)
        elif p.kind in ("opener", "keep_in_mind") and since is not None and not set(p.memory_ids) <= in_news and all(
                not history.offered(m.id) and (news_at(m) or since) > since for m in cited):
            keep.append(p)
    order = {"keep_in_mind": 0, "date": 1, "follow_up": 2}
    return sorted(keep, key=lambda p: order.get(p.kind, 2))[:QUIET_CAP]


def _said_since_learned(memory: Memory, history: Any, news_at: Any) -> bool:
    """Brought up after the last thing learned about it (so saying it again is not new)."""
    last = history.last_offer.get(memory.id)
    learned = news_at(memory)
    return last is not None and (learned is None or last >= learned)


def first_seen(store: Any, state_key: str, meeting_key: str) -> bool:
    """A face with no person yet is new only in the first meeting that asked them a question."""
    state = store.get_state(state_key)
    return not (isinstance(state, dict) and state.get("meeting_key") not in (None, meeting_key))
