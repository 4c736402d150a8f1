"""Local-first: when the CalDAV/CardDAV server cannot be reached, the copy cached on this machine is used."""

import os
from datetime import UTC, datetime

import pytest
from radicale_server import ADA, PASSWORD, USER, WEEKLY_1ON1, running_radicale

from rapport_caldav import fetch_calendar_objects, rapport_calendar_events
from rapport_carddav import rapport_contacts
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Window

NOV = Window(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def test_server_down_uses_cached_calendar_and_contacts(tmp_path, capsys):
    folder = tmp_path / "radicale"
    with running_radicale(folder) as radicale:
        cal = radicale.make_calendar("work", "Work")
        radicale.put_event(cal, "weekly.ics", WEEKLY_1ON1)
        book = radicale.make_addressbook("contacts")
        radicale.put_card(book, "ada.vcf", ADA)
        url = radicale.url + "/"
        auth = {"url": url, "username": USER, "password": PASSWORD, "timeout": 60}
        config = Config(tmp_path / "home", {"caldav": {**auth, "calendars": ["Work"]}, "carddav": auth})
        assert len(rapport_calendar_events(NOV, config)) == 5
        assert [c.name for c in rapport_contacts(config)] == ["Ada Lovelace"]
    capsys.readouterr()
    # The server is gone now.
    assert len(rapport_calendar_events(NOV, config)) == 5
    assert [c.name for c in rapport_contacts(config)] == ["Ada Lovelace"]
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"rapport: caldav: PROPFIND {url}: cannot connect (using the copy cached on this machine)",
        f"rapport: carddav: PROPFIND {url}: cannot connect (using the copy cached on this machine)",
    ]


def test_server_down_without_cache_is_an_error(tmp_path):
    with running_radicale(tmp_path / "radicale") as radicale:
        url = radicale.url + "/"
    config = Config(tmp_path / "home", {"caldav": {"url": url, "username": USER, "password": PASSWORD}})
    with pytest.raises(RapportError, match=r"^caldav: PROPFIND .*: cannot connect$"):
        rapport_calendar_events(NOV, config)


def test_unchanged_sync_does_not_rewrite_the_cache_and_deleted_calendars_leave_it(radicale, tmp_path):
    work = radicale.make_calendar("work", "Work")
    radicale.put_event(work, "weekly.ics", WEEKLY_1ON1)
    spare = radicale.make_calendar("spare", "Spare")
    config = Config(tmp_path / "home", {"caldav": {"url": radicale.url, "username": USER, "password": PASSWORD}})
    section = config.section("caldav")
    fetch_calendar_objects(config, section)
    cache = config.home / "cache" / "caldav.json"
    os.utime(cache, (1_000_000_000, 1_000_000_000))
    fetch_calendar_objects(config, section)
    assert cache.stat().st_mtime == 1_000_000_000  # nothing changed: not written again
    radicale.delete(spare)
    objects, stats = fetch_calendar_objects(config, section)
    assert list(stats) == [work]
    assert spare not in cache.read_text() and work in cache.read_text()
    assert cache.stat().st_mtime != 1_000_000_000
