"""A new user, the real `rapport` CLI in its own processes, Google and Microsoft fakes serving the
awkward shapes the real services send:

- Graph's delta lists the recurring Teams meeting's occurrences bare (id, seriesMasterId, type,
  start, end) and the series master at its first occurrence's time;
- Graph's delta token later expires with a 400 ``syncStateNotFound``;
- Google lists a working-location block, an out-of-office block, focus time, a birthday and a
  flight from Gmail among the meetings;
- both calendars hold a meeting the user declined, Google one they answered tentatively.

The user ran `rapport init` without `--email`: only the services say who the user is (Graph's
/me/calendar, Google's ``self`` flag).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
import test_google_support as google
import test_microsoft_support as microsoft

RAPPORT = Path(sys.executable).with_name("rapport")


@pytest.fixture
def graph():
    yield from microsoft.serve()


@pytest.fixture
def google_server():
    yield from google.serve()


@pytest.fixture
def home(tmp_path: Path, graph, google_server) -> Path:
    """`rapport init`, then both services configured and signed in through the CLI."""
    graph.load_fixture()
    google_server.load_fixture("not-meetings.json")
    home = tmp_path / "home"
    run(home, "init")
    sections = []
    for name, write in (("microsoft", microsoft.write_config), ("google", google.write_config)):
        scratch = tmp_path / f"scratch-{name}"
        write(scratch, graph if name == "microsoft" else google_server)
        sections.append((scratch / "config.toml").read_text(encoding="utf-8"))
    with (home / "config.toml").open("a", encoding="utf-8") as fh:
        fh.write("\n" + "\n".join(sections))
    assert "Signed in to Microsoft 365" in run(home, "auth", "microsoft").stdout
    sign_in_google(home, google_server)
    return home


def run(home: Path, *args: str, now: str = "2026-04-05T12:00:00+00:00") -> subprocess.CompletedProcess:
    env = os.environ | {"RAPPORT_HOME": str(home), "RAPPORT_NOW": now, "TZ": "Europe/Berlin"}  # the user's machine
    for var in ("RAPPORT_HOOKS_DIR", "RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK"):
        env.pop(var, None)
    result = subprocess.run([str(RAPPORT), *args], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result


def brief(home: Path, at: str) -> dict:
    return json.loads(run(home, "brief", "--at", at, "--json").stdout)


def sign_in_google(home: Path, fake) -> None:
    env = os.environ | {"RAPPORT_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([str(RAPPORT), "auth", "google", "--no-browser"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for line in proc.stdout:
            if line.startswith(fake.base_url):
                requests.get(line.strip(), timeout=60)  # the user's browser, consenting
                break
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Signed in to Google Calendar" in out + err


def test_the_recurring_teams_meeting_is_briefed_once_with_its_title_and_people(home, graph):
    briefing = brief(home, "2026-04-01T06:30:00Z")
    meeting = briefing["meeting"]
    assert meeting["title"] == "Coaching with Sam" and meeting["source"] == "microsoft:me"
    assert meeting["start"] == "2026-04-01T07:00:00+00:00" and meeting["location"] == "Microsoft Teams Meeting"
    people = sorted(face["email"] for face in briefing["new_faces"])
    assert people == ["priya@example.com", "sam@example.net"]  # the user (ada@contoso.com, from /me/calendar) is not briefed
    bare = [r for r in graph.requests if r["path"].endswith("/calendarView/delta")]
    assert bare and "startDateTime" in bare[0]["params"]  # it came through delta, bare, and was filled in

    run(home, "sync", "--past-days", "40")  # back to 24 February: the series master's own date (4 March) is in range
    export = json.loads(run(home, "export").stdout)
    coaching = [m for m in export["meetings"] if m["title"] == "Coaching with Sam"]
    assert [m["start"] for m in coaching] == ["2026-04-01T07:00:00+00:00"]  # once: no series-master row on 4 March
    assert all(m["title"] for m in export["meetings"])  # no meeting without its title
    assert not any(m["title"] in ("Home", "Out of office", "Focus time", "Linus T") for m in export["meetings"])


def test_declined_meetings_and_blocks_are_never_the_next_meeting(home):
    # Google, 6 April (UTC): working location 07:00-15:00, declined "Vendor demo" 09:00, tentative "Team lunch" 10:30
    briefing = brief(home, "2026-04-06T06:30:00Z")
    assert briefing["meeting"]["title"] == "Team lunch" and briefing["meeting"]["response"] == "tentative"
    text = run(home, "brief", "--at", "2026-04-06T06:30:00Z").stdout
    assert "Team lunch" in text and "you answered tentative" in text
    # Graph, 7 April (UTC): declined "Vendor demo" 09:00, out-of-office 12:00 (Google's 11:00); then coaching on 8 April
    briefing = brief(home, "2026-04-07T08:30:00Z")
    assert briefing["meeting"]["title"] == "Coaching with Sam (moved)"

    for at in ("2026-04-06T08:50:00Z", "2026-04-07T08:50:00Z"):  # 10 minutes before each declined meeting
        report = json.loads(run(home, "run", "--at", at, "--within", "30", "--no-capture", "--json").stdout)
        assert report == []  # nothing delivered

    run(home, "sync", "--add-new")
    vic = run(home, "people", "show", "Vic Vendor").stdout
    assert "declined: Mon 6 Apr 2026 11:00 Vendor demo" in vic  # Google's (09:00Z), in Berlin time
    assert "declined: Tue 7 Apr 2026 11:00 Vendor demo" in vic  # Graph's (09:00Z), in Berlin time
    assert "next:" not in vic
    grace = run(home, "people", "show", "Grace Hopper").stdout
    assert "next: Mon 6 Apr 2026 12:30 Team lunch (tentative)" in grace


def test_an_expired_delta_token_resyncs_by_itself(home, graph):
    assert brief(home, "2026-04-01T06:30:00Z")["meeting"]["title"] == "Coaching with Sam"
    master = dict(graph.events["AAMkAGIAAAoZDOFCCC="], subject="Coaching with Sam (Teams)")
    graph.put(master)
    graph.delta_expired = (400, "syncStateNotFound")
    before = len(graph.listings())
    briefing = brief(home, "2026-04-01T06:30:00Z")  # no error: a full delta again, by itself
    assert briefing["meeting"]["title"] == "Coaching with Sam (Teams)"
    calls = [r["params"] for r in graph.listings()[before:]]
    assert "$deltatoken" in calls[0] and "startDateTime" in calls[1]
    graph.delta_expired = None
    before = len(graph.listings())
    assert brief(home, "2026-04-01T06:30:00Z")["meeting"]["title"] == "Coaching with Sam (Teams)"
    assert "$deltatoken" in graph.listings()[before]["params"]  # the fresh token is used from then on


def test_the_fakes_serve_the_awkward_shapes(graph, google_server):
    """What the tests above rely on is really on the wire, as the services document and send it."""
    graph.load_fixture()
    google_server.load_fixture("not-meetings.json")
    graph.refresh_tokens.add("seed")
    token = graph.issue_tokens()["access_token"]
    headers = {"Authorization": f"Bearer {token}", "Prefer": 'outlook.timezone="UTC"'}
    page = requests.get(f"{graph.base_url}/v1.0/me/calendarView/delta", headers=headers, timeout=5, params={
        "startDateTime": "2026-04-01T00:00:00Z", "endDateTime": "2026-04-08T00:00:00Z"}).json()
    by_id = {e["id"]: e for e in page["value"]}
    assert set(by_id["AAMkAGIAAAoZDOFCCC_occ1="]) == {"id", "seriesMasterId", "type", "start", "end", "@odata.etag"}
    assert by_id["AAMkAGIAAAoZDOFCCC="]["type"] == "seriesMaster"
    assert by_id["AAMkAGIAAAoZDOFCCC="]["start"]["dateTime"].startswith("2026-03-04T07:00")
    graph.delta_expired = (400, "syncStateNotFound")
    link = page["@odata.deltaLink"]
    expired = requests.get(link, headers=headers, timeout=5)
    assert expired.status_code == 400 and expired.json()["error"]["code"] == "syncStateNotFound"
    kinds = {e["eventType"] for e in google_server.calendars["primary"].values()}
    assert {"workingLocation", "outOfOffice"} <= kinds
    assert any(a.get("self") and a["responseStatus"] == "declined"
               for e in google_server.calendars["primary"].values() for a in e.get("attendees", []))
