"""The two hooks every briefing sink has (email, a chat webhook, a pager...), written once.

A sink takes each briefing and, when a briefed meeting moves or is cancelled, the correction. Its
work (a client, a renderer) lives in a module imported on the first delivery, so loading the
plugin costs nothing::

    rapport_deliver_briefing, rapport_deliver_correction = SinkPlugin("rapport_mysink.send").hooks()

The module answers ``deliver(meeting, briefing, config)`` and ``deliver_correction(meeting,
correction, config)``: where it went, or None when the sink is not configured.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from .hookspecs import hookimpl
from .models import Correction, Meeting


class SinkPlugin:
    """``rapport_deliver_briefing`` and ``rapport_deliver_correction`` for the sink in ``module``."""

    def __init__(self, module: str):
        self.module = module

    def hooks(self) -> tuple[Callable[..., Any], Callable[..., Any]]:
        return self.rapport_deliver_briefing, self.rapport_deliver_correction

    @hookimpl
    def rapport_deliver_briefing(self, meeting: Meeting, briefing: Any, config: Any) -> str | None:
        """The briefing sent; where it went, or None when the sink is not configured."""
        return import_module(self.module).deliver(meeting, briefing, config)

    @hookimpl
    def rapport_deliver_correction(self, meeting: Meeting, correction: Correction, config: Any) -> str | None:
        """A briefed meeting moved or was cancelled: the one line sent where its briefing went."""
        return import_module(self.module).deliver_correction(meeting, correction, config)
