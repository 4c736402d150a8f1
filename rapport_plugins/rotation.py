"""Rotation with rest: what a briefing brought up, and which openers it offers next time.

A person met every week should not be asked about their cat every Monday. When a briefing is
delivered, ``record_offers`` stores which memories its prompts offered (table ``brought_up``).
The next briefings let an opener rest for ``[briefing] rest_meetings`` meetings with that person
or ``rest_days`` days, whichever is longer, unless something new was learned about it since: a
later capture that repeats or confirms it, or a newer memory about the same thing (sharing a
name, or a word and the category) brings it back with the news. Among the openers that are not
resting, those with news come first, then those never brought up, spread across categories,
then the ones that rested longest. Only openers and shared ground rotate (and a stale check,
once asked, rests too): follow-ups, dates and deep topics are never held back. Everything is
deterministic.

An offer counts once its meeting has started: briefings for this meeting (a preview after the
delivery) and for later ones never make a memory rest.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .models import Memory, Prompt

ROTATING = ("opener", "shared_ground")
POOL = 1000  # openers asked of the generator when rotation chooses (it caps them afterwards)
MOST_OPENERS = 3  # in a 1:1, when there are enough light memories to rest (see openers_per_meeting)
CATEGORY_PENALTY = timedelta(days=14)
TEMPLATES = {
    "news": "News since you last brought it up ({said}): '{news}' - about '{text}'.",
    "again": "It came up again ({said}): '{text}' - ask for the latest.",
}


@dataclass
class RestSettings:
    """``[briefing] rest_meetings`` / ``rest_days``: how long an opener rests after it was offered."""

    rest_meetings: int = 4
    rest_days: int = 28

    @classmethod
    def from_config(cls, config: Any) -> RestSettings:
        if config is None:
            return cls()
        from .config import SectionReader

        reader = SectionReader(config, "briefing")
        return cls(rest_meetings=reader.number("rest_meetings", 4, int), rest_days=reader.number("rest_days", 28, int))

    @property
    def enabled(self) -> bool:
        return self.rest_meetings > 0 or self.rest_days > 0

    def widen(self, settings: Any) -> Any:
        """Prompt settings that let the generator offer every opener, for rotation to choose from."""
        return dataclasses.replace(settings, max_openers=POOL) if self.enabled else settings


@dataclass
class History:
    """What earlier meetings with one person brought up, as seen from the meeting being briefed."""

    last_offer: dict[int, datetime] = field(default_factory=dict)  # memory id -> start of the latest meeting
    recent_starts: list[datetime] = field(default_factory=list)  # the person's latest meetings before this one
    previous: set[int] = field(default_factory=set)  # memories brought up in the last briefed meeting

    def offered(self, memory_id: int | None) -> bool:
        return memory_id in self.last_offer


def to_datetime(value: Any) -> datetime | None:
    """An ISO date or datetime (stored text) as an aware datetime; None when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return dt if dt.tzinfo else dt.astimezone()


def load_history(store: Any, person_id: int, meeting_key: str, start: datetime, rest: RestSettings) -> History:
    """Offers from meetings that started before ``start`` (never this meeting's own)."""
    history = History()
    by_meeting: dict[str, set[int]] = {}
    latest: tuple[datetime, str] | None = None
    for row in store.brought_up_for(person_id):
        when = to_datetime(row["meeting_start"])
        if when is None or row["meeting_key"] == meeting_key or when >= start:
            continue
        mid = row["memory_id"]
        if mid not in history.last_offer or when > history.last_offer[mid]:
            history.last_offer[mid] = when
        by_meeting.setdefault(row["meeting_key"], set()).add(mid)
        if latest is None or when > latest[0]:
            latest = (when, row["meeting_key"])
    if latest is not None:
        history.previous = by_meeting[latest[1]]
    if rest.rest_meetings:
        for m in store.meetings_with(person_id, limit=rest.rest_meetings, before=start, declined=False):
            when = to_datetime(m.get("start"))
            if when is not None:
                history.recent_starts.append(when)
    return history


def news_at(memory: Memory) -> datetime | None:
    """When something was last learned about this memory: captured, confirmed, or found again."""
    times = [to_datetime(memory.captured_at), to_datetime(memory.confirmed_at)]
    times += [to_datetime(s.get("added_at")) for s in memory.sources or []]
    found = [t for t in times if t is not None]
    return max(found) if found else None


def has_news(memory: Memory, history: History) -> bool:
    """Learned something about it since it was last brought up (never brought up: not news)."""
    last = history.last_offer.get(memory.id)  # type: ignore[arg-type]
    learned = news_at(memory)
    return last is not None and learned is not None and learned > last


