"""The whole loop of issue 13 as a new user on Linux meets it, one test: `rapport schedule install`
writes a systemd user timer; its service's command line, run as systemd would (only the unit's
environment, the clock pinned by RAPPORT_NOW), delivers a meeting ten minutes away exactly once to
the meeting note, a Slack-format webhook and an email, each received by a loopback server, however
often and however many processes at once run it. After the meeting its transcript comes from a
local server speaking Zoom's API, capture writes the proposals into the note as a checklist, the
user ticks one and deletes another, and the next run stores exactly the ticked one. systemctl is
a stand-in that records; nothing is installed system-wide.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from test_email_delivery import PASSWORD, ca, mailbox  # noqa: F401 - fixtures used by name
from test_review_markdown import TRANSCRIPT, reviews  # Anna: daughter, marathon, cello, dog Max
from test_webhook_delivery import SECRET_PATH, receiver  # noqa: F401 - the receiver fixture
from test_zoom_support import CLIENT_SECRET, serve, zoom_section

from rapport_plugins.testing import ics_calendar, ics_event

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="systemd user timers are Linux's")

ZOOM_ID = "81234567890"
CALENDAR = ics_calendar(  # 10:05-10:30 in Berlin; "now" is 09:55
    ics_event("one-on-one@test.rapport", "20260402T080500Z", "20260402T083000Z", "Weekly 1-1: Anna",
              "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=Zm9vYmFy",
              organizer=("Sam Lee", "sam@example.com"),
              attendees=(("Sam Lee", "sam@example.com", "ACCEPTED"), ("Anna Berg", "anna.berg@example.org", "ACCEPTED"))),
)


@pytest.fixture
def zoom():
    yield from serve()


def config_text(box, zoom, secrets: Path) -> str:
    return f'''[me]
name = "Sam Lee"
emails = ["sam@example.com"]
timezone = "Europe/Berlin"

[ics]
calendars = ["cal.ics"]

[markdown]
vault = "vault"

[terminal]
enabled = false

[webhook.sinks.me]
format = "slack"
url_command = "cat {secrets / "hook-url"}"
audience = "private"

[email]
host = "127.0.0.1"
port = {box.port}
from = "sam@example.com"
username = "sam@example.com"
password_command = "cat {secrets / "smtp-password"}"
verify = "ca.pem"
audience = "private"

''' + zoom_section(zoom, client_secret_env=None, client_secret_command=f"cat {secrets / 'zoom-secret'}")


def test_installed_timer_briefs_once_everywhere_then_the_zoom_transcript_is_reviewed_in_the_note(
        rapport, home, tmp_path, monkeypatch, mailbox, receiver, ca, zoom):  # noqa: F811
    user = tmp_path / "user"
    (user / "bin").mkdir(parents=True)
    systemctl = user / "bin" / "systemctl"
    systemctl.write_text(f'#!/bin/sh\necho "systemctl $*" >> "{user / "calls.log"}"\n', encoding="utf-8")
    systemctl.chmod(0o755)
    monkeypatch.setenv("RAPPORT_SYSTEMCTL", str(systemctl))
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / ".config"))

    secrets = tmp_path / "secrets"
    secrets.mkdir(mode=0o700)
    (secrets / "hook-url").write_text(receiver.base_url + SECRET_PATH + "\n", encoding="utf-8")
    (secrets / "smtp-password").write_text(PASSWORD + "\n", encoding="utf-8")
    (secrets / "zoom-secret").write_text(CLIENT_SECRET + "\n", encoding="utf-8")
    ca.cert_pem.write_to_path(str(home / "ca.pem"))
    (home / "vault").mkdir()
    rapport.config(config_text(mailbox, zoom, secrets))
    (home / "cal.ics").write_text(CALENDAR, encoding="utf-8")
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")

    # -- the timer ---------------------------------------------------------------------------------
    out = rapport("schedule", "install").stdout  # auto: systemd, since systemctl exists
    assert out.startswith("installed: systemd, `rapport run` every 5 min")
    assert (user / "calls.log").read_text(encoding="utf-8").splitlines() == [
        "systemctl --user show-environment", "systemctl --user daemon-reload", "systemctl --user enable --now rapport.timer"]
    units = user / ".config" / "systemd" / "user"
    timer = (units / "rapport.timer").read_text(encoding="utf-8")
    assert "OnUnitActiveSec=5min" in timer and "Unit=rapport.service" in timer
    service = (units / "rapport.service").read_text(encoding="utf-8")
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    environment = next(line for line in service.splitlines() if line.startswith("Environment="))
    argv = shlex.split(exec_start.removeprefix("ExecStart=").replace("%%", "%"))
    assert Path(argv[0]).is_absolute() and argv[-3:] == ["--home", str(home.resolve()), "run"], argv
    unit_env = dict(item.split("=", 1) for item in shlex.split(environment.removeprefix("Environment=")))

    def timer_fires(at: str, processes: int = 1) -> list[subprocess.CompletedProcess]:
        """What systemd runs: the unit's command line with the unit's environment and HOME."""
        env = {**unit_env, "HOME": str(user), "RAPPORT_NOW": at}
        running = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for _ in range(processes)]
        done = []
        for proc in running:
            stdout, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr
            done.append(subprocess.CompletedProcess(argv, proc.returncode, stdout, stderr))
        return done

    # -- a meeting ten minutes away: briefed once at each place, two runs at once ----------------------
    both = timer_fires("2026-04-02T09:55:00+02:00", processes=2)
    sent = [re.findall(r"\b(\w+):", line.split(": delivered to ", 1)[1].split(";")[0])
            for run in both for line in run.stdout.splitlines()]
    assert sorted(sink for sinks in sent for sink in sinks) == ["email", "markdown", "webhook"], sent
    [again] = timer_fires("2026-04-02T10:00:00+02:00")  # the timer's next run, five minutes later
    assert again.stdout == ""

    [note_path] = (home / "vault").rglob("*.md")
    note = note_path.read_text(encoding="utf-8")
    assert note.count("<!-- rapport:briefing:start") == 1 and "Biscuit" in note
    assert len(receiver.requests) == 1 and "Biscuit" in receiver.requests[0]["json"]["text"]
    (got,) = mailbox.messages
    assert got["to"] == ["sam@example.com"] and got["message"]["Subject"].startswith("Briefing: Weekly 1-1: Anna")
    status = rapport.json("schedule", "status")
    assert list(status["installed"]) == ["systemd"] and status["last_error"] is None
    assert status["last_run"]["delivered"] == []
    text = rapport("schedule", "status").stdout
    assert "last run: Thu 2 Apr 2026 10:00: nothing delivered, nothing captured" in text
    assert "last delivered: Thu 2 Apr 2026 09:55: Weekly 1-1: Anna -> " in text

    # -- the meeting ends; Zoom makes its transcript; the next run captures it into the note ------------
    zoom.add_recording(ZOOM_ID, "2026-04-02T08:05:12Z", transcript=TRANSCRIPT)
    timer_fires("2026-04-02T10:45:00+02:00", processes=2)
    fetched = len(zoom.api_requests("/rec/download/"))
    assert fetched >= 1  # each of the two runs may fetch it; it is captured once (below)
    note = note_path.read_text(encoding="utf-8")
    assert note.count("<!-- rapport:review:start") == 1 and note.count("<!-- rapport:briefing:start") == 1
    checklist = [line for line in note.split("\n") if "rapport-id:" in line]
    assert len(checklist) == 4 and all(line.startswith("- [ ] Anna Berg: ") for line in checklist), checklist
    proposals = {p["text"]: p for p in rapport.json("review")["proposals"]}
    assert set(proposals) == {"Daughter just started school", "Training for the Berlin marathon",
                              "Plays the cello in an orchestra", "Dog Max has surgery on Friday"}
    assert all(p["source_ref"].startswith(f"zoom:meeting/{ZOOM_ID}/transcript.vtt:") for p in proposals.values())

    # -- the user ticks one and deletes another in the note; the next run stores exactly the ticked one -----
    note = note.replace("- [ ] Anna Berg: Training for the Berlin marathon", "- [x] Anna Berg: Training for the Berlin marathon")
    note = "\n".join(line for line in note.split("\n") if "cello" not in line)
    note_path.write_text(note, encoding="utf-8")
    timer_fires("2026-04-02T10:50:00+02:00", processes=2)  # one reads the checklist back, the other leaves it
    assert reviews(rapport) == {  # exactly the ticked one stored; the deleted one dismissed; the rest wait
        "Her dog Biscuit learned to open the fridge": "kept", "Training for the Berlin marathon": "kept",
        "Plays the cello in an orchestra": "dismissed", "Daughter just started school": "proposed",
        "Dog Max has surgery on Friday": "proposed"}
    note = note_path.read_text(encoding="utf-8")
    assert "- [x] Anna Berg: Training for the Berlin marathon (kept) <!-- rapport-id:" in note
    assert re.search(r"- \[ \] Anna Berg: Daughter just started school \(transcript line \d+\)", note)
    assert "cello" not in note
    # Nothing more anywhere: one briefing, one email, one webhook post; Zoom is not asked again.
    [quiet] = timer_fires("2026-04-02T10:55:00+02:00")
    assert quiet.stdout == "" and len(receiver.requests) == 1 and len(mailbox.messages) == 1
    assert len(zoom.api_requests("/rec/download/")) == fetched
