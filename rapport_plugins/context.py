"""The :class:`Context` every engine takes: configuration, plugin manager, store and clock.

Engines (capture, briefing, calendar, sync, delivery) receive one instead of reaching for the
command line, so a test, a scheduler or another program drives them exactly as ``rapport`` does.
Everything is built lazily on first use, so creating a Context costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from typing import Any

from .errors import ConfigError, StoreError


class Context:
    """What an engine needs, built lazily: ``config``, ``pm`` (plugin manager), ``store``, ``now()``.

    Give any of them to override: ``Context(config=cfg, clock=lambda: fixed)`` pins the time;
    ``Context(home=path)`` loads that home's config.toml; ``store=`` supplies a backend directly.
    """

    def __init__(self, home: str | None = None, hooks_dir: str | None = None, *, config: Any = None,
                 pm: Any = None, store: Any = None, clock: Callable[[], datetime] | None = None) -> None:
        self._home = home
        self._hooks_dir = hooks_dir
        self._store: Any = store
        self._clock = clock
        self._config: Any = config
        # The command line clears this for every command but `init`, `demo`, `config` and `import`: a missing
        # home there is a typo in --home or $RAPPORT_HOME, not a request for an empty one (`import` restores into a new home).
        self.home_may_be_missing = True
        # The command line sets this: building the plugin manager then writes the plugin index
        # (``plugin_index``) that lets `--help` and store-only commands skip importing plugins.
        self.index_plugins = False
        self._given_pm = pm
        if pm is not None:
            self.pm = pm

    @property
    def config(self) -> Any:
        from .config import Config

        if self._config is None:
            self._config = Config.load(self._home)
            if self._hooks_dir:
                self._config.hooks_dir = self._hooks_dir
        if not self.home_may_be_missing and not self._config.home.is_dir():
            raise ConfigError(f"rapport home {self._config.home} does not exist: check --home / $RAPPORT_HOME, "
                              "or create it with `rapport init`")
        return self._config

    def plugin_manager(self) -> Any:
        """A new plugin manager, config.toml not checked: for ``pm`` and for the commands that
        check or write config.toml themselves (``rapport config``, ``rapport init``); the one given, if any."""
        from .plugins import build_plugin_manager

        return self._given_pm if self._given_pm is not None else build_plugin_manager(self.config)

    @cached_property
    def pm(self) -> Any:
        """The plugin manager; config.toml is checked against what the plugins declare (a wrong
        value stops here, an unknown name is a warning on stderr)."""
        import sys

        from .config_check import check_config

        pm = self.plugin_manager()
        for warning in check_config(self.config, pm):
            print(f"rapport: warning: {warning}", file=sys.stderr)
        if self.index_plugins:
            from .plugin_index import remember

            remember(pm, self.config, self._hooks_dir)
        return pm

    @property
    def store(self) -> Any:
        """The backend the first ``rapport_storage`` plugin returns, checked against :class:`Store`."""
        if self._store is None:
            from .store_protocol import check_store

            if "pm" not in self.__dict__ and self._builtin_store_only():
                from .builtins.sqlite_storage import rapport_storage

                self._store = rapport_storage(self.config)  # what the plugin manager would answer
                return self._store
            failed = len(self.pm.errors)
            store, plugin = self.pm.call_first_named("rapport_storage", config=self.config)
            if store is None:
                raise StoreError("no storage plugin is enabled (is 'sqlite-store' blocked?)")
            self._store = check_store(store, f"storage plugin {plugin!r}")
            if self.index_plugins and len(self.pm.errors) == failed:  # a plugin that failed is asked again
                from .plugin_index import note_answer

                note_answer(self.config.home, self._hooks_dir, plugin)
        return self._store

    def _builtin_store_only(self) -> bool:
        """True when the plugin index (still valid) says only the built-in SQLite store answers
        ``rapport_storage``: then the store is opened without importing every plugin."""
        if not self.index_plugins:
            return False
        from .plugin_index import builtin_store_answers, load

        return builtin_store_answers(load(self.config.home, self._hooks_dir))

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
        """The current time in the user's zone: the Context's own clock, else ``RAPPORT_NOW``, else the system's."""
        if self._clock is not None:
            return self._clock().astimezone(self.zone)
        from .clock import system_now

        return system_now(self.zone)

    def today(self) -> date:
        return self.now().date()
