"""`rapport brief` and `rapport run` end to end: a local calendar plugin, real store, real sinks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rapport_plugins.models import Memory

# Local hook plugins, loaded from a hooks folder exactly as a user's would be.
CALENDAR_PLUGIN = '''
import json
from datetime import datetime
from rapport_plugins import hookimpl
from rapport_plugins.models import Attendee, Meeting


@hookimpl
def rapport_calendar_events(window, config):
    section = config.section("testcal")
    if not section:
        return None
    out = []
    for m in json.loads(open(config.path_of(section["file"]), encoding="utf-8").read()):
        start = datetime.fromisoformat(m["start"])
        if window.start <= start < window.end:
            out.append(Meeting(uid=m["uid"], title=m["title"], start=start, end=datetime.fromisoformat(m["end"]),
                               attendees=[Attendee(e, n, response=m.get("responses", {}).get(e))
                                          for e, n in m["attendees"]],
                               source="testcal", status=m.get("status", "confirmed"),
                               recurrence_id=m.get("recurrence_id")))
    return out
'''

FILE_SINK_PLUGIN = '''
from pathlib import Path
from rapport_plugins import hookimpl


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    section = config.section("filesink")
    if not section:
        return None
    flag = config.path_of(section["fail_once_flag"]) if section.get("fail_once_flag") else None
    if flag is not None and flag.exists():
        flag.unlink()
        raise OSError("disk full")
    out = config.path_of(section["file"])
    shared = briefing.for_shared_sink(config)
    with out.open("a", encoding="utf-8") as fh:
        fh.write(f"== {meeting.key}\\n{shared.render('markdown')}")
    return f"file:{out.name}"


@hookimpl
def rapport_before_meeting(meeting, briefing, config):
    section = config.section("filesink")
    if section and section.get("builds_log"):  # every briefing built, one line each
        with config.path_of(section["builds_log"]).open("a", encoding="utf-8") as fh:
            fh.write(meeting.key + "\\n")


@hookimpl
def rapport_deliver_correction(meeting, correction, config):
    section = config.section("filesink")
    if not section:
        return None
    flag = config.path_of(section["fail_once_flag"] + "-correction") if section.get("fail_once_flag") else None
    if flag is not None and flag.exists():
        flag.unlink()
        raise OSError("disk full")
    out = config.path_of(section["file"])
    with out.open("a", encoding="utf-8") as fh:
        fh.write(f"!! {meeting.key} {correction.kind}: {correction.text}\\n")
    return f"file:{out.name}"
'''

MEETINGS = [
    {"uid": "one-on-one", "title": "1-1 Anna", "start": "2026-04-02T10:00:00+02:00", "end": "2026-04-02T10:30:00+02:00",
     "attendees": [["sam@example.com", "Sam Lee"], ["anna@example.org", "Anna Berg"]]},
    {"uid": "kickoff", "title": "Kickoff", "start": "2026-04-02T11:00:00+02:00", "end": "2026-04-02T12:00:00+02:00",
     "attendees": [["sam@example.com", "Sam Lee"], ["anna@example.org", "Anna Berg"],
                   ["new.person@partner.example", "Noor Haddad"]]},
    {"uid": "focus", "title": "Focus time", "start": "2026-04-02T10:05:00+02:00", "end": "2026-04-02T11:00:00+02:00",
     "attendees": []},
]

CONFIG = """
[me]
name = "Sam Lee"
emails = ["sam@example.com"]

[plugins]
hooks_dir = "hooks"
allow = ["testcal", "filesink", "terminal", "prompts"]

[testcal]
file = "meetings.json"

