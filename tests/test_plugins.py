"""Plugin loading: built-ins, entry points, the hooks folder, broken plugins, allow and block lists."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rapport_plugins.config import Config
from rapport_plugins.models import Window
from rapport_plugins.plugins import BUILTIN_PLUGINS, build_plugin_manager

ROOT = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path, text: str = "", hooks_dir: Path | None = None) -> Config:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    config = Config.load(tmp_path)
    config.hooks_dir = hooks_dir
    return config


def test_builtins_are_registered_like_any_plugin(tmp_path: Path):
    pm = build_plugin_manager(_config(tmp_path))
    for name in BUILTIN_PLUGINS:
        assert pm.info[name].kind == "builtin"
        assert pm.get_plugin(name) is not None
    assert "rapport_storage" in pm.info["sqlite-store"].hooks
    assert pm.errors == []


def test_installed_integrations_load_from_the_entry_point_group(tmp_path: Path):
    pm = build_plugin_manager(_config(tmp_path))
    ics = pm.info["ics"]
    assert ics.kind == "entrypoint" and ics.distribution == "rapport-ics" and ics.version
    assert "rapport_calendar_events" in ics.hooks
    assert "rapport_meeting_notes" in pm.info["markdown"].hooks


def _fake_distribution(site: Path, name: str, module_source: str, entry: str | None = None) -> None:
    """A real installed distribution (dist-info + module) on sys.path, as pip would leave it; its
    entry point is named ``entry`` (default: the module's name)."""
    (site / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    info = site / f"{name}-0.3.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.3.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[rapport]\n{entry or name} = {name}\n", encoding="utf-8")


def test_a_broken_entry_point_is_reported_and_the_rest_work(tmp_path: Path, monkeypatch, capsys):
    site = tmp_path / "site"
    site.mkdir()
    _fake_distribution(site, "rapport_broken", "import does_not_exist_anywhere\n")
    _fake_distribution(site, "rapport_fine", """
        from rapport_plugins import hookimpl

        @hookimpl
        def rapport_contacts(config):
            return []
    """)
    monkeypatch.syspath_prepend(str(site))
    pm = build_plugin_manager(_config(tmp_path / "h"))
    err = capsys.readouterr().err
    assert "plugin 'rapport_broken' failed to load: ModuleNotFoundError" in err
    assert len([line for line in err.splitlines() if "rapport_broken" in line]) == 1
    assert pm.info["rapport_fine"].version == "0.3.0"
    assert "sqlite-store" in pm.info and "ics" in pm.info


def test_a_plugin_named_like_a_built_in_is_reported_not_silently_dropped(tmp_path: Path, monkeypatch, capsys):
    site = tmp_path / "site"
    site.mkdir()
    _fake_distribution(site, "rapport_myprompts", "from rapport_plugins import hookimpl\n", entry="prompts")
    monkeypatch.syspath_prepend(str(site))
    folder = tmp_path / "hooks"
    folder.mkdir()
    (folder / "terminal.py").write_text("", encoding="utf-8")
    pm = build_plugin_manager(_config(tmp_path / "h", hooks_dir=folder))
    err = capsys.readouterr().err
    assert "plugin 'prompts' (rapport_myprompts) not loaded: the built-in plugin 'prompts' has that name" in err
    assert f"local plugin {folder / 'terminal.py'} not loaded: the built-in plugin 'terminal' has that name" in err
    assert (pm.info["prompts"].kind, pm.info["terminal"].kind) == ("builtin", "builtin")


def test_two_distributions_claiming_one_plugin_name_are_reported(tmp_path: Path, monkeypatch, capsys):
    """Two installed distributions whose entry points share a name: the first loads, the second is named
    in a one-line message instead of vanishing; the same distribution found twice is not a conflict."""
    first, second = tmp_path / "site1", tmp_path / "site2"
    first.mkdir()
    second.mkdir()
    _fake_distribution(first, "rapport_fun_a", "from rapport_plugins import hookimpl\n", entry="fun")
    _fake_distribution(second, "rapport_fun_b", "from rapport_plugins import hookimpl\n", entry="fun")
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))
    monkeypatch.syspath_prepend(str(first))  # the same folder twice on sys.path
    pm = build_plugin_manager(_config(tmp_path / "h"))
    err = capsys.readouterr().err
    assert pm.info["fun"].distribution == "rapport_fun_a"
    lines = [line for line in err.splitlines() if "'fun'" in line]
    assert len(lines) == 1, err
    assert "from rapport_fun_b" in lines[0] and "rapport_fun_a already provides a plugin named 'fun'" in lines[0]


