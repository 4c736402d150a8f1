"""`rapport schedule install|status|remove`: run `rapport run` every few minutes with the user's own scheduler.

Commands only: what is written and where is :mod:`rapport_plugins.schedule`.
"""

from __future__ import annotations

from typing import Any

import click

from .cli_common import App, emit, json_option, pass_app
from .errors import RapportError


@click.group("schedule")
def schedule_cmd() -> None:
    """Run `rapport run` automatically (systemd user timer, launchd agent or crontab; nothing system-wide)."""


@schedule_cmd.command("install")
@click.option("--every", default="5m", show_default=True, metavar="INTERVAL", help="How often: 5m, 10m, 1h.")
@click.option("--scheduler", type=click.Choice(["auto", "systemd", "launchd", "cron"]), default="auto",
              show_default=True, help="Which scheduler (auto: launchd on macOS, systemd where present, else cron).")
@click.option("--dry-run", is_flag=True, help="Print what would be written; change nothing.")
@pass_app
def install_cmd(app: App, every: str, scheduler: str, dry_run: bool) -> None:
    """Install (or update) the schedule for this home; installing twice leaves one."""
    from . import schedule

    minutes = schedule.parse_every(every)
    chosen = schedule.detect() if scheduler == "auto" else scheduler
    home = app.config.home
    if not home.is_dir():
        raise RapportError(f"{home}: no rapport home here; run `rapport init` first")
    plan = schedule.plan(chosen, home, minutes)
    if dry_run:
        click.echo(f"would install a {chosen} schedule running `rapport run` every {minutes} min:")
        for path, text in plan.files.items():
            click.echo(f"\n--- {path}\n{text}", nl=False)
        if plan.cron_line:
            click.echo(f"\n--- crontab line\n{plan.cron_line}")
        for argv in plan.commands:
            click.echo(f"\nthen: {' '.join(argv)}")
        return
    warnings = schedule.install(plan)
    where = ", ".join(str(p) for p in plan.files) or "your crontab"
    for setting in schedule.environment_secrets(app.config.data):
        click.echo(f"warning: {setting} reads a variable from your shell, which the {chosen} scheduler does not "
                   f"have: use the _command form (a keyring, `pass show ...`) for scheduled runs", err=True)
    zone = schedule.shell_only_zone(app.config)
    if zone:
        click.echo(f"warning: your shell sets TZ={zone}, which the {chosen} scheduler does not have: scheduled "
                   f"briefings would show the machine's times; set timezone = \"{zone}\" under [me] in "
                   f"{app.config.path}", err=True)
    if warnings:  # written, but the scheduler did not take it: it does not run yet, and must not look as if
        click.echo(f"written, NOT running yet: {chosen}, `rapport run` every {minutes} min for {home} ({where})")
        for warning in warnings:
            click.echo(f"error: {warning}", err=True)
        if chosen == "systemd":
            click.echo("(no systemd user session here? `rapport schedule install --scheduler cron` uses your crontab)",
                       err=True)
        raise SystemExit(1)
    click.echo(f"installed: {chosen}, `rapport run` every {minutes} min for {home} ({where})")


@schedule_cmd.command("status")
@json_option
@pass_app
def status_cmd(app: App, as_json: bool) -> None:
    """Whether the schedule is installed, when `rapport run` last ran, what it delivered, the last error."""
    from . import schedule

    found = {name: _installed(name) for name in schedule.SCHEDULERS}
    idle = schedule.systemd_active() if found.get("systemd") else None
    data = {"installed": {k: v for k, v in found.items() if v}, "not_running": idle,
            "last_run": app.store.get_state(schedule.LAST_RUN),
            "last_delivered": app.store.get_state(schedule.LAST_DELIVERED),
            "last_error": app.store.get_state(schedule.LAST_ERROR),
            "last_notes": app.store.get_state(schedule.LAST_NOTES)}
    emit(data, as_json, lambda d: _status_text(d, app.zone))


def _installed(name: str) -> list[str]:
    from . import schedule

    try:
        return schedule.installed(name)
    except RapportError:  # no crontab command on this machine: nothing installed there
        return []


def _status_text(data: dict[str, Any], zone: Any) -> str:
    """The status in the user's words and zone ("last run: Thu 2 Apr 2026 09:55: ...")."""
    from .usertime import show_time

    lines = [f"installed: {name} ({', '.join(where)})" for name, where in data["installed"].items()]
    lines = lines or ["installed: no (`rapport schedule install` sets it up)"]
    if data.get("not_running"):
        lines.append(f"NOT running: the timer is not enabled ({data['not_running']}); "
                     "`systemctl --user enable --now rapport.timer`, or `rapport schedule install --scheduler cron`")
    last = data["last_run"]
    if isinstance(last, dict):
        delivered = last.get("delivered") or []
        captured = last.get("captured", 0)
        lines.append(f"last run: {show_time(last.get('at'), zone) or last.get('at')}: "
                     + (f"delivered {len(delivered)} ({'; '.join(delivered)})" if delivered else "nothing delivered")
                     + (f", {captured} captured" if captured else ", nothing captured"))
    else:
        lines.append("last run: never")
    sent = data.get("last_delivered")
    if isinstance(sent, dict) and isinstance(last, dict) and sent.get("at") != last.get("at"):
        lines.append(f"last delivered: {show_time(sent.get('at'), zone) or sent.get('at')}: "
                     f"{'; '.join(sent.get('delivered') or [])}")
    notes = data.get("last_notes")
    if isinstance(notes, dict) and notes.get("notes"):
        lines.append(f"last warnings: {show_time(notes.get('at'), zone) or notes.get('at')}:")
        lines += [f"  {note}" for note in notes["notes"]]
    error = data["last_error"]
    since = (isinstance(error, dict) and isinstance(last, dict) and not last.get("error")
             and str(last.get("at") or "") > str(error.get("at") or ""))  # both UTC ISO: they sort as times
    lines.append(f"last error: {show_time(error.get('at'), zone) or error.get('at')}: {error.get('error')}"
                 + (" (the runs since went without one)" if since else "")
                 if isinstance(error, dict) else "last error: none")
    return "\n".join(lines)


@schedule_cmd.command("remove")
@pass_app
def remove_cmd(app: App) -> None:
    """Remove exactly what `rapport schedule install` wrote (units, agent or crontab line)."""
    from . import schedule

    removed_any = False
    for name in schedule.SCHEDULERS:
        if not _installed(name):
            continue
        removed, warnings = schedule.remove(name)
        removed_any = removed_any or bool(removed)
        click.echo(f"removed: {name} ({', '.join(removed)})")
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
    if not removed_any:
        click.echo("nothing to remove: no schedule installed")
