"""The built-in text-notes reader and the capture engine's smaller rules."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.builtins.text_notes import rapport_parse_notes, read_text_file
from rapport_plugins.capture import keywords, similarity
from rapport_plugins.config import Config
from rapport_plugins.errors import ParseError
from rapport_plugins.followups import _earlier


def test_any_text_file_is_a_note_with_bom_and_crlf_tolerated(tmp_path):
    path = tmp_path / "call notes.txt"
    path.write_bytes("\ufeffremember: Anna likes tea\r\nline two\r\n".encode())
    notes = rapport_parse_notes(path=path, config=Config(tmp_path))
    assert (notes.kind, notes.source, notes.ref, notes.title) == ("notes", "notes", str(path), "call notes")
    assert notes.text == "remember: Anna likes tea\nline two\n"


def test_huge_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(ParseError) as err:
        read_text_file(path, max_bytes=10)
    assert str(err.value).startswith(f"{path}: meeting note larger than 10 bytes") and "\n" not in str(err.value)


def test_unreadable_file_names_the_file(tmp_path):
    with pytest.raises(ParseError, match="missing.txt: meeting note not found"):
        read_text_file(tmp_path / "missing.txt")


def test_similarity_is_order_and_markup_blind():
    assert similarity("Max the dog has surgery on Friday", "max the DOG has surgery on friday!") == 1.0
    assert similarity("[[Anna Berg|Anna]] loves jazz", "Anna loves jazz") == 1.0
    assert similarity("Daughter started school", "Son started university") < 0.85


def test_keywords_leave_out_time_words_and_fillers():
    assert keywords("Max the dog has surgery on Friday") == {"max", "dog", "surgery"}


def test_only_memories_from_earlier_meetings_can_be_asked_about():
    day = date(2026, 3, 11)
    assert _earlier("anna-1-1@2026-03-04T10:00:00+00:00", day)
    assert not _earlier("anna-1-1@2026-03-18T10:00:00+00:00", day)
    assert _earlier(None, day)


def test_attendees_line_near_the_top_is_read(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("Quarterly check-in\nAttendees: Anna Berg, Ben Ortiz and Sam Lee\n\nremember: x\n", encoding="utf-8")
    notes = rapport_parse_notes(path=path, config=Config(tmp_path))
    assert notes.extra["attendees"] == ["Anna Berg", "Ben Ortiz", "Sam Lee"]


def test_note_attendees_make_the_meeting_when_no_with_is_given(rapport, tmp_path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    path = tmp_path / "2026-03-04 anna.txt"
    path.write_text("1:1\nWith: Anna Berg, Sam Lee\n\n- remember: Max the dog has surgery on Friday\n", encoding="utf-8")
    out = rapport.json("capture", str(path))
    assert out["meeting"]["date"] == "2026-03-04"  # from the file name
    assert [(s["person"], s["event_date"]) for s in out["stored"]] == [("Anna Berg", "2026-03-06")]


def test_a_standing_diet_is_undated_unless_the_note_says_since_when(rapport, tmp_path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    path = tmp_path / "2026-02-27 resi.txt"
    path.write_text("With: Therese Huber, Sam Lee\n\n- remember: Resi ist seit drei Wochen Vegetarierin\n"
                    "- remember: vegan, for the team lunch next Friday\n"
                    "- recordar: Tomás es diabético, nada de postres en la comida del viernes\n"
                    "- remember: her son was diagnosed with type 1 diabetes two weeks ago\n"
                    "- remember: Resi isst seit Silvester kein Fleisch mehr\n", encoding="utf-8")
    out = rapport.json("capture", str(path))  # a diagnosis is an event with a day; so is a feast said with "seit"
    assert [s["event_date"] for s in out["stored"]] == ["2026-02-06", None, None, "2026-02-13", "2025-12-31"]
