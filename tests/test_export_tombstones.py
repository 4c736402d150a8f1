"""Forgotten people stay forgotten across `rapport export` / `import`: the export carries their
tombstones (a salt and hashes, never their data) and an import adds them to the home's own, so a
restore into a new home does not bring them back on the next sync. Both export versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

VCF = ("BEGIN:VCARD\nVERSION:3.0\nUID:c-mei\nFN:Mei Chen\nEMAIL:mei@example.org\nEND:VCARD\n"
       "BEGIN:VCARD\nVERSION:3.0\nUID:c-ben\nFN:Ben Okafor\nEMAIL:ben@example.org\nEND:VCARD\n"
       "BEGIN:VCARD\nVERSION:3.0\nUID:c-ada\nFN:Ada Obi\nEMAIL:ada@example.org\nEND:VCARD\n")


@pytest.fixture
def homes(rapport, home: Path, tmp_path: Path):
    """Home A synced its contacts and forgot Mei; home B, new, forgot Zed on its own (another salt)
    and reads the same contacts plus Zed's card."""
    (tmp_path / "people.vcf").write_text(VCF, encoding="utf-8")
    (tmp_path / "zed.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Zed Zero\nEMAIL:zed@example.org\nEND:VCARD\n",
                                      encoding="utf-8")
    other = tmp_path / "b"
    for where, files in ((home, ["people.vcf"]), (other, ["people.vcf", "zed.vcf"])):
        rapport("--home", str(where), "init", "--name", "Sam Lee", "--email", "sam@example.com")
        listed = ", ".join(f'"{tmp_path / f}"' for f in files)
        (where / "config.toml").write_text(f'[me]\nname = "Sam Lee"\n\n[vcard]\nfiles = [{listed}]\n', encoding="utf-8")
    rapport("sync")
    rapport("forget", "Mei Chen", "--yes")
    rapport("--home", str(other), "people", "add", "Zed Zero", "--email", "zed@example.org")
    rapport("--home", str(other), "forget", "Zed Zero", "--yes")
    return home, other


def _names(rapport, where: Path) -> list[str]:
    return [p["name"] for p in rapport.json("--home", str(where), "people")]


@pytest.mark.parametrize("version", [2, 1])
def test_a_restore_keeps_the_forgotten_forgotten(rapport, homes, tmp_path: Path, version: int):
    a, b = homes
    exported = tmp_path / "a.json"
    if version == 2:
        rapport("export", "-o", str(exported))
    else:  # the version 1 shape: one indented document, people with their memories nested
        from rapport_plugins.cli_common import App

        exported.write_text(json.dumps(App(home=str(a)).store.export(), indent=2), encoding="utf-8")
    text = exported.read_text(encoding="utf-8")
    assert '"tombstones"' in text
    assert "mei" not in text.lower() and "c-mei" not in text  # hashes only: nothing of who she was
    done = rapport("--home", str(b), "import", str(exported))
    assert done.stdout.rstrip().endswith("1 forgotten person stays forgotten (sync will not add them again).")
    synced = rapport.json("--home", str(b), "sync")
    assert synced["forgotten_skipped"] == 2  # Mei (from A's export) and Zed (B's own)
    assert _names(rapport, b) == ["Ada Obi", "Ben Okafor", "Sam Lee"]  # and one you, not two
    again = rapport.json("--home", str(b), "import", str(exported))
    assert again["forgotten"] == 0  # already there: counted once


def test_adding_them_by_hand_lifts_an_imported_tombstone(rapport, homes, tmp_path: Path):
    a, b = homes
    exported = tmp_path / "a.json"
    rapport("export", "-o", str(exported))
    rapport("--home", str(b), "import", str(exported))
    rapport("--home", str(b), "people", "add", "Mei Chen", "--email", "mei@example.org")
    synced = rapport.json("--home", str(b), "sync")
    assert synced["forgotten_skipped"] == 1  # Zed only: Mei is back, as the user asked
    assert "Mei Chen" in _names(rapport, b)


def test_an_export_into_an_empty_home_round_trips_its_tombstones(rapport, homes, tmp_path: Path):
    exported, fresh = tmp_path / "a.json", tmp_path / "fresh"
    rapport("export", "-o", str(exported))
    fresh.mkdir()
    rapport("--home", str(fresh), "import", str(exported))
    again = tmp_path / "again.json"
    rapport("--home", str(fresh), "export", "-o", str(again))
    state = [line for line in again.read_text().splitlines() if line.startswith('"tombstones"')]
    assert state == [line for line in exported.read_text().splitlines() if line.startswith('"tombstones"')]


@pytest.mark.parametrize("tombstones, place", [
    ('{"salt": "ab12ab12", "graves": [["Mei Chen"]]}', "state.tombstones.graves[0]: expected a list of SHA-256"),
    ('{"salt": "ab12ab12", "graves": [], "names": ["Mei Chen"]}', "state.tombstones.names: not part of a tombstone"),
    ('"Mei Chen"', "state.tombstones: expected an object"),
])
def test_a_tombstone_that_is_not_hashes_is_refused_and_nothing_is_stored(rapport, home: Path, tmp_path: Path,
                                                                        tombstones: str, place: str):
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    exported = tmp_path / "a.json"
    rapport("export", "-o", str(exported))
    lines = exported.read_text(encoding="utf-8").splitlines()
    at = lines.index('"state": {') + 1
    lines.insert(at, f'"tombstones": {tombstones}')
    bad = tmp_path / "bad.json"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    result = rapport("--home", str(fresh), "import", str(bad), code=1)
    assert result.stderr == f"Error: {bad}:{at + 1}: not a valid rapport export: {place}" + result.stderr.split(place)[1]
    assert result.stderr.count("\n") == 1
    assert rapport.json("--home", str(fresh), "people") == []


class _CountingStore:
    """A store's state, counting reads: each tombstone operation reads it once."""

    def __init__(self):
        self.state: dict = {}
        self.reads = 0

    def get_state(self, key):
        self.reads += 1
        return self.state.get(key)

    def set_state(self, key, value):
        self.state[key] = value


def test_each_tombstone_operation_reads_the_state_once():
    from types import SimpleNamespace

    from rapport_plugins.tombstones import Tombstones, absorb, bury, lift

    store = _CountingStore()
    bury(store, SimpleNamespace(emails=["mei@example.org"], card_uid="c-mei", name="Mei Chen"))
    assert store.reads == 1 and Tombstones(store).holds(["MEI@example.org"])
    store.reads = 0
    other = _CountingStore()
    bury(other, SimpleNamespace(emails=["zed@example.org"], card_uid=None, name="Zed Zero"))
    assert absorb(store, other.state["tombstones"]) == 1 and store.reads == 1
    store.reads = 0
    lift(store, ["mei@example.org"])
    assert store.reads == 1 and not Tombstones(store).holds(["mei@example.org"], "c-mei")
    assert Tombstones(store).holds(["zed@example.org"])
