"""A year of recurring meetings through the CLI: does the briefing stay fresh, and quiet for stand-ups?

Simulates 2027 in a temporary rapport home: a weekly 1:1 with Anna (12 light memories at the
start, two new ones captured each month, a follow-up and a birthday along the way) and a daily
stand-up (weekdays) with five people (a birthday on a weekday, one on a Saturday, a new memory
about one of them each month). Every step goes through the CLI (click's runner, in process) with
the clock pinned by RAPPORT_NOW: `rapport remember` / `rapport capture` when something is learned,
`rapport run --json` ten minutes before each meeting, `rapport done` once a follow-up was asked
twice. The calendar is an ICS file.

The same year runs twice, side by side: with the defaults (rotation with rest, quiet series) and
with both turned off (`rest_meetings = 0`, `rest_days = 0`, `quiet_per_week = 0`: the briefing as
it was before). Printed per configuration:

- distinct openers over the year (memories a 1:1 briefing opened with), and memories offered at all;
- the longest run of the same opener in consecutive 1:1s (target 1);
- per quarter, the share of light memories (existing when the quarter starts) that any 1:1
  prompt cited (target >= 0.8);
- follow-ups and dates missed: a 1:1 after the follow-up fell due (until done) without it, a 1:1
  within 14 days before Anna's birthday without it, a stand-up on/just before a stand-up person's
  birthday without it (target 0);
- stand-up briefings delivered with nothing new: nothing light learned about a stand-up person
  since the previous stand-up and no birthday before the next one (target 0); and stand-ups with
  such news that got no briefing (personal news, such as a move, is not for the group).

Run: .venv/bin/python benchmarks/bench_freshness.py
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from click.testing import CliRunner

YEAR = 2027
START = date(YEAR, 1, 4)  # the first Monday
STANDUP = ["Ben Okafor", "Cleo Diaz", "Dev Patel", "Eli Moreau", "Fay Lind"]

ANNA_START = [  # 12 light memories, several categories
    ("her cat Biscuit is 15 and slowing down", "pet"),
    ("walks the neighbour's greyhound on Sundays", "pet"),
    ("plays the cello in an amateur orchestra", "hobby"),
    ("is training for the Berlin half marathon", "hobby"),
    ("builds model railways with her brother", "hobby"),
    ("loves Sichuan food", "preference"),
    ("drinks her coffee black, no sugar", "preference"),
    ("spent a month in Lisbon last year", "travel"),
    ("wants to hike the Kungsleden trail", "travel"),
    ("grows tomatoes on her balcony", "home"),
    ("her son is learning to ride a bike", "other"),
    ("reads a crime novel every week", "other"),
]
ANNA_MONTHLY = [  # two a month, captured on the 15th (some are news about an earlier memory)
    ("Biscuit had the vet visit on Tuesday", "pet"), ("started pottery classes on Thursdays", "hobby"),
    ("the orchestra is rehearsing Dvorak's cello concerto", "hobby"), ("took up bouldering", "hobby"),
    ("found a new Sichuan place near the station", "preference"), ("is planning a trip to Japan", "travel"),
    ("her son rode the bike without stabilisers", "other"), ("adopted a second cat called Mochi", "pet"),
    ("the balcony tomatoes got blight", "home"), ("joined a book club", "other"),
    ("ran the Berlin half marathon in 1:52", "hobby"), ("is learning Japanese for the trip", "hobby"),
    ("got a sourdough starter from a friend", "preference"), ("visited the Kungsleden trail head", "travel"),
    ("Mochi knocked the cello off its stand", "pet"), ("repainted the kitchen green", "home"),
    ("bought a folding bike for commuting", "other"), ("is reading the new Tana French", "other"),
    ("the model railway now has a tunnel", "hobby"), ("switched to oat milk", "preference"),
    ("booked flights to Osaka", "travel"), ("grows chillies now, not tomatoes", "home"),
    ("Biscuit turned 16", "pet"), ("plays in the winter concert in December", "hobby"),
]
STANDUP_MEMORIES = {
    "Ben Okafor": [("has a border collie called Pip", "pet"), ("plays five-a-side on Wednesdays", "hobby")],
    "Cleo Diaz": [("runs marathons", "hobby"), ("collects vinyl", "hobby")],
    "Dev Patel": [("keeps bees", "hobby"), ("has twin daughters", "other")],
    "Eli Moreau": [("bakes bread every weekend", "hobby"), ("lived in Montreal", "travel")],
    "Fay Lind": [("restores old bicycles", "hobby"), ("loves sea swimming", "hobby")],
}
STANDUP_NEWS = [  # one a month, captured at noon on the first Wednesday
    ("Ben Okafor", "Pip won a herding trial", "pet"), ("Cleo Diaz", "ran Boston in April", "hobby"),
    ("Dev Patel", "harvested the first honey", "hobby"), ("Eli Moreau", "tried a rye sourdough", "hobby"),
    ("Fay Lind", "swam across the bay", "hobby"), ("Ben Okafor", "moved to a new flat", "home"),
    ("Cleo Diaz", "found a rare Nina Simone pressing", "hobby"), ("Dev Patel", "the twins started school", "other"),
    ("Eli Moreau", "went back to Montreal for a week", "travel"), ("Fay Lind", "rebuilt a 1970s Peugeot", "hobby"),
    ("Ben Okafor", "Pip learned a new trick", "pet"), ("Cleo Diaz", "signed up for Tokyo", "hobby"),
]
BIRTHDAYS = {"Anna Berg": date(1990, 8, 18), "Cleo Diaz": date(1988, 6, 9), "Eli Moreau": date(1985, 10, 16)}
FOLLOW_UP = ("dreading the flat move", "home", date(YEAR, 4, 20), date(YEAR, 3, 10))  # text, category, due, said


def email(name: str) -> str:
    return name.split()[0].lower() + "@example.org"


def ics() -> str:
    standup = "".join(f"ATTENDEE;CN={n}:mailto:{email(n)}\r\n" for n in STANDUP)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rapport bench//freshness//EN\r\n"
        "BEGIN:VEVENT\r\nUID:one-on-one@bench\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{START:%Y%m%d}T100000Z\r\nDTEND:{START:%Y%m%d}T103000Z\r\nRRULE:FREQ=WEEKLY;COUNT=52\r\n"
        "SUMMARY:1:1 Anna\r\nATTENDEE;CN=Sam Lee:mailto:sam@example.com\r\n"
        "ATTENDEE;CN=Anna Berg:mailto:anna@example.org\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:standup@bench\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{START:%Y%m%d}T090000Z\r\nDTEND:{START:%Y%m%d}T091500Z\r\n"
        "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=260\r\nSUMMARY:Team stand-up\r\n"
        "ATTENDEE;CN=Sam Lee:mailto:sam@example.com\r\n" + standup + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


class Sim:
    """One simulated year in its own rapport home."""

    def __init__(self, home: Path, extra_config: str):
        self.home = home
        self.runner = CliRunner()
        home.mkdir(parents=True)
        (home / "cal.ics").write_text(ics(), encoding="utf-8")
        (home / "config.toml").write_text(
            '[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n[ics]\ncalendars = ["cal.ics"]\n'
            f"[briefing]\n{extra_config}\n", encoding="utf-8")
        os.chmod(home / "config.toml", 0o600)
        self.memory_day: dict[int, date] = {}  # Anna's light memories -> when captured
        self.standup_learned: dict[date, int] = defaultdict(int)  # day -> memories learned about stand-up people
        self.calls = 0

    def cli(self, *args: str, when: str) -> str:
        from rapport_plugins.cli import cli

        self.calls += 1
        env = {"RAPPORT_HOME": str(self.home), "RAPPORT_NOW": when}
        result = self.runner.invoke(cli, list(args), env=env, catch_exceptions=False)
        if result.exit_code != 0:
            raise SystemExit(f"rapport {' '.join(args)} failed: {result.stderr or result.stdout}")
        return result.stdout

    def remember(self, day: date, name: str, text: str, *extra: str, time: str = "12:00") -> int:
        out = json.loads(self.cli("remember", text, "--who", email(name), *extra, "--json",
                                  when=f"{day}T{time}:00+00:00"))
        self.sensitivity = out["sensitivity"]
        return out["id"]

    def light(self, memory_id: int, day: date) -> None:
        """Count a memory of Anna's as a light one (the guessed sensitivity of the last one stored)."""
        if self.sensitivity == "light":
            self.memory_day[memory_id] = day

    def run(self, day: date, time: str) -> list[dict]:
        out = self.cli("run", "--within", "15", "--no-capture", "--json", when=f"{day}T{time}:00+00:00")
        return [item for item in json.loads(out) if item.get("phase") == "before"]


