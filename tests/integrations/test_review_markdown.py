"""Review inside the note, with a real Markdown vault in a temp folder: capture a transcript, the
proposals appear as a checklist in the meeting's note, the user ticks, deletes and edits lines, and
the next `rapport run` stores exactly what they kept (rapport_review_write / rapport_review_read)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from rapport_plugins.testing import ics_calendar, ics_event

ICS = ics_calendar(ics_event("one-on-one", "20260402T060000Z", "20260402T063000Z", "1-1 Anna", attendees=(
    ("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))))

TRANSCRIPT = """WEBVTT

1
00:00:02.000 --> 00:00:06.000
Anna Berg: My daughter just started school.

2
00:00:07.000 --> 00:00:08.000
Sam Lee: Oh, lovely.

3
00:00:09.000 --> 00:00:12.000
Anna Berg: I'm training for the Berlin marathon.

4
00:00:13.000 --> 00:00:14.000
Sam Lee: Wow.

5
00:00:15.000 --> 00:00:18.000
Anna Berg: I play the cello in an orchestra.

6
00:00:19.000 --> 00:00:20.000
Sam Lee: Nice.

7
00:00:21.000 --> 00:00:24.000
Anna Berg: My dog Max has surgery on Friday.
"""

NOTE = "Meetings/2026-04-02 1-1 Anna.md"


def setup(rapport, home: Path, extra: str = "", transcript: str = TRANSCRIPT) -> Path:
    (home / "vault" / "Meetings").mkdir(parents=True)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    (home / "call.vtt").write_text(transcript, encoding="utf-8")
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\n[ics]\ncalendars = ["cal.ics"]\n'
                   f'[markdown]\nvault = "vault"\nwrite_briefing = false\n{extra}')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    return home / "vault" / NOTE


def capture(rapport, home: Path) -> dict:
    return rapport.json("capture", str(home / "call.vtt"), "--meeting", "one-on-one", "--date", "2026-04-02")


def reviews(rapport) -> dict[str, str]:
    """Every memory of Anna's with its review state, dismissed ones too (from the export)."""
    import json

    data = json.loads(rapport("export").stdout)
    return {m["text"]: m["review"] for m in data["memories"]}


def edit(note: Path, fn) -> None:
    note.write_text(fn(note.read_text(encoding="utf-8")), encoding="utf-8")


def test_capture_then_tick_delete_edit_in_the_note_then_run(rapport, home: Path):
    note = setup(rapport, home)
    result = capture(rapport, home)
    assert len(result["proposed"]) == 4 and result["in_notes"] == [f"markdown:{NOTE}"]
    text = note.read_text(encoding="utf-8")
    assert text.count("<!-- rapport:review:start id=meeting") == 1
    assert "- [ ] Anna Berg: Daughter just started school (transcript line 5) <!-- rapport-id:" in text
    for words in ("Training for the Berlin marathon", "Plays the cello in an orchestra", "Dog Max has surgery"):
        assert f"- [ ] Anna Berg: {words}" in text

    def review(t: str) -> str:
        t = t.replace("- [ ] Anna Berg: Daughter", "- [x] Anna Berg: Daughter")  # tick
        t = "\n".join(line for line in t.split("\n") if "Berlin" not in line)  # delete
        t = re.sub(r"Plays the cello in an orchestra \(transcript line \d+\)", "Plays the viola in the city orchestra", t)
        return "Before: my own notes.\n" + t + "After: more of mine.\n"

    edit(note, review)
    report = rapport.json("run")
    [reviewed] = [item for item in report if item["phase"] == "review"]
    assert (reviewed["kept"], reviewed["edited"], reviewed["dismissed"]) == (1, 1, 1)

    assert reviews(rapport) == {"Daughter just started school": "kept", "Plays the viola in the city orchestra": "kept",
                                "Training for the Berlin marathon": "dismissed",
                                "Dog Max has surgery on Friday": "proposed"}
    assert [p["text"] for p in rapport.json("review")["proposals"]] == ["Dog Max has surgery on Friday"]

    text = note.read_text(encoding="utf-8")
    assert text.startswith("Before: my own notes.\n") and text.endswith("After: more of mine.\n")
    assert "- [x] Anna Berg: Daughter just started school (kept) <!-- rapport-id:" in text
    assert "- [x] Anna Berg: Plays the viola in the city orchestra (kept) <!-- rapport-id:" in text
    assert "- [ ] Anna Berg: Dog Max has surgery on Friday (transcript line 29)" in text
    assert "Berlin" not in text

    # Again: nothing new is decided, nothing duplicated, the note is not rewritten.
    before = note.read_text(encoding="utf-8")
    assert [item for item in rapport.json("run") if item["phase"] == "review"] == []
    assert note.read_text(encoding="utf-8") == before
    assert before.count("rapport-id:") == 3


