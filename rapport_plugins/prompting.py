"""Rapport prompts from memories: what to follow up, which dates are near, what to open with.

Every prompt quotes or cites the memories it came from and states nothing else about the person:
the wording around a quote comes only from the fixed templates below (plus dates and counts
computed from the memory's own dates), so a reader can always check a prompt against its source.
Prompt kinds follow the rapport advice in DESIGN.md: open light, follow up on what they said,
let them lead on deep topics, ask when little is known, find shared ground, re-check old facts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .care import SMALL_TALK_KINDS, a_topic_to_avoid, care_kind, delicate, only_a_dislike, small_talk
from .models import Memory, Person, Prompt
from .spans import span_of
from .wording import opener_frame, own_contact_note

KINDS = ("keep_in_mind", "opener", "follow_up", "date", "shared_ground", "question", "stale", "deep")
# What to act on first (an allergy before lunch), then light before deep: the order prompts are
# shown in (within a kind, by salience).
KIND_ORDER = {k: i for i, k in enumerate(KINDS)}

# Every fixed phrase a prompt can contain; tests check prompts use only these words plus memory text.
TEMPLATES: dict[str, str] = {
    "follow_up": "They mentioned: '{text}' ({said}) - it is {month} now: {ask}.",
    "follow_up_soon": "They mentioned: '{text}' ({said}) - that was {when}: {ask}.",
    "birthday": "Birthday {at} - a chance to wish them well.",
    "birthday_other": "A birthday {at}: '{text}'.",
    "anniversary": "Anniversary {at}: '{text}'.",
    "anniversary_unsaid": "Anniversary {at}{since} - the {where} does not say of what.",
    "date": "Coming up {at}: '{text}' - ask how they feel about it.",
    "date_yearly": "Comes round again {at}: '{text}'.",
    "opener_pet": "Ask about the pet: '{text}'.",
    "opener_hobby": "Ask how it's going: '{text}'.",
    "opener_preference": "Something they enjoy: '{text}'.",
    "opener": "Return to something they shared: '{text}'.",
    "deep": "Deep topic - let them lead: '{text}' ({said}).",
    "deep_due": "Deep topic - let them lead: '{text}' ({said}); if they raise it, ask how things have been.",
    "deep_date": "Deep topic, date {at} - let them lead: '{text}'.",
    "group_deep": " Not in front of the group.",
    "stale": "Last confirmed {age} ago: '{text}' - check gently that it still holds.",
    "shared_ground": "Shared ground with you ('{keyword}'): they mentioned '{text}'.",
    "shared_ground_note": "Shared ground with you ('{keyword}'): your note on their card says '{text}'.",
    "group_shared_ground": "{names} both mentioned '{keyword}'.",
    "pacing": "last time went deep - start with something light",
    "keep_in_mind": "'{text}' - act on it (food, plans, places); not a topic to open with.",
    "keep_in_mind_dislike": "Not a fan: '{text}' - keep it in mind when planning; not a topic to open with.",
    "keep_in_mind_avoid": "'{text}' - steer clear of it; if they raise it, let them lead.",
    "their_words": "(their words, {said})",   # after a quote in the person's own words
    "said_on": "(said {said})",               # after a quote that says "tomorrow" or "next week"
}

ASK_AFTER: dict[str, str] = {
    "home": "ask how it went and how things are now",
    "travel": "ask how the trip went",
    "work": "ask how it went",
    "education": "ask how it went",
    "milestone": "ask how it went and how it feels now",
    "family": "ask how it went for them",
    "pet": "ask how things are now",
    "hobby": "ask how it went",
}
DEFAULT_ASK = "ask how it went"
RECENT_DAYS = 7  # a follow-up due this recently says how long ago, even across a month's end

CATEGORY_WEIGHT: dict[str, float] = {
    "pet": 1.0, "hobby": 1.0, "milestone": 0.9, "family": 0.8, "home": 0.8, "birthday": 0.8,
    "travel": 0.7, "education": 0.7, "anniversary": 0.7, "preference": 0.6, "health": 0.6,
    "loss": 0.6, "work": 0.5, "other": 0.3,
}
OPENER_CATEGORIES = SMALL_TALK_KINDS  # the only kinds care.small_talk lets open, pets and hobbies first
SENSITIVITY_RANK = {"light": 0, "personal": 1, "sensitive": 2}


@dataclass
class Settings:
    """The ``[briefing]`` knobs the prompt generator needs, read from the config the hook receives."""

    upcoming_days: int = 14
    stale_after_days: int = 365
    max_openers: int = 2
    group: bool = False

    @classmethod
    def from_config(cls, config: Any, group: bool = False) -> Settings:
        section = config.section("briefing") if config is not None else {}
        return cls(
            upcoming_days=_int(section.get("upcoming_days"), 14),
            stale_after_days=_int(section.get("stale_after_days"), 365),
            max_openers=1 if group else 2,
            group=group,
        )


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# -- dates --------------------------------------------------------------------------------------
def parse_day(value: Any) -> date | None:
    """A memory's ISO date or datetime string as a date (``None`` when absent or unreadable)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None


