"""Prompt generation from memories: each kind, the ordering rules, and "no invented facts"."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_plugins.models import Memory, Person
from rapport_plugins.prompting import (
    ASK_AFTER,
    KIND_ORDER,
    TEMPLATES,
    Settings,
    age_phrase,
    fmt_day,
    group_shared_ground,
    meeting_day,
    memory_prompts,
    next_occurrence,
    parse_day,
    quote,
    rank_memories,
    said_day,
    shared_ground_prompts,
    went_deep,
)
from rapport_plugins.questions import QUESTIONS, next_index, pick_question
from rapport_plugins.rotation import TEMPLATES as ROTATION_TEMPLATES
from rapport_plugins.wording import all_frames

TODAY = date(2026, 4, 2)  # a Thursday
ANNA = Person(name="Anna Berg", emails=["anna@example.org"], id=1)


def mem(mid: int, text: str, **kw) -> Memory:
    kw.setdefault("captured_at", "2026-03-25T10:00:00+00:00")
    kw.setdefault("source", "notes")
    return Memory(person_id=1, text=text, id=mid, **kw)


def kinds(prompts):
    return [p.kind for p in prompts]


# -- the "no invented facts" check ------------------------------------------------------------------
WEEKDAYS = {date(2026, 1, d).strftime("%A").lower() for d in range(5, 12)}
TEMPLATE_VOCAB = {
    w.lower()
    for text in [*TEMPLATES.values(), *ASK_AFTER.values(), *all_frames(), *ROTATION_TEMPLATES.values()]
    for w in re.findall(r"[A-Za-z']+", re.sub(r"\{[^}]*\}", " ", text))
} | {"today", "tomorrow", "yesterday", "in", "on", "days", "ago", "months", "years", "undated"} | WEEKDAYS


def unexplained_words(prompt, memories: dict[int, Memory], today: date) -> list[str]:
    """Words in a prompt that come neither from a cited memory (quoted, or its dates) nor a template."""
    text = prompt.text
    cited = [memories[i] for i in prompt.memory_ids]
    for m in sorted(cited, key=lambda m: -len(m.text)):
        text = text.replace(f"'{quote(m.text)}'", " ")
    dates = set()
    for m in cited:
        found_again = [s.get(k) for s in m.sources or [] for k in ("added_at", "meeting_key")]
        for value in (m.event_date, m.captured_at, m.confirmed_at, said_day(m), *found_again):
            d = parse_day(value) or meeting_day(value)
            if d:
                dates |= {fmt_day(d, today), fmt_day(next_occurrence(d, today), today)}
    for d in sorted(dates, key=len, reverse=True):
        text = text.replace(d, " ")
    text = re.sub(r"\b\d+ (days|months|years)\b", " ", text)
    text = text.replace(f"it is {today.strftime('%B')} now", " ")
    words = re.findall(r"[A-Za-z][A-Za-z']*|\d+", text)
    return [w for w in words if w.isdigit() or w.lower().strip("'") not in TEMPLATE_VOCAB]


def check_grounded(prompts, memories: list[Memory], today: date) -> None:
    by_id = {m.id: m for m in memories}
    for p in prompts:
        assert p.memory_ids, f"{p.kind} prompt cites no memory: {p.text}"
        assert set(p.memory_ids) <= set(by_id), p
        assert p.sources, p
        assert unexplained_words(p, by_id, today) == [], (p.text, unexplained_words(p, by_id, today))


# -- follow-ups ----------------------------------------------------------------------------------
def test_follow_up_due_quotes_the_memory_and_the_date_it_was_said():
    m = mem(12, "dreading the move in March", category="home", sensitivity="personal",
            event_date="2026-03-20", follow_up="open", captured_at="2026-02-12T09:00:00+00:00")
    prompts = memory_prompts(ANNA, [m], None, TODAY)
    assert kinds(prompts) == ["follow_up"]
    p = prompts[0]
    assert p.text == ("They mentioned: 'dreading the move in March' (12 Feb) - it is April now: "
                      "ask how it went and how things are now.")
    assert p.memory_ids == [12] and p.sources == ["notes 2026-02-12"]
    check_grounded(prompts, [m], TODAY)


def test_follow_up_not_due_before_its_date_nor_when_done():
    future = mem(1, "half marathon in June", category="hobby", event_date="2026-06-01", follow_up="open")
    done = mem(2, "exam on Monday", category="education", event_date="2026-03-30", follow_up="done")
    prompts = memory_prompts(ANNA, [future, done], None, TODAY)
    assert "follow_up" not in kinds(prompts)


def test_follow_up_earlier_this_month_says_how_long_ago():
    m = mem(3, "job interview at the museum", category="work", event_date="2026-04-01", follow_up="open")
    (p,) = [p for p in memory_prompts(ANNA, [m], None, TODAY) if p.kind == "follow_up"]
    assert "that was yesterday: ask how it went" in p.text


def test_follow_up_days_ago_across_the_months_end_says_how_long_ago_not_the_month():
    m = mem(4, "running the Berlin half marathon on Sunday", category="hobby", event_date="2026-03-29",
            event_text="on Sunday", follow_up="open", captured_at="2026-03-25T09:00:00+00:00")
    (p,) = [p for p in memory_prompts(ANNA, [m], None, TODAY) if p.kind == "follow_up"]
    assert "that was 4 days ago: ask how it went" in p.text and "it is April now" not in p.text
    check_grounded([p], [m], TODAY)


# -- dates -----------------------------------------------------------------------------------------
def test_birthday_recurs_yearly_and_names_the_weekday():
    today = date(2026, 5, 12)  # Tuesday; 15 May 2026 is a Friday
    m = mem(7, "birthday", category="birthday", event_date="1988-05-15", recurrence="yearly", source="contacts")
    prompts = memory_prompts(ANNA, [m], None, today)
    assert [p.text for p in prompts] == ["Birthday on Friday (15 May) - a chance to wish them well."]
    assert prompts[0].kind == "date"
    check_grounded(prompts, [m], today)


def test_dates_outside_the_window_are_left_out_and_the_window_is_configurable():
    m = mem(7, "birthday", category="birthday", event_date="1988-04-20", recurrence="yearly")
    assert "date" not in kinds(memory_prompts(ANNA, [m], None, TODAY))  # 18 days away, default 14
    wide = memory_prompts(ANNA, [m], None, TODAY, Settings(upcoming_days=30))
    assert [p.text for p in wide] == ["Birthday in 18 days (20 Apr) - a chance to wish them well."]


def test_leap_day_birthday_falls_on_28_february():
    assert next_occurrence(date(2000, 2, 29), date(2026, 2, 1)) == date(2026, 2, 28)
    assert next_occurrence(date(2000, 2, 29), date(2028, 2, 1)) == date(2028, 2, 29)


def test_upcoming_one_off_event_asks_how_they_feel():
    m = mem(4, "moving flat on Saturday", category="home", event_date="2026-04-04", follow_up="open")
    (p,) = memory_prompts(ANNA, [m], None, TODAY)
    assert p.kind == "date"
    assert p.text == "Coming up on Saturday (4 Apr): 'moving flat on Saturday' - ask how they feel about it."


# -- openers and deep topics ---------------------------------------------------------------------
def test_sensitive_memories_are_deep_never_openers_and_come_last():
    grief = mem(1, "her father died last autumn", category="loss", sensitivity="sensitive", pinned=True)
    dog = mem(2, "Max the dog", category="pet")
    work = mem(3, "leads the platform team", category="work")
    prompts = memory_prompts(ANNA, [grief, dog, work], None, TODAY)
    assert kinds(prompts)[0] == "opener" and kinds(prompts)[-1] == "deep"
    openers = [p for p in prompts if p.kind == "opener"]
    assert 1 not in {i for p in openers for i in p.memory_ids}
    assert openers[0].memory_ids == [2]  # pets before work
    deep = [p for p in prompts if p.kind == "deep"]
    assert deep[0].text == "Deep topic - let them lead: 'her father died last autumn' (25 Mar)."
    check_grounded(prompts, [grief, dog, work], TODAY)


def test_sensitive_follow_up_due_stays_deep():
    m = mem(5, "biopsy results next week", category="health", sensitivity="sensitive",
            event_date="2026-03-28", follow_up="open")
    (p,) = memory_prompts(ANNA, [m], None, TODAY)
    assert p.kind == "deep" and "let them lead" in p.text and "if they raise it" in p.text


def test_group_meetings_mark_deep_topics_and_allow_one_opener():
    m1 = mem(1, "plays the cello", category="hobby")
    m2 = mem(2, "has a cat called Miso", category="pet")
    m3 = mem(3, "going through a divorce", category="family", sensitivity="sensitive")
    prompts = memory_prompts(ANNA, [m1, m2, m3], None, TODAY, Settings(group=True, max_openers=1))
    assert kinds(prompts).count("opener") == 1
    (deep,) = [p for p in prompts if p.kind == "deep"]
    assert deep.text.endswith("Not in front of the group.")


# -- stale facts -----------------------------------------------------------------------------------
def test_stale_fact_is_flagged_for_a_gentle_check_not_used_as_opener():
    old = mem(9, "works at the bakery on Elm Street", category="work", captured_at="2025-02-01T10:00:00+00:00")
    prompts = memory_prompts(ANNA, [old], None, TODAY)
    assert kinds(prompts) == ["stale"]
    assert prompts[0].text == (
        "Last confirmed 14 months ago: 'works at the bakery on Elm Street' - check gently that it still holds."
    )
    check_grounded(prompts, [old], TODAY)


def test_recent_confirmation_resets_staleness():
    m = mem(9, "works at the bakery", category="work", captured_at="2024-01-01T10:00:00+00:00",
            confirmed_at="2026-03-01T10:00:00+00:00")
    assert "stale" not in kinds(memory_prompts(ANNA, [m], None, TODAY))
    assert "stale" in kinds(memory_prompts(ANNA, [m], None, date(2027, 6, 1)))


def test_age_phrase():
    assert age_phrase(426) == "14 months"
    assert age_phrase(800) == "2 years"


# -- ranking ---------------------------------------------------------------------------------------
def test_ranking_prefers_due_follow_ups_then_pins_then_recency():
    due = mem(1, "dentist on Monday", category="health", event_date="2026-03-30", follow_up="open",
              captured_at="2026-01-01T00:00:00+00:00")
    pinned = mem(2, "loves Wes Anderson films", category="preference", pinned=True,
                 captured_at="2025-12-01T00:00:00+00:00")
    fresh = mem(3, "started pottery", category="hobby", captured_at="2026-04-01T00:00:00+00:00")
    old = mem(4, "started pottery last year", category="hobby", captured_at="2025-05-01T00:00:00+00:00")
    assert [m.id for m in rank_memories([old, fresh, pinned, due], TODAY)] == [1, 2, 3, 4]


# -- shared ground ---------------------------------------------------------------------------------
def test_shared_ground_from_interests_and_my_memories():
    theirs = [mem(1, "plays jazz piano on weekends", category="hobby"),
              mem(2, "bakes sourdough every Sunday", category="hobby"),
              mem(3, "jazz got them through a hard year", category="health", sensitivity="sensitive")]
    me_memory = Memory(person_id=99, text="learning sourdough baking", category="hobby", id=50,
                       captured_at="2026-01-01T00:00:00+00:00", source="manual")
    prompts = shared_ground_prompts(ANNA, theirs, ["Jazz"], [me_memory])
    assert [p.text for p in prompts] == [
        "Shared ground with you ('jazz'): they mentioned 'plays jazz piano on weekends'.",
        "Shared ground with you ('sourdough'): they mentioned 'bakes sourdough every Sunday'.",
    ]
    assert prompts[0].memory_ids == [1] and "me profile" in prompts[0].sources
    assert prompts[1].memory_ids == [2, 50]
    assert all(3 not in p.memory_ids for p in prompts)  # sensitive memories are never shared ground


def test_group_shared_ground_between_attendees():
    ben = Person(name="Ben Okafor", id=2)
    anna_m = [mem(1, "runs with a trail club", category="hobby")]
    ben_m = [Memory(person_id=2, id=5, text="joined a trail running club", category="hobby", source="notes")]
    (found,) = group_shared_ground([(ANNA, anna_m), (ben, ben_m)])
    assert found["text"] == "Anna Berg and Ben Okafor both mentioned 'trail'."
    assert found["memory_ids"] == [1, 5]
    assert group_shared_ground([(ANNA, anna_m), (ben, [])]) == []


# -- pacing ----------------------------------------------------------------------------------------
def test_went_deep_finds_sensitive_memories_from_that_meeting_by_any_source():
    a = mem(1, "lost their job", category="work", sensitivity="sensitive", meeting_key="m@1")
    b = mem(2, "panic attacks", category="health", sensitivity="sensitive",
            sources=[{"source": "transcript", "meeting_key": "m@2"}])
    c = mem(3, "new puppy", category="pet", meeting_key="m@1")
    assert [m.id for m in went_deep([a, b, c], "m@1")] == [1]
    assert [m.id for m in went_deep([a, b, c], "m@2")] == [2]
    assert went_deep([a, b, c], None) == []


# -- the question bank -----------------------------------------------------------------------------
def test_question_rotation_is_deterministic_and_never_repeats_consecutively():
    state = None
    asked = []
    for n in range(len(QUESTIONS) + 3):
        index, new = pick_question(state, "person:1", f"meeting-{n}")
        again, unchanged = pick_question(new or state, "person:1", f"meeting-{n}")
        assert again == index and unchanged is None  # same meeting, same question
        state = new or state
        asked.append(index)
    assert all(a != b for a, b in zip(asked, asked[1:], strict=False))
    assert len(set(asked)) == len(QUESTIONS)  # the whole bank before any repeat
    replay, _ = pick_question(None, "person:1", "meeting-0")
    assert replay == asked[0]


def test_questions_about_known_topics_are_skipped():
    pet_q = next(i for i, q in enumerate(QUESTIONS) if q.topic == "pet")
    for last in range(len(QUESTIONS)):
        assert next_index(last, "x", {"pet"}) != pet_q


def test_question_bank_questions_are_questions():
    assert len({q.text for q in QUESTIONS}) == len(QUESTIONS) >= 10
    assert all(q.text.endswith("?") for q in QUESTIONS)


# -- property: whatever the memories, prompts are grounded and light comes first -------------------
WORDS = st.sampled_from(["Max", "dog", "Lisbon", "marathon", "2019", "cello", "O'Brien", "moving", "exam",
                         "daughter", "Friday", "42", "surgery", "garden", "jazz", "promotion"])
memory_strategy = st.builds(
    lambda i, words, cat, sens, ev, rec, fu, pinned, cap: Memory(
        person_id=1, id=i, text=" ".join(words), category=cat, sensitivity=sens,
        event_date=(TODAY + timedelta(days=ev)).isoformat() if ev is not None else None,
        recurrence=rec if ev is not None else None, follow_up=fu, pinned=pinned, source="notes",
        captured_at=(TODAY - timedelta(days=cap)).isoformat() + "T09:00:00+00:00"),
    st.integers(1, 10_000), st.lists(WORDS, min_size=1, max_size=5),
    st.sampled_from(["pet", "hobby", "family", "work", "health", "birthday", "loss", "home", "other"]),
    st.sampled_from(["light", "personal", "sensitive"]),
    st.one_of(st.none(), st.integers(-400, 400)), st.sampled_from([None, "yearly"]),
    st.sampled_from([None, "open", "asked", "done"]), st.booleans(), st.integers(0, 900),
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(memory_strategy, max_size=8, unique_by=lambda m: m.id), st.booleans())
def test_every_prompt_is_grounded_in_cited_memories(memories, group):
    prompts = memory_prompts(ANNA, memories, None, TODAY, Settings(group=group, max_openers=1 if group else 2))
    # Worded for a meeting, openers take other frames: those are grounded too.
    worded = memory_prompts(ANNA, memories, _Meeting(f"weekly@{len(memories)}"), TODAY, Settings(max_openers=99))
    check_grounded(prompts + worded, memories, TODAY)
    by_id = {m.id: m for m in memories}
    for p in prompts:
        if p.kind == "opener":
            assert all(by_id[i].sensitivity == "light" for i in p.memory_ids)
        if any(by_id[i].sensitivity == "sensitive" for i in p.memory_ids):
            assert p.kind == "deep" and "let them lead" in p.text
    order = [KIND_ORDER[p.kind] for p in prompts]
    assert order == sorted(order)


class _Meeting:
    def __init__(self, key: str):
        self.key = key


def test_the_grounding_check_catches_an_invented_fact():
    from rapport_plugins.models import Prompt

    m = mem(1, "has a dog", category="pet")
    invented = Prompt(kind="opener", text="Ask about the pet: 'has a dog' and the Lisbon flight in 2019.",
                      memory_ids=[1], sources=["notes"])
    assert unexplained_words(invented, {1: m}, TODAY) == ["Lisbon", "flight", "2019"]


def test_the_date_it_was_said_is_the_meeting_date_and_quotes_are_tidy():
    m = mem(8, "Plays bass in a jazz trio.", category="hobby", sensitivity="sensitive",
            captured_at="2026-04-01T09:00:00+00:00", meeting_key="weekly@demo.rapport@2026-03-16T14:00:00+00:00")
    (p,) = memory_prompts(ANNA, [m], None, TODAY)
    assert p.text == "Deep topic - let them lead: 'Plays bass in a jazz trio' (16 Mar)."
    assert quote('"We adopted a kitten"') == "We adopted a kitten"
    assert said_day(mem(9, "x", captured_at="2026-01-05T00:00:00+00:00")) == date(2026, 1, 5)


# -- property: rotation keeps follow-ups and dates, and its news prompts are grounded too ----------
@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(memory_strategy, max_size=10, unique_by=lambda m: m.id), st.lists(st.integers(0, 60), max_size=10),
       st.integers(0, 6))
def test_rotation_keeps_due_prompts_and_words_news_from_memories_only(memories, offered_days_ago, rest_meetings):
    from datetime import UTC, datetime

    from rapport_plugins.rotation import History, RestSettings, rotate

    start = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
    history = History()
    for m, ago in zip(memories, offered_days_ago, strict=False):
        history.last_offer[m.id] = start - timedelta(days=ago + 1)
    history.recent_starts = [start - timedelta(days=7 * i) for i in range(1, rest_meetings + 1)]
    for m in memories[::3]:  # some were found again since (in a meeting two days ago, captured yesterday)
        m.sources = [{"source": "notes", "added_at": (start - timedelta(days=1)).isoformat(),
                      "meeting_key": f"weekly@{(start - timedelta(days=2)).isoformat()}"}]
    prompts = memory_prompts(ANNA, memories, _Meeting("weekly@1"), TODAY, Settings(max_openers=99))
    rest = RestSettings(rest_meetings=rest_meetings, rest_days=28)
    turn = rotate(prompts, memories, history, start, TODAY, rest, 2, 2)
    check_grounded(turn.prompts, memories, TODAY)
    due = [p.text for p in prompts if p.kind not in ("opener", "shared_ground", "stale")]
    assert [p.text for p in turn.prompts if p.kind not in ("opener", "shared_ground", "stale")] == due
    assert len([p for p in turn.prompts if p.kind == "opener"]) <= 2
    for p in turn.prompts:
        if p.kind == "opener" and p not in turn.news:  # resting memories come back only with news
            assert all(history.last_offer.get(i, start - timedelta(days=99)) <= start - timedelta(days=28)
                       for i in p.memory_ids), p


def test_opener_wording_varies_by_meeting_and_by_what_the_memory_says():
    from rapport_plugins.wording import OPENER_FRAMES, opener_frame

    cat = mem(1, "her cat Biscuit is 15", category="pet")
    frames = {opener_frame(cat, f"weekly@2026-0{m}-01") for m in range(1, 10)}
    assert len(frames) >= 2 and frames <= set(OPENER_FRAMES["pet"])
    assert opener_frame(cat, None) == OPENER_FRAMES["pet"][0]  # no meeting: the plain frame
    assert opener_frame(cat, "weekly@x") == opener_frame(cat, "weekly@x")  # stable
    bike = mem(2, "her son is learning to ride a bike", category="other")
    assert {opener_frame(bike, f"w@{i}") for i in range(9)} <= set(OPENER_FRAMES["progress"])
    trip = mem(3, "is planning a trip to Japan", category="travel")
    assert opener_frame(trip, "w@1") in OPENER_FRAMES["plan"]


def test_a_stale_check_once_asked_rests_but_a_follow_up_never_does():
    from datetime import UTC, datetime

    from rapport_plugins.rotation import History, RestSettings, rotate

    start = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
    old = mem(1, "works at the bakery", category="work", captured_at="2024-01-05T10:00:00+00:00")
    due = mem(2, "dreading the move", category="home", event_date="2026-03-20", follow_up="open")
    prompts = memory_prompts(ANNA, [old, due], None, TODAY)
    assert kinds(prompts) == ["follow_up", "stale"]
    history = History(last_offer={1: start - timedelta(days=7), 2: start - timedelta(days=7)})
    turn = rotate(prompts, [old, due], history, start, TODAY, RestSettings(), 2, 2)
    assert kinds(turn.prompts) == ["follow_up"]
    weekly = [start - timedelta(days=7 * i) for i in range(1, 5)]  # four meetings since it was asked
    later = History(last_offer={1: start - timedelta(days=35)}, recent_starts=weekly)
    assert kinds(rotate(prompts, [old, due], later, start, TODAY, RestSettings(), 2, 2).prompts) == \
        ["follow_up", "stale"]


def test_news_is_paired_only_with_a_memory_about_the_same_thing():
    from rapport_plugins.rotation import related

    cat = mem(1, "her cat Biscuit is 15 and slowing down", category="pet")
    assert related(cat, mem(2, "Biscuit had the vet visit on Tuesday", category="other"))  # a name
    assert related(mem(3, "plays the cello", category="hobby"), mem(4, "rehearsing a cello concerto", category="hobby"))
    assert not related(mem(5, "plays the cello", category="hobby"), mem(6, "the cat knocked the cello over",
                                                                       category="pet"))  # a word, other category
    assert not related(mem(7, "swims on Tuesday", category="hobby"), mem(8, "chess club on Tuesdays", category="hobby"))
    assert not related(cat, mem(9, "grows tomatoes", category="pet"))


@pytest.mark.parametrize("text, said", [
    ("birthday", "Birthday on Friday (15 May) - a chance to wish them well."),
    ("Her birthday party is at the lake", "Birthday on Friday (15 May) - a chance to wish them well."),
    ("Anna's birthday", "Birthday on Friday (15 May) - a chance to wish them well."),
    ("Turns 40", "Birthday on Friday (15 May) - a chance to wish them well."),
    ("Her daughter Mila turns 5", "A birthday on Friday (15 May): 'Her daughter Mila turns 5'."),
    ("Mila's birthday", "A birthday on Friday (15 May): 'Mila's birthday'."),
])
def test_a_birthday_is_wished_to_them_only_when_it_is_theirs(text, said):
    today = date(2026, 5, 12)
    m = mem(7, text, category="birthday", event_date="2026-05-15", source="manual")
    prompts = memory_prompts(ANNA, [m], None, today)
    assert [p.text for p in prompts] == [said]
    check_grounded(prompts, [m], today)
