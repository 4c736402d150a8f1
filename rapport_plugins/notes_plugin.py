"""The three hooks every notes service integration has (Joplin, Notion, a wiki, ...), written once.

A service that keeps meeting notes gives rapport the notes of a meeting, lets the core's marker
grammar read ``remember:`` lines in them, and takes the briefing into the meeting's note. What
differs is only the service, so an integration writes that and gets the hooks::

    plugin = NotesPlugin("joplin", JoplinSettings.from_config, "rapport_joplin.meeting_notes:JoplinNotes")
    rapport_meeting_notes, rapport_after_meeting, rapport_deliver_briefing = plugin.hooks()

The service (``open_service(settings)``) answers ``notes_for(meeting)`` (a list of
:class:`MeetingNotes` with ``source`` set to the plugin's source) and ``deliver(meeting, markdown)``
(where the briefing went, or None), and its ``settings.shared`` says whether others read the notes
(then briefings leave out personal details). ``correction_hook()`` adds ``rapport_deliver_correction``
for a service that also answers ``correct(meeting, correction)``. Every hook answers None when ``settings_of(config)``
is None (the integration is not configured).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any, ClassVar

from .hookspecs import hookimpl
from .models import Candidate, Meeting, MeetingNotes


@dataclass(frozen=True)
class NotesSettings:
    """What the settings of every notes service hold, and how they are found, written once:
    ``shared`` (others read the notes, so briefings and checklists leave out personal details) and
    ``review_checklist``. A subclass (a frozen dataclass whose fields all have defaults) names its
    ``section`` and reads its own keys in ``read_section(read)``, a dict of field values."""

    section: ClassVar[str] = ""
    shared: bool = False
    review_checklist: bool = True  # capture's proposals as a checklist in the meeting's note

    @classmethod
    def from_config(cls, config: Any) -> Any:
        """Settings from ``[section]``, or None when the section is missing."""
        from .config import SectionReader

        read = SectionReader.of(config, cls.section)
        if read is None:
            return None
        return cls(**cls.read_section(read), shared=read.flag("shared", cls.shared),
                   review_checklist=read.flag("review_checklist", True))

    @classmethod
    def read_section(cls, read: Any) -> dict[str, Any]:
        return {}


class NotesPlugin:
    """``rapport_meeting_notes``, ``rapport_after_meeting`` and ``rapport_deliver_briefing`` for one
    notes service; ``cite(notes)`` may name each marker's place (a block id) instead of ``ref:line``."""

    def __init__(self, source: str, settings_of: Callable[[Any], Any], open_service: Callable[[Any], Any] | str,
                 cite: Callable[[MeetingNotes], Callable[[int], str]] | None = None):
        self.source = source
        self.settings_of = settings_of
        self._open = open_service
        self.cite = cite

    def open_service(self, settings: Any) -> Any:
        """The service for ``settings``; ``open_service`` given as ``"module:Name"`` is imported now
        (the client loads on first use, not when the plugin loads)."""
        if isinstance(self._open, str):
            module, _, name = self._open.partition(":")
            self._open = getattr(import_module(module), name)
        return self._open(settings)

    def service(self, config: Any) -> Any:
        settings = self.settings_of(config)
        return None if settings is None else self.open_service(settings)

    def hooks(self) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
        return self.rapport_meeting_notes, self.rapport_after_meeting, self.rapport_deliver_briefing

    def config_section(self, about: str, keys: dict[str, Any], example: str) -> Callable[..., Any]:
        """``rapport_config_sections`` for ``[source]``: ``keys`` plus the two every notes service
        reads (``shared``, ``review_checklist``; :class:`NotesSettings`)."""
        self._section = {"about": about, "keys": {**keys, "shared": bool, "review_checklist": bool}, "example": example}
        return self.rapport_config_sections

    @hookimpl
    def rapport_config_sections(self) -> dict[str, Any]:
        """The section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
        return {self.source: self._section} if getattr(self, "_section", None) else {}

    def review_hooks(self, module: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
        """``rapport_review_write`` and ``rapport_review_read`` (:class:`ReviewHooks`) over this service:
        ``module``'s functions receive the opened service."""
        return ReviewHooks(self.source, self.settings_of, module, self.open_service).hooks()

    def correction_hook(self) -> Callable[..., Any]:
        """``rapport_deliver_correction``, for a service that answers ``correct(meeting, correction)``
        (where it went, or None when the meeting's note no longer holds rapport's briefing)."""
        return self.rapport_deliver_correction

    @hookimpl
    def rapport_deliver_correction(self, meeting: Meeting, correction: Any, config: Any) -> str | None:
        """The meeting moved or was cancelled after its briefing went into the note: say so there."""
        service = self.service(config)
        return None if service is None else service.correct(meeting, correction)

    @hookimpl
    def rapport_meeting_notes(self, meeting: Meeting, config: Any) -> list[MeetingNotes] | None:
        """The meeting's notes in the service; None when it is not configured."""
        service = self.service(config)
        return None if service is None else service.notes_for(meeting)

    @hookimpl
    def rapport_after_meeting(self, meeting: Meeting, notes: MeetingNotes, config: Any) -> list[Candidate] | None:
        """``remember:`` lines (the core's marker grammar) in this service's notes, cited by place."""
        if notes is None or notes.source != self.source or self.settings_of(config) is None:
            return None
        from .markers import find_markers

        names = [a.name for a in meeting.people() if a.name] if meeting is not None else []
        return find_markers(notes.text, notes.ref or self.source, names,
                            ref_for=self.cite(notes) if self.cite is not None else None)

    @hookimpl
    def rapport_deliver_briefing(self, meeting: Meeting, briefing: Any, config: Any) -> str | None:
        """The briefing into the meeting's note (the shared copy when others read the notes)."""
        service = self.service(config)
        if service is None:
            return None
        from .briefing import markdown_for_sink

        return service.deliver(meeting, markdown_for_sink(briefing, config, service.settings.shared))