def fmt_day(day: date, today: date) -> str:
    """'17 May' this year, '17 May 2025' otherwise: short enough to scan."""
    text = f"{day.day} {day.strftime('%b')}"
    return text if day.year == today.year else f"{text} {day.year}"


def next_occurrence(event: date, today: date) -> date:
    """The next yearly recurrence of ``event`` on or after ``today`` (29 Feb falls on 28 Feb)."""
    for year in (today.year, today.year + 1):
        try:
            candidate = event.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
    return candidate  # pragma: no cover - the loop always returns


def when_phrase(day: date, today: date) -> str:
    """'today', 'tomorrow', 'on Friday' within a week, else 'in 12 days' (or 'ago' for the past)."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if 1 < delta < 7:
        return f"on {day.strftime('%A')}"
    if delta > 0:
        return f"in {delta} days"
    if delta == -1:
        return "yesterday"
    return f"{-delta} days ago"


def age_phrase(days: int) -> str:
    """'14 months', '2 years': rough on purpose (it is a nudge, not a record)."""
    months = round(days / 30.44)
    if months < 24:
        return f"{max(months, 1)} months"
    return f"{months // 12} years"


def quote(text: str) -> str:
    """A memory's text as quoted inside a prompt: verbatim, minus a closing full stop or wrapping quotes."""
    text = " ".join(str(text).split())
    if len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”":
        text = text[1:-1]
    return text.rstrip(" .") or text


def meeting_day(meeting_key: Any) -> date | None:
    """The date in a meeting key (``uid@start``; the uid itself may contain '@')."""
    if not meeting_key or "@" not in str(meeting_key):
        return None
    return parse_day(str(meeting_key).rsplit("@", 1)[1])


def said_day(memory: Memory) -> date | None:
    """When it was said: the meeting it came from, else when it was captured."""
    for key in [memory.meeting_key, *(s.get("meeting_key") for s in memory.sources or [])]:
        day = meeting_day(key)
        if day:
            return day
    return parse_day(memory.captured_at)


# -- sources ------------------------------------------------------------------------------------
def source_labels(memory: Memory) -> list[str]:
    """Short labels for where a memory came from, e.g. 'notes 2026-03-02' (one per source).

    The date is the meeting's, when the source names one, else when the source was added.
    """
    out: list[str] = []
    rows = memory.sources or [{"source": memory.source, "source_ref": memory.source_ref,
                               "meeting_key": memory.meeting_key, "added_at": memory.captured_at}]
    for s in rows:
        label = str(s.get("source") or "manual")
        day = meeting_day(s.get("meeting_key")) or parse_day(s.get("added_at")) or parse_day(memory.captured_at)
        if day:
            label += f" {day.isoformat()}"
        if label not in out:
            out.append(label)
    return out


def sources_for(memories: Iterable[Memory]) -> list[str]:
    out: list[str] = []
    for m in memories:
        for label in source_labels(m):
            if label not in out:
                out.append(label)
    return out


# -- salience -----------------------------------------------------------------------------------
def is_follow_up_due(memory: Memory, today: date) -> bool:
    """An open follow-up whose date has passed - all of it: "in June" is due in July, "from the
    20th for two weeks" once the two weeks are over, "this weekend" after the Sunday (one-off
    events only: birthdays recur, they are dates)."""
    from .dates import period_end

    span = span_of(memory)
    if span is None or memory.follow_up != "open" or memory.recurrence == "yearly":
        return False
    return max(span.last, period_end(span.first, memory.event_text)) < today


