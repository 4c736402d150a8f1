"""What the installed plugins offer, remembered so a command need not import them all to know.

Loading every installed integration costs more than the rest of start-up together, yet
``rapport --help`` only needs the names of plugin commands, and ``rapport people`` only needs to
know that nothing but the built-in SQLite store answers ``rapport_storage`` (no other plugin
implements it, or those that do declined the last time, as the team store does without its
``[postgres]`` section). All are kept in
the home folder (``.plugin-index.json``, 0600) with what they depend on: the modification times of the
site-packages folders (installing or removing a plugin changes them), of config.toml
(allow/block lists, hooks folder), of the hooks folder and its files, and the plugin environment
variables. When any of them changed, plugins are loaded as before and the file is rewritten.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

FILE = ".plugin-index.json"
ENV = ("RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK", "RAPPORT_HOOKS_DIR")


def _mtime(path: str | Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _hooks_stamp(folder: str | None) -> list[Any]:
    if not folder:
        return []
    try:
        files = sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(folder) if e.name.endswith(".py"))
    except OSError:
        return [folder, None]
    return [folder, _mtime(folder), files]


def _key(home: Path, hooks_dir: str | None, hooks_option: str | None) -> dict[str, Any]:
    return {
        "python": sys.version,
        "paths": [[p, _mtime(p)] for p in sys.path if p.endswith(("site-packages", "dist-packages"))],
        "config": _mtime(home / "config.toml"),
        "env": [os.environ.get(name) for name in ENV],
        "option": hooks_option,
        "hooks": _hooks_stamp(hooks_dir),
    }


def home_of(home_option: str | None) -> Path:
    from .config import home_dir

    return Path(home_option).expanduser() if home_option else home_dir()


def load(home: Path, hooks_option: str | None) -> dict[str, Any] | None:
    """The index if still valid, else None (then load the plugins): ``commands`` ({name: short
    help} of plugin commands) and ``storage`` (the plugins implementing ``rapport_storage``)."""
    try:
        saved = json.loads((home / FILE).read_text(encoding="utf-8"))
        if saved["key"] != _key(home, saved["hooks_dir"], hooks_option):
            return None
        answered = saved.get("answered")
        return {"commands": {str(k): str(v) for k, v in saved["commands"].items()},
                "storage": [str(n) for n in saved["storage"]],
                "answered": str(answered) if answered is not None else None}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def builtin_store_answers(index: dict[str, Any] | None) -> bool:
    """True when the built-in SQLite store is what ``rapport_storage`` gives under this index:
    no other plugin implements it, or the others all declined the last time they were asked
    (the team store without its ``[postgres]`` section) and nothing they decide by has changed."""
    return index is not None and (index["storage"] == ["sqlite-store"] or index["answered"] == "sqlite-store")


def note_answer(home: Path, hooks_option: str | None, plugin: str | None) -> None:
    """Remember which plugin answered ``rapport_storage`` (when the index is still valid)."""
    try:
        saved = json.loads((home / FILE).read_text(encoding="utf-8"))
        if saved.get("answered") == plugin or saved["key"] != _key(home, saved["hooks_dir"], hooks_option):
            return
        saved["answered"] = plugin
        from .config import write_private

        write_private(home / FILE, json.dumps(saved, indent=1, sort_keys=True) + "\n")
    except Exception:  # noqa: BLE001 - a cache that cannot be read or written is only slower
        pass


def save(home: Path, hooks_dir: str | None, hooks_option: str | None, commands: dict[str, str],
         storage: list[str]) -> None:
    """Remember what the plugins offer; silently skipped where the home is missing or read-only."""
    if not home.is_dir():
        return
    key = _key(home, hooks_dir, hooks_option)
    previous = load(home, hooks_option)  # still valid: what answered rapport_storage still holds
    data = {"key": key, "hooks_dir": hooks_dir, "commands": commands, "storage": storage,
            "answered": previous["answered"] if previous and previous["storage"] == storage else None}
    try:
        from .config import write_private

        write_private(home / FILE, json.dumps(data, indent=1, sort_keys=True) + "\n")
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
        pass


def remember(pm: Any, config: Any, hooks_option: str | None) -> None:
    """Write the index of a freshly built plugin manager (its commands gathered on a scratch group)."""
    import click

    from .plugins import hooks_dir_for

    scratch = click.Group("rapport")
    pm.call("rapport_register_commands", cli=scratch)
    commands = {name: cmd.get_short_help_str(80) for name, cmd in scratch.commands.items() if not cmd.hidden}
    storage = sorted(name for name, info in pm.info.items() if "rapport_storage" in info.hooks)
    hooks = hooks_dir_for(config)
    save(config.home, str(hooks) if hooks else None, hooks_option, commands, storage)
