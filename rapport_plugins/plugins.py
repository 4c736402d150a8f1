"""The one PluginManager: built-ins, installed entry points (group ``rapport``) and local hook files.

Built-in plugins are registered exactly like third-party ones, so the hook API is the only way
the core talks to calendars, notes tools, sinks, extractors and storage. A plugin that fails to
import, or raises inside a hook, is reported by name in one line and the others keep working.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from . import hookspecs

PROJECT = "rapport"

# name -> module; registered in this order, like any other plugin.
BUILTIN_PLUGINS: dict[str, str] = {
    "sqlite-store": "rapport_plugins.builtins.sqlite_storage",
    "terminal": "rapport_plugins.builtins.terminal",
    "text-notes": "rapport_plugins.builtins.text_notes",
    "rules-extractor": "rapport_plugins.builtins.rules_extractor",
    "date-rules": "rapport_plugins.builtins.date_rules",
    "name-variants": "rapport_plugins.builtins.name_variants",
    "prompts": "rapport_plugins.builtins.prompt_generator",
}
SLOW_MS = 1000.0  # a hook call this slow is flagged in the trace
_clock = time.perf_counter  # the trace's timer (a test gives its own)
SOURCE_HOOKS = {"rapport_calendar_events", "rapport_contacts", "rapport_meeting_notes"}
ALWAYS_ALLOWED = {"sqlite-store"}  # an allow list never removes the embedded store (a block list can)


@dataclass
class PluginInfo:
    name: str
    kind: str  # builtin / entrypoint / local
    version: str | None = None
    distribution: str | None = None
    module: str | None = None
    path: str | None = None
    hooks: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "version": self.version,
            "distribution": self.distribution, "module": self.module, "path": self.path,
            "hooks": self.hooks,
        }


class RapportPluginManager(pluggy.PluginManager):
    """A pluggy PluginManager that remembers where each plugin came from and what went wrong."""

    def __init__(self) -> None:
        super().__init__(PROJECT)
        self.add_hookspecs(hookspecs)
        self.info: dict[str, PluginInfo] = {}
        self.errors: list[str] = []
        self.trace = os.environ.get("RAPPORT_TRACE_PLUGINS", "") not in ("", "0")

    def report(self, message: str, hook_name: str = "") -> None:
        """Record and print a one-line plugin problem on stderr (once per command). A source hook
        that fails (a calendar, contacts or notes source) is counted: `sync` and `run` exit 1."""
        from .problems import say, source_failed

        self.errors.append(message)
        (source_failed if hook_name in SOURCE_HOOKS else say)(message)

    def register_plugin(self, plugin: Any, info: PluginInfo) -> None:
        self.register(plugin, name=info.name)
        info.hooks = sorted(
            h.name for h in self.get_hookcallers(plugin) or [] if h.name.startswith("rapport_")
        )
        self.info[info.name] = info

    # Calling hooks one implementation at a time, so one broken plugin cannot stop the rest.
    def call_impl(self, impl: Any, hook_name: str, kwargs: dict[str, Any]) -> Any:
        """Call one implementation with the arguments it asks for; with ``RAPPORT_TRACE_PLUGINS=1``
        log the call, its plugin and how long it took on stderr (a slow plugin is named)."""
        args = {k: kwargs[k] for k in impl.argnames if k in kwargs}
        if not self.trace:
            return impl.function(**args)
        started = _clock()
        outcome = "raised"
        try:
            result = impl.function(**args)
            outcome = _describe_result(result)
            return result
        finally:
            ms = (_clock() - started) * 1000
            slow = "  SLOW" if ms >= SLOW_MS else ""
            print(f"rapport trace: {hook_name} {impl.plugin_name} {ms:.1f} ms -> {outcome}{slow}", file=sys.stderr)

    def call(self, hook_name: str, **kwargs: Any) -> list[Any]:
        """Call every implementation of ``hook_name``; return the non-None results in call order."""
        return [res for _, res in self.call_named(hook_name, **kwargs)]

    def call_named(self, hook_name: str, skip: Callable[[str], bool] | None = None,
                   **kwargs: Any) -> list[tuple[str, Any]]:
        """:meth:`call`, pairing each result with its plugin's name; plugins ``skip(name)`` is
        true for are not called (a meeting whose transcript that plugin already delivered)."""
        results = []
        for impl in reversed(getattr(self.hook, hook_name).get_hookimpls()):
            if skip is not None and skip(impl.plugin_name):
                continue
            try:
                res = self.call_impl(impl, hook_name, kwargs)
            except Exception as exc:  # noqa: BLE001 - reported by name, others go on
                self.report(f"plugin {impl.plugin_name!r} failed in {hook_name}: {_one_line(exc)}", hook_name)
                continue
            if res is not None:
                results.append((impl.plugin_name, res))
        return results

    def call_first(self, hook_name: str, **kwargs: Any) -> Any:
        """Call implementations until one returns a non-None result (firstresult semantics).

        A user-facing error (RapportError: a corrupt database, a malformed file) is the answer
        and propagates; any other exception is reported and the next implementation is tried.
        """
        return self.call_first_named(hook_name, **kwargs)[0]

    def call_first_named(self, hook_name: str, **kwargs: Any) -> tuple[Any, str | None]:
        """:meth:`call_first`, also naming the plugin that answered (``(None, None)`` if none did)."""
        from .errors import RapportError

        for impl in reversed(getattr(self.hook, hook_name).get_hookimpls()):
            try:
                res = self.call_impl(impl, hook_name, kwargs)
            except RapportError:
                raise
            except Exception as exc:  # noqa: BLE001
                self.report(f"plugin {impl.plugin_name!r} failed in {hook_name}: {_one_line(exc)}", hook_name)
                continue
            if res is not None:
                return res, impl.plugin_name
        return None, None


def _describe_result(result: Any) -> str:
    if result is None:
        return "None"
    try:
        return f"{len(result)} item(s)"
    except TypeError:
        return type(result).__name__


def _one_line(exc: BaseException) -> str:
    from .errors import RapportError

    text = " ".join(str(exc).split())
    if isinstance(exc, RapportError) and text:
        return text  # already written for the user: names the file and the place
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _split(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value]


def _allow_block(config: Any) -> tuple[set[str], set[str]]:
    section = config.section("plugins") if config is not None else {}
    allow = set(_split(os.environ.get("RAPPORT_PLUGINS_ALLOW"))) or set(_split(section.get("allow")))
    block = set(_split(os.environ.get("RAPPORT_PLUGINS_BLOCK"))) | set(_split(section.get("block")))
    return allow, block


def hooks_dir_for(config: Any) -> Path | None:
    """The local hooks folder: ``--hooks-dir``, then ``$RAPPORT_HOOKS_DIR``, then config ``[plugins] hooks_dir``."""
    if config is not None and getattr(config, "hooks_dir", None):
        return Path(config.hooks_dir)
    env = os.environ.get("RAPPORT_HOOKS_DIR")
    if env:
        return Path(env).expanduser()
    if config is not None:
        value = config.section("plugins").get("hooks_dir")
        if value:
            return config.path_of(value)
    return None


def build_plugin_manager(config: Any = None) -> RapportPluginManager:
    """Build a fresh PluginManager for ``config`` (allow/block lists, hooks folder)."""
    pm = RapportPluginManager()
    allow, block = _allow_block(config)

    def wanted(name: str) -> bool:
        if name in block:
            return False
        return not allow or name in allow or name in ALWAYS_ALLOWED

    from . import __version__

    for name, module_name in BUILTIN_PLUGINS.items():
        if not wanted(name):
            continue
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # noqa: BLE001
            pm.report(f"built-in plugin {name!r} failed to load: {_one_line(exc)}")
            continue
        pm.register_plugin(module, PluginInfo(name, "builtin", __version__, "rapport-plugins", module_name))

    _load_entry_points(pm, wanted)

    folder = hooks_dir_for(config)
    if folder is not None:
        _load_hooks_dir(pm, folder, wanted)
    return pm


def _load_entry_points(pm: RapportPluginManager, wanted: Any) -> None:
    from importlib.metadata import entry_points

    # name -> the distribution that provided it. The same distribution seen twice (a folder twice
    # on sys.path) is one plugin; two distributions claiming one name is a conflict the user must
    # hear about, or one of them is silently missing.
    seen: dict[str, str | None] = {}
    for ep in entry_points(group=PROJECT):
        if not wanted(ep.name):
            continue
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist else None
        if ep.name in seen:
            if seen[ep.name] != dist_name:
                pm.report(f"plugin {ep.name!r} ({ep.value}, from {dist_name or 'an unknown distribution'}) "
                          f"not loaded: {seen[ep.name] or 'another distribution'} already provides a plugin "
                          f"named {ep.name!r}; uninstall one of them or rename its entry point")
            continue
        seen[ep.name] = dist_name
        if ep.name in pm.info:  # a built-in's name: say so, or the user's plugin is silently missing
            pm.report(f"plugin {ep.name!r} ({ep.value}) not loaded: the built-in plugin {ep.name!r} has that "
                      "name; rename the entry point in its pyproject.toml")
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # noqa: BLE001
            pm.report(f"plugin {ep.name!r} failed to load: {_one_line(exc)}")
            continue
        info = PluginInfo(
            ep.name, "entrypoint",
            version=dist.version if dist else None,
            distribution=dist_name,
            module=ep.value,
        )
        try:
            pm.register_plugin(plugin, info)
        except Exception as exc:  # noqa: BLE001 - e.g. a hook with a misspelt argument
            pm.report(f"plugin {ep.name!r} failed to register: {_one_line(exc)}")


def _load_hooks_dir(pm: RapportPluginManager, folder: Path, wanted: Any) -> None:
    if not folder.is_dir():
        pm.report(f"hooks folder {folder} does not exist")
        return
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        if name.startswith("_") or not wanted(name):
            continue
        if name in pm.info:
            kind = {"builtin": "built-in", "entrypoint": "installed"}.get(pm.info[name].kind, pm.info[name].kind)
            pm.report(f"local plugin {path} not loaded: the {kind} plugin {name!r} has that name; rename the file")
            continue
        module_name = f"rapport_local_hooks.{name}"
        try:
            spec = importlib.util.spec_from_file_location(module_name, path)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            pm.register_plugin(module, PluginInfo(name, "local", None, None, module_name, str(path)))
        except Exception as exc:  # noqa: BLE001
            pm.report(f"local plugin {name!r} ({path}) failed to load: {_one_line(exc)}")
