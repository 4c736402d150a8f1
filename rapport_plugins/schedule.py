"""Running `rapport run` by itself: the user's own scheduler (systemd user timer, launchd agent or crontab).

Only per-user places are touched: ``$XDG_CONFIG_HOME/systemd/user``, ``~/Library/LaunchAgents`` or the
user's crontab. Every file and line rapport writes carries :data:`TAG`, so installing twice leaves one
unit / one line and ``remove`` takes away exactly what ``install`` put there and nothing else.
The commands rapport calls (``systemctl``, ``launchctl``, ``crontab``) can be swapped through
``RAPPORT_SYSTEMCTL`` / ``RAPPORT_LAUNCHCTL`` / ``RAPPORT_CRONTAB`` (tests use stand-ins that record).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import RapportError

TAG = "rapport-schedule"
HEADER = f"written by `rapport schedule install` ({TAG}); `rapport schedule remove` deletes it"
UNIT = "rapport"  # systemd: rapport.service + rapport.timer
LABEL = "dev.rapport.run"  # launchd agent label
SCHEDULERS = ("systemd", "launchd", "cron")
LAST_RUN = "schedule:last_run"  # store state written by `rapport run`
LAST_ERROR = "schedule:last_error"
LAST_NOTES = "schedule:last_notes"  # warnings a run said (not errors), for `schedule status`
LAST_DELIVERED = "schedule:last_delivered"  # the last run that delivered something, kept across quiet runs


@dataclass
class Plan:
    """What an install writes: files (path -> text) or one crontab line, and the commands run after."""

    scheduler: str
    files: dict[Path, str] = field(default_factory=dict)
    cron_line: str | None = None
    commands: list[list[str]] = field(default_factory=list)


def parse_every(text: str) -> int:
    """``5m``, ``90s``, ``1h`` or bare minutes -> minutes (1 minute to 1 day)."""
    raw = text.strip().lower()
    units = {"s": 1 / 60, "m": 1, "min": 1, "h": 60}
    for suffix in sorted(units, key=len, reverse=True):
        if raw.endswith(suffix) and raw[: -len(suffix)].strip().isdigit():
            minutes = int(raw[: -len(suffix)]) * units[suffix]
            break
    else:
        minutes = int(raw) if raw.isdigit() else 0
    if minutes != int(minutes) or not 1 <= minutes <= 1440:
        raise RapportError(f"--every {text!r}: give whole minutes from 1m to 24h, e.g. 5m or 1h")
    return int(minutes)


def environment_secrets(data: dict, where: str = "") -> list[str]:
    """Every ``<key>_env`` setting in the config (``[email] password_env``): the scheduler runs
    without the user's shell, so those variables are not there unless set elsewhere."""
    found = []
    for key, value in data.items():
        here = f"{where}.{key}" if where else key
        if isinstance(value, dict):
            found += environment_secrets(value, here)
        elif key.endswith("_env") and isinstance(value, str):
            section, _, name = here.rpartition(".")
            found.append(f"[{section}] {name} = {value!r}")
    return found


def shell_only_zone(config: Any) -> str | None:
    """The zone name in ``$TZ`` when the user's times come from it alone (no ``[me] timezone``):
    a scheduled run does not have the shell's variables, so it would show the machine's times."""
    zone = os.environ.get("TZ", "").lstrip(":")
    if not zone or (config.section("me") or {}).get("timezone"):
        return None
    return zone


def tool(name: str) -> str:
    """The command to call for ``name``: ``$RAPPORT_<NAME>`` when set, else the name itself."""
    return os.environ.get(f"RAPPORT_{name.upper()}") or name


def detect() -> str:
    """The platform's own scheduler: launchd on macOS; a systemd user timer where this user's
    systemd answers (``systemctl --user show-environment``; not in a container, WSL or an SSH login
    without a user session); else cron where there is a crontab; else systemd (the files can be
    enabled later)."""
    import shutil

    if sys.platform == "darwin":
        return "launchd"
    systemctl = shutil.which(tool("systemctl")) if sys.platform.startswith("linux") else None
    if systemctl and _call([systemctl, "--user", "show-environment"], check=False).returncode == 0:
        return "systemd"
    if shutil.which(tool("crontab")) or not systemctl:
        return "cron"
    return "systemd"