[filesink]
file = "briefings.md"
fail_once_flag = "fail-once"
"""


@pytest.fixture
def setup(rapport, home: Path, monkeypatch: pytest.MonkeyPatch):
    """A home with a calendar, two people and a few memories; the clock pinned to 2026-04-02 09:55 +02:00."""
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-02T09:55:00+02:00")
    rapport.config(CONFIG)
    hooks = home / "hooks"
    hooks.mkdir()
    (hooks / "testcal.py").write_text(CALENDAR_PLUGIN, encoding="utf-8")
    (hooks / "filesink.py").write_text(FILE_SINK_PLUGIN, encoding="utf-8")
    (home / "meetings.json").write_text(json.dumps(MEETINGS), encoding="utf-8")
    from rapport_plugins.cli_common import App

    app = App(home=str(home))
    s = app.store
    s.add_person("Sam Lee", ["sam@example.com"], is_me=True)
    anna = s.add_person("Anna Berg", ["anna@example.org"])
    for text, kw in [
        ("dreading the move in March", {"category": "home", "sensitivity": "personal", "event_date": "2026-03-20",
                                        "follow_up": "open", "captured_at": "2026-02-12T10:00:00+00:00"}),
        ("Max the dog loves the beach", {"category": "pet"}),
        ("her father died last autumn", {"category": "loss", "sensitivity": "sensitive"}),
    ]:
        kw.setdefault("captured_at", "2026-03-02T10:00:00+00:00")
        s.add_memory(Memory(person_id=anna.id, text=text, source="notes", **kw))
    app.close()
    return home


def test_brief_shows_the_next_meeting_with_follow_up_opener_first_and_sources(rapport, setup):
    out = rapport("brief", "--format", "markdown").stdout
    assert out.startswith("## Briefing: 1-1 Anna")
    lines = [line for line in out.splitlines() if line.startswith("- **")]
    assert lines[0].startswith("- **Open with:** ") and "the pet" in lines[0]
    assert "'Max the dog loves the beach'" in lines[0]
    assert any("They mentioned: 'dreading the move in March' (12 Feb)" in line for line in lines)
    kinds = [line.split(":**")[0][4:] for line in lines]
    assert kinds.index("Open with") < kinds.index("Deep")
    assert all(line.endswith(")_") and "_(from " in line for line in lines)


def test_brief_json_and_meeting_option(rapport, setup):
    data = rapport.json("brief", "--meeting", "kickoff")
    assert data["meeting"]["uid"] == "kickoff" and data["group"] is True
    assert [f["name"] for f in data["new_faces"]] == ["Noor Haddad"]
    assert data["new_faces"][0]["question"].endswith("?")
    same = json.loads(rapport("brief", "--meeting", "kickoff", "--format", "json").stdout)
    assert same == data


def test_brief_at_a_later_time_picks_the_following_meeting(rapport, setup):
    data = rapport.json("brief", "--at", "2026-04-02T10:40:00+02:00")
    assert data["meeting"]["uid"] == "kickoff"


def test_brief_unknown_meeting_is_a_one_line_error(rapport, setup):
    from rapport_plugins.cli import cli

    result = rapport.runner.invoke(cli, ["brief", "--meeting", "nope"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no meeting with uid 'nope' in the configured calendars"


def test_brief_deliver_writes_the_shared_copy_and_marks_it_delivered(rapport, setup):
    result = rapport("brief", "--deliver")
    assert "delivered: file:briefings.md" in result.stderr
    written = (setup / "briefings.md").read_text(encoding="utf-8")
    assert "Max the dog" in written
    assert "dreading the move" not in written and "father" not in written  # a file is a shared place
    # `run` afterwards does not deliver the same meeting to the same sink again.
    report = rapport.json("run", "--within", "10")
    (item,) = report
    assert {d["sink"]: d["status"] for d in item["deliveries"]}["filesink"] == "already"
    assert written == (setup / "briefings.md").read_text(encoding="utf-8")


def test_run_twice_delivers_once(rapport, setup):
    first = rapport("run", "--within", "15")
    assert "Briefing: 1-1 Anna" in first.stdout  # the terminal sink prints it
    assert "1-1 Anna: delivered to file:briefings.md, terminal" in first.stdout
    assert "Focus time" not in first.stdout  # nobody else in it: no briefing
    second = rapport("run", "--within", "15")
    assert second.stdout == ""  # nothing happened: a scheduled run stays silent
    second = rapport("run", "--within", "15", "-v")
    assert "Briefing:" not in second.stdout
    assert "1-1 Anna: already delivered to filesink, terminal" in second.stdout
    written = (setup / "briefings.md").read_text(encoding="utf-8")
    assert written.count("== one-on-one@") == 1 and "== kickoff@" not in written


def test_run_window_includes_later_meetings_and_json_report(rapport, setup):
    report = rapport.json("run", "--within", "70")
    assert [r["uid"] for r in report] == ["one-on-one", "kickoff"]
    assert all(r["briefing"]["meeting"]["uid"] == r["uid"] for r in report)
    assert all({d["sink"]: d["status"] for d in r["deliveries"]}["filesink"] == "delivered" for r in report)


def test_a_failed_sink_is_retried_on_the_next_run_and_others_are_not_repeated(rapport, setup):
    (setup / "fail-once").write_text("", encoding="utf-8")
    first = rapport("run", "--within", "15", "--json", code=1)  # cron mail and systemd notice
    assert "rapport: 1 delivery failed (see above); the next run tries again" in first.stderr
    statuses = {d["sink"]: d["status"] for d in json.loads(first.stdout)[0]["deliveries"]}
    assert statuses["filesink"] == "failed"
    assert not (setup / "briefings.md").exists()
    second = rapport.json("run", "--within", "15")
    statuses = {d["sink"]: d["status"] for d in second[0]["deliveries"]}
    assert statuses["filesink"] == "delivered" and statuses["terminal"] == "already"
    assert (setup / "briefings.md").read_text(encoding="utf-8").count("== one-on-one@") == 1


def test_a_delivery_interrupted_by_a_crash_is_retried_after_its_lease(rapport, setup):
    from rapport_plugins.cli_common import App

    key = "one-on-one@2026-04-02T10:00:00+02:00"
    app = App(home=str(setup))
    # What a run killed mid-delivery leaves behind: the claim, and a pending marker.
    app.store.claim(f"delivered:{key}:filesink")
    app.store.set_state(f"delivery:{key}:filesink", {"status": "pending", "at": "2026-04-02T09:53:00+02:00"})
    app.close()
    soon = rapport.json("run", "--within", "15")  # 2 minutes later: maybe still running elsewhere
    assert {d["sink"]: d["status"] for d in soon[0]["deliveries"]}["filesink"] == "underway"
    assert not (setup / "briefings.md").exists()
    later = rapport("run", "--within", "15", "-v", env={"RAPPORT_NOW": "2026-04-02T09:58:00+02:00"}).stdout
    assert "1-1 Anna: already delivered to terminal; another run is delivering it to filesink" in later
    app = App(home=str(setup))
    app.store.set_state(f"delivery:{key}:filesink", {"status": "pending", "at": "2026-04-02T09:30:00+02:00"})
    app.close()
    retried = rapport.json("run", "--within", "15")
    assert {d["sink"]: d["status"] for d in retried[0]["deliveries"]}["filesink"] == "delivered"
    assert (setup / "briefings.md").read_text(encoding="utf-8").count("== one-on-one@") == 1


def test_a_run_that_finds_every_sink_taken_builds_no_briefing(rapport, setup):
    """Claimed first, built after: a run whose sinks another run holds does no work for nothing."""
    from rapport_plugins.cli_common import App

    rapport.config(CONFIG + 'builds_log = "builds.log"\n')
    key = "one-on-one@2026-04-02T10:00:00+02:00"
    app = App(home=str(setup))
    for sink in ("filesink", "terminal"):  # another run, two minutes in, holds both
        app.store.claim(f"delivered:{key}:{sink}")
        app.store.set_state(f"delivery:{key}:{sink}", {"status": "pending", "at": "2026-04-02T09:53:00+02:00"})
    app.close()
    report = rapport.json("run", "--within", "15")
    assert {d["sink"]: d["status"] for d in report[0]["deliveries"]} == {"filesink": "underway", "terminal": "underway"}
    assert rapport("run", "--within", "15").stdout == ""  # nothing happened here: silent
    assert not (setup / "builds.log").exists() and not (setup / "briefings.md").exists()


def test_a_sink_whose_claim_was_taken_over_meanwhile_is_not_called(rapport, setup):
    """Claims are taken before anything is built; if earlier sinks were so slow that the lease of a
    later one ran out and another run took it over, this run leaves that sink to the other."""
    from datetime import datetime

    from rapport_plugins.briefing import build_briefing
    from rapport_plugins.calendar import meetings_in
    from rapport_plugins.claims import BRIEFING, call_sinks, claim_sinks
    from rapport_plugins.cli_common import App

    app = App(home=str(setup))
    now = datetime.fromisoformat("2026-04-02T09:55:00+02:00")
    key = "one-on-one@2026-04-02T10:00:00+02:00"
    held, others = claim_sinks(app, "rapport_deliver_briefing", key, BRIEFING, now)
    assert sorted(i.plugin_name for i in held) == ["filesink", "terminal"] and others == []
    app.store.set_state(f"delivery:{key}:filesink", {"status": "pending", "at": "2026-04-02T10:06:00+02:00",
                                                     "retry": True})  # another run, eleven minutes on
    meeting = next(m for m in meetings_in(app, now, now.replace(hour=11)) if m.uid == "one-on-one")
    briefing = build_briefing(app, meeting, now=now)
    results = call_sinks(app, "rapport_deliver_briefing", key, BRIEFING, held,
                         {"meeting": meeting, "briefing": briefing, "config": app.config}, now)
    app.close()
    statuses = {r["sink"]: r["status"] for r in results}
    assert statuses["filesink"] == "underway" and statuses["terminal"] != "underway"
    assert not (setup / "briefings.md").exists()


def test_runs_at_once_build_and_deliver_each_briefing_once(rapport, setup):
    rapport.config(CONFIG + 'builds_log = "builds.log"\n')
    env = {**os.environ, "RAPPORT_HOME": str(setup), "RAPPORT_NOW": "2026-04-02T09:55:00+02:00"}
    runs = [subprocess.Popen([sys.executable, "-m", "rapport_plugins", "run", "--within", "15"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    assert (setup / "builds.log").read_text(encoding="utf-8").splitlines() == ["one-on-one@2026-04-02T10:00:00+02:00"]
    assert (setup / "briefings.md").read_text(encoding="utf-8").count("== one-on-one@") == 1


def test_run_records_the_meeting_so_the_next_briefing_knows_when_you_last_met(rapport, setup):
    assert rapport.json("brief", "--meeting", "kickoff")["people"][0]["last_met"] is None
    rapport("run", "--within", "15")
    # At 09:55 the 1-1 is recorded but has not happened: it is not "last met" yet.
    assert rapport.json("brief", "--meeting", "kickoff")["people"][0]["last_met"] is None
    last = rapport.json("brief", "--meeting", "kickoff", "--at", "2026-04-02T10:45:00+02:00")["people"][0]["last_met"]
    assert last == {"key": "one-on-one@2026-04-02T10:00:00+02:00", "date": "2026-04-02", "days_ago": 0,
                    "title": "1-1 Anna"}


def test_terminal_sink_can_be_switched_off(rapport, setup):
    rapport.config(CONFIG + "\n[terminal]\nenabled = false\n")
    out = rapport("run", "--within", "15").stdout
    assert "Briefing:" not in out and "delivered to file:briefings.md" in out


def test_cli_help_does_not_import_the_engine():
    code = textwrap.dedent("""
        import sys
        from click.testing import CliRunner
        from rapport_plugins.cli import cli
        result = CliRunner().invoke(cli, ["--help"])
        assert result.exit_code == 0, result.output
        assert "brief" in result.output and "run" in result.output
        heavy = [m for m in ("rapport_plugins.briefing", "rapport_plugins.prompting", "rapport_plugins.store",
                             "rapport_plugins.questions", "dateutil") if m in sys.modules]
        print(",".join(heavy))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_desktop_notification_carries_light_details_only(rapport, setup, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "notified.txt"
    script = bin_dir / "notify-send"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    rapport.config(CONFIG + "\n[terminal]\nnotify = true\n")
    rapport("run", "--within", "15")
    sent = log.read_text(encoding="utf-8")
    assert "Briefing: 1-1 Anna" in sent and "Max the dog" in sent
    assert "dreading" not in sent and "father" not in sent


def test_run_delivers_until_the_grace_after_start_and_never_later(rapport, setup):
    """A machine that slept through 10:00 and wakes at 10:06 sends nothing for the 10:00 meeting;
    one that wakes at 10:04 (inside the 5-minute grace) still sends it: people join late."""
    assert rapport.json("run", "--at", "2026-04-02T10:06:00+02:00", "--no-capture") == []
    assert not (setup / "briefings.md").exists()
    assert rapport.json("run", "--at", "2026-04-02T10:02:00+02:00", "--no-capture", "--grace", "0") == []
    (item,) = rapport.json("run", "--at", "2026-04-02T10:04:00+02:00", "--no-capture")
    assert item["uid"] == "one-on-one" and {d["sink"]: d["status"] for d in item["deliveries"]}["filesink"] == "delivered"


def test_grace_and_lead_come_from_the_run_section(rapport, setup):
    rapport.config(CONFIG + "\n[run]\nlead_minutes = 70\ngrace_minutes = 0\n")
    assert [r["uid"] for r in rapport.json("run", "--no-capture")] == ["one-on-one", "kickoff"]
    rapport.config(CONFIG + "\n[run]\ngrace_minutes = 10\n")
    assert rapport.json("run", "--at", "2026-04-02T11:09:00+02:00", "--no-capture")[0]["uid"] == "kickoff"
    rapport.config(CONFIG + "\n[run]\ngrace_minutes = -1\n")
    result = rapport("run", code=1)
    assert "config.toml: [run] grace_minutes must be a non-negative number" in result.stderr


def test_run_leaves_what_it_delivered_and_its_last_error_for_schedule_status(rapport, setup):
    (setup / "fail-once").write_text("", encoding="utf-8")
    rapport("run", "--within", "15", code=1)
    status = rapport.json("schedule", "status")
    assert status["last_run"]["delivered"] == ["1-1 Anna -> terminal"]
    assert status["last_error"] == {"at": "2026-04-02T07:55:00+00:00", "error": "1-1 Anna: filesink failed"}
    rapport("run", "--within", "15", env={"RAPPORT_NOW": "2026-04-02T09:57:00+02:00"})
    text = rapport("schedule", "status").stdout
    assert re.search(r"last run: Thu 2 Apr 2026 \d\d:57: delivered 1 \(1-1 Anna -> file:briefings.md\), nothing captured", text)
    assert re.search(r"last error: Thu 2 Apr 2026 \d\d:55: 1-1 Anna: filesink failed "  # kept until the next error
                     r"\(the runs since went without one\)", text)
