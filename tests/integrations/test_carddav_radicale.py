"""rapport-carddav against a real Radicale: address books, birthdays, incremental sync, bad cards."""

import stat

import pytest
from radicale_server import ADA, ALAN, GRACE, PASSWORD, USER

from rapport_carddav import fetch_cards, rapport_contacts
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.plugins import build_plugin_manager


def config_for(tmp_path, url, **extra):
    return Config(tmp_path / "home", {"carddav": {"url": url, "username": USER, "password": PASSWORD, **extra}})


@pytest.fixture
def book(radicale):
    url = radicale.make_addressbook("contacts", "Contacts")
    radicale.put_card(url, "ada.vcf", ADA)
    radicale.put_card(url, "alan.vcf", ALAN)
    radicale.make_calendar("work")  # not an address book: discovery must skip it
    return radicale, url


def test_not_configured_returns_none(tmp_path):
    assert rapport_contacts(Config(tmp_path, {})) is None


@pytest.mark.parametrize("sync", [True, False])
def test_contacts_with_birthdays_from_the_server_root(book, tmp_path, sync):
    radicale, url = book
    contacts = sorted(rapport_contacts(config_for(tmp_path, radicale.url, sync=sync)), key=lambda c: c.name)
    ada, alan = contacts
    assert (ada.name, ada.emails, ada.aliases, ada.uid) == ("Ada Lovelace", ["ada@example.org"], ["Countess"], "ada-0001")
    assert ada.dates == [
        {"kind": "birthday", "month": 12, "day": 10, "year": None},
        {"kind": "anniversary", "month": 7, "day": 8, "year": 2015},
    ]
    assert ada.note == "Has a cat called Puff."
    assert ada.source == f"carddav:{url}ada.vcf"
    assert (alan.org, alan.dates) == ("Bletchley Park", [{"kind": "birthday", "month": 6, "day": 23, "year": None}])
    assert (tmp_path / "home" / "cache" / "carddav.json").exists() is sync


def test_incremental_sync_after_put_and_delete(book, tmp_path):
    radicale, url = book
    config = config_for(tmp_path, url)
    cards, stats = fetch_cards(config, config.section("carddav"))
    assert (stats[url].mode, stats[url].fetched) == ("full", 2)
    cache = tmp_path / "home" / "cache" / "carddav.json"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    radicale.put_card(url, "grace.vcf", GRACE)
    radicale.delete(f"{url}alan.vcf")
    cards, stats = fetch_cards(config, config.section("carddav"))
    assert (stats[url].mode, stats[url].fetched, stats[url].removed, stats[url].unchanged) == ("incremental", 1, 1, 0)
    assert sorted(c.name for c in rapport_contacts(config)) == ["Ada Lovelace", "Grace Hopper"]
    grace = next(c for c in rapport_contacts(config) if c.uid == "grace-0003")
    assert grace.dates == [{"kind": "birthday", "month": 12, "day": 9, "year": 1906}]


def test_malformed_card_is_reported_with_line_and_others_load(book, tmp_path, capsys):
    radicale, url = book
    config = config_for(tmp_path, url)
    fetch_cards(config, config.section("carddav"))
    # A card another app wrote that Radicale stored but whose BDAY is not a date.
    radicale.put_card(url, "odd.vcf", "BEGIN:VCARD\nVERSION:3.0\nUID:odd-1\nFN:Odd One\nBDAY:sometime\nEND:VCARD\n")
    contacts = rapport_contacts(config)
    assert sorted(c.name for c in contacts) == ["Ada Lovelace", "Alan Turing"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"rapport: carddav: {url}odd.vcf:")
    assert "BDAY is not a date: 'sometime'" in err[0]


def test_addressbook_selection_and_wrong_password(book, tmp_path):
    radicale, url = book
    other = radicale.make_addressbook("colleagues", "Colleagues")
    radicale.put_card(other, "grace.vcf", GRACE)
    picked = rapport_contacts(config_for(tmp_path, radicale.url, addressbooks=["Colleagues"]))
    assert [c.name for c in picked] == ["Grace Hopper"]
    everything = rapport_contacts(config_for(tmp_path / "all", radicale.url))
    assert sorted(c.name for c in everything) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    bad = Config(tmp_path / "bad", {"carddav": {"url": url, "username": USER, "password": "nope-pw-987"}})
    with pytest.raises(RapportError) as err:
        rapport_contacts(bad)
    assert str(err.value) == f"carddav: PROPFIND {url}: HTTP 401 Unauthorized (check username and password)"
    assert "nope-pw-987" not in str(err.value)


def test_registered_by_entry_point(book, tmp_path, monkeypatch):
    radicale, url = book
    monkeypatch.delenv("RAPPORT_PLUGINS_ALLOW", raising=False)
    monkeypatch.delenv("RAPPORT_PLUGINS_BLOCK", raising=False)
    config = config_for(tmp_path, url)
    pm = build_plugin_manager(config)
    assert "carddav" in pm.info
    assert sorted(c.name for batch in pm.call("rapport_contacts", config=config) for c in batch) == [
        "Ada Lovelace", "Alan Turing"]
