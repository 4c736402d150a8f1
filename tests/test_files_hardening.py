"""Files: only regular files written, modes that do not depend on the umask, secrets in a
readable config flagged, notes decoded only when they say how, forget reaching the notes, and a
read-only home that still answers read-only commands."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null", "fifo", "folder"])
def test_export_writes_only_regular_files(rapport, tmp_path, target):
    rapport("init", "--name", "Sam")
    if target == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    elif target == "folder":
        path = tmp_path / "folder"
        path.mkdir()
    else:
        path = Path(target)
        if not path.exists():
            pytest.skip(f"no {target} here")
    kind = stat.S_IFMT(path.stat().st_mode)
    result = rapport("export", "-o", str(path), code=1 if target != "folder" else 2)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and "Traceback" not in result.stderr
    assert stat.S_IFMT(path.stat().st_mode) == kind  # the device, FIFO or folder is still there


def test_export_replaces_a_regular_file_atomically_with_mode_0600(rapport, tmp_path):
    rapport("init", "--name", "Sam")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "export.json"
    out.write_text("old")
    out.chmod(0o644)
    rapport("export", "-o", str(out))
    assert out.read_text().startswith("{") and _mode(out) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]  # no temp file left


@pytest.fixture
def umask_000():
    old = os.umask(0)
    yield
    os.umask(old)


def test_modes_do_not_depend_on_the_umask(rapport, umask_000):
    rapport.config('[markdown]\nvault = "vault"\nmeetings_folder = "Meetings"\n[ics]\ncalendars = ["cal.ics"]\n')
    home = rapport.home
    (home / "vault").mkdir()
    (home / "cal.ics").write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m1\r\nDTSTART:20260402T100000Z\r\nSUMMARY:Sync\r\n"
        "ATTENDEE;CN=Anna:mailto:anna@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    rapport("init", "--name", "Sam")
    rapport("sync")
    rapport("brief", "--meeting", "m1", "--deliver")
    meetings = home / "vault" / "Meetings"
    assert _mode(meetings) == 0o700
    assert all(_mode(p) == 0o600 for p in meetings.iterdir())
    assert _mode(home / "rapport.db") == 0o600
    from rapport_plugins.config import write_private

    write_private(home / "cache" / "ics" / "feed.json", "{}")  # how every cache file is written
    assert (_mode(home / "cache"), _mode(home / "cache" / "ics")) == (0o700, 0o700)
    assert _mode(home / "cache" / "ics" / "feed.json") == 0o600


def test_a_config_readable_by_others_that_holds_a_secret_gets_a_warning(rapport):
    path = rapport.config('[ics]\ncalendars = ["https://h.example/c.ics?token=s3cret"]\n')
    path.chmod(0o644)
    err = rapport("config").stderr
    assert f"rapport: warning: {path} holds a secret and is readable by others (mode 0644)" in err
    assert "s3cret" not in err
    path.chmod(0o600)
    assert "warning" not in rapport("config").stderr


def test_a_readable_config_without_secrets_is_left_alone(rapport):
    rapport.config('[me]\nname = "Sam"\n').chmod(0o644)
    assert "warning" not in rapport("config").stderr


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_latin1_note_is_refused_not_stored_as_mojibake(rapport, tmp_path, suffix):
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg")
    note = tmp_path / f"latin1{suffix}"
    note.write_bytes("remember: Anna loves caf\xe9 cr\xe8me\n".encode("latin-1"))
    result = rapport("capture", str(note), "--date", "2026-04-01", "--with", "Anna Berg", code=1)
    assert "not UTF-8" in result.stderr and "\ufffd" not in result.stdout
    assert rapport.json("search", "cr") == [] or "\ufffd" not in str(rapport.json("search", "cr"))


@pytest.mark.parametrize("encoding, newline", [("utf-16", "\n"), ("utf-8-sig", "\r"), ("utf-8", "\r")])
def test_bom_declared_notes_and_cr_only_endings_are_read(rapport, tmp_path, encoding, newline):
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg")
    note = tmp_path / "note.txt"
    note.write_bytes(newline.join(["Attendees: Anna Berg", "", "remember: Anna loves café crème", ""])
                     .encode(encoding))
    rapport("capture", str(note), "--date", "2026-04-01", "--with", "Anna Berg")
    [person] = [p for p in rapport.json("people", "show", "Anna Berg")["memories"]]
    assert person["text"] == "Anna loves café crème"


def test_forget_removes_rapports_own_lines_from_notes_and_lists_the_users(rapport):
    """rapport_forget_person, as the Markdown vault implements it."""
    rapport.config('[me]\nname = "Sam"\n[markdown]\nvault = "vault"\nmeetings_folder = "Meetings"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n')
    home = rapport.home
    (home / "vault").mkdir()
    (home / "vault" / "Mine.md").write_text("Lunch with Anna Berg went well.\n")
    (home / "cal.ics").write_text(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m1\r\nDTSTART:20260402T100000Z\r\nSUMMARY:Sync\r\n"
        "ATTENDEE;CN=Anna Berg:mailto:anna@example.com\r\nATTENDEE;CN=Ben Ortiz:mailto:ben@example.com\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.com")
    rapport("people", "add", "Ben Ortiz", "--email", "ben@example.com")
    rapport("remember", "Deep topic: her mother's chemo", "--who", "Anna Berg", "--sensitive")
    rapport("remember", "Ben runs marathons", "--who", "Ben Ortiz")
    rapport("brief", "--meeting", "m1", "--deliver")
    [note] = (home / "vault" / "Meetings").glob("*.md")
    assert "chemo" in note.read_text()
    out = rapport("forget", "Anna Berg", "-y").stdout
    text = note.read_text()
    assert "chemo" not in text and "### Anna" not in text and "### Ben Ortiz" in text and "marathons" in text
    assert f"Removed them from rapport's sections in 1 note: Meetings/{note.name}" in out
    assert "Still named in notes you wrote (edit them yourself): " in out and "Mine.md" in out
    assert (home / "vault" / "Mine.md").read_text() == "Lunch with Anna Berg went well.\n"
    # The redacted section is still ours: the next delivery replaces it without a warning.
    assert "you had edited" not in rapport("brief", "--meeting", "m1", "--deliver").stderr


def test_a_read_only_home_answers_read_only_commands(rapport):
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg")
    home = rapport.home
    db = home / "rapport.db"
    db.chmod(0o400)
    home.chmod(0o500)
    try:
        assert [p["name"] for p in rapport.json("people")] == ["Anna Berg", "Sam"] or \
            {p["name"] for p in rapport.json("people")} == {"Anna Berg", "Sam"}
        result = rapport("remember", "x", "--who", "Anna Berg", code=1)
        [line] = result.stderr.strip().splitlines()
        assert "read-only" in line
    finally:
        home.chmod(0o700)
        db.chmod(0o600)
