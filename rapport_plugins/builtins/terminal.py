"""Built-in plugin ``terminal``: print the briefing in the terminal (and optionally notify the desktop).

Config ``[terminal]``: ``enabled`` (default: true for ``rapport run``, which has no other
output; false elsewhere, since ``rapport brief`` prints the briefing itself), ``format`` ("text" or "markdown"),
``notify`` (default false: also send a desktop notification through ``notify-send`` when it is
installed). A notification can show on a lock screen, so it gets the shared-sink copy: light
details only.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_deliver_briefing(meeting, briefing, config):
    section = config.section("terminal") if config is not None else {}
    if not section.get("enabled", getattr(briefing, "automatic", False)):
        return None
    import sys

    import click

    if not getattr(briefing, "displayed", False):
        fmt = section.get("format", "text")
        click.echo(briefing.render(fmt if fmt in ("text", "markdown") else "text", color=sys.stdout.isatty()))
        briefing.displayed = True
    if section.get("notify"):
        notify(briefing.for_shared_sink(config))
    return "terminal"


@hookimpl
def rapport_deliver_correction(meeting, correction, config):
    """The meeting moved or was cancelled after its briefing was printed: one line (and a notification)."""
    section = config.section("terminal") if config is not None else {}
    if not section.get("enabled", True):
        return None
    import click

    if not correction.displayed:
        click.echo(correction.text)
        correction.displayed = True
    if section.get("notify"):
        _notify(correction.text.split(":", 1)[0] + f": {correction.title}", correction.text)
    return "terminal"


def notify(briefing) -> bool:
    """Send a short desktop notification; False when notify-send is missing or fails."""
    title = f"Briefing: {briefing.meeting.get('title') or 'meeting'}"
    lines = []
    for entry in briefing.people:
        first = entry["prompts"][0]["text"] if entry["prompts"] else ""
        lines.append(f"{entry['person']['name']}: {first}".rstrip(": "))
    lines += [f"{f['name'] or f['email']}: new face" for f in briefing.new_faces]
    return _notify(title, "\n".join(lines[:6]))


def _notify(title: str, body: str) -> bool:
    import shutil
    import subprocess

    exe = shutil.which("notify-send")
    if not exe:
        return False
    try:
        subprocess.run([exe, "--app-name=rapport", title, body], check=False, timeout=5,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


@hookimpl
def rapport_config_sections():
    return {"terminal": {
        "about": "the built-in terminal sink used by `rapport run`",
        "keys": {"enabled": bool, "format": str, "notify": bool},
    }}
