"""A briefing that stays fresh week after week, and quiet for a daily stand-up (issue 15).

Driven through the CLI as a user would: an ICS calendar in a temp folder, the real SQLite store,
`rapport run` with the clock pinned by RAPPORT_NOW for each simulated day.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport_plugins.testing import SAM, config_toml, ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("one-on-one-anna@test", "20260302T100000Z", "20260302T103000Z", "1:1 Anna", "RRULE:FREQ=WEEKLY;COUNT=20",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))),
    ics_event("standup@test", "20260302T090000Z", "20260302T091500Z", "Team stand-up", "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=60",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Sam Lee", "sam@example.com"), ("Ben Okafor", "ben@example.org"), ("Cleo Diaz", "cleo@example.org"))),
)

CONFIG = config_toml(me={**SAM, "timezone": "UTC"},
                     ics={"calendars": ["cal.ics"]})

ANNA = [  # light memories, in every small-talk kind (care.SMALL_TALK_KINDS)
    ("her cat Biscuit is 15 and slowing down", "pet"),
    ("grows tomatoes on her balcony", "hobby"),
    ("her son is learning to ride a bike", "hobby"),
    ("plays the cello in an amateur orchestra", "hobby"),
    ("loves Sichuan food", "preference"),
    ("spent a month in Lisbon last year", "travel"),
]
MONDAYS = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]


@pytest.fixture
def cal(rapport, home: Path):
    rapport.config(CONFIG)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport("init", "--name", "Sam Lee", "--email", "sam@example.com")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "Ben Okafor", "--email", "ben@example.org")
    rapport("people", "add", "Cleo Diaz", "--email", "cleo@example.org")
    return home


def at(day: str, time: str) -> dict[str, str]:
    return {"RAPPORT_NOW": f"{day}T{time}+00:00"}


def remember(rapport, day: str, text: str, who: str, *extra: str, time: str = "08:00") -> int:
    return rapport.json("remember", text, "--who", who, *extra, env=at(day, time))["id"]


def run(rapport, day: str, time: str) -> list[dict]:
    """`rapport run --json` at that moment: the meetings it handled (briefings included)."""
    out = rapport.json("run", "--within", "15", "--no-capture", env=at(day, time))
    return [item for item in out if item.get("phase") == "before"]


def one_on_one(rapport, day: str) -> dict:
    (item,) = run(rapport, day, "09:50")
    assert item["uid"] == "one-on-one-anna@test"
    assert "delivered" in [d["status"] for d in item["deliveries"]]
    (entry,) = item["briefing"]["people"]
    return entry


def openers(entry: dict) -> list[dict]:
    return [p for p in entry["prompts"] if p["kind"] == "opener"]


def test_four_weekly_briefings_open_with_four_different_memories(rapport, cal):
    ids = {text: remember(rapport, "2026-03-01", text, "anna", "-c", cat) for text, cat in ANNA}
    first = []
    for day in MONDAYS[:4]:
        entry = one_on_one(rapport, day)
        first.append(openers(entry)[0]["memory_ids"])
        assert len(openers(entry)) == 1  # six memories, each resting four meetings: one a week
    assert len({tuple(m) for m in first}) == 4, first
    # Nothing offered in one week comes back within the next four.
    seen = [m for ids_ in first for m in ids_]
    assert len(seen) == len(set(seen))
    # `people show` says when each memory was last brought up (the meeting's date).
    shown = rapport.json("people", "show", "anna", env=at(MONDAYS[3], "12:00"))
    last = {m["id"]: m["last_brought_up"] for m in shown["memories"]}
    assert last[first[0][0]]["meeting_start"].startswith("2026-03-02T10:00")
    assert last[first[3][0]]["meeting_start"].startswith("2026-03-23T10:00")
    text = rapport("people", "show", "anna", env=at(MONDAYS[3], "12:00")).stdout
    assert f"#{first[3][0]} " in text and "last brought up 2026-03-23" in text
    assert set(ids.values()) >= set(seen)


def test_a_preview_after_delivery_agrees_and_nothing_rests_before_its_meeting(rapport, cal):
    for text, cat in ANNA:
        remember(rapport, "2026-03-01", text, "anna", "-c", cat)
    previewed = rapport.json("brief", "--meeting", "one-on-one-anna@test", env=at("2026-03-09", "08:00"))
    delivered = one_on_one(rapport, "2026-03-09")
    again = rapport.json("brief", "--meeting", "one-on-one-anna@test", env=at("2026-03-09", "09:55"))
    assert openers(previewed["people"][0]) == openers(delivered) == openers(again["people"][0])


def test_a_memory_updated_by_a_capture_comes_back_with_its_news_the_next_week(rapport, cal, home: Path):
    ids = {text: remember(rapport, "2026-03-01", text, "anna", "-c", cat) for text, cat in ANNA}
    biscuit = ids["her cat Biscuit is 15 and slowing down"]
    week1 = one_on_one(rapport, MONDAYS[0])
    assert biscuit in [i for p in openers(week1) for i in p["memory_ids"]]
    week2 = one_on_one(rapport, MONDAYS[1])
    assert biscuit not in [i for p in week2["prompts"] for i in p["memory_ids"]]  # resting
    # After the second 1:1 its note says something new about Biscuit; capture stores it.
    notes = home / "notes.md"
    notes.write_text("# 1:1 Anna\n\n- remember: Biscuit the cat learned to open the fridge on Tuesday\n", encoding="utf-8")
    captured = rapport.json("capture", str(notes), "--meeting", "one-on-one-anna@test", env=at(MONDAYS[1], "10:40"))
    (news_memory,) = [m["id"] for m in captured["stored"]]
    week3 = one_on_one(rapport, MONDAYS[2])
    first = openers(week3)[0]
    assert first["memory_ids"] == [news_memory, biscuit]
    assert first["text"] == ("News since you last brought it up (9 Mar): 'Biscuit the cat learned to open the fridge on Tuesday'"
                             " - about 'her cat Biscuit is 15 and slowing down'.")
    # Once brought back with its news, it rests again.
    week4 = one_on_one(rapport, MONDAYS[3])
    assert biscuit not in [i for p in week4["prompts"] for i in p["memory_ids"]]


def test_a_due_follow_up_is_never_skipped(rapport, cal):
    for text, cat in ANNA:
        remember(rapport, "2026-03-01", text, "anna", "-c", cat)
    move = remember(rapport, "2026-03-01", "dreading the flat move", "anna", "-c", "home", "--when", "2026-03-12")
    for day in MONDAYS[2:6]:  # due from 12 Mar until closed
        entry = one_on_one(rapport, day)
        follow = [p for p in entry["prompts"] if p["kind"] == "follow_up"]
        assert [p["memory_ids"] for p in follow] == [[move]], day
    rapport("done", str(move), env=at(MONDAYS[5], "11:00"))
    later = rapport.json("brief", "--meeting", "one-on-one-anna@test", env=at("2026-04-13", "09:00"))
    assert not [p for p in later["people"][0]["prompts"] if p["kind"] == "follow_up"]


def test_a_daily_stand_up_with_nothing_new_gets_no_briefing(rapport, cal, home: Path):
    remember(rapport, "2026-03-01", "has a border collie called Pip", "ben", "-c", "pet")
    for text in ("keeps chickens", "has a tortoise named Sheldon", "fosters kittens"):  # never brought up either
        remember(rapport, "2026-03-01", text, "ben", "-c", "pet")
    remember(rapport, "2026-03-01", "runs marathons", "cleo", "-c", "hobby")
    for day in ("2026-03-02", "2026-03-03"):
        result = rapport("run", "--within", "15", "--no-capture", env=at(day, "08:50"))
        assert result.stdout.strip().splitlines() == [
            f"{day}T09:00:00+00:00 Team stand-up: nothing new, no briefing (quiet series: meets 5 times a week)"]
    data = rapport.json("run", "--within", "15", "--no-capture", env=at("2026-03-04", "08:50"))
    assert data[0]["deliveries"] == [] and "briefing" not in data[0]
    # A preview says why there is nothing; a 1:1 the same week is briefed in full.
    preview = rapport("brief", "--meeting", "standup@test", env=at("2026-03-04", "08:55")).stdout
    assert preview.startswith("Nothing new for Team stand-up")
    # Something learned after a stand-up is news at the next one, once.
    remember(rapport, "2026-03-04", "Pip won a herding trial", "ben", "-c", "pet", time="12:00")
    out = rapport("run", "--within", "15", "--no-capture", env=at("2026-03-05", "08:50")).stdout.splitlines()
    out = [line for line in out if line]
    assert len(out) == 2 and out[0].startswith("Team stand-up · Ben Okafor: ") and "'Pip won a herding trial'" in out[0]
    out = rapport("run", "--within", "15", "--no-capture", env=at("2026-03-06", "08:50")).stdout.splitlines()
    assert out == ["2026-03-06T09:00:00+00:00 Team stand-up: nothing new, no briefing (quiet series: meets 5 times a week)"]
    # Something to keep in mind, learned since, is said once too (the team lunch is not a topic).
    remember(rapport, "2026-03-06", "is allergic to peanuts", "cleo", time="12:00")
    out = [line for line in rapport("run", "--within", "15", "--no-capture", env=at("2026-03-09", "08:50")).stdout
           .splitlines() if line]
    assert len(out) == 2 and out[0].startswith("Team stand-up · Cleo Diaz: 'is allergic to peanuts' - act on it")
    assert run(rapport, "2026-03-10", "08:50")[0]["deliveries"] == []


def test_a_stand_up_on_a_birthday_gets_a_one_line_briefing(rapport, cal):
    remember(rapport, "2026-03-01", "has a border collie called Pip", "ben", "-c", "pet")
    cleo = remember(rapport, "2026-03-01", "Cleo's birthday", "cleo", "-c", "birthday", "--when", "1990-03-04",
                    "--yearly")
    assert rapport.json("run", "--within", "15", "--no-capture", env=at("2026-03-03", "08:50"))[0]["deliveries"] == []
    out = rapport("run", "--within", "15", "--no-capture", env=at("2026-03-04", "08:50")).stdout.splitlines()
    assert [line for line in out if line] == [
        f"Team stand-up · Cleo Diaz: Birthday today (4 Mar) - a chance to wish them well.  [from #{cleo}, manual 2026-03-01]",
        "Wed 4 Mar 2026 09:00 Team stand-up: delivered to terminal",
    ]
    # The day after, nothing new again.
    assert rapport.json("run", "--within", "15", "--no-capture", env=at("2026-03-05", "08:50"))[0]["deliveries"] == []


def test_quiet_series_are_configurable_by_title_and_calendar(rapport, cal, home: Path):
    remember(rapport, "2026-03-01", "her cat Biscuit is 15 and slowing down", "anna", "-c", "pet")
    # A weekly series is briefed in full by default; a title pattern makes it quiet ...
    rapport.config(CONFIG + '\n[briefing]\nquiet_series = ["1:1 *"]\n')
    assert run(rapport, "2026-03-02", "09:50")[0]["quiet"] == "title matches '1:1 *'"
    # ... and brief_series wins over everything, the auto-detected stand-up included.
    rapport.config(CONFIG + '\n[briefing]\nbrief_series = ["*stand-up*"]\n')
    data = rapport.json("brief", "--meeting", "standup@test", env=at("2026-03-03", "08:55"))
    assert data["quiet"] is None and data["people"]
    rapport.config(CONFIG + '\n[briefing]\nquiet_per_week = 0\nquiet_calendars = ["cal.ics"]\n')
    data = rapport.json("brief", "--meeting", "one-on-one-anna@test", env=at("2026-03-02", "09:00"))
    assert data["quiet"] == "calendar matches 'cal.ics'"


def test_bad_rotation_settings_are_one_clear_line(rapport, cal, home: Path):
    rapport.config(CONFIG + '\n[briefing]\nrest_meetings = "four"\n')
    result = rapport("brief", "--meeting", "one-on-one-anna@test", code=1, env=at("2026-03-02", "09:00"))
    line = (CONFIG + '\n[briefing]\nrest_meetings = "four"\n').splitlines().index('rest_meetings = "four"') + 1
    assert result.stderr.strip() == (f"Error: {home / 'config.toml'}:{line}: "
                                     '[briefing] rest_meetings must be a whole number >= 0, not "four"')
    rapport.config(CONFIG + '\n[briefing]\nquiet_series = "stand-up"\nquiet_calendars = [1]\n')
    result = rapport("brief", "--meeting", "one-on-one-anna@test", code=1, env=at("2026-03-02", "09:00"))
    assert "[briefing] quiet_calendars must be a string (in quotes) or a list of strings" in result.stderr
    assert result.stderr.endswith(", not [1]\n")


def test_rotation_off_restores_the_old_fixed_openers(rapport, cal):
    for text, cat in ANNA:
        remember(rapport, "2026-03-01", text, "anna", "-c", cat)
    rapport.config(CONFIG + "\n[briefing]\nrest_meetings = 0\nrest_days = 0\n")
    first = [openers(one_on_one(rapport, day))[0]["memory_ids"] for day in MONDAYS[:3]]
    assert first[0] == first[1] == first[2]


def test_export_keeps_what_was_brought_up(rapport, cal, home: Path):
    for text, cat in ANNA[:3]:
        remember(rapport, "2026-03-01", text, "anna", "-c", cat)
    one_on_one(rapport, MONDAYS[0])
    out = home / "export.json"
    rapport("export", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    brought = [b for m in data["memories"] for b in m.get("brought_up", [])]  # format 2: memories listed apart
    assert brought and all(b["meeting_key"].startswith("one-on-one-anna@test@2026-03-02") for b in brought)
    # Imported into a new home, the same memories rest: the next week opens with another one.
    other = home.parent / "other"
    rapport("--home", str(other), "import", str(out))
    shown = rapport.json("--home", str(other), "people", "show", "anna")
    assert [m["last_brought_up"]["meeting_start"][:10] for m in shown["memories"] if m["last_brought_up"]] == \
        ["2026-03-02"]


def test_a_memory_found_again_by_a_capture_comes_back_as_news(rapport, cal, home: Path):
    ids = {text: remember(rapport, "2026-03-01", text, "anna", "-c", cat) for text, cat in ANNA}
    cello = ids["plays the cello in an amateur orchestra"]
    offered = [openers(one_on_one(rapport, day))[0]["memory_ids"] for day in MONDAYS[:2]]
    assert [cello] in offered
    notes = home / "notes.md"
    notes.write_text("# 1:1 Anna\n\n- remember: plays the cello in an amateur orchestra\n", encoding="utf-8")
    # Captured the morning after the meeting: it came up on the meeting's day.
    captured = rapport.json("capture", str(notes), "--meeting", "one-on-one-anna@test", env=at("2026-03-10", "08:00"))
    assert [d["id"] for d in captured["duplicates"]] == [cello]  # the same memory, found again
    first = openers(one_on_one(rapport, MONDAYS[2]))[0]
    assert first["memory_ids"] == [cello]
    assert first["text"] == "It came up again (9 Mar): 'plays the cello in an amateur orchestra' - ask for the latest."


def test_a_new_face_in_a_stand_up_is_asked_about_once(rapport, cal, home: Path):
    ics = ICS.replace("ATTENDEE;CN=Cleo Diaz:mailto:cleo@example.org\n",
                      "ATTENDEE;CN=Cleo Diaz:mailto:cleo@example.org\nATTENDEE;CN=Noor Haddad:mailto:noor@partner.example\n")
    (home / "cal.ics").write_text(ics, encoding="utf-8")
    out = [line for line in rapport("run", "--within", "15", "--no-capture", env=at("2026-03-02", "08:50")).stdout
           .splitlines() if line]
    assert len(out) == 2 and out[0].startswith("Team stand-up · Noor Haddad (new face): ") and out[0].endswith("?")
    assert run(rapport, "2026-03-03", "08:50")[0]["deliveries"] == []
