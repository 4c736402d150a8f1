"""Done looks like: a meeting created on a real Radicale shows up in `rapport brief` with its
attendees matched to people from a CardDAV address book on the same server."""

import json

from click.testing import CliRunner
from radicale_server import ADA, ALAN, GRACE, PASSWORD, USER, WEEKLY_1ON1, single_event

from rapport_plugins.cli import cli


def write_config(home, url):
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(f"""
[me]
name = "Alice Example"
emails = ["alice@example.com"]

[caldav]
url = "{url}"
username = "{USER}"
password = "{PASSWORD}"

[carddav]
url = "{url}"
username = "{USER}"
password_env = "RAPPORT_TEST_CARDDAV_PW"
""")


def rapport(home, *args, code=0):
    env = {"RAPPORT_HOME": str(home), "RAPPORT_NOW": "2026-11-01T12:00:00+00:00",
           "RAPPORT_TEST_CARDDAV_PW": PASSWORD, "RAPPORT_PLUGINS_ALLOW": None, "RAPPORT_PLUGINS_BLOCK": None}
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def test_radicale_meeting_in_brief_with_carddav_people(radicale, tmp_path):
    calendar = radicale.make_calendar("work", "Work")
    radicale.put_event(calendar, "weekly.ics", WEEKLY_1ON1)
    book = radicale.make_addressbook("contacts", "Contacts")
    radicale.put_card(book, "ada.vcf", ADA)
    radicale.put_card(book, "alan.vcf", ALAN)
    home = tmp_path / "home"
    write_config(home, radicale.url + "/")

    synced = rapport(home, "sync", "--json")
    assert synced["errors"] == []
    assert synced["people_added"] == 2
    assert synced["new_faces"] == []  # every attendee is someone from the address book

    # The moved instance of the weekly 1:1 (Tue 10 Nov, 15:00 Berlin) with Ada and Alan.
    brief = rapport(home, "brief", "--at", "2026-11-10T12:00:00+00:00", "--json")
    assert brief["meeting"]["title"] == "1:1 Ada / Alice (moved)"
    assert brief["meeting"]["start"] == "2026-11-10T15:00:00+01:00"
    assert brief["meeting"]["source"] == f"caldav:{radicale.user_url}work/"
    people = {p["person"]["name"]: p for p in brief["people"]}
    assert sorted(people) == ["Ada Lovelace", "Alan Turing"]  # the user herself is not briefed on
    assert brief["new_faces"] == []
    assert people["Ada Lovelace"]["person"]["emails"] == ["ada@example.org"]
    ada_memories = {m["text"] for m in people["Ada Lovelace"]["memories"]}
    assert {"Birthday: 10 December", "Has a cat called Puff."} <= ada_memories

    # A meeting added later on the server appears after an incremental sync, matched to Grace.
    radicale.put_card(book, "grace.vcf", GRACE)
    radicale.put_event(calendar, "grace.ics", single_event(
        "grace-1", "20261104T160000Z", "20261104T170000Z", "Compiler chat",
        (("G. Hopper", "Grace@Navy.example"), ("Alice Example", "alice@example.com"))))
    assert rapport(home, "sync", "--json")["people_added"] == 1
    brief = rapport(home, "brief", "--at", "2026-11-04T15:00:00+00:00", "--json")
    assert brief["meeting"]["title"] == "Compiler chat"
    assert [p["person"]["name"] for p in brief["people"]] == ["Grace Hopper"]
    assert any(m["text"] == "Birthday: 9 December 1906" for m in brief["people"][0]["memories"])


def test_wrong_password_is_reported_by_sync_in_one_line(radicale, tmp_path):
    radicale.make_calendar("work", "Work")
    radicale.make_addressbook("contacts", "Contacts")
    home = tmp_path / "home"
    write_config(home, radicale.url + "/")
    config = home / "config.toml"
    config.write_text(config.read_text().replace(f'password = "{PASSWORD}"', 'password = "wrong-pw-4711"'))
    result = rapport(home, "sync", "--json", code=1)  # a source that cannot be read: cron must notice
    (error,) = result["errors"]  # the core words the plugin prefix; the plugin words the cause
    assert error.startswith("plugin 'caldav' failed in rapport_calendar_events: ")
    assert error.endswith(f"caldav: PROPFIND {radicale.url}/: HTTP 401 Unauthorized (check username and password)")
    assert "wrong-pw-4711" not in json.dumps(result)
