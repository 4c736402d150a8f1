"""Secrets are never shown: `rapport config` (and --json), URL labels and stored sources."""

from __future__ import annotations

import json
import tomllib

import pytest

from rapport_plugins.secrets import mask_url, redact, source_id, url_label

HOSTILE_CONFIG = """
[ics]
calendars = [
  "https://alice:hunter2-pw@cal.example.org/dav/personal.ics",
  "https://calendar.google.com/calendar/ical/alice%40example.com/private-0a1b2c3d4e5f67890a1b2c3d4e5f6789/basic.ics",
  "https://cloud.example.org/remote.php/dav/public-calendars/Xy7Qp2Lm9Rt4Vb8N?export",
  "https://feeds.example.net/x.ics?token=tok-s3cr3t-value&lang=en",
  "webcal://bob@cal.example.org/y.ics",
]

[webhook]
url = "https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnopqrstuvwx"

[caldav]
url = "https://dav.example.org/"
username = "alice"
password = "dav-pass-123"
password_env = "DAV_PASSWORD"

[backup]
passphrase = "correct horse battery staple"
command = "sync --to https://u:cmdpw@backup.example.org/x?key=cmdkey"
"""
SECRETS = ["hunter2-pw", "0a1b2c3d4e5f67890a1b2c3d4e5f6789", "Xy7Qp2Lm9Rt4Vb8N", "tok-s3cr3t-value",
           "abcdefghijklmnopqrstuvwx", "T0001", "dav-pass-123", "correct horse", "cmdpw", "cmdkey", "bob@"]


@pytest.mark.parametrize("as_json", [False, True])
def test_rapport_config_shows_no_secret_from_any_url(rapport, as_json):
    rapport.config(HOSTILE_CONFIG)
    out = rapport("config", *(["--json"] if as_json else [])).stdout
    for secret in SECRETS:
        assert secret not in out, secret
    shown = json.loads(out)["config"] if as_json else tomllib.loads(out)  # text: TOML
    assert shown["ics"]["calendars"][0] == "https://alice:***@cal.example.org/dav/personal.ics"
    assert shown["ics"]["calendars"][3] == "https://feeds.example.net/x.ics?token=***&lang=***"
    assert shown["caldav"]["password_env"] == "DAV_PASSWORD"  # where a secret comes from is shown
    assert shown["caldav"]["username"] == "alice" and shown["webhook"]["url"].startswith("https://hooks.slack.com/")


@pytest.mark.parametrize("url, masked", [
    ("https://u:p@h.example/a?b=1#frag", "https://u:***@h.example/a?b=***#***"),
    ("https://tokenonly@h.example/a", "https://***@h.example/a"),
    ("https://h.example/plain/calendar.ics", "https://h.example/plain/calendar.ics"),
    ("https://h.example/a?export", "https://h.example/a?export"),
    ("https://[::1]:8443/x?token=t", "https://[::1]:8443/x?token=***"),
    ("https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
     "https://discord.com/api/webhooks/***/***"),
])
def test_mask_url(url, masked):
    assert mask_url(url) == masked


def test_labels_drop_user_info_and_sources_stay_apart():
    assert url_label("https://u:p@h.example/a.ics?token=t") == "https://h.example/a.ics?token=***"
    one, two = source_id("https://h.example/a.ics?token=one"), source_id("https://h.example/a.ics?token=two")
    assert one != two and "one" not in one and one.startswith("https://h.example/a.ics?token=*** [")
    assert source_id("https://h.example/a.ics") == "https://h.example/a.ics"


def test_redact_values_under_secret_keys_and_not_their_references():
    data = {"x": {"api_key": "k", "token_command": "pass show x", "keywords": ["a"], "nested": [{"secret": "s"}]}}
    assert redact(data) == {"x": {"api_key": "***", "token_command": "pass show x", "keywords": ["a"],
                                  "nested": [{"secret": "***"}]}}


def test_a_secret_command_reads_a_file_under_home_and_says_why_it_failed(tmp_path, monkeypatch):
    """`password_command = "cat ~/secrets/smtp"` runs without a shell: `~` is expanded as a shell
    would; a command that fails says what it printed on stderr, never what it printed on stdout."""
    from rapport_plugins import ConfigError
    from rapport_plugins.config import secret

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "smtp").write_text("hunter2\n", encoding="utf-8")
    assert secret({"password_command": "cat ~/secrets/smtp"}, "password", "[email]") == "hunter2"
    with pytest.raises(ConfigError) as caught:
        secret({"password_command": "cat ~/secrets/missing"}, "password", "[email]")
    assert str(caught.value).startswith("[email] password_command 'cat' exited with 1: cat: ")
    assert "secrets/missing: No such file or directory" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        secret({"password_command": ["sh", "-c", "echo hunter2; exit 3"]}, "password", "[email]")
    assert str(caught.value) == "[email] password_command 'sh' exited with 3" and "hunter2" not in str(caught.value)