class ReviewHooks:
    """``rapport_review_write`` and ``rapport_review_read`` for a notes integration, written once.

    What every review checklist does alike is here: nothing when the integration is not configured
    or its ``review_checklist`` setting is off, only the proposals the note may hold (none
    sensitive in a note others read), only references of this ``source`` (``source:place``). The
    integration's ``module`` (imported on first use) does the rest with what it opened
    (``open_target(settings)``, else the settings themselves):

    - ``write_review(target, meeting, items, sources, place)``: ``place`` is where the checklist
      went last time (without ``source:``) or None; returns ``(place, ids shown)`` or None;
    - ``read_review(target, meeting, place)``: the :class:`ChecklistLine` list, or None when gone.
    """

    def __init__(self, source: str, settings_of: Callable[[Any], Any], module: str,
                 open_target: Callable[[Any], Any] | None = None):
        self.prefix = f"{source}:"
        self.settings_of = settings_of
        self.module = module
        self.open_target = open_target

    def hooks(self) -> tuple[Callable[..., Any], Callable[..., Any]]:
        return self.rapport_review_write, self.rapport_review_read

    def _target(self, settings: Any) -> Any:
        return settings if self.open_target is None else self.open_target(settings)

    def _place(self, ref: str | None) -> str | None:
        return ref[len(self.prefix):] if ref and ref.startswith(self.prefix) else None

    @hookimpl
    def rapport_review_write(self, meeting: Meeting, items: list[Any], sources: list[str], ref: str | None,
                             config: Any) -> dict[str, Any] | None:
        """Capture's proposals as a checklist in the meeting's note (docs/capture.md)."""
        settings = self.settings_of(config)
        if settings is None or not getattr(settings, "review_checklist", True):
            return None
        from importlib import import_module

        from .checklist import review_items_for_note

        items = review_items_for_note(items, config, settings.shared)
        if not items:
            return None
        written = import_module(self.module).write_review(self._target(settings), meeting, items, sources,
                                                         self._place(ref))
        return None if written is None else {"where": self.prefix + written[0], "ids": written[1]}

    @hookimpl
    def rapport_review_read(self, meeting: Meeting, ref: str | None, config: Any) -> list[Any] | None:
        """The checklist as the user left it; None when it is gone."""
        settings = self.settings_of(config)
        place = self._place(ref)
        if settings is None or place is None:
            return None
        from importlib import import_module

        return import_module(self.module).read_review(self._target(settings), meeting, place)
