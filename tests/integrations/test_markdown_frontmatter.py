"""The small front-matter reader: the subset Obsidian users write, and broken input losing nothing."""

from __future__ import annotations

from rapport_markdown.frontmatter import as_list, read_front_matter


def test_scalars_lists_and_quotes():
    text = (
        "---\n"
        "name: Anna Example\n"
        "aliases: [Annie, \"Anna, E.\", 'It''s me']\n"
        "emails:\n  - anna@example.com\n  - \"a@b.example\"\n"
        "link: \"[[Bob Builder|Bob]]\"\n"
        "bare_link: [[Carol]]\n"
        "active: true\n"
        "count: 3 # a comment\n"
        "empty:\n"
        "bio: |\n  line one\n  line two\n"
        "escaped: \"tab\\there \\u00e9\"\n"
        "---\nbody\n"
    )
    fm = read_front_matter(text)
    assert fm.error is None and fm.present
    d = fm.data
    assert d["name"] == "Anna Example"
    assert d["aliases"] == ["Annie", "Anna, E.", "It's me"]
    assert d["emails"] == ["anna@example.com", "a@b.example"]
    assert d["link"] == "[[Bob Builder|Bob]]"
    assert d["bare_link"] == "[[Carol]]"
    assert d["active"] is True
    assert d["count"] == "3"
    assert d["empty"] is None
    assert d["bio"] == "line one\nline two"
    assert d["escaped"] == "tab\there é"
    assert text.split("\n")[fm.body_line - 1] == "body"
    assert text[fm.body_offset:] == "body\n"


def test_no_front_matter():
    fm = read_front_matter("# Just a note\n---\nnot front matter\n")
    assert not fm.present and fm.error is None and fm.data == {}


def test_unclosed_front_matter_names_line_one():
    fm = read_front_matter("---\nname: x\nbody without end\n")
    assert fm.error is not None and fm.error.line == 1 and "not closed" in str(fm.error)
    assert fm.data == {}


def test_broken_line_is_named():
    fm = read_front_matter("---\nname: ok\naliases: [Bobby\n---\n")
    assert fm.error is not None and fm.error.line == 3
    fm = read_front_matter("---\nname: ok\n  nested: map\n---\n")
    assert fm.error is not None and fm.error.line == 3
    fm = read_front_matter("---\nanchor: &a x\n---\n")
    assert fm.error is not None and fm.error.line == 2
    fm = read_front_matter('---\nq: "open\n---\n')
    assert fm.error is not None and fm.error.line == 2


def test_as_list_splits_strings_outside_links():
    assert as_list("a, b") == ["a", "b"]
    assert as_list("[[A, B]], [[C]]") == ["[[A, B]]", "[[C]]"]
    assert as_list(None) == [] and as_list(["x", None, " "]) == ["x"]


def test_crlf_front_matter():
    fm = read_front_matter("---\r\nname: Anna\r\n---\r\nbody\r\n")
    assert fm.data == {"name": "Anna"} and fm.body_line == 4


def test_marker_properties_in_front_matter_are_markers_at_their_lines(tmp_path):
    """"remember:" (or "merken:", "recordar:") as a property, a block list or a flow list: each value one marker,
    cited at its own line; the other properties are not read as markers."""
    from rapport_markdown.capture import candidates, notes_from_file

    note = tmp_path / "2026-03-04 Oscar.md"
    note.write_text(
        "---\n"
        "attendees: [[Oscar Lund]]\n"
        "remember: his twins were born in June\n"
        "merken:\n  - \"seine Mutter zieht im Mai zu ihm\"\n  - er ist Vegetarier\n"
        "recordar: [su hija se casa en mayo, es celíaco]\n"
        "note: remember the deck\n"
        "tags: [1on1, remember]\n"
        "---\n"
        "# Catch-up\n- budget approved\n", encoding="utf-8")
    notes = notes_from_file(note, "n.md")
    found = [(c.text, c.source_ref) for c in candidates(None, notes, None)]
    assert found == [("His twins were born in June", "n.md:3"), ("Seine Mutter zieht im Mai zu ihm", "n.md:5"),
                     ("Er ist Vegetarier", "n.md:6"), ("Su hija se casa en mayo", "n.md:7"), ("Es celíaco", "n.md:7")]
    assert notes.extra["front_matter"]["attendees"] == "[[Oscar Lund]]"