def is_resting(memory: Memory, history: History, start: datetime, rest: RestSettings) -> bool:
    """Offered within the last ``rest_meetings`` meetings or ``rest_days`` days, and nothing new since."""
    last = history.last_offer.get(memory.id)  # type: ignore[arg-type]
    if last is None or has_news(memory, history):
        return False
    meetings_since = 1 + sum(1 for s in history.recent_starts if s > last)
    return meetings_since <= rest.rest_meetings or start - last < timedelta(days=rest.rest_days)


# Capitalised, but not names of things: sharing "Tuesday" says nothing about being related.
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december""".split())


def related(old: Memory, new: Memory) -> bool:
    """A newer memory about the same thing: it shares a name with the old one, or a word and the category."""
    from .prompting import keywords

    old_words, new_words = keywords(old.text), keywords(new.text)
    for key in set(old_words) & set(new_words):
        if key.rstrip("s") in CALENDAR_WORDS or key in CALENDAR_WORDS:
            continue
        if old.category == new.category or _named(old.text, old_words[key]) or _named(new.text, new_words[key]):
            return True
    return False


def _named(text: str, word: str) -> bool:
    """``word`` is capitalised somewhere other than at the start of ``text`` (a name: Biscuit, Lisbon)."""
    if not word[:1].isupper():
        return False
    return text.lstrip("\"'“ ").find(word) > 0


def news_prompt(news: Memory, old: Memory, today: Any) -> Prompt:
    """The old memory brought back by a newer one about the same thing (both quoted, both cited)."""
    from .prompting import _said, quote, sources_for

    text = TEMPLATES["news"].format(said=_said(news, today), news=quote(news.text), text=quote(old.text))
    return Prompt(kind="opener", text=text, memory_ids=[news.id, old.id],  # type: ignore[list-item]
                  sources=sources_for([news, old]), person_id=old.person_id, score=3.0)


def again_prompt(memory: Memory, today: Any) -> Prompt:
    """A memory found again (or confirmed) since it was last brought up."""
    from .prompting import fmt_day, quote, sources_for

    day = found_again_day(memory)
    said = fmt_day(day, today) if day else "undated"
    return Prompt(kind="opener", text=TEMPLATES["again"].format(said=said, text=quote(memory.text)),
                  memory_ids=[memory.id], sources=sources_for([memory]),  # type: ignore[list-item]
                  person_id=memory.person_id, score=2.5)


def found_again_day(memory: Memory) -> Any:
    """The day it last came up: the meeting's day of the newest source (a capture may run the day
    after), else the day that source was added, or the day it was confirmed if that is later."""
    from .prompting import meeting_day

    best: tuple[datetime, Any] | None = None
    for source in memory.sources or []:
        added = to_datetime(source.get("added_at"))
        if added is not None and (best is None or added > best[0]):
            best = (added, meeting_day(source.get("meeting_key")) or added.date())
    confirmed = to_datetime(memory.confirmed_at)
    if confirmed is not None and (best is None or confirmed > best[0]):
        best = (confirmed, confirmed.date())
    return best[1] if best else None


@dataclass
class Rotation:
    """The prompts after rotation, and which of them carry news (a quiet series shows only those)."""

    prompts: list[Prompt]
    news: list[Prompt]


def rotate(prompts: list[Prompt], memories: list[Memory], history: History, start: datetime, today: Any,
           rest: RestSettings, max_openers: int, max_shared: int) -> Rotation:
    """Choose the openers and shared ground for this meeting; every other prompt passes unchanged."""
    if not rest.enabled:
        return Rotation(_cap(prompts, max_openers, max_shared), [])
    by_id = {m.id: m for m in memories}
    pool = [p for p in prompts if p.kind in ROTATING]

    def cited(p: Prompt) -> list[Memory]:
        return [by_id[i] for i in p.memory_ids if i in by_id]

    # A stale check asked once rests like an opener (it is a question, not something due).
    fixed = [p for p in prompts if p.kind not in ROTATING
             and not (p.kind == "stale" and any(is_resting(m, history, start, rest) for m in cited(p)))]

    news: list[Prompt] = []
    # A resting memory with a newer related memory comes back with that news (one news per memory).
    fresh = {p.memory_ids[0]: p for p in pool if p.kind == "opener" and len(p.memory_ids) == 1
             and p.memory_ids[0] in by_id and not history.offered(p.memory_ids[0])}
    for p in [p for p in pool if p.kind == "opener"]:
        olds = cited(p)
        if len(olds) != 1 or not history.offered(olds[0].id) or has_news(olds[0], history):
            continue
        old, since = olds[0], history.last_offer[olds[0].id]  # type: ignore[index]
        newer = [by_id[i] for i in fresh if (news_at(by_id[i]) or since) > since and related(old, by_id[i])]
        if newer:
            found = max(newer, key=lambda m: (news_at(m), m.id or 0))  # type: ignore[arg-type,return-value]
            news.append(news_prompt(found, old, today))
            pool.remove(fresh.pop(found.id))  # type: ignore[arg-type]
            pool.remove(p)
    for i, p in enumerate(pool):
        mems = cited(p)
        if p.kind == "opener" and len(mems) == 1 and has_news(mems[0], history):
            pool[i] = again_prompt(mems[0], today)
            news.append(pool[i])
    pool = [p for p in pool if p in news or not any(is_resting(m, history, start, rest) for m in cited(p))]
    pool = [p for p in pool if p not in news]
    previous = Counter(by_id[i].category for i in history.previous if i in by_id)
    position = {id(p): i for i, p in enumerate(prompts)}

    def order(p: Prompt, used: Counter[str]) -> tuple[Any, ...]:
        """Never brought up first; then the longest rested, a category just used counting as
        brought up CATEGORY_PENALTY later (so categories take turns without starving anything)."""
        mems = cited(p)
        never = not any(history.offered(m.id) for m in mems)
        last = max((history.last_offer[m.id] for m in mems if history.offered(m.id)),  # type: ignore[index]
                   default=None)
        category = mems[0].category if mems else ""
        rested = (last.timestamp() if last else 0.0) + used[category] * CATEGORY_PENALTY.total_seconds()
        return (not never, rested, position.get(id(p), 0))

    chosen: list[Prompt] = []
    for kind, cap in (("opener", openers_per_meeting(prompts, by_id, rest, max_openers)), ("shared_ground", max_shared)):
        used = Counter(previous)
        picked = [p for p in news if p.kind == kind][:cap]
        for p in picked:
            used.update(m.category for m in cited(p)[:1])
        candidates = [p for p in pool if p.kind == kind]
        while candidates and len(picked) < cap:
            best = min(candidates, key=lambda p: order(p, used))
            candidates.remove(best)
            picked.append(best)
            used.update(m.category for m in cited(best)[:1])
        chosen += picked
    return Rotation(fixed + chosen, [p for p in news if p in chosen])


def openers_per_meeting(prompts: list[Prompt], by_id: dict[Any, Memory], rest: RestSettings, most: int) -> int:
    """Fewer openers per meeting when there are few light memories, so one is ready every meeting.

    With five memories and a rest of four meetings, one a meeting cycles through all five; two
    a meeting would leave meetings with nothing to open with.
    """
    light = {i for p in prompts if p.kind == "opener" for i in p.memory_ids if i in by_id}
    if not rest.rest_meetings:
        return most
    return min(most, max(1, len(light) // (rest.rest_meetings + 1)))


def _cap(prompts: list[Prompt], max_openers: int, max_shared: int) -> list[Prompt]:
    """Rotation off: the generator's own order, capped as before."""
    openers = [p for p in prompts if p.kind == "opener"][:max_openers]
    shared = [p for p in prompts if p.kind == "shared_ground"][:max_shared]
    return [p for p in prompts if p.kind not in ROTATING or p in openers or p in shared]


