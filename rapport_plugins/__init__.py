"""rapport-plugins: remember the small things about the people you meet, and bring them back
five minutes before the next meeting.

This module is the public plugin API: everything a plugin author needs is importable from here
(``from rapport_plugins import hookimpl, Meeting, RapportError``) and listed in ``__all__``;
docs/api.md documents each name. Integrations import nothing else from the core (a test checks
it), so the submodules behind these names can change without breaking a plugin.

Names load on first use (PEP 562), so ``import rapport_plugins`` stays instant.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .hookspecs import hookimpl, hookspec

__version__ = "0.1.0"

# public name -> the core module that defines it
_EXPORTS: dict[str, str] = {
    # the plugin manager and the context engines run with
    "Context": "context", "PluginInfo": "plugins", "build_plugin_manager": "plugins", "NotesPlugin": "notes_plugin", "NotesSettings": "notes_plugin",
    "ReviewHooks": "notes_plugin", "SinkPlugin": "sink_plugin", "CloudCalendarPlugin": "cloud_plugin",
    # the values hooks receive and return
    "Attendee": "models", "Candidate": "models", "Contact": "models", "Correction": "models", "Meeting": "models",
    "MeetingNotes": "models", "NotesPending": "models", "Memory": "models", "Person": "models", "Prompt": "models",
    "Utterance": "models", "Window": "models", "ReviewItem": "models", "ChecklistLine": "models", "Briefing": "briefing", "markdown_for_sink": "briefing", "DateMatch": "dates",
    # errors: one line for the user, naming the file and the place
    "RapportError": "errors", "ConfigError": "errors", "ParseError": "errors", "StoreError": "errors",
    "describe": "errors", "each_or_report": "errors", "say": "problems", "source_failed": "problems",
    # storage
    "Store": "store_protocol", "check_store": "store_protocol", "SQLiteStore": "store",
    # configuration, secrets and private files
    "Config": "config", "SectionReader": "config", "secret": "config", "write_private": "config",
    "make_private_dirs": "config",
    "url_label": "secrets", "source_id": "secrets", "mask_text": "secrets", "redact": "secrets",
    # HTTP with bounded bodies, back-off and no credentials in messages
    "HttpClient": "http", "endpoint": "http", "without_credentials": "http",
    "Limits": "limits", "limits_of": "limits", "read_bounded": "limits", "bounded_request": "limits",
    "decode_text": "limits",
    # notes: the one marker grammar, escaping, plain-text files
    "find_markers": "markers", "clean_markup": "markers", "md_inline": "escaping", "one_line": "escaping",
    "read_text_file": "builtins.text_notes", "checklist_lines": "checklist", "merge_checklist": "checklist",
    "review_items_for_note": "checklist", "unescape_md": "escaping", "resolve_date": "dates", "tense": "dates",
    # time zones
    "user_zone": "usertime", "local_zone": "usertime", "show_time": "usertime",
    "iana_for_windows": "timezones", "windows_for_iana": "timezones", "WINDOWS_TO_IANA": "timezones",
    # plugin commands
    "current_config": "commands", "shared_group": "commands",
}
# Namespaces: OAuth2 refresh-token helpers (``oauth.TokenStore``); what a cloud calendar shares
# (``cloudsync.BearerApi``, ``cloudsync.WindowCache``); a meeting tool's transcripts
# (``meetingtools.MeetingTool``); what a storage backend shares with the
# SQLite store (``storekit.normalise``); the private note in a calendar event (``event_notes.merge``)
_MODULES = {"cloudsync", "event_notes", "meetingtools", "oauth", "storekit"}

__all__ = [
    "Attendee", "Briefing", "Candidate", "ChecklistLine", "CloudCalendarPlugin", "Config", "ConfigError", "Contact", "Context", "Correction",
    "DateMatch",
    "HttpClient", "Limits", "Meeting", "MeetingNotes", "Memory", "NotesPending", "NotesPlugin", "NotesSettings", "ParseError", "Person",
    "PluginInfo", "Prompt", "RapportError", "ReviewHooks", "ReviewItem", "SQLiteStore", "SectionReader", "SinkPlugin", "Store", "StoreError",
    "Utterance", "WINDOWS_TO_IANA", "Window", "__version__", "bounded_request",
    "build_plugin_manager", "check_store", "checklist_lines", "clean_markup", "cloudsync", "current_config", "decode_text",
    "describe", "each_or_report", "endpoint", "event_notes", "find_markers", "hookimpl", "hookspec",
    "iana_for_windows", "limits_of", "local_zone", "make_private_dirs", "markdown_for_sink", "mask_text", "md_inline", "meetingtools", "merge_checklist",
    "oauth", "one_line", "read_bounded", "read_text_file", "redact", "resolve_date", "review_items_for_note", "say", "secret",
    "shared_group", "show_time", "source_failed", "source_id", "storekit", "tense", "unescape_md", "url_label", "user_zone", "windows_for_iana",
    "without_credentials", "write_private",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    elif name in _MODULES:
        value = import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # for type checkers and editors; at run time the names load on first use
    from . import cloudsync, event_notes, meetingtools, oauth, storekit
    from .briefing import Briefing, markdown_for_sink
    from .builtins.text_notes import read_text_file
    from .checklist import checklist_lines, merge_checklist, review_items_for_note
    from .cloud_plugin import CloudCalendarPlugin
    from .commands import current_config, shared_group
    from .config import Config, SectionReader, make_private_dirs, secret, write_private
    from .context import Context
    from .dates import DateMatch, resolve_date, tense
    from .errors import ConfigError, ParseError, RapportError, StoreError, describe, each_or_report
    from .escaping import md_inline, one_line, unescape_md
    from .http import HttpClient, endpoint, without_credentials
    from .limits import Limits, bounded_request, decode_text, limits_of, read_bounded
    from .markers import clean_markup, find_markers
    from .models import (
        Attendee,
        Candidate,
        ChecklistLine,
        Contact,
        Meeting,
        MeetingNotes,
        Memory,
        NotesPending,
        Person,
        Prompt,
        ReviewItem,
        Utterance,
        Window,
    )
    from .notes_plugin import NotesPlugin, NotesSettings, ReviewHooks
    from .plugins import PluginInfo, build_plugin_manager
    from .secrets import mask_text, redact, source_id, url_label
    from .sink_plugin import SinkPlugin
    from .store import SQLiteStore
    from .store_protocol import Store, check_store
    from .timezones import WINDOWS_TO_IANA, iana_for_windows, windows_for_iana
    from .usertime import local_zone, show_time, user_zone
