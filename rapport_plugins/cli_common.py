"""Plumbing every `rapport` command shares: the App context, `--json`, and output.

Kept free of heavy imports: the store and plugins are built only when a command asks for them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

import click

from .errors import RapportError

MAX_ID = 2**63 - 1  # SQLite's INTEGER: ids past it name nothing
RECORD_ID = click.IntRange(1, MAX_ID)
MAX_DAYS = 3660  # ten years: the longest look-ahead or look-back any option accepts
YEARS = (1000, 8999)  # dates rapport accepts: far from datetime's edges, whatever is added to them


class App:
    """What a command needs, built lazily: configuration, plugin manager, store, clock."""

    def __init__(self, home: str | None = None, hooks_dir: str | None = None):
        self._home = home
        self._hooks_dir = hooks_dir
        self._store: Any = None

    @cached_property
    def config(self) -> Any:
        from .config import Config

        config = Config.load(self._home)
        if self._hooks_dir:
            config.hooks_dir = self._hooks_dir
        return config

    @cached_property
    def pm(self) -> Any:
        from .plugins import build_plugin_manager

        return build_plugin_manager(self.config)

    @property
    def store(self) -> Any:
        if self._store is None:
            store = self.pm.call_first("rapport_storage", config=self.config)
            if store is None:
                raise RapportError("no storage plugin is enabled (is 'sqlite-store' blocked?)")
            self._store = store
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    @cached_property
    def zone(self) -> Any:
        """The user's time zone (``[me] timezone``, else the machine's): every time is shown in it."""
        from .usertime import user_zone

        return user_zone(self.config)

    def now(self) -> datetime:
        """The current time in the user's zone; ``RAPPORT_NOW`` (ISO) pins it for tests and the demo."""
        pinned = os.environ.get("RAPPORT_NOW")
        if pinned:
            return parse_when(pinned, "RAPPORT_NOW", self.zone).astimezone(self.zone)
        return datetime.now(UTC).astimezone(self.zone)

    def today(self) -> date:
        return self.now().date()


pass_app = click.make_pass_decorator(App, ensure=True)


def json_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--json`` (parameter ``as_json``) to a command that prints data."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def to_jsonable(value: Any) -> Any:
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(dataclasses.asdict(value))
    if hasattr(value, "to_dict"):
        return to_jsonable(value.to_dict())
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def emit(data: Any, as_json: bool, text_fn: Callable[[Any], str | None] | None = None) -> None:
    """Print ``data`` as JSON, or as the text ``text_fn`` makes of it."""
    if as_json:
        click.echo(json.dumps(to_jsonable(data), indent=2, sort_keys=True, ensure_ascii=False))
        return
    text = text_fn(data) if text_fn else str(data)
    if text:
        click.echo(text)


def parse_when(value: str, what: str = "date", zone: Any = None) -> datetime:
    """Parse a user-given date or datetime into an aware datetime (in ``zone``, else the machine's
    zone, when it names none)."""
    from dateutil import parser

    try:
        dt = parser.isoparse(value)
    except (ValueError, OverflowError):
        try:
            dt = parser.parse(value)
        except (ValueError, OverflowError):
            raise RapportError(f"bad {what} {value!r}: use ISO 8601, e.g. 2026-04-02 or 2026-04-02T10:00") from None
    if not YEARS[0] <= dt.year <= YEARS[1]:
        raise RapportError(f"bad {what} {value!r}: rapport works with years {YEARS[0]} to {YEARS[1]}")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone) if zone is not None else dt.astimezone()
    return dt


def parse_date(value: str, what: str = "date") -> date:
    return parse_when(value, what).date()


def shared_group(cli: click.Group, name: str, help: str) -> click.Group:
    """A command group several plugins add to (``rapport auth google``, ``rapport auth microsoft``):
    the first plugin creates it, the others reuse it."""
    existing = cli.commands.get(name)
    if isinstance(existing, click.Group):
        return existing
    group = click.Group(name, help=help)
    cli.add_command(group)
    return group


def current_config() -> Any:
    """The configuration of the running ``rapport`` command, for plugin commands."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, App):
            return ctx.obj.config
        ctx = ctx.parent
    from .config import Config

    return Config.load()
