"""Core helpers every integration uses: private files, secrets, safe URLs, typed config reads."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rapport_plugins.config import write_private
from rapport_plugins.http import endpoint


def test_write_private_makes_0600_files_in_0700_folders(tmp_path: Path):
    target = tmp_path / "cache" / "tokens" / "google.json"
    write_private(target, '{"refresh_token": "x"}')
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(target.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(target.parent.parent).st_mode) == 0o700
    write_private(target, "{}")  # replaced atomically, no temporary file left behind
    assert target.read_text() == "{}" and sorted(p.name for p in target.parent.iterdir()) == ["google.json"]


def test_endpoint_hides_credentials_and_tokens():
    assert endpoint("https://alice:s3cr3t@dav.example.org/cal/?sync=tok#x") == "https://dav.example.org/cal/"
    assert endpoint("http://u:p@[::1]:8080/feed.ics") == "http://[::1]:8080/feed.ics"
    assert endpoint("https://graph.microsoft.com/v1.0/me/calendarView?$deltatoken=abc") == (
        "https://graph.microsoft.com/v1.0/me/calendarView")


def test_write_private_leaves_an_unchanged_file_alone(tmp_path: Path):
    target = tmp_path / "state.json"
    write_private(target, "same")
    os.utime(target, (1_000_000, 1_000_000))
    target.chmod(0o644)
    write_private(target, "same")
    assert os.stat(target).st_mtime == 1_000_000  # not rewritten
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600  # but still private
    write_private(target, "changed")
    assert target.read_text() == "changed" and os.stat(target).st_mtime != 1_000_000


def test_secrets_come_from_the_value_an_environment_variable_or_a_command(monkeypatch):
    import sys

    import pytest

    from rapport_plugins.config import secret
    from rapport_plugins.errors import ConfigError

    assert secret({"token": "abc"}, "token", "[x]") == "abc"
    monkeypatch.setenv("RAPPORT_TEST_TOKEN", "from-env")
    assert secret({"token_env": "RAPPORT_TEST_TOKEN"}, "token", "[x]") == "from-env"
    command = [sys.executable, "-c", "print('from-command')"]
    assert secret({"password_command": command}, "password", "[x]") == "from-command"
    assert secret({}, "token", "[x]") is None
    monkeypatch.delenv("RAPPORT_TEST_TOKEN")
    with pytest.raises(ConfigError, match=r"\[x\] token_env: environment variable RAPPORT_TEST_TOKEN is not set"):
        secret({"token_env": "RAPPORT_TEST_TOKEN"}, "token", "[x]")
    with pytest.raises(ConfigError, match="exited with 3") as failed:
        secret({"token_command": [sys.executable, "-c", "print('s3cr3t'); raise SystemExit(3)"]}, "token", "[x]")
    assert "s3cr3t" not in str(failed.value)


def test_section_reader_names_the_file_section_and_key(tmp_path: Path):
    import pytest

    from rapport_plugins.config import Config, SectionReader
    from rapport_plugins.errors import ConfigError

    (tmp_path / "config.toml").write_text('[google]\ntimeout = "soon"\nsync = "yes"\nscope = " x "\n', encoding="utf-8")
    read = SectionReader(Config.load(tmp_path), "google")
    assert read.text("scope") == "x" and read.number("max_retries", 3, int) == 3
    with pytest.raises(ConfigError, match=r"config.toml: \[google\] timeout must be a non-negative number"):
        read.number("timeout", 30.0)
    with pytest.raises(ConfigError, match=r"\[google\] sync must be true or false"):
        read.flag("sync", True)


def test_section_reader_of_and_its_typed_reads(tmp_path: Path, monkeypatch):
    import pytest

    from rapport_plugins import SectionReader
    from rapport_plugins.config import Config
    from rapport_plugins.errors import ConfigError

    (tmp_path / "config.toml").write_text(
        '[mycal]\nurl = " https://x.example "\ncalendars = "work"\nmode = "Fast"\nstate = "cache/x"\n'
        'books = ["a", 3]\n[empty]\n[vault]\nshared = true\n', encoding="utf-8")
    config = Config.load(tmp_path)
    assert SectionReader.of(config, "absent") is None and SectionReader.of(None, "mycal") is None
    assert SectionReader.of(config, "vault", needs="path") is None  # the one setting that turns it on
    empty = SectionReader.of(config, "empty")  # an empty [empty] is configured: what it lacks is an error
    with pytest.raises(ConfigError, match=r"config.toml: \[empty\] url is missing \(your server's address\)"):
        empty.required("url", "your server's address")
    with pytest.raises(ConfigError, match=r"\[empty\] needs token or token_env \(see the README\)"):
        empty.secret("token", missing="see the README")
    monkeypatch.setenv("MYCAL_TOKEN", "s3cr3t")
    read = SectionReader(config, "mycal")
    read.section["token_env"] = "MYCAL_TOKEN"
    assert read.required("url", "-") == "https://x.example" and read.secret("token") == "s3cr3t"
    assert read.strings("calendars") == ["work"] and read.strings("absent", ["primary"]) == ["primary"]
    assert read.choice("mode", "slow", ("slow", "fast")) == "fast" and read.path("state") == tmp_path / "cache/x"
    assert read.number("limit", 500, int, most=100) == 100 and "url" in read and "nope" not in read
    with pytest.raises(ConfigError, match=r"\[mycal\] books must be a string or a list of strings"):
        read.strings("books")
    with pytest.raises(ConfigError, match=r"\[mycal\] mode must be one of slow, medium, not 'fast'"):
        read.choice("mode", "slow", ("slow", "medium"))