def systemd_active() -> str | None:
    """Why the installed timer does not run (``systemctl --user is-enabled`` said no), or None."""
    try:
        result = _call([tool("systemctl"), "--user", "is-enabled", f"{UNIT}.timer"], check=False)
    except RapportError as exc:
        return str(exc)
    if result.returncode == 0:
        return None
    detail = (result.stderr or result.stdout).strip().splitlines()
    return detail[-1] if detail else f"systemctl --user is-enabled {UNIT}.timer: exit {result.returncode}"


def rapport_command(home: Path) -> list[str]:
    """The absolute command line that runs `rapport run` for ``home`` (this venv's own rapport)."""
    script = Path(sys.executable).parent / "rapport"
    base = [str(script)] if script.is_file() else [sys.executable, "-m", "rapport_plugins"]
    return [*base, "--home", str(Path(home).resolve()), "run"]


def search_path() -> str:
    """PATH for the scheduled run: this venv's bin first, then the caller's PATH."""
    parts = [str(Path(sys.executable).parent), *os.environ.get("PATH", "").split(os.pathsep)]
    return os.pathsep.join(dict.fromkeys(p for p in parts if p))


def systemd_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def launchd_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def plan(scheduler: str, home: Path, every: int) -> Plan:
    """Everything ``install`` would write for this scheduler, home and interval (nothing touched yet)."""
    command, path, home = rapport_command(home), search_path(), Path(home).resolve()
    if scheduler == "systemd":
        return _systemd(command, path, every)
    if scheduler == "launchd":
        return _launchd(command, path, home, every)
    if scheduler == "cron":
        return Plan("cron", cron_line=_cron_line(command, path, home, every))
    raise RapportError(f"unknown scheduler {scheduler!r}: use one of {', '.join(SCHEDULERS)}")


def every_words(minutes: int) -> str:
    """'every minute', 'every 5 minutes', 'every hour', 'every 2 hours': the interval as said to people."""
    if minutes % 60 == 0:
        hours = minutes // 60
        return "every hour" if hours == 1 else f"every {hours} hours"
    return "every minute" if minutes == 1 else f"every {minutes} minutes"


def _systemd(command: list[str], path: str, every: int) -> Plan:
    exec_start = shlex.join(command).replace("%", "%%")  # systemd expands %-specifiers
    service = (f"# {HEADER}\n[Unit]\nDescription=rapport: deliver pre-meeting briefings, capture after meetings\n\n"
               f"[Service]\nType=oneshot\nEnvironment={_systemd_quote('PATH=' + path)}\n"
               f"ExecStart={exec_start}\n")
    timer = (f"# {HEADER}\n[Unit]\nDescription=Run rapport {every_words(every)}\n\n"
             f"[Timer]\nOnBootSec=1min\nOnUnitActiveSec={every}min\nAccuracySec=30s\nUnit={UNIT}.service\n\n"
             "[Install]\nWantedBy=timers.target\n")
    unit_dir, systemctl = systemd_dir(), tool("systemctl")
    return Plan("systemd", files={unit_dir / f"{UNIT}.service": service, unit_dir / f"{UNIT}.timer": timer},
                commands=[[systemctl, "--user", "daemon-reload"],
                          [systemctl, "--user", "enable", "--now", f"{UNIT}.timer"]])


def _systemd_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


def _launchd(command: list[str], path: str, home: Path, every: int) -> Plan:
    from xml.sax.saxutils import escape

    args = "".join(f"\n    <string>{escape(a)}</string>" for a in command)
    log = escape(str(home / "schedule.log"))
    plist = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {HEADER} -->\n'
             '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
             f'<plist version="1.0">\n<dict>\n  <key>Label</key>\n  <string>{LABEL}</string>\n'
             f"  <key>ProgramArguments</key>\n  <array>{args}\n  </array>\n"
             f"  <key>EnvironmentVariables</key>\n  <dict>\n    <key>PATH</key>\n    <string>{escape(path)}</string>\n"
             f"  </dict>\n  <key>StartInterval</key>\n  <integer>{every * 60}</integer>\n"
             f"  <key>RunAtLoad</key>\n  <true/>\n  <key>StandardOutPath</key>\n  <string>{log}</string>\n"
             f"  <key>StandardErrorPath</key>\n  <string>{log}</string>\n</dict>\n</plist>\n")
    target = launchd_path()
    return Plan("launchd", files={target: plist}, commands=[[tool("launchctl"), "load", "-w", str(target)]])


