"""Check config.toml against the sections plugins declare, and write the commented example.

Every plugin that reads a ``[section]`` declares it with the ``rapport_config_sections`` hook
(plain data: key -> kind), so the core can check any section without knowing the service behind
it. A misspelt section or key is a warning naming the file, the line and the nearest valid name;
a value of the wrong type is an error (a wrong value must never silently become a default, a
new database or "everything enabled").
"""

from __future__ import annotations

import difflib
import math
import re
import textwrap
from collections.abc import Iterable
from typing import Any

from .errors import ConfigError

SECRET = "secret"  # kind: the key itself, or <key>_env (a variable's name) / <key>_command

# The core's own sections (the engines read them; built-in plugins declare theirs by the hook).
CORE_SECTIONS: dict[str, dict[str, Any]] = {
    "me": {
        "about": "you: your own lines in notes and transcripts are never taken as facts about others",
        "keys": {"name": str, "aliases": list, "emails": list, "interests": list, "timezone": str},
    },
    "briefing": {
        "about": "what briefings show",
        "keys": {"upcoming_days": int, "stale_after_days": int,
                 "allow_personal_in_shared": bool, "allow_sensitive_in_shared": bool,
                 "rest_meetings": int, "rest_days": int, "quiet_per_week": int,
                 "quiet_series": (str, list), "quiet_calendars": (str, list), "brief_series": (str, list)},
    },
    "run": {
        "about": "when `rapport run` delivers: minutes before a meeting, minutes of grace after it starts",
        "keys": {"lead_minutes": int, "grace_minutes": int, "corrections": bool},
    },
    "plugins": {
        "about": "which plugins load",
        "keys": {"allow": list, "block": list, "hooks_dir": str},
    },
    "limits": {
        "about": "bounds on everything rapport reads",
        "keys": {"file_mb": float, "http_mb": float, "http_seconds": float, "expand_steps": float},
    },
}


def declared_sections(pm: Any) -> dict[str, dict[str, Any]]:
    """Every section the core and the loaded plugins declare: name -> {"keys", "example", "about", "plugin"}."""
    sections = {name: dict(spec, plugin="rapport-plugins") for name, spec in CORE_SECTIONS.items()}
    hook = getattr(pm.hook, "rapport_config_sections", None)
    for impl in reversed(hook.get_hookimpls() if hook else []):
        try:
            answer = impl.function()
        except Exception as exc:  # noqa: BLE001 - a broken declaration must not stop rapport
            pm.report(f"plugin {impl.plugin_name!r} failed in rapport_config_sections: {exc}")
            continue
        for name, spec in (answer or {}).items():
            if not isinstance(spec, dict):
                continue
            if name in sections:  # two plugins read one section (e.g. another storage backend): merge keys
                sections[name] = dict(sections[name], keys={**sections[name].get("keys", {}), **spec.get("keys", {})})
            else:
                sections[str(name)] = dict(spec, plugin=impl.plugin_name)
    return sections


def line_of(text: str, section: str, key: str | None = None) -> int | None:
    """The line (1-based) where ``[section]`` or its ``key`` is set in the TOML ``text``."""
    table = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            table = header.group(1).replace('"', "").replace(" ", "")
            if key is None and table == section:
                return number
            continue
        assign = re.match(r"^([A-Za-z0-9_.\-\"' ]+?)\s*=", line)
        if not assign:
            continue
        dotted = ".".join(p for p in (table, assign.group(1).replace('"', "").replace(" ", "")) if p)
        if key is None and (dotted.startswith(section + ".")):
            return number
        if key is not None and dotted == f"{section}.{key}":
            return number
    return None


def nearest(name: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.6)
    return found[0] if found else None


