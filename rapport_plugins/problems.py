"""Problems with the user's sources, said once each on stderr and counted.

A calendar, contacts file or vault that cannot be read is reported where it happens (by the
plugin, or by the plugin manager when a hook raises); ``rapport sync`` and ``rapport run`` read
the count at the end to exit non-zero, so cron mail and systemd notice. The same message is said
only once per command, however many windows or passes asked the same source.
"""

from __future__ import annotations

import sys

_said: set[str] = set()
_notices: list[str] = []  # everything said, in order (`rapport schedule status` shows a run's)
_failed: list[str] = []


def say(message: str) -> None:
    """A warning (a skipped event, a card that was malformed): on stderr once per command."""
    if message in _said:
        return
    _said.add(message)
    _notices.append(message)
    print(f"rapport: {message}", file=sys.stderr)


def source_failed(message: str) -> None:
    """A configured source that could not be read at all: said once and counted."""
    if message not in _failed:
        _failed.append(message)
    say(message)


def failures() -> list[str]:
    """The sources that failed since the command started (or the last :func:`reset`)."""
    return list(_failed)


def notices() -> list[str]:
    """Every warning said since the command started, in order (failed sources included)."""
    return list(_notices)


def reset() -> None:
    """Start a new command (the CLI calls this; tests run many commands in one process)."""
    _said.clear()
    _notices.clear()
    _failed.clear()
