"""The vault index: people notes, links, the cache, and the bad input a real vault holds."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from rapport_markdown.vault import Vault

DATA = Path(__file__).resolve().parent.parent / "data" / "vault"


@pytest.fixture
def vault_dir(tmp_path):
    root = tmp_path / "vault"
    shutil.copytree(DATA, root)
    return root


def test_people_and_broken_front_matter(vault_dir, capsys):
    vault = Vault(vault_dir)
    people = {n.stem: n for n in vault.people_notes()}
    assert set(people) == {"Anna Example", "Bob Builder", "Carol Singer"}
    assert people["Anna Example"].front["emails"] == ["anna@example.com", "Anna.Example@Work.example"]
    assert people["Bob Builder"].front == {}  # broken: treated as having none
    err = capsys.readouterr().err
    assert f"{vault_dir / 'People' / 'Bob Builder.md'}:4:" in err and err.count("\n") == 1
    names = vault.person_names()
    assert names["annie"] == "Anna Example" and names["anna@example.com"] == "Anna Example"
    assert names["caz"] == "Carol Singer" and names["bob builder"] == "Bob Builder"


def test_wikilinks_resolve_by_file_name(vault_dir):
    (vault_dir / "Archive" / "Old").mkdir(parents=True)
    (vault_dir / "Archive" / "Old" / "Anna Example.md").write_text("older copy", encoding="utf-8")
    vault = Vault(vault_dir)
    assert vault.resolve_link("[[Anna Example]]") == "People/Anna Example.md"  # the shallowest path wins
    assert vault.resolve_link("[[Old/Anna Example|Anna]]") == "Archive/Old/Anna Example.md"
    assert vault.resolve_link("[[anna example#Family]]") == "People/Anna Example.md"
    assert vault.resolve_link("[[Bob Builder|Bob]]") == "People/Bob Builder.md"
    assert vault.resolve_link("Carol Singer.md") == "People/Carol Singer.md"
    assert vault.resolve_link("[[Nobody]]") is None


def test_find_meeting_note_by_uid_then_name(vault_dir):
    vault = Vault(vault_dir)
    assert vault.find_meeting_note("weekly-1-1@example.com", date(2026, 4, 2), "x") == "Meetings/2026-04-02 Weekly 1-1.md"
    assert vault.find_meeting_note("weekly-1-1@example.com", date(2026, 4, 9), "Weekly 1-1") is None  # another instance
    assert vault.find_meeting_note("other", date(2026, 4, 2), "weekly 1-1") == "Meetings/2026-04-02 Weekly 1-1.md"
    (vault_dir / "Meetings" / "2026-04-03 Q3 - plan-review.md").write_text("x", encoding="utf-8")
    vault.scan(force=True)
    assert vault.find_meeting_note("u", date(2026, 4, 3), "Q3: plan/review") == "Meetings/2026-04-03 Q3 - plan-review.md"


def test_binary_symlink_loop_and_unreadable_are_skipped(vault_dir, capsys):
    (vault_dir / "blob.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    os.symlink(vault_dir, vault_dir / "People" / "loop")
    os.symlink(vault_dir / "missing.md", vault_dir / "dangling.md")
    big = vault_dir / "big.md"
    big.write_text("---\ntitle: big\n---\n" + "word " * 2_000_000, encoding="utf-8")
    vault = Vault(vault_dir)
    notes = vault.scan()
    assert "blob.md" in notes and "binary" in notes["blob.md"].problem
    assert notes["big.md"].front == {"title": "big"}
    assert not any("loop" in rel for rel in notes)
    assert "dangling.md" not in notes
    err = capsys.readouterr().err
    assert "blob.md: binary file, not text note; skipped" in err and "dangling.md: skipped" in err


def test_rescan_uses_the_cache(vault_dir, tmp_path):
    cache = tmp_path / "home" / "cache" / "idx.json"
    vault = Vault(vault_dir, cache_path=cache)
    vault.scan()
    assert vault.stats["read"] == 5 and oct(cache.stat().st_mode)[-3:] == "600"
    assert oct(cache.parent.stat().st_mode)[-3:] == "700"
    again = Vault(vault_dir, cache_path=cache)  # a new process: the cache file is used
    again.scan()
    assert again.stats == {"read": 0, "cached": 5, "skipped": 0}
    assert again.person_names()["annie"] == "Anna Example"
    note = vault_dir / "People" / "Carol Singer.md"
    note.write_text(note.read_text(encoding="utf-8").replace("Caz", "Cazza"), encoding="utf-8")
    again.scan(force=True)
    assert again.stats["read"] == 1 and "cazza" in again.person_names()


def test_corrupt_cache_is_only_slower(vault_dir, tmp_path):
    cache = tmp_path / "idx.json"
    cache.write_text("{not json", encoding="utf-8")
    vault = Vault(vault_dir, cache_path=cache)
    assert len(vault.scan()) == 5 and vault.stats["read"] == 5
