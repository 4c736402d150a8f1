"""The whole loop as a new user on Linux meets it: `rapport schedule install` writes a systemd user
timer; its service's command line, run as systemd would (only the unit's environment), delivers a
meeting ten minutes away exactly once to the meeting note, a Slack-format webhook and an email,
each received by a loopback server; running it again sends nothing more, and `schedule status`
says what it delivered. systemctl is a stand-in that records; nothing is installed system-wide.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from test_email_delivery import CALENDAR, PASSWORD, ca, mailbox  # noqa: F401 - fixtures used by name
from test_webhook_delivery import SECRET_PATH, receiver  # noqa: F401 - the receiver fixture

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="systemd user timers are Linux's")


def config_text(home: Path, box, hook_url_file: Path, password_file: Path) -> str:
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
url_command = "cat {hook_url_file}"
audience = "private"

[email]
host = "127.0.0.1"
port = {box.port}
from = "sam@example.com"
username = "sam@example.com"
password_command = "cat {password_file}"
verify = "ca.pem"
audience = "private"
'''


def test_installed_timer_delivers_once_to_the_note_a_slack_webhook_and_email(
        rapport, home, tmp_path, monkeypatch, mailbox, receiver, ca):  # noqa: F811
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
    ca.cert_pem.write_to_path(str(home / "ca.pem"))
    (home / "vault").mkdir()
    rapport.config(config_text(home, mailbox, secrets / "hook-url", secrets / "smtp-password"))
    (home / "cal.ics").write_text(CALENDAR, encoding="utf-8")  # Weekly 1-1 at 10:05, "now" is 09:55
    rapport("people", "add", "Anna Berg", "--email", "anna.berg@example.org")
    rapport("remember", "Her dog Biscuit learned to open the fridge", "--who", "Anna Berg")

    out = rapport("schedule", "install").stdout  # auto: systemd, since systemctl exists
    assert out.startswith("installed: systemd, `rapport run` every 5 min")
    assert (user / "calls.log").read_text(encoding="utf-8").splitlines() == [
        "systemctl --user daemon-reload", "systemctl --user enable --now rapport.timer"]
    service = (user / ".config" / "systemd" / "user" / "rapport.service").read_text(encoding="utf-8")
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    environment = next(line for line in service.splitlines() if line.startswith("Environment="))
    argv = shlex.split(exec_start.removeprefix("ExecStart=").replace("%%", "%"))
    unit_env = dict(item.split("=", 1) for item in shlex.split(environment.removeprefix("Environment=")))
    # What systemd gives the service: the unit's environment and HOME. RAPPORT_NOW pins the clock.
    env = {**unit_env, "HOME": str(user), "RAPPORT_NOW": "2026-04-02T09:55:00+02:00"}

    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    delivered = rapport.json("schedule", "status")["last_run"]["delivered"]
    assert sorted(d.split(" -> ")[1].split(":")[0] for d in delivered) == ["email", "markdown", "webhook"]
    env["RAPPORT_NOW"] = "2026-04-02T10:00:00+02:00"  # the timer's next run, five minutes later
    again = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and again.stdout == "", again.stderr

    notes = list((home / "vault").rglob("*.md"))
    assert len(notes) == 1
    note = notes[0].read_text(encoding="utf-8")
    assert note.count("<!-- rapport:briefing:start") == 1 and "Biscuit" in note
    assert len(receiver.requests) == 1 and "Biscuit" in receiver.requests[0]["json"]["text"]
    (got,) = mailbox.messages
    assert got["to"] == ["sam@example.com"] and got["message"]["Subject"].startswith("Briefing: Weekly 1-1: Anna")
    status = rapport.json("schedule", "status")
    assert list(status["installed"]) == ["systemd"] and status["last_error"] is None
    assert status["last_run"]["delivered"] == [] and status["last_delivered"]["delivered"] == delivered
    text = rapport("schedule", "status").stdout
    assert "last run: Thu 2 Apr 2026 10:00: nothing delivered, nothing captured" in text
    assert "last delivered: Thu 2 Apr 2026 09:55: Weekly 1-1: Anna -> " in text