def upcoming_day(memory: Memory, today: date, days: int) -> date | None:
    """The day this memory's date (its span's first day) next falls within ``days`` of today, if it does."""
    event = parse_day(memory.event_date)
    if event is None:
        return None
    if memory.recurrence == "yearly":
        event = next_occurrence(event, today)
    if today <= event <= today + timedelta(days=days):
        return event
    return None


def date_words(memory: Memory, day: date, today: date) -> str:
    """When a memory's date falls, as said: "on Friday (17 May)", or its span "in June",
    "in mid-May" - never a day the person did not name."""
    span = span_of(memory, day, today)
    if span is not None and span.words:
        return span.words
    return f"{when_phrase(day, today)} ({fmt_day(day, today)})"


def age_days(memory: Memory, today: date) -> int | None:
    """Days since the memory was last confirmed (or captured)."""
    seen = parse_day(memory.confirmed_at) or parse_day(memory.captured_at)
    return (today - seen).days if seen else None


def salience(memory: Memory, today: date, settings: Settings | None = None) -> float:
    """How much a memory matters for the next conversation: due follow-ups, near dates, pins, recency."""
    settings = settings or Settings()
    score = CATEGORY_WEIGHT.get(memory.category, 0.3)
    if memory.pinned:
        score += 2.0
    if is_follow_up_due(memory, today):
        score += 3.0
    near = upcoming_day(memory, today, settings.upcoming_days)
    if near is not None:
        score += 2.5 - (near - today).days / max(settings.upcoming_days, 1)
    age = age_days(memory, today)
    if age is not None:
        score += 1.5 * math.pow(0.5, max(age, 0) / 90)
        if age > settings.stale_after_days:
            score -= 0.5
    return round(score, 4)


def rank_memories(memories: Iterable[Memory], today: date, settings: Settings | None = None) -> list[Memory]:
    """Most salient first; ties broken by newest id so the order is stable."""
    return sorted(memories, key=lambda m: (-salience(m, today, settings), -(m.id or 0)))


# -- prompts from a person's memories -----------------------------------------------------------
def _prompt(kind: str, text: str, memories: list[Memory], person: Person | None, score: float) -> Prompt:
    return Prompt(
        kind=kind, text=text, memory_ids=[m.id for m in memories if m.id is not None],
        sources=sources_for(memories), person_id=person.id if person else None, score=round(score, 4),
    )


def _said(memory: Memory, today: date) -> str:
    day = said_day(memory)
    return fmt_day(day, today) if day else "undated"