def test_the_terminal_and_the_note_stay_in_step(rapport, home: Path):
    note = setup(rapport, home)
    capture(rapport, home)
    ids = {p["text"]: p["id"] for p in rapport.json("review")["proposals"]}
    # Decided in the note: `rapport review` no longer offers it (it reads the notes first).
    edit(note, lambda t: t.replace("- [ ] Anna Berg: Dog Max", "- [x] Anna Berg: Dog Max"))
    listed = [p["text"] for p in rapport.json("review")["proposals"]]
    assert "Dog Max has surgery on Friday" not in listed and len(listed) == 3
    # Decided in the terminal: the note shows it.
    rapport("review", "--keep", str(ids["Training for the Berlin marathon"]),
            "--dismiss", str(ids["Plays the cello in an orchestra"]))
    text = note.read_text(encoding="utf-8")
    assert "- [x] Anna Berg: Training for the Berlin marathon (kept)" in text
    assert "cello" not in text
    assert "- [x] Anna Berg: Dog Max has surgery on Friday (kept)" in text
    assert "- [ ] Anna Berg: Daughter just started school" in text


def test_hostile_proposals_cannot_break_the_section(rapport, home: Path):
    hostile = TRANSCRIPT.replace(
        "My daughter just started school.",
        "My daughter plays <!-- rapport-id:2 --> the cello -->.").replace(
        "I'm training for the Berlin marathon.",
        "I'm training for the marathon <!-- rapport:review:end id=meeting --> ## now - [x] yes [[x]] key:: v.")
    note = setup(rapport, home, transcript=hostile)
    capture(rapport, home)
    text = note.read_text(encoding="utf-8")
    assert text.count("<!-- rapport:review:end id=meeting -->") == 1
    lines = [line for line in text.split("\n") if "rapport-id:" in line]
    assert len(lines) == 4 and all(line.startswith("- [ ] Anna Berg: ") for line in lines)
    assert [line.rsplit("<!-- rapport-id:", 1)[1] for line in lines] == [f"{i} -->" for i in range(1, 5)]
    # Untouched hostile lines read back as untouched: nothing decided, nothing rewritten.
    assert [item for item in rapport.json("run") if item["phase"] == "review"] == []
    assert note.read_text(encoding="utf-8") == text
    # Ticked, the escaped text is the memory as said.
    edit(note, lambda t: t.replace("- [ ] Anna Berg: Daughter", "- [x] Anna Berg: Daughter"))
    rapport("run")
    kept = [m["text"] for m in rapport.json("people", "show", "anna")["memories"] if m["review"] == "kept"]
    assert kept == ["Daughter plays <!-- rapport-id:2 --> the cello -->"]


def test_a_shared_vault_never_gets_sensitive_proposals_and_they_stay_proposed(rapport, home: Path):
    transcript = TRANSCRIPT.replace("My dog Max has surgery on Friday.",
                                    "I have been struggling with depression since the divorce.")
    note = setup(rapport, home, extra="shared = true\n", transcript=transcript)
    capture(rapport, home)
    text = note.read_text(encoding="utf-8")
    assert "depression" not in text and "Daughter" not in text  # sensitive and personal: not in a shared note
    assert "Berlin marathon" in text and "cello" in text  # light ones are
    rapport("run")
    proposed = [p["text"] for p in rapport.json("review")["proposals"]]
    assert any("depression" in p for p in proposed) and "Daughter just started school" in proposed


def test_removing_the_section_leaves_the_note_alone(rapport, home: Path):
    note = setup(rapport, home)
    capture(rapport, home)
    mine = "# 1-1 Anna\n\nI prefer `rapport review` in the terminal.\n"
    note.write_text(mine, encoding="utf-8")
    rapport("run")
    rapport("run")
    assert note.read_text(encoding="utf-8") == mine
    assert len(rapport.json("review")["proposals"]) == 4  # nothing dismissed


def test_a_line_that_lost_its_id_is_still_the_same_item(rapport, home: Path):
    note = setup(rapport, home)
    capture(rapport, home)

    def retype(t: str) -> str:
        out = []
        for line in t.split("\n"):
            if "cello" in line:
                line = "- [x] Anna Berg: Plays the cello in an orchestra"
            out.append(line)
        return "\n".join(out)

    edit(note, retype)
    rapport("run")
    assert "Plays the cello in an orchestra" not in [p["text"] for p in rapport.json("review")["proposals"]]
    kept = [m["text"] for m in rapport.json("people", "show", "anna")["memories"] if m["review"] == "kept"]
    assert kept == ["Plays the cello in an orchestra"]
    assert note.read_text(encoding="utf-8").count("cello") == 1


