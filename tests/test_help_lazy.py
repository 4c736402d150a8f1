"""`rapport --help` and store-only commands import no integration (the plugin index)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from rapport_plugins.cli import main
sys.argv = ["rapport", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.startswith("rapport_") and m.split(".")[0] != "rapport_plugins")
print("LOADED=" + ",".join(loaded), file=sys.stderr)
"""


def _rapport(home: Path, *args: str) -> tuple[str, list[str]]:
    env = {**os.environ, "RAPPORT_HOME": str(home)}
    for name in ("RAPPORT_HOOKS_DIR", "RAPPORT_PLUGINS_ALLOW", "RAPPORT_PLUGINS_BLOCK"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, check=True)
    line = [x for x in done.stderr.splitlines() if x.startswith("LOADED=")][-1]
    return done.stdout, [m for m in line.removeprefix("LOADED=").split(",") if m]


def test_help_remembers_plugin_commands_and_notices_changes(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[me]\nname = "Sam"\n', encoding="utf-8")
    out, loaded = _rapport(home, "--help")
    assert "auth" in out and "rapport_google" in loaded  # first time: the plugins are asked
    assert oct((home / ".plugin-index.json").stat().st_mode & 0o777) == "0o600"
    out, loaded = _rapport(home, "--help")
    assert loaded == [] and "  auth      Sign in to calendar and notes services." in out
    (home / "config.toml").write_text('[me]\nname = "Sam"\n\n[plugins]\nblock = ["google"]\n', encoding="utf-8")
    os.utime(home / "config.toml", ns=(1, 1))  # a changed config, whatever the clock's resolution
    out, loaded = _rapport(home, "--help")
    assert "rapport_microsoft" in loaded and "auth" in out  # asked again: microsoft still adds `auth`
    out, loaded = _rapport(home, "auth", "--help")
    assert "microsoft" in out and "google" not in out.split("Commands:")[-1]  # running it loads the plugins


def test_a_damaged_memory_of_commands_is_ignored(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("", encoding="utf-8")
    (home / ".plugin-index.json").write_text("{not json", encoding="utf-8")
    out, loaded = _rapport(home, "--help")
    assert "auth" in out and loaded
    out, loaded = _rapport(home, "--help")
    assert "auth" in out and loaded == []


def test_store_commands_skip_the_plugins_once_indexed(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    # The team store (rapport-postgres, when installed) also answers rapport_storage: blocked here.
    (home / "config.toml").write_text('[me]\nname = "Sam"\n\n[plugins]\nblock = ["postgres"]\n', encoding="utf-8")
    _rapport(home, "people", "add", "Anna Berg", "--email", "anna@example.org")  # builds the index
    out, loaded = _rapport(home, "people")
    assert "Anna Berg" in out and loaded == []
    out, loaded = _rapport(home, "search", "anna")
    assert "Anna Berg" in out and loaded == []
    hooks = home / "hooks"
    hooks.mkdir()
    (hooks / "other_store.py").write_text(
        "from rapport_plugins import hookimpl\n\n@hookimpl\ndef rapport_storage(config):\n    return None\n",
        encoding="utf-8")
    env_home = home
    out, loaded = _rapport(env_home, "--hooks-dir", str(hooks), "people")
    assert "Anna Berg" in out and loaded  # another storage plugin: the plugin manager decides again


def test_an_installed_team_store_without_its_section_does_not_slow_store_commands(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[me]\nname = "Sam"\n', encoding="utf-8")  # no [postgres] section
    _rapport(home, "people", "add", "Anna Berg", "--email", "anna@example.org")  # the plugins are asked once
    out, loaded = _rapport(home, "people")
    assert "Anna Berg" in out and loaded == []  # the built-in store answered last time: opened directly
    hooks = home / "hooks"
    hooks.mkdir()
    (hooks / "flaky_store.py").write_text(
        "from rapport_plugins import hookimpl\n\n@hookimpl\ndef rapport_storage(config):\n"
        "    raise ValueError('cannot reach the server')\n", encoding="utf-8")
    for _ in range(2):  # a storage plugin that failed is asked again every time, never skipped
        done = subprocess.run([sys.executable, "-c", PROBE, "--hooks-dir", str(hooks), "people"],
                              env={**os.environ, "RAPPORT_HOME": str(home)}, capture_output=True, text=True)
        assert "cannot reach the server" in done.stderr and "Anna Berg" in done.stdout