def memory_prompts(person: Person | None, memories: list[Memory], meeting: Any, today: date,
                   settings: Settings | None = None) -> list[Prompt]:
    """Follow-ups, dates, light openers, deep topics and stale checks for one person."""
    settings = settings or Settings()
    prompts: list[Prompt] = []
    used: set[int | None] = set()
    kept = [m for m in memories if m.review == "kept"]
    care = {m.id: care_kind(m) for m in kept}
    for m in rank_memories(kept, today, settings):
        score = salience(m, today, settings)
        if care[m.id] == "keep_in_mind":  # an allergy, a diet, an access need: to act on, never to ask about
            template = TEMPLATES["keep_in_mind_avoid" if a_topic_to_avoid(m.text)
                                 else "keep_in_mind_dislike" if only_a_dislike(m.text) else "keep_in_mind"]
            prompts.append(_prompt("keep_in_mind", template.format(text=quote(m.text)), [m], person, score))
            used.add(m.id)
            continue
        # Health, loss and care are deep topics, however they were stored.
        sensitive = m.sensitivity == "sensitive" or care[m.id] == "health"
        near = upcoming_day(m, today, settings.upcoming_days)
        if near is not None and m.follow_up != "done":
            fields = {"at": date_words(m, near, today), "text": quote(m.text)}
            if sensitive:
                text = TEMPLATES["deep_date"].format(**fields)
                kind = "deep"
            elif m.category == "birthday" and own_birthday(m, person):
                text, kind = TEMPLATES["birthday"].format(**fields), "date"
            elif m.category == "birthday":  # a daughter's, a partner's: say whose, never "wish them well"
                text, kind = TEMPLATES["birthday_other"].format(**fields), "date"
            elif m.category == "anniversary" and says_only_the_date(m.text):
                # "Anniversary: 10 December 2019" from a contact card: say where it is from, not
                # what it might mark (a wedding? a company?), and never quote the date back.
                year = parse_day(m.event_date).year if m.event_text != "year unknown" else None
                since = f", {near.year - year} years since {year}" if year and near.year > year else ""
                where = "contact card" if m.source == "contacts" else "note"
                text, kind = TEMPLATES["anniversary_unsaid"].format(since=since, where=where, **fields), "date"
            elif m.category == "anniversary":
                text, kind = TEMPLATES["anniversary"].format(**fields), "date"
            elif m.recurrence == "yearly":
                text, kind = TEMPLATES["date_yearly"].format(**fields), "date"
            else:
                text, kind = TEMPLATES["date"].format(**fields), "date"
            # Dates in the order they come (17 Dec before 18 Dec), whatever their salience.
            prompts.append(_prompt(kind, text, [m], person, 100.0 - (near - today).days))
            used.add(m.id)
            continue
        if is_follow_up_due(m, today):
            event = parse_day(m.event_date)
            assert event is not None
            if sensitive:
                text = TEMPLATES["deep_due"].format(text=quote(m.text), said=_said(m, today))
                prompts.append(_prompt("deep", text, [m], person, score))
            else:
                ask = ASK_AFTER.get(m.category, DEFAULT_ASK)
                span = span_of(m, event, today)
                # Earlier this month, or in the last week of the one before: "that was 3 days ago",
                # not "it is December now" for last Saturday.
                if span and ((span.last.month, span.last.year) == (today.month, today.year)
                             or (today - span.last).days <= RECENT_DAYS):
                    when = span.words or when_phrase(event, today)
                    text = TEMPLATES["follow_up_soon"].format(text=quote(m.text), said=_said(m, today), when=when, ask=ask)
                else:
                    text = TEMPLATES["follow_up"].format(
                        text=quote(m.text), said=_said(m, today), month=today.strftime("%B"), ask=ask)
                prompts.append(_prompt("follow_up", text, [m], person, score))
            used.add(m.id)
            continue
        if sensitive:
            prompts.append(_prompt("deep", TEMPLATES["deep"].format(text=quote(m.text), said=_said(m, today)),
                                   [m], person, score))
            used.add(m.id)
    # Light openers: the most salient light memories not already used above.
    openers = [m for m in rank_memories(kept, today, settings)
               if m.id not in used and small_talk(m)
               and not (m.event_date and m.recurrence == "yearly")
               and (age_days(m, today) or 0) <= settings.stale_after_days]
    openers.sort(key=lambda m: (_opener_rank(m), -salience(m, today, settings)))
    for m in openers[: settings.max_openers]:
        frame = opener_frame(m, getattr(meeting, "key", None))
        prompts.append(_prompt("opener", frame.format(text=quote(m.text)), [m], person, salience(m, today, settings)))
        used.add(m.id)
    # Stale facts: old, undated, not sensitive; a gentle check rather than a confident claim.
    for m in kept:
        age = age_days(m, today)
        if (m.id in used or care[m.id] or delicate(m) or m.event_date or age is None
                or age <= settings.stale_after_days):
            continue
        prompts.append(_prompt("stale", TEMPLATES["stale"].format(age=age_phrase(age), text=quote(m.text)),
                               [m], person, salience(m, today, settings)))
    by_id = {m.id: m for m in kept}
    for p in prompts:  # a follow-up says "They mentioned" and when already
        if p.kind != "follow_up" and len(p.memory_ids) == 1 and p.memory_ids[0] in by_id:
            p.text = attribute(p.text, by_id[p.memory_ids[0]], today, dated=p.kind in ("date", "deep"))
    if settings.group:
        for p in prompts:
            if p.kind == "deep":
                p.text += TEMPLATES["group_deep"]
    return sort_prompts(prompts)