def _cron_line(command: list[str], path: str, home: Path, every: int) -> str:
    if every < 60:
        when = f"*/{every} * * * *"
    elif every % 60 == 0 and 24 % (every // 60) == 0:
        when = f"0 */{every // 60} * * *"
    else:
        raise RapportError(f"--every {every}m: cron can run every 1-59 minutes or every 1, 2, 3, 4, 6, 8, 12 or 24 hours")
    shell = f"PATH={shlex.quote(path)} {shlex.join(command)} >>{shlex.quote(str(home / 'schedule.log'))} 2>&1"
    return f"{when} {shell.replace('%', chr(92) + '%')} # {TAG}"  # cron turns a bare % into a newline


def read_crontab() -> list[str]:
    """The user's crontab lines ([] when they have none)."""
    result = _call([tool("crontab"), "-l"], check=False)
    return result.stdout.splitlines() if result.returncode == 0 else []


def write_crontab(lines: list[str]) -> None:
    _call([tool("crontab"), "-"], input="".join(line + "\n" for line in lines))


def _call(argv: list[str], input: str | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(argv, input=input, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RapportError(f"cannot run {argv[0]}: {exc}") from None
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RapportError(f"{' '.join(argv)} failed (exit {result.returncode})" + (f": {detail[-1]}" if detail else ""))
    return result


def install(p: Plan) -> list[str]:
    """Write the plan (files 0644, crontab line replacing any earlier one) and run its commands; returns warnings."""
    if p.cron_line is not None:
        write_crontab([line for line in read_crontab() if not line.rstrip().endswith(f"# {TAG}")] + [p.cron_line])
        return []
    for path, text in p.files.items():
        if path.exists() and TAG not in path.read_text(encoding="utf-8", errors="replace"):
            raise RapportError(f"{path}: exists and was not written by rapport; move it away first")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.chmod(tmp, 0o644)  # scheduler units hold no secrets, and the scheduler must read them
        os.replace(tmp, path)
    return _run_all(p.commands)


def _run_all(commands: list[list[str]]) -> list[str]:
    """Run ``commands`` in order; on the first failure, say what failed and what is left to run."""
    for i, argv in enumerate(commands):
        try:
            _call(argv)
        except RapportError as exc:
            left = " && ".join(shlex.join(a) for a in commands[i:])
            return [f"{exc}; run `{left}` yourself once it works"]
    return []


def installed(scheduler: str) -> list[str]:
    """Where rapport's schedule is installed for this scheduler: file paths or the crontab line."""
    if scheduler == "cron":
        return [line for line in read_crontab() if line.rstrip().endswith(f"# {TAG}")]
    paths = ([systemd_dir() / f"{UNIT}.service", systemd_dir() / f"{UNIT}.timer"] if scheduler == "systemd"
             else [launchd_path()])
    return [str(p) for p in paths if p.is_file() and TAG in p.read_text(encoding="utf-8", errors="replace")]


def remove(scheduler: str) -> tuple[list[str], list[str]]:
    """Undo ``install`` for this scheduler: (what was removed, warnings)."""
    found = installed(scheduler)
    if not found:
        return [], []
    if scheduler == "cron":
        write_crontab([line for line in read_crontab() if not line.rstrip().endswith(f"# {TAG}")])
        return found, []
    stop = ([[tool("systemctl"), "--user", "disable", "--now", f"{UNIT}.timer"]] if scheduler == "systemd"
            else [[tool("launchctl"), "unload", "-w", str(launchd_path())]])
    warnings = _run_all(stop)
    for path in found:
        Path(path).unlink(missing_ok=True)
    if scheduler == "systemd":
        warnings += _run_all([[tool("systemctl"), "--user", "daemon-reload"]])
    return found, warnings