def test_hooks_folder_loads_single_file_plugins(tmp_path: Path, capsys):
    folder = tmp_path / "hooks"
    folder.mkdir()
    (folder / "calendar_one.py").write_text(textwrap.dedent("""
        from datetime import datetime, timezone
        from rapport_plugins import hookimpl
        from rapport_plugins.models import Meeting

        @hookimpl
        def rapport_calendar_events(window, config):
            start = datetime(2026, 4, 2, 10, tzinfo=timezone.utc)
            return [Meeting(uid="local-1", title="From a hook file", start=start, end=start)]
    """), encoding="utf-8")
    (folder / "syntax_error.py").write_text("def broken(:\n", encoding="utf-8")
    (folder / "raises.py").write_text(textwrap.dedent("""
        from rapport_plugins import hookimpl

        @hookimpl
        def rapport_calendar_events(window, config):
            raise RuntimeError("calendar server on fire")
    """), encoding="utf-8")
    pm = build_plugin_manager(_config(tmp_path, hooks_dir=folder))
    assert pm.info["calendar_one"].kind == "local"
    window = Window(*[__import__("datetime").datetime(2026, 4, d, tzinfo=__import__("datetime").timezone.utc) for d in (1, 3)])
    results = pm.call("rapport_calendar_events", window=window, config=_config(tmp_path))
    titles = [m.title for batch in results for m in batch]
    assert "From a hook file" in titles
    err = capsys.readouterr().err
    assert "local plugin 'syntax_error'" in err and "SyntaxError" in err
    assert "plugin 'raises' failed in rapport_calendar_events: RuntimeError: calendar server on fire" in err


def test_repository_hook_recipes_load(tmp_path: Path):
    pm = build_plugin_manager(_config(tmp_path, hooks_dir=ROOT / "hooks"))
    assert {"daily_note", "webhook_reminder", "agenda_section"} <= set(pm.info)
    assert pm.errors == []


def test_hooks_dir_from_env_and_config(tmp_path: Path, monkeypatch):
    folder = tmp_path / "recipes"
    folder.mkdir()
    (folder / "hello.py").write_text("", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOOKS_DIR", str(folder))
    assert "hello" in build_plugin_manager(_config(tmp_path)).info
    monkeypatch.delenv("RAPPORT_HOOKS_DIR")
    assert "hello" not in build_plugin_manager(_config(tmp_path)).info
    assert "hello" in build_plugin_manager(_config(tmp_path, '[plugins]\nhooks_dir = "recipes"\n')).info


@pytest.mark.parametrize("how", ["env", "config"])
def test_block_list(tmp_path: Path, monkeypatch, how: str):
    if how == "env":
        monkeypatch.setenv("RAPPORT_PLUGINS_BLOCK", "ics, rules-extractor")
        config = _config(tmp_path)
    else:
        config = _config(tmp_path, '[plugins]\nblock = ["ics", "rules-extractor"]\n')
    pm = build_plugin_manager(config)
    assert "ics" not in pm.info and "rules-extractor" not in pm.info
    assert "vcard" in pm.info and "prompts" in pm.info


def test_allow_list_keeps_only_named_plugins_and_the_store(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("RAPPORT_PLUGINS_ALLOW", "ics")
    pm = build_plugin_manager(_config(tmp_path))
    assert set(pm.info) == {"ics", "sqlite-store"}


def test_first_result_hook_skips_a_failing_plugin(tmp_path: Path, capsys):
    folder = tmp_path / "hooks"
    folder.mkdir()
    (folder / "bad_store.py").write_text(textwrap.dedent("""
        from rapport_plugins import hookimpl

        @hookimpl
        def rapport_storage(config):
            raise OSError("postgres unreachable")
    """), encoding="utf-8")
    config = _config(tmp_path, hooks_dir=folder)
    pm = build_plugin_manager(config)
    store = pm.call_first("rapport_storage", config=config)
    assert type(store).__name__ == "SQLiteStore"
    store.close()
    assert "plugin 'bad_store' failed in rapport_storage: OSError: postgres unreachable" in capsys.readouterr().err


def test_plugins_add_cli_commands(rapport, tmp_path: Path):
    folder = tmp_path / "cmds"
    folder.mkdir()
    (folder / "hello_cmd.py").write_text(textwrap.dedent("""
        import click
        from rapport_plugins import hookimpl

        @hookimpl
        def rapport_register_commands(cli):
            @cli.command()
            @click.argument("name")
            def hello(name):
                \"\"\"Say hello from a plugin.\"\"\"
                click.echo(f"hello {name}")
    """), encoding="utf-8")
    from rapport_plugins.cli import cli

    cli._plugins_loaded = False  # a fresh CLI process would load them again
    try:
        result = rapport("--hooks-dir", str(folder), "hello", "Anna")
        assert result.stdout == "hello Anna\n"
    finally:
        cli.commands.pop("hello", None)
        cli._plugins_loaded = False