# -- whose words, and when ----------------------------------------------------------------------
# A memory kept in the speaker's own words ("I'm dreading the move", "Mi hija se casa") read under
# someone's name in a briefing must say whose words they are; a memory that speaks of "tomorrow" or
# "next week" must say when that was, or the user repeats a "next week" that is long past.
_FIRST_PERSON = re.compile(
    r"\bI(?:'m|'ve|'ll|'d)?\b|(?i:\b(?:me|my|mine|myself|we|we're|we've|we'll|our|ours|us|ich|mein(?:e[mnrs]?)?|mir|mich|"
    r"wir|unser(?:e[mnrs]?)?|yo|mi|mis|nosotros|nosotras|nuestr[oa]s?)\b)")
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|ago|just|recently|soon|lately|"
    r"(?:this|last|next|coming) (?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|"
    r"fall|winter|term|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:on |this |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
    r"heute|morgen|gestern|vorgestern|übermorgen|gerade|bald|neulich|kürzlich|seit|"
    r"(?:diese[nrms]?|letzte[nrms]?|nächste[nrms]?|kommende[nrms]?) (?:woche|wochenende|monat|jahr|sommer|winter)|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"hoy|mañana|ayer|anoche|pronto|hace|acab[oa] de|recién|"
    r"(?:esta|la) semana(?: que viene| pasada)?|(?:este|el) (?:mes|año|verano|invierno)(?: que viene| pasado)?|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b", re.IGNORECASE)


def in_their_words(memory: Memory) -> bool:
    """Whether a memory is the person's own words: kept verbatim in quotes (as capture keeps a
    sentence it could not rewrite), or a transcript line still in the first person. (A note's "I"
    is the user who wrote it: that is not their words.)"""
    text = str(memory.text or "").strip()
    if len(text) > 2 and text[0] in "\"“„" and text[-1] in "\"”“":
        return True
    sources = {str(s.get("source")) for s in memory.sources or []} or {str(memory.source)}
    return "transcript" in sources and bool(_FIRST_PERSON.search(text))


def attribute(text: str, memory: Memory, today: date, dated: bool = False) -> str:
    """A prompt's quote of ``memory`` with whose words and when: "'My dad moved into hospice
    care' (their words, 11 Feb)", "'Off sailing in Croatia next week' (said 20 May)" (``dated``:
    the prompt names the day itself, as a date prompt does)."""
    day = said_day(memory)
    if day is None:
        return text
    q = f"'{quote(memory.text)}'"
    said = fmt_day(day, today)
    if in_their_words(memory):
        note = TEMPLATES["their_words"].format(said=said)
    elif _RELATIVE_TIME.search(str(memory.text or "")) and not dated:
        note = TEMPLATES["said_on"].format(said=said)
    else:
        return text
    if f"{q} ({said})" in text:
        return text.replace(f"{q} ({said})", f"{q} {note}", 1)
    return text.replace(q, f"{q} {note}", 1) if q in text else text


_DATE_ONLY = re.compile(
    r"^\W*(?:(?:wedding |work |our |their |his |her )?anniversary|jahrestag|aniversario|birthday|geburtstag|"
    r"cumpleaños)?\W*(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?[A-Za-zäé]+\.?|[A-Za-zäé]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{4}-\d{2}-\d{2}|--\d{2}-?\d{2})(?:,?\s+\d{4})?\W*$", re.IGNORECASE)


_OWN_BIRTHDAY = re.compile(
    r"^\W*(?:(?:my|his|her|their|mein|meine|sein|seine|ihr|ihre|mi|su)\s+|{name}\W*s\s+)?"
    r"(?:birthday|b-?day|geburtstag|cumpleaños)\b|^\W*(?:turns?|turning|wird)\s+\d", re.IGNORECASE)


def own_birthday(memory: Memory, person: Person | None) -> bool:
    """Whether a birthday memory is the person's own: a contact card's date, or a text that
    starts with their birthday ("Birthday on Friday", "her birthday party", "Anna's birthday",
    "turns 40 in May") - not "Her daughter Mila turns 5", which is someone else's."""
    if memory.source == "contacts" or says_only_the_date(memory.text):
        return True
    names = [person.name.split()[0], *person.aliases] if person is not None and person.name.split() else []
    name = "|".join(re.escape(n) for n in names) or "(?!)"
    return bool(re.search(_OWN_BIRTHDAY.pattern.replace("{name}", f"(?:{name})"), str(memory.text or ""),
                          re.IGNORECASE))


def says_only_the_date(text: str) -> bool:
    """'Anniversary: 10 December 2019' says when, not of what (contact cards write dates so)."""
    return bool(_DATE_ONLY.match(str(text or "").strip()))


def _opener_rank(memory: Memory) -> int:
    """Pets and hobbies first: the things that light people up."""
    if memory.pinned:
        return -1
    try:
        return OPENER_CATEGORIES.index(memory.category)
    except ValueError:
        return len(OPENER_CATEGORIES)


