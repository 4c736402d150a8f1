"""`rapport sync` links people to their notes: a people note becomes the person's note_ref."""

from __future__ import annotations

from pathlib import Path


def test_people_notes_become_people_with_a_link_to_their_note(rapport, home: Path):
    people = home / "vault" / "People"
    people.mkdir(parents=True)
    (people / "Anna Berg.md").write_text("---\nemails: [anna@example.org]\naliases: [Annie]\n---\n# Anna\n",
                                         encoding="utf-8")
    rapport.config('[markdown]\nvault = "vault"\n')
    result = rapport.json("sync")
    assert result["people_added"] == 1
    anna = rapport.json("people", "show", "annie")
    assert anna["emails"] == ["anna@example.org"]
    assert anna["note_ref"] == "markdown:People/Anna Berg.md"
    assert rapport.json("sync")["people_added"] == 0  # found again by email, not added twice