def cap_keeping_due(ordered: list[Prompt], cap: int) -> list[Prompt]:
    """The first ``cap`` prompts, except that due follow-ups and dates are never cut (order kept)."""
    due = [p for p in ordered if p.kind in ("follow_up", "date")]
    room = max(cap - len(due), 0)
    rest = [p for p in ordered if p.kind not in ("follow_up", "date")][:room]
    keep = {id(p) for p in due + rest}
    return [p for p in ordered if id(p) in keep]


def record_offers(store: Any, meeting: Any, briefing: Any) -> int:
    """Remember which memories a delivered briefing offered, per person and prompt kind."""
    from .calendar import as_datetime

    offers = []
    for entry in briefing.people:
        pid = entry["person"]["id"]
        for prompt in entry["prompts"]:
            for mid in prompt.get("memory_ids") or []:
                offers.append((pid, int(mid), prompt["kind"]))
    if not offers:
        return 0
    return store.record_brought_up(meeting.key, as_datetime(meeting.start).isoformat(), offers)


def last_brought_up(store: Any, person_id: int) -> dict[int, dict[str, Any]]:
    """Memory id -> the latest meeting that brought it up (key, start, kind), for `people show`."""
    out: dict[int, dict[str, Any]] = {}
    for row in store.brought_up_for(person_id):  # oldest first: later rows win
        out[row["memory_id"]] = {"meeting_key": row["meeting_key"], "meeting_start": row["meeting_start"],
                                 "kind": row["kind"]}
    return out