def sort_prompts(prompts: list[Prompt]) -> list[Prompt]:
    """Light before deep: by kind, then most salient first."""
    return sorted(prompts, key=lambda p: (KIND_ORDER.get(p.kind, len(KINDS) - 1.5), -p.score))


# -- shared ground ------------------------------------------------------------------------------
STOPWORDS = frozenset("""
a an and are as at be been being but by can could did do does for from had has have he her here him his
how i if in into is it its just like likes liked love loves loved me mentioned more most my new next
not now of on one or our out over said she so some than that the their them then there these they
this those to too up us very was we were what when where which who will with would you your really
about after again also going gone got get gets getting week weekend year years month months day days
time today tomorrow yesterday last first
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
SHARED_CATEGORIES = ("hobby", "preference", "travel", "pet")  # small-talk kinds (care.small_talk) that people share


def keywords(text: str) -> dict[str, str]:
    """Content words of ``text``: normalised form -> the word as written (for quoting)."""
    out: dict[str, str] = {}
    for word in _WORD.findall(text):
        w = word.strip("'-")
        low = w.lower()
        if len(low) < 3 or low in STOPWORDS:
            continue
        stem = low[:-1] if low.endswith("s") and len(low) > 4 else low
        out.setdefault(stem, w)
    return out


def shared_ground_prompts(person: Person | None, memories: list[Memory], my_interests: Iterable[str],
                          my_memories: Iterable[Memory], limit: int = 2) -> list[Prompt]:
    """Their light memories that share a content word with the user's interests or memories."""
    interest_words: dict[str, str] = {}
    for interest in my_interests:
        interest_words.update(keywords(str(interest)))
    mine = [m for m in my_memories if m.review == "kept" and small_talk(m)]
    prompts: list[Prompt] = []
    for m in memories:
        if m.review != "kept" or m.category not in SHARED_CATEGORIES or not small_talk(m):
            continue
        theirs = keywords(m.text)
        hit = next((k for k in theirs if k in interest_words), None)
        cited = [m]
        from_profile = hit is not None
        if hit is None:
            for mm in mine:
                common = [k for k in theirs if k in keywords(mm.text)]
                if common:
                    hit, cited = common[0], [m, mm]
                    break
        if hit is None:
            continue
        # The user's own note on their card is not something they mentioned.
        template = TEMPLATES["shared_ground_note" if own_contact_note(m) else "shared_ground"]
        p = _prompt("shared_ground", template.format(keyword=theirs[hit], text=quote(m.text)),
                    cited, person, 1.0 + CATEGORY_WEIGHT.get(m.category, 0.3))
        if from_profile:
            p.sources.append("me profile")
        prompts.append(p)
        if len(prompts) >= limit:
            break
    return prompts


def group_shared_ground(people: list[tuple[Person, list[Memory]]], limit: int = 3) -> list[dict[str, Any]]:
    """Pairs of attendees whose light memories share a content word (same hobby, same band)."""
    found: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()
    light = [(p, [m for m in mems if m.review == "kept" and m.category in SHARED_CATEGORIES and small_talk(m)])
             for p, mems in people]
    for i, (a, a_mems) in enumerate(light):
        for b, b_mems in light[i + 1:]:
            for ma in a_mems:
                ka = keywords(ma.text)
                for mb in b_mems:
                    common = [k for k in ka if k in keywords(mb.text)]
                    if not common:
                        continue
                    key = (a.id or 0, b.id or 0, common[0])
                    if key in seen:
                        continue
                    seen.add(key)
                    found.append({
                        "people": [{"id": a.id, "name": a.name}, {"id": b.id, "name": b.name}],
                        "keyword": ka[common[0]],
                        "text": TEMPLATES["group_shared_ground"].format(
                            names=f"{a.name} and {b.name}", keyword=ka[common[0]]),
                        "memory_ids": [ma.id, mb.id],
                        "sources": sources_for([ma, mb]),
                    })
                    if len(found) >= limit:
                        return found
    return found


# -- pacing -------------------------------------------------------------------------------------
def went_deep(memories: Iterable[Memory], meeting_key: str | None) -> list[Memory]:
    """Sensitive memories captured in the meeting ``meeting_key`` (the last one with this person)."""
    if not meeting_key:
        return []
    out = []
    for m in memories:
        if m.sensitivity != "sensitive":
            continue
        keys = {m.meeting_key} | {s.get("meeting_key") for s in m.sources or []}
        if meeting_key in keys:
            out.append(m)
    return out