def simulate(sim: Sim) -> dict:
    sim.cli("init", "--name", "Sam Lee", "--email", "sam@example.com", when=f"{START}T07:00:00+00:00")
    for name in ["Anna Berg", *STANDUP]:
        sim.cli("people", "add", name, "--email", email(name), when=f"{START}T07:00:00+00:00")
    setup = date(YEAR - 1, 12, 31)
    for text, cat in ANNA_START:
        sim.light(sim.remember(setup, "Anna Berg", text, "-c", cat), setup)
    for name, mems in STANDUP_MEMORIES.items():
        for text, cat in mems:
            sim.remember(setup, name, text, "-c", cat)
    for name, born in BIRTHDAYS.items():
        sim.remember(setup, name, f"{name.split()[0]}'s birthday", "-c", "birthday", "--when", born.isoformat(),
                     "--yearly")
    monthly = iter(ANNA_MONTHLY)
    standup_news = iter(STANDUP_NEWS)
    follow_up_id: int | None = None
    follow_up_seen = 0
    results: dict = {"one_on_ones": [], "standups": [], "missed": [], "nothing_new": 0, "news_unsaid": 0}
    last_standup: date | None = None
    day = START
    while day.year == YEAR:
        if day.weekday() < 5:  # the stand-up at 09:00
            (item,) = sim.run(day, "08:50")
            results["standups"].append(score_standup(sim, day, last_standup, item, results))
            last_standup = day
        if day.weekday() == 0:  # the 1:1 at 10:00
            (item,) = sim.run(day, "09:50")
            entry = item["briefing"]["people"][0]
            results["one_on_ones"].append((day, entry))
            if follow_up_id and day > FOLLOW_UP[2] and follow_up_seen < 2:
                if any(p["kind"] == "follow_up" and follow_up_id in p["memory_ids"] for p in entry["prompts"]):
                    follow_up_seen += 1
                    if follow_up_seen == 2:  # asked twice: the user closes it
                        sim.cli("done", str(follow_up_id), when=f"{day}T11:00:00+00:00")
                else:
                    results["missed"].append(f"{day} 1:1 without the due follow-up")
            born = BIRTHDAYS["Anna Berg"].replace(year=YEAR)
            if 0 <= (born - day).days <= 14 and not any(p["kind"] == "date" for p in entry["prompts"]):
                results["missed"].append(f"{day} 1:1 without Anna's birthday")
        # What is learned today is captured at noon, after the day's meetings.
        if day.day == 15:
            for _ in range(2):
                text, cat = next(monthly)
                if text.startswith("Biscuit had"):  # news from a meeting note, through `rapport capture`
                    notes = sim.home / "note.md"
                    notes.write_text(f"# 1:1 Anna\n\n- remember: {text}\n", encoding="utf-8")
                    out = sim.cli("capture", str(notes), "--date", day.isoformat(), "--with", "anna@example.org",
                                  "--json", when=f"{day}T12:00:00+00:00")
                    sim.sensitivity = json.loads(out)["stored"][0]["sensitivity"]
                    sim.light(json.loads(out)["stored"][0]["id"], day)
                else:
                    sim.light(sim.remember(day, "Anna Berg", text, "-c", cat), day)
        if day == FOLLOW_UP[3]:
            follow_up_id = sim.remember(day, "Anna Berg", FOLLOW_UP[0], "-c", FOLLOW_UP[1], "--when",
                                        FOLLOW_UP[2].isoformat(), "--personal")
        if day.weekday() == 2 and day.day <= 7:
            name, text, cat = next(standup_news)
            sim.remember(day, name, text, "-c", cat)
            if sim.sensitivity == "light":  # personal news is not for the group
                sim.standup_learned[day] += 1
        day += timedelta(days=1)
    return results


