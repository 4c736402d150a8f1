"""Configuration guides: init writes what was given, `rapport config` shows TOML and checks it,
and every misspelt name or wrong value is one line naming the file, the line and the fix."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from rapport_plugins.config import Config, toml_text
from rapport_plugins.config_check import Checker, declared_sections, line_of
from rapport_plugins.plugins import build_plugin_manager


def test_init_writes_name_and_email_and_an_example_for_every_integration(rapport, home: Path):
    rapport("init", "--name", "Sam Lee", "--email", "sam@example.com")
    text = (home / "config.toml").read_text()
    data = tomllib.loads(text)
    assert data["me"] == {"name": "Sam Lee", "emails": ["sam@example.com"]}
    assert "rapport config --docs" in text
    sections = declared_sections(build_plugin_manager(Config.load(home)))
    for name in ("ics", "caldav", "vcard", "markdown", "notion", "google"):
        assert sections[name]["example"] and f"\n# [{name}]" in text  # commented: nothing turned on
    assert set(data) == {"me", "briefing", "plugins"}
    shown = rapport.json("config")["config"]
    assert shown["me"]["name"] == "Sam Lee"


def test_config_prints_toml_with_secrets_masked_and_json_on_request(rapport, home: Path):
    rapport.config('[me]\nname = "Sam"\n\n[joplin]\ntoken = "s3cr3t-t0ken"\nnotebook = "Work"\n')
    out = rapport("config").stdout
    assert out.startswith(f"# {home / 'config.toml'}\n")
    parsed = tomllib.loads(out)
    assert parsed["joplin"]["notebook"] == "Work" and "s3cr3t" not in out
    as_json = rapport.json("config")
    assert as_json["config"]["me"] == {"name": "Sam"} and "s3cr3t" not in json.dumps(as_json)


def test_config_docs_lists_every_section_without_a_home(rapport, tmp_path: Path):
    out = rapport("--home", str(tmp_path / "nowhere"), "config", "--docs").stdout
    for section in ("[me]", "[briefing]", "[plugins]", "[store]", "[ics]", "[vcard]", "[transcripts]"):
        assert section in out
    assert "calendars (text or list)" in out and "docs/" not in out
    assert not (tmp_path / "nowhere").exists()


def test_a_home_that_does_not_exist_is_an_error_except_for_init_and_demo(rapport, tmp_path: Path):
    typo = tmp_path / "rapprot"
    result = rapport("--home", str(typo), "people", code=1)
    assert f"rapport home {typo} does not exist" in result.stderr and result.stderr.count("\n") == 1
    assert not typo.exists()
    assert "rapport" in rapport("--home", str(typo), "--help").stdout
    assert "Active (no configuration needed)" in rapport("--home", str(typo), "plugins", "--all").stdout  # what is installed
    assert not typo.exists()
    rapport("--home", str(typo), "init")
    assert (typo / "config.toml").exists()
    rapport("--home", str(typo), "people")


@pytest.mark.parametrize("body, line, expected", [
    ("[store]\npath = 42\n", 2, "[store] path must be a string (in quotes), not 42"),
    ('[briefing]\nupcoming_days = "abc"\n', 2, '[briefing] upcoming_days must be a whole number >= 0, not "abc"'),
    ("[briefing]\nupcoming_days = -5\n", 2, "[briefing] upcoming_days must be a whole number >= 0, not -5"),
    ("[briefing]\nupcoming_days = inf\n", 2, "[briefing] upcoming_days must be a whole number >= 0, not inf"),
    ('[plugins]\nallow = "ics"\n', 2, "[plugins] allow must be a list of strings"),
    ('plugins.allow = "ics"\n', 1, "[plugins] allow must be a list of strings"),
    ('[markdown]\nvault = "v"\nshared = "false"\n', 3, '[markdown] shared must be true or false, not "false"'),
    ("[ics]\ntimeout = 1e400\n", 2, "[ics] timeout must be a number >= 0, not inf"),
])
def test_a_wrong_value_is_one_line_naming_file_and_line(rapport, home: Path, body, line, expected):
    path = rapport.config(body)
    result = rapport("people", code=1)
    assert result.stderr == f"Error: {path}:{line}: {expected}" + result.stderr.split(expected, 1)[1]
    assert result.stderr.count("\n") == 1
    assert not (home / "42").exists() and not (home / "rapport.db").exists()  # nothing opened


@pytest.mark.parametrize("body, expected", [
    ('[icss]\ncalendars = ["a.ics"]\n', ":1: unknown section [icss] (did you mean [ics]?)"),
    ('[ics]\ncalendar = ["a.ics"]\n', ":2: [ics] unknown key calendar (did you mean calendars?)"),
    ('[briefing]\nupcomming_days = 3\n', ":2: [briefing] unknown key upcomming_days (did you mean upcoming_days?)"),
    ('[plugins]\nallow = ["icss", "vcard"]\n',
     ":2: [plugins] allow: no plugin named 'icss' is installed (did you mean 'ics'?)"),
])
def test_a_misspelt_name_is_a_warning_with_the_nearest_valid_one(rapport, home: Path, body, expected):
    path = rapport.config(body)
    result = rapport("people")
    assert result.stderr == f"rapport: warning: {path}{expected}\n"
    config = rapport("config")
    assert f"warning: {path}{expected}" in config.stderr


def test_config_command_shows_the_config_and_exits_1_on_a_wrong_value(rapport, home: Path):
    path = rapport.config("[store]\npath = 42\n")
    result = rapport("config", code=1)
    assert "path = 42" in result.stdout
    assert f"rapport: error: {path}:2: [store] path must be a string" in result.stderr


def test_a_section_of_an_installed_but_blocked_plugin_is_not_unknown(rapport, home: Path):
    rapport.config('[plugins]\nblock = ["ics"]\n\n[ics]\ncalendars = ["a.ics"]\n')
    assert rapport("people").stderr == ""


def test_secret_keys_accept_env_and_command_forms(rapport, home: Path):
    rapport.config('[joplin]\ntoken_env = "JOPLIN_TOKEN"\ntoken_command = ["pass", "joplin"]\n')
    checker = Checker(Config.load(home)).check(declared_sections(build_plugin_manager(Config.load(home))), set())
    assert checker.errors == [] and checker.warnings == []


def test_the_hook_recipes_declare_their_sections(rapport, home: Path):
    recipes = Path(__file__).resolve().parent.parent / "hooks"
    rapport.config('[webhook]\nurl_env = "X"\ntimout = 3\n')
    result = rapport("--hooks-dir", str(recipes), "people")
    assert "[webhook] unknown key timout (did you mean timeout?)" in result.stderr


def test_line_of_finds_tables_dotted_keys_and_inline_headers():
    text = '# c\n[me]\nname = "x"\n\n[ics]  # cal\n  calendars = []\nplugins.allow = 1\n["quoted"]\nk = 1\n'
    assert line_of(text, "me") == 2 and line_of(text, "me", "name") == 3
    assert line_of(text, "ics", "calendars") == 6
    assert line_of(text, "ics.plugins", "allow") == 7
    assert line_of(text, "quoted", "k") == 9 and line_of(text, "nope") is None


def test_toml_text_round_trips():
    data = {"top": 1, "me": {"name": 'Sam "S" Lee', "emails": ["a@b"]}, "a": {"b": {"c": 1.5}, "x": [{"y": True}]}}
    assert tomllib.loads(toml_text(data)) == data


def test_a_plugin_declaring_a_section_extends_the_check(tmp_path: Path, home: Path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "mine.py").write_text(
        "from rapport_plugins import hookimpl\n\n@hookimpl\ndef rapport_config_sections():\n"
        "    return {'mine': {'keys': {'level': int}}, 'store': {'keys': {'dsn': 'secret'}}}\n")
    (home / "config.toml").write_text('[mine]\nlevel = "high"\n[store]\ndsn_env = "PG"\n')
    config = Config.load(home)
    config.hooks_dir = hooks
    pm = build_plugin_manager(config)
    checker = Checker(config).check(declared_sections(pm), set(pm.info))
    assert checker.errors == [f"{home / 'config.toml'}:2: [mine] level must be a whole number >= 0, not \"high\""]
    assert checker.warnings == []

