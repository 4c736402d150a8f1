"""Google's birthday events as a contacts source, only where no vCard gives the date.

`rapport sync` in a real process, with a vCard file and the Google fake listing the primary
calendar's birthday series (eventTypes=birthday, singleEvents=false).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import test_google_support as google
from test_google_calendar import SEED_REFRESH

from rapport_google.settings import load_settings
from rapport_google.tokens import TokenStore
from rapport_plugins.config import Config
from rapport_plugins.oauth import Tokens

RAPPORT = Path(sys.executable).with_name("rapport")
VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Grace Hopper
EMAIL;TYPE=INTERNET:grace@example.org
BDAY:1906-12-09
END:VCARD
"""


@pytest.fixture
def google_server():
    yield from google.serve()


@pytest.fixture
def home(tmp_path: Path, google_server) -> Path:
    google_server.load_fixture("birthdays.json")
    google_server.refresh_tokens.add(SEED_REFRESH)
    home = tmp_path / "home"
    google.write_config(home, google_server)
    with (home / "config.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[vcard]\nfiles = ["contacts.vcf"]\n')
    (home / "contacts.vcf").write_text(VCARD.replace("\n", "\r\n"), encoding="utf-8")
    TokenStore(load_settings(Config.load(home)).token_path).save(Tokens(refresh_token=SEED_REFRESH))
    run(home, "people", "add", "Linus T", "--email", "linus@example.org")
    run(home, "people", "add", "Vic Vendor", "--email", "vic@vendor.example")
    return home


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = os.environ | {"RAPPORT_HOME": str(home), "RAPPORT_NOW": "2026-04-01T09:00:00+00:00"}
    result = subprocess.run([str(RAPPORT), *args], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result


def dates(home: Path, who: str) -> list[str]:
    shown = json.loads(run(home, "people", "show", who, "--json").stdout)
    return sorted(m["text"] for m in shown["memories"] if m["recurrence"] == "yearly")


def test_birthdays_fill_in_only_what_no_vcard_gives(home, google_server):
    result = json.loads(run(home, "sync", "--json").stdout)
    assert dates(home, "Linus T") == ["Birthday: 5 April"]  # from Google, the year left unknown
    assert dates(home, "Grace Hopper") == ["Birthday: 9 December 1906"]  # the vCard's, and only it
    assert dates(home, "Vic Vendor") == ["Anniversary: 1 September"]  # "Vic Vendor's anniversary"
    people = {p["name"] for p in json.loads(run(home, "people", "--json").stdout)}
    assert "Noor Haddad" not in people and "Ada Lovelace" not in people  # never adds people; "self" is the user
    asked = [r["params"] for r in google_server.listings() if r["params"].get("eventTypes") == "birthday"]
    assert asked and asked[0]["singleEvents"] == "false"
    again = json.loads(run(home, "sync", "--json").stdout)
    assert again["dates_added"] == 0 and result["dates_added"] >= 3
    assert dates(home, "Linus T") == ["Birthday: 5 April"]


def test_birthdays_can_be_turned_off(home, google_server):
    with (home / "config.toml").open("r+", encoding="utf-8") as fh:
        text = fh.read().replace("[google]\n", "[google]\nbirthdays = false\n")
        fh.seek(0)
        fh.write(text)
    run(home, "sync")
    assert dates(home, "Linus T") == []
    assert not [r for r in google_server.listings() if r["params"].get("eventTypes") == "birthday"]
