"""The owned briefing section: re-runs replace only it; user text anywhere survives."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_markdown.noteio import NoteChanged, write_atomic
from rapport_markdown.sections import blank_owned, find_sections, upsert_section
from rapport_plugins.errors import RapportError

NOTE = "---\nuid: x\n---\n# Title\n\nmy notes\n"


def test_insert_then_replace_only_the_section():
    first = upsert_section(NOTE, "briefing", "meeting", "## Briefing\n- old", insert_at=4)
    assert first.changed and not first.released
    assert first.text.startswith("---\nuid: x\n---\n# Title\n\n<!-- rapport:briefing:start id=meeting sha=")
    edited = first.text.replace("my notes", "my notes\nmore of mine") + "tail line\n"
    second = upsert_section(edited, "briefing", "meeting", "## Briefing\n- new")
    assert "- new" in second.text and "- old" not in second.text
    assert "more of mine" in second.text and second.text.endswith("tail line\n")
    assert not second.released
    again = upsert_section(second.text, "briefing", "meeting", "## Briefing\n- new")
    assert not again.changed and again.text == second.text


def test_user_edit_inside_section_is_released_not_clobbered():
    first = upsert_section(NOTE, "briefing", "meeting", "## Briefing\n- ask about Max").text
    edited = first.replace("- ask about Max", "- ask about Max\n- MY OWN LINE")
    result = upsert_section(edited, "briefing", "meeting", "## Briefing\n- ask about the move")
    assert result.released
    assert "- MY OWN LINE" in result.text and "- ask about the move" in result.text
    # the released text is now plain user text, outside the (single) owned section
    lines = result.text.split("\n")
    [sec] = find_sections(lines)
    assert lines.index("- MY OWN LINE") < sec.start
    # and the next run does not release again
    assert not upsert_section(result.text, "briefing", "meeting", "## Briefing\n- x").released


def test_crlf_and_missing_final_newline_kept():
    text = "a\r\nb"
    out = upsert_section(text, "briefing", "meeting", "x", where="bottom").text
    assert "\r\n" in out and "\n" not in out.replace("\r\n", "") and not out.endswith("\r\n")


def test_orphan_markers_are_user_text():
    text = "<!-- rapport:briefing:start id=meeting sha=000000000000 -->\nkept\n"
    out = upsert_section(text, "briefing", "meeting", "body", where="bottom").text
    assert "kept" in out and out.count("rapport:briefing:start") == 2
    assert len(find_sections(out.split("\n"))) == 1


def test_blank_owned_keeps_line_numbers():
    text = upsert_section("a\nb\n", "briefing", "meeting", "remember: not yours", where="bottom").text
    blanked = blank_owned(text)
    assert blanked.count("\n") == text.count("\n") and "not yours" not in blanked and blanked.startswith("a\nb\n")


def test_atomic_write_keeps_mode_and_refuses_read_only(tmp_path):
    note = tmp_path / "n.md"
    note.write_text("x", encoding="utf-8")
    os.chmod(note, 0o640)
    write_atomic(note, "y")
    assert note.read_text(encoding="utf-8") == "y" and stat.S_IMODE(note.stat().st_mode) == 0o640
    os.chmod(note, 0o444)
    with pytest.raises(RapportError, match="read-only"):
        write_atomic(note, "z")
    assert note.read_text(encoding="utf-8") == "y"
    assert [p.name for p in tmp_path.iterdir()] == ["n.md"]  # no temp file left behind


def test_atomic_write_detects_concurrent_edit(tmp_path):
    note = tmp_path / "n.md"
    note.write_text("x", encoding="utf-8")
    st = note.stat()
    note.write_text("user typed more", encoding="utf-8")
    with pytest.raises(NoteChanged):
        write_atomic(note, "ours", expect=(st.st_mtime_ns, st.st_size))
    assert note.read_text(encoding="utf-8") == "user typed more"


def test_new_file_is_private(tmp_path):
    note = tmp_path / "sub" / "new.md"
    write_atomic(note, "hi")
    assert stat.S_IMODE(note.stat().st_mode) == 0o600


_user_line = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\r\n"),
    max_size=30,
).filter(lambda s: "rapport:" not in s)
_edit = st.tuples(st.sampled_from(["before", "after", "inside", "none"]), st.lists(_user_line, min_size=1, max_size=3))


@settings(max_examples=60, deadline=None)
@given(head=st.lists(_user_line, max_size=5), tail=st.lists(_user_line, max_size=5),
       edits=st.lists(_edit, min_size=100, max_size=100),
       bodies=st.lists(st.lists(_user_line, min_size=1, max_size=4), min_size=2, max_size=4))
def test_every_user_line_survives_100_reruns(head, tail, edits, bodies):
    text = "\n".join(head + ["## Notes"] + tail)
    user_lines = [ln for ln in head + tail if ln.strip()]
    text = upsert_section(text, "briefing", "meeting", "\n".join(bodies[0]), insert_at=len(head)).text
    for i, (where, new_lines) in enumerate(edits):
        lines = text.split("\n")
        [sec] = find_sections(lines)
        if where == "before":
            at = sec.start
        elif where == "after":
            at = sec.end + 1
        elif where == "inside":
            at = sec.start + 1
        else:
            at = None
        if at is not None:
            lines[at:at] = new_lines
            user_lines += [ln for ln in new_lines if ln.strip()]
        text = "\n".join(lines)
        text = upsert_section(text, "briefing", "meeting", "\n".join(bodies[i % len(bodies)])).text
        remaining = text.split("\n")
        for line in user_lines:
            assert line in remaining
        assert len(find_sections(remaining)) == 1


def test_edit_note_rereads_when_the_user_saves_meanwhile(tmp_path):
    from rapport_markdown.delivery import edit_note

    note = tmp_path / "n.md"
    note.write_text("first\n", encoding="utf-8")
    calls = []

    def change(text):
        calls.append(text)
        if len(calls) == 1:  # the user saves while we are building our version
            note.write_text("first\nuser saved this\n", encoding="utf-8")
        return upsert_section(text, "briefing", "meeting", "ours", where="bottom").text, False

    edit_note(note, lambda: "", change)
    assert len(calls) == 2 and calls[1] == "first\nuser saved this\n"
    assert "user saved this" in note.read_text(encoding="utf-8") and "ours" in note.read_text(encoding="utf-8")


def test_huge_or_non_utf8_notes_are_not_edited(tmp_path):
    from rapport_markdown.delivery import edit_note
    from rapport_markdown.noteio import MAX_NOTE_BYTES

    huge = tmp_path / "huge.md"
    huge.write_bytes(b"x" * (MAX_NOTE_BYTES + 1))
    with pytest.raises(RapportError, match=r"huge\.md: note is larger than"):
        edit_note(huge, lambda: "", lambda t: (t + "y", False))
    assert huge.stat().st_size == MAX_NOTE_BYTES + 1
    latin = tmp_path / "latin.md"
    latin.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(RapportError, match=r"latin\.md: not UTF-8 text"):
        edit_note(latin, lambda: "", lambda t: (t + "y", False))
    assert latin.read_bytes() == b"caf\xe9\n"