def test_a_vault_note_captured_gets_the_checklist_itself(rapport, home: Path):
    note = setup(rapport, home)
    own = home / "vault" / "Meetings" / "anna notes.md"
    own.write_text("---\nuid: one-on-one\ndate: 2026-04-02\n---\n# 1-1 Anna\n\n"
                   "Anna mentioned her son starts university in Kyoto.\n", encoding="utf-8")
    rapport.json("capture", str(own), "--meeting", "one-on-one", "--date", "2026-04-02")
    text = own.read_text(encoding="utf-8")
    assert "<!-- rapport:review:start id=meeting" in text and "Kyoto" in text.split("rapport:review:start")[1]
    assert not note.exists()


def test_forget_takes_the_person_out_of_the_checklist(rapport, home: Path):
    note = setup(rapport, home)
    capture(rapport, home)
    rapport("forget", "Anna Berg", "--yes")
    text = note.read_text(encoding="utf-8")
    assert "Anna Berg" not in text and "rapport-id:" not in text
    rapport("run")  # the sheet lets go of the forgotten memories; nothing comes back
    assert "Anna Berg" not in note.read_text(encoding="utf-8")


PAUSING_WRITER = '''
import time
from pathlib import Path
from rapport_plugins import hookimpl


@hookimpl
def rapport_review_write(meeting, items, sources, ref, config):
    """A notes service that is slow to answer: while `pause` exists it waits for `go`."""
    home = Path(config.home)
    if (home / "pause").exists():
        (home / "paused").touch()
        for _ in range(3000):
            if (home / "go").exists():
                break
            time.sleep(0.02)
    return None
'''


def _wait_for(path: Path) -> None:
    for _ in range(3000):
        if path.exists():
            return
        time.sleep(0.02)
    raise AssertionError(f"{path} never appeared")


def test_a_capture_while_another_process_syncs_keeps_its_checklist(rapport, home: Path):
    """Two processes: `rapport run` is in the middle of syncing the first meeting's checklist when
    `rapport capture` of a second meeting adds its proposals. The second meeting's record survives
    the first process's write-back, so its checklist is written and read back afterwards."""
    ics = ics_calendar(
        ics_event("one-on-one", "20260402T060000Z", "20260402T063000Z", "1-1 Anna",
                  attendees=(("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))),
        ics_event("second", "20260402T064500Z", "20260402T071500Z", "Coffee Ben",
                  attendees=(("Sam Lee", "sam@example.com"), ("Ben Ortiz", "ben@example.org"))))
    note = setup(rapport, home, extra='[plugins]\nhooks_dir = "hooks"\n')
    (home / "cal.ics").write_text(ics, encoding="utf-8")
    (home / "hooks").mkdir()
    (home / "hooks" / "slow_notes.py").write_text(PAUSING_WRITER, encoding="utf-8")
    rapport("people", "add", "Ben Ortiz", "--email", "ben@example.org")
    (home / "ben.vtt").write_text(TRANSCRIPT.replace("Anna Berg", "Ben Ortiz"), encoding="utf-8")
    capture(rapport, home)
    assert note.exists()

    edit(note, lambda t: t.replace("- [ ] Anna Berg: Daughter", "- [x] Anna Berg: Daughter"))  # news to sync
    env = {**os.environ, "RAPPORT_HOME": str(home)}
    (home / "pause").touch()
    syncing = subprocess.Popen([sys.executable, "-m", "rapport_plugins", "run"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(home / "paused")
    (home / "pause").unlink()  # the capture below must not wait too
    other = subprocess.run([sys.executable, "-m", "rapport_plugins", "capture", str(home / "ben.vtt"),
                            "--meeting", "second", "--date", "2026-04-02"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert other.returncode == 0, other.stderr
    (home / "go").touch()
    _, err = syncing.communicate(timeout=120)
    assert syncing.returncode == 0, err

    rapport("run")  # the second meeting's checklist is (still) on record: it is written
    ben_note = home / "vault" / "Meetings" / "2026-04-02 Coffee Ben.md"
    edit(ben_note, lambda t: t.replace("- [ ] Ben Ortiz: Training for", "- [x] Ben Ortiz: Training for"))
    rapport("run")
    kept = [m["text"] for m in rapport.json("people", "show", "ben")["memories"] if m["review"] == "kept"]
    assert kept == ["Training for the Berlin marathon"]
    kept = [m["text"] for m in rapport.json("people", "show", "anna")["memories"] if m["review"] == "kept"]
    assert kept == ["Daughter just started school"]
