"""`rapport schedule install|status|remove` against a temp HOME, with stand-in systemctl/launchctl/crontab.

The real user's systemd, launchd and crontab are never touched: the unit folders come from a temp
HOME / XDG_CONFIG_HOME and the commands from RAPPORT_SYSTEMCTL / RAPPORT_LAUNCHCTL / RAPPORT_CRONTAB,
small scripts that record what they are asked.
"""

from __future__ import annotations

import json
import os
import plistlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from rapport_plugins.schedule import TAG

RECORDER = """#!/bin/sh
echo "$(basename "$0") $*" >> "{log}"
"""

FAKE_CRONTAB = """#!/bin/sh
# A stand-in crontab: -l prints the stored table (exit 1 when there is none), - stores stdin.
if [ "$1" = "-l" ]; then
  [ -f "{table}" ] || {{ echo "no crontab for $USER" >&2; exit 1; }}
  cat "{table}"
elif [ "$1" = "-" ]; then
  cat > "{table}"
else
  exit 2
fi
"""


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp HOME with recording systemctl/launchctl and a file-backed crontab."""
    user_home = tmp_path / "user"
    user_home.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    for name, text in [("systemctl", RECORDER.format(log=log)), ("launchctl", RECORDER.format(log=log)),
                       ("crontab", FAKE_CRONTAB.format(table=tmp_path / "crontab.txt"))]:
        script = bin_dir / name
        script.write_text(text, encoding="utf-8")
        script.chmod(0o755)
        monkeypatch.setenv(f"RAPPORT_{name.upper()}", str(script))
    monkeypatch.setenv("HOME", str(user_home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user_home / ".config"))
    return tmp_path


def calls(user: Path) -> list[str]:
    log = user / "calls.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def unit_dir(user: Path) -> Path:
    return user / "user" / ".config" / "systemd" / "user"


def test_systemd_install_writes_a_user_timer_once_and_remove_undoes_it(rapport, home, user):
    out = rapport("schedule", "install", "--scheduler", "systemd", "--every", "10m").stdout
    assert out.startswith("installed: systemd, `rapport run` every 10 min for")
    service = (unit_dir(user) / "rapport.service").read_text(encoding="utf-8")
    timer = (unit_dir(user) / "rapport.timer").read_text(encoding="utf-8")
    assert service.startswith("# written by `rapport schedule install` (rapport-schedule)")
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(exec_start.removeprefix("ExecStart=").replace("%%", "%"))
    assert Path(argv[0]).is_absolute() and argv[1:] == ["--home", str(home.resolve()), "run"]
    assert f'Environment="PATH={Path(sys.executable).parent}' in service
    assert "OnUnitActiveSec=10min" in timer and "WantedBy=timers.target" in timer
    assert oct((unit_dir(user) / "rapport.timer").stat().st_mode & 0o777) == "0o644"
    assert calls(user) == ["systemctl --user daemon-reload", "systemctl --user enable --now rapport.timer"]

    rapport("schedule", "install", "--scheduler", "systemd", "--every", "5m")
    assert sorted(p.name for p in unit_dir(user).iterdir()) == ["rapport.service", "rapport.timer"]
    assert "OnUnitActiveSec=5min" in (unit_dir(user) / "rapport.timer").read_text(encoding="utf-8")
    status = rapport.json("schedule", "status")
    assert list(status["installed"]) == ["systemd"] and status["last_run"] is None

    out = rapport("schedule", "remove").stdout
    assert out.startswith("removed: systemd (")
    assert list(unit_dir(user).iterdir()) == []
    assert calls(user)[-2:] == ["systemctl --user disable --now rapport.timer", "systemctl --user daemon-reload"]
    assert rapport("schedule", "remove").stdout.strip() == "nothing to remove: no schedule installed"
    assert "installed: no" in rapport("schedule", "status").stdout


def test_systemd_exec_start_runs_and_leaves_a_last_run_for_status(rapport, home, user):
    rapport("schedule", "install", "--scheduler", "systemd")
    service = (unit_dir(user) / "rapport.service").read_text(encoding="utf-8")
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    env_line = next(line for line in service.splitlines() if line.startswith("Environment="))
    path = shlex.split(env_line.removeprefix("Environment="))[0].removeprefix("PATH=")
    argv = shlex.split(exec_start.removeprefix("ExecStart=").replace("%%", "%"))
    env = {"PATH": path, "HOME": str(user / "user"), "RAPPORT_NOW": "2026-04-02T09:55:00+02:00"}
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # nothing to do: silent, as cron and systemd like it
    status = rapport.json("schedule", "status")
    assert status["last_run"] == {"at": "2026-04-02T07:55:00+00:00", "delivered": [], "captured": 0, "error": None}
    assert re.search(r"last run: Thu 2 Apr 2026 \d\d:55: nothing delivered, nothing captured",  # the machine's zone
                     rapport("schedule", "status").stdout)


def test_dry_run_prints_the_files_and_writes_nothing(rapport, home, user):
    out = rapport("schedule", "install", "--scheduler", "systemd", "--dry-run").stdout
    assert "would install a systemd schedule running `rapport run` every 5 min" in out
    assert "rapport.timer\n# written by `rapport schedule install`" in out
    assert "then: " in out and "enable --now rapport.timer" in out
    assert not unit_dir(user).exists() and calls(user) == []
    cron = rapport("schedule", "install", "--scheduler", "cron", "--dry-run").stdout
    assert f"# {TAG}" in cron and not (user / "crontab.txt").exists()


def test_cron_line_is_installed_once_beside_the_users_own_lines_and_removed_alone(rapport, home, user):
    table = user / "crontab.txt"
    table.write_text("MAILTO=me@example.com\n0 3 * * * backup.sh\n", encoding="utf-8")
    rapport("schedule", "install", "--scheduler", "cron", "--every", "15m")
    rapport("schedule", "install", "--scheduler", "cron")
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ["MAILTO=me@example.com", "0 3 * * * backup.sh"]
    (ours,) = [line for line in lines if TAG in line]
    assert ours.startswith("*/5 * * * * PATH=") and ours.endswith(f" # {TAG}")
    assert f"--home {shlex.quote(str(home.resolve()))} run >>" in ours and "schedule.log" in ours
    assert list(rapport.json("schedule", "status")["installed"]) == ["cron"]
    assert rapport("schedule", "remove").stdout.startswith("removed: cron (*/5 * * * *")
    assert table.read_text(encoding="utf-8") == "MAILTO=me@example.com\n0 3 * * * backup.sh\n"


def test_cron_hourly_and_bad_intervals(rapport, home, user):
    rapport("schedule", "install", "--scheduler", "cron", "--every", "2h")
    assert (user / "crontab.txt").read_text(encoding="utf-8").startswith("0 */2 * * * ")
    for every, message in [("7h", "cron can run every 1-59 minutes"), ("0m", "give whole minutes from 1m to 24h"),
                           ("soon", "give whole minutes"), ("30s", "give whole minutes")]:
        result = rapport("schedule", "install", "--scheduler", "cron", "--every", every, code=1)
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_launchd_agent_plist(rapport, home, user):
    rapport("schedule", "install", "--scheduler", "launchd", "--every", "5m")
    target = user / "user" / "Library" / "LaunchAgents" / "dev.rapport.run.plist"
    text = target.read_text(encoding="utf-8")
    assert f"<!-- written by `rapport schedule install` ({TAG})" in text
    plist = plistlib.loads(target.read_bytes())
    assert plist["Label"] == "dev.rapport.run" and plist["StartInterval"] == 300 and plist["RunAtLoad"] is True
    assert plist["ProgramArguments"][1:] == ["--home", str(home.resolve()), "run"]
    assert plist["EnvironmentVariables"]["PATH"].startswith(str(Path(sys.executable).parent))
    assert plist["StandardErrorPath"] == str(home.resolve() / "schedule.log")
    assert calls(user) == [f"launchctl load -w {target}"]
    rapport("schedule", "remove")
    assert not target.exists() and calls(user)[-1] == f"launchctl unload -w {target}"


def test_install_refuses_to_overwrite_a_unit_rapport_did_not_write(rapport, home, user):
    unit_dir(user).mkdir(parents=True)
    (unit_dir(user) / "rapport.service").write_text("[Service]\nExecStart=/bin/true\n", encoding="utf-8")
    result = rapport("schedule", "install", "--scheduler", "systemd", code=1)
    assert "rapport.service: exists and was not written by rapport" in result.stderr
    assert (unit_dir(user) / "rapport.service").read_text(encoding="utf-8") == "[Service]\nExecStart=/bin/true\n"
    assert "installed: no" in rapport("schedule", "status").stdout  # not ours, not reported as ours


NO_USER_BUS = """#!/bin/sh
echo "Failed to connect to bus: No medium found" >&2
exit 1
"""


def test_a_systemd_without_a_user_session_says_it_is_not_running(rapport, home, user, monkeypatch):
    """A container, WSL or SSH login: systemctl is there, the user's systemd is not. The units are
    written (to enable later), and neither install nor status pretends it runs."""
    systemctl = user / "bin" / "systemctl"
    systemctl.write_text(NO_USER_BUS, encoding="utf-8")
    result = rapport("schedule", "install", "--scheduler", "systemd", code=1)
    assert result.stdout.startswith("written, NOT running yet: systemd, `rapport run` every 5 min")
    assert ("error: " + str(systemctl) + " --user daemon-reload failed (exit 1): Failed to connect to bus: No medium "
            f"found; run `{systemctl} --user daemon-reload && {systemctl} --user enable --now rapport.timer` "
            "yourself once it works") in result.stderr
    assert "--scheduler cron" in result.stderr
    assert (unit_dir(user) / "rapport.timer").is_file()
    status = rapport("schedule", "status").stdout
    assert "NOT running: the timer is not enabled (Failed to connect to bus: No medium found)" in status
    assert rapport.json("schedule", "status")["not_running"] == "Failed to connect to bus: No medium found"
    # auto: with no user systemd, the crontab is the scheduler that runs
    assert rapport("schedule", "install", "--dry-run").stdout.startswith("would install a cron schedule")


def test_auto_picks_systemd_where_systemctl_exists_on_linux(rapport, home, user):
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux choice")
    out = rapport("schedule", "install", "--dry-run").stdout
    assert out.startswith("would install a systemd schedule")
    assert calls(user) == ["systemctl --user show-environment"]  # the user's systemd answers
    env = dict(os.environ, RAPPORT_SYSTEMCTL=str(user / "no-such-systemctl"))
    out = rapport("schedule", "install", "--dry-run", env=env).stdout
    assert out.startswith("would install a cron schedule")
    assert json.loads(rapport("schedule", "status", "--json").stdout)["installed"] == {}


def test_install_warns_when_only_the_shell_knows_the_users_time_zone(rapport, home, user, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    rapport.config('[me]\nname = "Sam Lee"\n')
    result = rapport("schedule", "install", "--scheduler", "cron")
    assert ('warning: your shell sets TZ=Europe/Berlin, which the cron scheduler does not have: scheduled briefings '
            'would show the machine\'s times; set timezone = "Europe/Berlin" under [me] in') in result.stderr
    rapport.config('[me]\nname = "Sam Lee"\ntimezone = "Europe/Berlin"\n')
    assert "TZ" not in rapport("schedule", "install", "--scheduler", "cron").stderr


def test_install_warns_that_the_scheduler_cannot_see_shell_variables(rapport, home, user):
    rapport.config('[webhook.sinks.team]\nformat = "slack"\nurl_env = "SLACK_URL"\n\n'
                   '[caldav]\nurl = "https://dav.example.org/"\npassword_command = "pass show dav"\n')
    result = rapport("schedule", "install", "--scheduler", "cron")
    assert ("warning: [webhook.sinks.team] url_env = 'SLACK_URL' reads a variable from your shell, which the cron "
            "scheduler does not have") in result.stderr
    assert "caldav" not in result.stderr  # a command works anywhere


def test_the_timer_says_its_interval_in_words(rapport, home, user):
    for every, words in [("1m", "every minute"), ("10m", "every 10 minutes"), ("1h", "every hour"), ("2h", "every 2 hours")]:
        out = rapport("schedule", "install", "--scheduler", "systemd", "--every", every, "--dry-run").stdout
        assert f"Description=Run rapport {words}\n" in out


def test_status_keeps_what_a_run_warned_about_past_later_quiet_runs(rapport, home, user, tmp_path, monkeypatch):
    # A sink that skips a meeting says so on stderr, which nobody reads under a scheduler: status keeps it.
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "warns.py").write_text(
        "import os\nfrom rapport_plugins import hookimpl, say\n\n\n@hookimpl\ndef rapport_calendar_events(window, config):\n"
        "    if os.environ.get('WARN'):\n"
        "        say(\"mine: not written into 'Weekly 1-1: Anna': you organise it and others are invited\")\n"
        "    return []\n", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOOKS_DIR", str(hooks))
    monkeypatch.setenv("WARN", "1")
    assert "not written into 'Weekly 1-1: Anna'" in rapport("run").stderr
    monkeypatch.delenv("WARN")
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-02T10:00:00+02:00")
    assert rapport("run").stderr == ""  # a later quiet run
    status = rapport("schedule", "status").stdout
    assert re.search(r"last warnings: Thu 2 Apr 2026 \d\d:55:\n  mine: not written into 'Weekly 1-1: Anna': "
                     r"you organise it and others are invited\n", status)
    assert "last error: none" in status  # a warning is not an error
    assert rapport.json("schedule", "status")["last_notes"]["notes"] == [
        "mine: not written into 'Weekly 1-1: Anna': you organise it and others are invited"]
