"""The vcard plugin hook: configured files and folders, missing section, one bad file among good ones."""

import shutil
from pathlib import Path

from rapport_plugins.config import Config
from rapport_plugins.plugins import build_plugin_manager
from rapport_vcard import rapport_contacts

DATA = Path(__file__).resolve().parent.parent / "data" / "vcard"


def test_not_configured_returns_none(tmp_path):
    assert rapport_contacts(Config(tmp_path, {})) is None


def test_files_and_folders_relative_to_home(tmp_path):
    folder = tmp_path / "cards"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "v4.vcf", folder / "sub" / "people.VCF")
    shutil.copy(DATA / "legacy_2.1.vcf", folder / "old.vcard")
    (folder / "readme.txt").write_text("not a card")
    shutil.copy(DATA / "apple_3.0.vcf", tmp_path / "contacts.vcf")
    config = Config(tmp_path, {"vcard": {"files": ["contacts.vcf", "cards/"]}})
    names = [c.name for c in rapport_contacts(config)]
    assert names == ["Ada Lovelace", "Alan Mathison Turing", "Jürgen Müller", "Grace Hopper", "Katherine Johnson"]


def test_bad_file_warns_one_line_and_others_load(tmp_path, capsys):
    shutil.copy(DATA / "malformed.vcf", tmp_path / "a_bad.vcf")
    shutil.copy(DATA / "apple_3.0.vcf", tmp_path / "b_good.vcf")
    config = Config(tmp_path, {"vcard": {"files": [str(tmp_path), "missing.vcf"]}})
    contacts = rapport_contacts(config)
    # The broken card costs only itself: the good card of the same file still loads.
    assert [c.name for c in contacts] == ["Good Person", "Ada Lovelace", "Alan Mathison Turing"]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0] == (f"rapport: vcard: {tmp_path / 'a_bad.vcf'}:9: expected 'NAME:value', "
                      "got 'this line has no colon' (card skipped)")
    assert str(tmp_path / "missing.vcf") in err[1] and "not found" in err[1]


def test_registered_through_entry_point(tmp_path, monkeypatch):
    shutil.copy(DATA / "v4.vcf", tmp_path / "c.vcf")
    config = Config(tmp_path, {"vcard": {"files": "c.vcf"}})
    monkeypatch.delenv("RAPPORT_PLUGINS_ALLOW", raising=False)
    monkeypatch.delenv("RAPPORT_PLUGINS_BLOCK", raising=False)
    pm = build_plugin_manager(config)
    assert "vcard" in pm.info
    results = pm.call("rapport_contacts", config=config)
    assert [c.name for batch in results for c in batch] == ["Grace Hopper", "Katherine Johnson"]