def score_standup(sim: Sim, day: date, last: date | None, item: dict, results: dict) -> dict:
    """Was there something new for this stand-up, and did it get a briefing?"""
    delivered = any(d["status"] == "delivered" for d in item["deliveries"])
    nxt = day + timedelta(days=3 if day.weekday() == 4 else 1)
    learned = sum(n for d, n in sim.standup_learned.items() if last is not None and last <= d < day)
    birthdays = [n for n, born in BIRTHDAYS.items() if n in STANDUP and day <= born.replace(year=YEAR) < nxt]
    new = bool(learned or birthdays)
    if delivered and not new:
        results["nothing_new"] += 1
    if new and not delivered:
        results["news_unsaid"] += 1
    if birthdays and not (delivered and any(p["kind"] == "date" for e in item["briefing"]["people"]
                                            for p in e["prompts"])):
        results["missed"].append(f"{day} stand-up without the birthday of {', '.join(birthdays)}")
    return {"day": day, "delivered": delivered, "new": new}


def figures(sim: Sim, results: dict) -> dict:
    meetings = results["one_on_ones"]
    first = [tuple(next((p["memory_ids"] for p in e["prompts"] if p["kind"] == "opener"), [])) for _, e in meetings]
    longest = run = 1
    for a, b in zip(first, first[1:], strict=False):
        run = run + 1 if a == b and a else 1
        longest = max(longest, run)
    offered = {i for _, e in meetings for p in e["prompts"] if p["kind"] in ("opener", "shared_ground")
               for i in p["memory_ids"]}
    quarters = []
    for q in range(4):
        begin, end = date(YEAR, 3 * q + 1, 1), date(YEAR + (q == 3), (3 * q + 3) % 12 + 1, 1)
        existing = {i for i, d in sim.memory_day.items() if d < begin}
        cited = {i for d, e in meetings if begin <= d < end for p in e["prompts"] for i in p["memory_ids"]}
        quarters.append(len(existing & cited) / len(existing) if existing else 1.0)
    standups = results["standups"]
    return {
        "1:1 briefings": len(meetings),
        "Anna's light memories (year end)": len(sim.memory_day),
        "distinct openers (first)": len({f for f in first if f}),
        "memories offered as openers": len(offered),
        "longest run, same opener": longest,
        "1:1s opening with no memory": sum(1 for f in first if not f),
        **{f"light memories surfaced Q{q + 1}": round(share, 2) for q, share in enumerate(quarters)},
        "follow-ups and dates missed": len(results["missed"]),
        "stand-ups": len(standups),
        "stand-up briefings delivered": sum(1 for s in standups if s["delivered"]),
        "  ... with nothing new": results["nothing_new"],
        "stand-ups with news, no briefing": results["news_unsaid"],
        "CLI calls": sim.calls,
    }


