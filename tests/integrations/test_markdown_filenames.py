"""File names from meeting titles: hostile titles give one safe, readable path component."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_markdown.filenames import MAX_NAME_BYTES, sanitize_title
from rapport_markdown.momentfmt import format_moment

HOSTILE = ["../../etc/passwd", "..", "CON", "nul.txt", "com1", "x" * 300, "é" * 300,
           "🎉 party 👨‍👩‍👧 time", "line\nbreak\r\tand\x00nul", 'Q3: plan/review? <a|b> "x" *', "\\\\server\\share",
           "   ", "", "[[link]] #tag ^block", "\u202eevil rtl"]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_are_one_safe_component(title, tmp_path):
    name = sanitize_title(title)
    assert name and name not in (".", "..")
    assert not any(ch in name for ch in '/\\:*?"<>|\n\r\t\x00\u202e')
    assert ".." not in name
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES + len(" (meeting)")
    assert name.split(".")[0].strip().upper() not in {"CON", "NUL", "COM1", "PRN", "AUX"}
    path = tmp_path / f"{name}.md"
    path.write_text("ok", encoding="utf-8")  # a real file system accepts it
    assert path.parent == tmp_path and path.read_text(encoding="utf-8") == "ok"


def test_readable_results():
    assert sanitize_title("../../etc/passwd") == "etc-passwd"
    assert sanitize_title("Q3: plan/review") == "Q3 - plan-review"
    assert sanitize_title("CON") == "CON (meeting)"
    assert sanitize_title("Weekly 1-1") == "Weekly 1-1"
    assert "🎉" in sanitize_title("🎉 party")
    assert sanitize_title("é" * 300) == "é" * (MAX_NAME_BYTES // 2)  # cut on a character boundary


def test_moment_formats():
    day = date(2026, 4, 2)
    assert format_moment("YYYY-MM-DD", day) == "2026-04-02"
    assert format_moment("dddd, MMMM Do YYYY", day) == "Thursday, April 2nd 2026"
    assert format_moment("ddd D MMM YY", day) == "Thu 2 Apr 26"
    assert format_moment("YYYY/[Week] WW/DDDD", day) == "2026/Week 14/092"
    assert format_moment("Do", date(2026, 4, 11)) == "11th" and format_moment("Do", date(2026, 4, 23)) == "23rd"
    assert format_moment("[Q]Q", day) == "Q2"


@pytest.mark.parametrize("title, name", [
    ("Priya / Tomás weekly 1:1", "Priya - Tomás weekly 1-1"),
    ("Standup 10:30", "Standup 10.30"),
    ("Re: Budget", "Re - Budget"),
    ("ratio 16:9 review", "ratio 16-9 review"),
    ("a:b", "a-b"),
])
def test_colons_are_replaced_the_way_a_person_writes_them(title, name):
    assert sanitize_title(title) == name


def test_older_and_hand_written_names_of_the_same_title_match():
    from rapport_markdown.filenames import normalise_name

    want = normalise_name("Priya / Tomás weekly 1:1")
    assert normalise_name("Priya - Tomás weekly 1 -1") == want  # the name rapport used to write
    assert normalise_name("priya tomás weekly 1-1") == want
    assert normalise_name("Priya / Tomás weekly 2:1") != want