class Checker:
    """Collects problems of one config: ``errors`` (wrong values) and ``warnings`` (unknown names)."""

    def __init__(self, config: Any):
        self.config = config
        self.text = getattr(config, "text", "") or ""
        self.file = str(config.path) if getattr(config, "path", None) else "config.toml"
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def where(self, section: str, key: str | None = None) -> str:
        line = line_of(self.text, section, key)
        return f"{self.file}:{line}" if line else self.file

    def check(self, sections: dict[str, dict[str, Any]], plugin_names: set[str]) -> Checker:
        for name, value in self.config.data.items():
            spec = sections.get(name)
            if spec is None:
                if name in plugin_names:
                    continue  # a plugin's own section it does not declare (or it did not load): unknown to check
                guess = nearest(name, sections)
                hint = f" (did you mean [{guess}]?)" if guess else " (no installed plugin reads it)"
                self.warnings.append(f"{self.where(name)}: unknown section [{name}]{hint}")
                continue
            if not isinstance(value, dict):
                self.errors.append(f"{self.where(name)}: {name} must be a [{name}] section, not a value")
                continue
            self._check_keys(name, value, spec.get("keys") or {})
        self._check_plugin_names(plugin_names)
        return self

    def _check_keys(self, section: str, values: dict[str, Any], keys: dict[str, Any]) -> None:
        if "*" in keys:
            return
        allowed = dict(keys)
        for key, kind in keys.items():
            if kind == SECRET:
                allowed[key] = str
                allowed[f"{key}_env"] = str
                allowed[f"{key}_command"] = (str, list)
        for key, value in values.items():
            if key not in allowed:
                guess = nearest(key, allowed)
                hint = f" (did you mean {guess}?)" if guess else f" (valid keys: {', '.join(sorted(allowed))})"
                self.warnings.append(f"{self.where(section, key)}: [{section}] unknown key {key}{hint}")
                continue
            problem = kind_problem(value, allowed[key])
            if problem:
                self.errors.append(f"{self.where(section, key)}: [{section}] {key} {problem}, not {_show(value)}")

    def _check_plugin_names(self, installed: set[str]) -> None:
        plugins = self.config.data.get("plugins")
        if not isinstance(plugins, dict):
            return
        for key in ("allow", "block"):
            names = plugins.get(key)
            if not isinstance(names, list):
                continue
            for name in names:
                if isinstance(name, str) and name not in installed:
                    guess = nearest(name, installed)
                    hint = f" (did you mean {guess!r}?)" if guess else " (see `rapport plugins --all`)"
                    self.warnings.append(f"{self.where('plugins', key)}: [plugins] {key}: "
                                         f"no plugin named {name!r} is installed{hint}")


