"""rapport-dateparser and rapport-nicknames: what a user who installs them gets, through the real CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("rapport_dateparser")
pytest.importorskip("rapport_nicknames")


def test_dateparser_resolves_a_language_the_rules_do_not_know():
    from rapport_dateparser import resolve

    wed = date(2026, 12, 2)
    assert resolve("ma fille commence l'école dans trois semaines", wed).date == date(2026, 12, 23)
    assert resolve("mia figlia si sposa il 5 maggio", wed).date == date(2027, 5, 5)
    assert resolve("sa mère est à l'hôpital depuis lundi", wed).date == date(2026, 11, 30)  # "depuis": back
    assert resolve("plays chess", wed) is None


def test_the_rules_answer_first_and_an_english_habit_is_not_passed_on(rapport, home: Path, tmp_path: Path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-12-02 cafe.txt"
    note.write_text("Attendees: Marie Dubois\n\n- remember: sa fille commence l'école dans trois semaines\n"
                    "- remember: plays in a chess club on Tuesday nights\n- remember: surgery on Friday\n",
                    encoding="utf-8")
    stored = {s["text"]: s["event_date"] for s in rapport.json("capture", str(note))["stored"]}
    assert stored == {"Sa fille commence l'école dans trois semaines": "2026-12-23",
                      "Plays in a chess club on Tuesday nights": None, "Surgery on Friday": "2026-12-04"}
    listed = {p["name"]: p["hooks"] for p in rapport.json("plugins")}
    assert "rapport_resolve_date" in listed["dateparser"] and "rapport_name_variants" in listed["nicknames"]


def test_nicknames_adds_the_curated_table(rapport, home: Path, tmp_path: Path):
    from rapport_nicknames import variants_of
    from rapport_plugins.names import nicknames

    assert "madge" in variants_of("Margaret") and "madge" not in nicknames("Margaret")  # beyond the built-in table
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-12-02 clinic.txt"
    note.write_text("Attendees: Margaret O'Brien, Ben Okafor\n\n- remember: Madge's grandson starts school on Monday\n",
                    encoding="utf-8")
    out = rapport.json("capture", str(note))
    assert [(s["person"], s["event_date"]) for s in out["stored"]] == [("Margaret O'Brien", "2026-12-07")]


def test_config_checks_the_dateparser_section(rapport, home: Path):
    rapport.config('[dateparser]\nlanguage = ["fr"]\n')
    path = home / "config.toml"
    assert f"{path}:2: [dateparser] unknown key language (did you mean languages?)" in rapport("config").stderr
    rapport.config('[dateparser]\nlanguages = 3\n')
    assert rapport("config", code=1).stderr == (f"rapport: error: {path}:2: [dateparser] languages must be a string "
                                                 '(in quotes) or a list of strings, e.g. ["a", "b"], not 3\n')
    rapport.config('[dateparser]\nlanguages = ["fr", "it"]\n')
    assert rapport("config").stderr == ""