def main() -> None:
    configs = {
        "rotation + quiet (defaults)": "",
        "off (as before)": "rest_meetings = 0\nrest_days = 0\nquiet_per_week = 0",
    }
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-fresh-"))
    out: dict[str, dict] = {}
    missed: dict[str, list[str]] = {}
    try:
        for i, (label, extra) in enumerate(configs.items()):
            sim = Sim(tmp / f"home{i}", extra)
            began = time.perf_counter()
            results = simulate(sim)
            out[label] = figures(sim, results)
            out[label]["seconds"] = round(time.perf_counter() - began, 1)
            missed[label] = results["missed"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    labels = list(out)
    width = max(len(k) for k in out[labels[0]])
    print(f"A simulated {YEAR}: weekly 1:1 with Anna, daily stand-up with five people (targets in brackets)")
    print(f"{'':{width}}  " + "  ".join(f"{label:>28}" for label in labels))
    targets = {"longest run, same opener": "[1]", "follow-ups and dates missed": "[0]", "  ... with nothing new": "[0]"}
    targets.update({f"light memories surfaced Q{q}": "[>=0.8]" for q in range(1, 5)})
    for key in out[labels[0]]:
        print(f"{key:{width}}  " + "  ".join(f"{out[label][key]!s:>28}" for label in labels)
              + f"  {targets.get(key, '')}")
    for label in labels:
        for line in missed[label][:5]:
            print(f"missed ({label}): {line}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