def kind_problem(value: Any, kind: Any) -> str | None:
    """Why ``value`` is not of ``kind`` (None when it is)."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if any(_is(value, k) for k in kinds):
        return None
    return "must be " + " or ".join(_KIND_TEXT.get(k, getattr(k, "__name__", str(k))) for k in kinds)


def _is(value: Any, kind: Any) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if kind is float:
        return (isinstance(value, int | float) and not isinstance(value, bool)
                and math.isfinite(value) and value >= 0)
    if kind is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is str or kind == SECRET:
        return isinstance(value, str)
    if kind is dict:
        return isinstance(value, dict)
    return True  # an unknown kind declares nothing to check


_KIND_TEXT = {
    str: "a string (in quotes)", bool: "true or false", int: "a whole number >= 0",
    float: "a number >= 0", list: 'a list of strings, e.g. ["a", "b"]', dict: "a table",
}


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 40 else f'"{value[:37]}..."'
    if isinstance(value, float) and not math.isfinite(value):
        return "inf" if value > 0 else "-inf" if value < 0 else "nan"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        from .config import _toml_value

        text = _toml_value(value)
        return text if len(text) <= 40 else text[:36] + "...]"
    return repr(value)


def installed_plugin_names(pm: Any, config: Any) -> set[str]:
    """Names of every plugin that could load: built-ins, entry points, local hook files."""
    from importlib.metadata import entry_points

    from .plugins import BUILTIN_PLUGINS, hooks_dir_for

    names = set(BUILTIN_PLUGINS) | {ep.name for ep in entry_points(group="rapport")} | set(pm.info)
    folder = hooks_dir_for(config)
    if folder is not None and folder.is_dir():
        names |= {p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")}
    return names


def checked(config: Any, pm: Any) -> Checker:
    """``config`` checked against what the core and the plugins ``pm`` loaded declare."""
    return Checker(config).check(declared_sections(pm), installed_plugin_names(pm, config))


def check_config(config: Any, pm: Any) -> list[str]:
    """Check ``config``: raise ConfigError on the first wrong value, return the warnings."""
    checker = checked(config, pm)
    if checker.errors:
        raise ConfigError(checker.errors[0])
    return checker.warnings


def example_config(pm: Any, me_name: str | None = None, emails: Iterable[str] = ()) -> str:
    """The config.toml ``rapport init`` writes: you, the core defaults, and a commented example
    section for every installed plugin that declares one."""
    emails = list(emails)
    lines = [
        "# rapport configuration. Each integration reads its own [section]; uncomment one to use it.",
        "# Every section and key: `rapport config --docs`. Check this file: `rapport config`.",
        "",
        "[me]",
        f"name = {_toml(me_name)}" if me_name else '# name = "Your Name"',
        f"emails = [{', '.join(_toml(e) for e in emails)}]" if emails else '# emails = ["you@example.com"]',
        '# interests = ["climbing", "jazz"]   # shared ground in briefings',
        '# timezone = "Europe/Berlin"   # times are shown in this zone (default: the machine\'s)',
        "",
        "[briefing]",
        "upcoming_days = 14      # how far ahead to look for birthdays and other dates",
        "stale_after_days = 365  # flag facts not confirmed for this long",
        "# allow_personal_in_shared = false   # shared sinks get light details only",
        "# allow_sensitive_in_shared = false",
        "# rest_meetings = 4     # an opener rests this many meetings with the person...",
        "# rest_days = 28        # ...and this many days, unless something new was learned",
        "# quiet_per_week = 3    # a series meeting this often (a stand-up) is briefed only when there is news",
        '# quiet_series = ["*stand-up*"]   # title patterns always quiet; brief_series = [...] never quiet',
        "",
        "[plugins]",
        "# allow = []   # if set, only these plugins load",
        "# block = []   # these plugins never load",
        '# hooks_dir = "hooks"',
    ]
    for name, spec in sorted(declared_sections(pm).items()):
        example = (spec.get("example") or "").strip("\n")
        if name in CORE_SECTIONS or not example:
            continue
        about = spec.get("about", "") + (f" ({spec['plugin']})" if spec["plugin"] != name else "")
        lines += ["", f"# [{name}]" + (f"   # {about}" if about else "")]
        lines += [f"# {line}".rstrip() for line in example.splitlines()]
    return "\n".join(lines) + "\n"


def docs_text(pm: Any) -> str:
    """``rapport config --docs``: every section and key the installed plugins read, as TOML."""
    out = [
        "# config.toml: where it is `rapport config path`; relative paths are taken from the",
        "# home folder and ~ is expanded. A secret key (token, password, client_secret) can also",
        "# be given as <key>_env (an environment variable's name) or <key>_command (a command",
        "# that prints it, e.g. \"pass show dav\"). Environment: RAPPORT_HOME, RAPPORT_HOOKS_DIR,",
        "# RAPPORT_PLUGINS_ALLOW / RAPPORT_PLUGINS_BLOCK (comma-separated).",
    ]
    for name, spec in sorted(declared_sections(pm).items()):
        about = f"  # {spec['about']}" if spec.get("about") else ""
        keys = ", ".join(f"{key} ({_kind_name(kind)})" for key, kind in (spec.get("keys") or {}).items())
        out += ["", f"[{name}]{about}"]
        out += textwrap.wrap(f"read by {spec['plugin']}; keys: {keys}", 98, initial_indent="# ",
                             subsequent_indent="#   ")
        example = (spec.get("example") or "").strip("\n")
        if example:
            out += example.splitlines()
    return "\n".join(out)


_KIND_NAME = {str: "text", bool: "true/false", int: "whole number", float: "number", list: "list",
              dict: "table", SECRET: "secret"}


def _kind_name(kind: Any) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_KIND_NAME.get(k, "any") for k in kinds)


def _toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
