"""`rapport capture`, `review` and `done` end to end through click, with a real store in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
Sam Lee: Morning Anna! My cat has been sick and I'm training for a 10k.

2
00:00:05.000 --> 00:00:11.000
Anna Berg: Busy week. My daughter just started school.

3
00:00:11.000 --> 00:00:16.000
Anna Berg: I'm training for the Berlin marathon in September. Do you run?

4
00:00:16.000 --> 00:00:22.000
Sam Lee: I don't. I'm dreading my own move next month.

5
00:00:22.000 --> 00:00:28.000
Anna Berg: My mum is in hospital, she has surgery next Friday.
"""

NOTE = """# 1:1 Anna - 2026-03-04

- remember: Max the dog has surgery on Friday
- remember: she is vegetarian
- We reviewed the Q2 plan.
- Anna's sister is getting married in June.
"""

LATER = """# 1:1 Anna - 2026-03-11

- Asked how Max's surgery went: he is recovering well.
- Q2 plan signed off.
"""


@pytest.fixture
def me(rapport):
    rapport.config('[me]\nname = "Sam Lee"\n')
    return rapport


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_zoom_transcript_proposes_the_other_persons_disclosures_and_none_of_mine(me, tmp_path):
    path = _write(tmp_path, "zoom.vtt", ZOOM)
    out = me.json("capture", str(path), "--date", "2026-03-04")
    assert out["stored"] == [] and out["unattributed"] == []
    proposed = {(p["person"], p["text"]) for p in out["proposed"]}
    assert proposed == {
        ("Anna Berg", "Daughter just started school"),
        ("Anna Berg", "Training for the Berlin marathon in September"),
        ("Anna Berg", "Mum is in hospital, she has surgery next Friday"),
    }
    by_text = {p["text"]: p for p in out["proposed"]}
    hospital = by_text["Mum is in hospital, she has surgery next Friday"]
    assert (hospital["category"], hospital["sensitivity"]) == ("health", "sensitive")
    # said on a Wednesday, "next Friday" is the 6th to some and the 13th to others: no date, the phrase kept
    assert (hospital["event_date"], hospital["event_text"]) == (None, "next Friday")
    assert by_text["Training for the Berlin marathon in September"]["event_date"] == "2026-09-01"
    assert hospital["source_ref"] == f"{path}:21"
    listed = me.json("review")["proposals"]
    assert {p["text"] for p in listed} == {t for _, t in proposed}
    assert not any("10k" in p["text"] or "cat" in p["text"].lower() or "move" in p["text"] for p in listed)


def test_capturing_the_same_file_twice_stores_nothing_new(me, tmp_path):
    path = _write(tmp_path, "zoom.vtt", ZOOM)
    first = me.json("capture", str(path), "--date", "2026-03-04")
    again = me.json("capture", str(path), "--date", "2026-03-04")
    assert again["stored"] == [] and again["proposed"] == []
    assert len(again["duplicates"]) == len(first["proposed"]) == 3
    assert len(me.json("review")["proposals"]) == 3


def test_markers_are_stored_with_dates_and_follow_ups_then_a_later_meeting_proposes_closing_them(me, tmp_path):
    out = me.json("capture", str(_write(tmp_path, "n.md", NOTE)), "--date", "2026-03-04", "--with", "Anna Berg")
    stored = {s["text"].lower(): s for s in out["stored"]}
    assert set(stored) == {"max the dog has surgery on friday", "she is vegetarian"}
    assert stored["max the dog has surgery on friday"]["event_date"] == "2026-03-06"
    assert stored["max the dog has surgery on friday"]["category"] == "pet"
    assert out["duplicates"] == []  # markers read by two plugins are one memory with two sources
    assert [(p["person"], p["text"]) for p in out["proposed"]] == [("Anna Berg", "Anna's sister is getting married in June")]
    shown = me.json("people", "show", "Anna Berg")
    surgery = next(m for m in shown["memories"] if m["text"].startswith("Max"))
    assert surgery["follow_up"] == "open" and surgery["review"] == "kept"

    later = me.json("capture", str(_write(tmp_path, "later.md", LATER)), "--date", "2026-03-11", "--with", "Anna Berg")
    assert later["asked"] == []  # never closed silently: proposed, with the line that justifies it
    (closing,) = later["closings"]
    assert closing["id"] == surgery["id"] and closing["evidence"] == "- Asked how Max's surgery went: he is recovering well."
    assert closing["source_ref"].endswith("later.md:3") and closing["who"] == "notes"
    shown = me.json("people", "show", "Anna Berg")
    assert next(m for m in shown["memories"] if m["id"] == surgery["id"])["follow_up"] == "open"
    assert [c["id"] for c in me.json("review")["closings"]] == [surgery["id"]]
    me("review", "--keep", str(surgery["id"]))
    shown = me.json("people", "show", "Anna Berg")
    assert next(m for m in shown["memories"] if m["id"] == surgery["id"])["follow_up"] == "asked"
    assert me.json("review")["closings"] == []

    done = me.json("done", str(surgery["id"]))
    assert done["follow_up"] == "done"
    result = me("done", str(surgery["id"] + 100), code=1)
    assert result.stderr.count("\n") == 1


def test_dry_run_stores_nothing(me, tmp_path):
    out = me.json("capture", str(_write(tmp_path, "n.md", NOTE)), "--date", "2026-03-04", "--with", "Anna Berg", "--dry-run")
    assert out["dry_run"] is True and len(out["stored"]) == 2
    assert me.json("review")["proposals"] == []
    assert me.json("people")  == [] or all(p["name"] != "Anna Berg" for p in me.json("people"))


def test_review_keep_dismiss_edit_and_yes(me, tmp_path):
    me.json("capture", str(_write(tmp_path, "zoom.vtt", ZOOM)), "--date", "2026-03-04")
    ids = [p["id"] for p in me.json("review")["proposals"]]
    out = me.json("review", "--keep", str(ids[0]), "--dismiss", str(ids[1]), "--edit", str(ids[2]), "Mum in hospital")
    assert {(d["id"], d["review"]) for d in out["decided"]} == {(ids[0], "kept"), (ids[1], "dismissed"), (ids[2], "kept")}
    assert out["remaining"] == 0
    texts = {m["text"] for m in me.json("people", "show", "Anna Berg")["memories"]}
    assert "Mum in hospital" in texts
    result = me("review", "--keep", str(ids[1]), code=1)
    assert "not a proposal" in result.stderr
    again = me.json("capture", str(tmp_path / "zoom.vtt"), "--date", "2026-03-04")
    assert again["proposed"] == [] and me.json("review")["proposals"] == []  # dismissed stays dismissed


def test_interactive_review_prompts_per_proposal(me, tmp_path):
    me.json("capture", str(_write(tmp_path, "zoom.vtt", ZOOM)), "--date", "2026-03-04")
    result = me("review", input="k\nd\ns\n")
    assert "1 kept, 1 dismissed, 1 left" in result.stdout
    assert len(me.json("review")["proposals"]) == 1
    assert me.json("review", "--yes")["remaining"] == 0


def test_group_notes_without_a_name_are_reported_not_stored(me, tmp_path):
    text = "# Sync\n- remember: the dog has surgery on Friday\n- remember: [[Wendy Clark]] is on maternity leave\n"
    out = me.json("capture", str(_write(tmp_path, "g.md", text)), "--date", "2026-03-04",
                  "--with", "Anna Berg", "--with", "Ben Ortiz")
    assert out["stored"] == []
    reported = sorted(u["text"].lower().replace("[[", "").replace("]]", "") for u in out["unattributed"])
    assert reported == ["the dog has surgery on friday", "wendy clark is on maternity leave"]


@pytest.mark.parametrize(("name", "content", "needle"), [
    ("blob.txt", b"\x00\x01\x02binary", "binary file"),
    ("noise.txt", bytes(range(1, 128)) * 20, "binary file"),  # valid UTF-8, all control bytes
    ("windows.txt", "Anna Berg: remember my dog Max\r\n".encode("utf-16-le"),
     "UTF-16 text without a byte-order mark; save it as UTF-8"),
    ("latin.txt", "caf\xe9\n".encode("latin-1"), "not UTF-8 text (byte 3); save it as UTF-8"),
    ("bad.vtt", b"WEBVTT\n\n00:00:01.000 --> 00:0x:03.000\nhello\n", "bad.vtt:3: malformed cue timing"),
])
def test_bad_files_give_one_line_errors_naming_the_file(me, tmp_path, name, content, needle):
    path = tmp_path / name
    path.write_bytes(content)
    result = me("capture", str(path), "--date", "2026-03-04", code=1)
    assert needle in result.stderr and str(path) in result.stderr
    assert result.stderr.count("\n") == 1
    assert me.json("review")["proposals"] == []


def test_missing_file_is_a_one_line_error(me, tmp_path):
    result = me("capture", str(tmp_path / "nope.md"), code=1)
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.md'}: no such file"


def test_extractor_can_be_blocked(me, tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_PLUGINS_BLOCK", "rules-extractor")
    out = me.json("capture", str(_write(tmp_path, "zoom.vtt", ZOOM)), "--date", "2026-03-04")
    assert out["proposed"] == [] and out["stored"] == []


LLM_LIKE = '''
from rapport_plugins import hookimpl
from rapport_plugins.models import Candidate


@hookimpl
def rapport_extract_memories(text, context):
    """A stand-in for an LLM extractor: proposes one paraphrase per turn that mentions a marathon."""
    out = []
    for u in context["utterances"]:
        if u.speaker not in context["me"] and "marathon" in u.text:
            out.append(Candidate(text="Running the Berlin marathon in September", person=u.speaker,
                                 source="llm", source_ref=f"{context['notes'].ref}:{u.line}"))
    return out
'''


def test_a_local_extractor_plugin_adds_to_or_replaces_the_rules(me, tmp_path, monkeypatch):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "llm_extractor.py").write_text(LLM_LIKE, encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOOKS_DIR", str(hooks))
    path = _write(tmp_path, "zoom.vtt", ZOOM)
    both = me.json("capture", str(path), "--date", "2026-03-04", "--dry-run")
    texts = {p["text"] for p in both["proposed"]}
    assert "Running the Berlin marathon in September" in texts and "Daughter just started school" in texts
    llm = next(p for p in both["proposed"] if p["text"].startswith("Running"))
    assert (llm["category"], llm["event_date"]) == ("hobby", "2026-09-01")  # classified and dated by capture
    monkeypatch.setenv("RAPPORT_PLUGINS_BLOCK", "rules-extractor")
    alone = me.json("capture", str(path), "--date", "2026-03-04")
    assert [p["text"] for p in alone["proposed"]] == ["Running the Berlin marathon in September"]


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:anna-1-1\r
DTSTAMP:20260301T000000Z\r
DTSTART:20260304T100000Z\r
DTEND:20260304T103000Z\r
SUMMARY:1:1 Anna\r
ORGANIZER;CN=Sam Lee:mailto:sam@example.com\r
ATTENDEE;CN=Sam Lee:mailto:sam@example.com\r
ATTENDEE;CN=Anna Berg:mailto:anna@example.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_capture_for_a_calendar_meeting_knows_me_by_email(rapport, home, tmp_path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    rapport.config('[me]\nemails = ["sam@example.com"]\n\n[ics]\ncalendars = ["cal.ics"]\n')
    path = _write(tmp_path, "zoom.vtt", ZOOM)
    out = rapport.json("capture", str(path), "--meeting", "anna-1-1", "--date", "2026-03-04")
    assert out["meeting"]["uid"] == "anna-1-1"
    assert {p["person"] for p in out["proposed"]} == {"Anna Berg"} and len(out["proposed"]) == 3
    people = {p["name"]: p for p in rapport.json("people")}
    assert "Sam Lee" not in people and people["Anna Berg"]["emails"] == ["anna@example.com"]
    result = rapport("capture", str(path), "--meeting", "no-such-uid", code=1)
    assert "no-such-uid" in result.stderr and result.stderr.count("\n") == 1


def test_unknown_speakers_are_nobody(me, tmp_path):
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nUnknown Speaker: My dog has been sick all week.\n"
    out = me.json("capture", str(_write(tmp_path, "u.vtt", text)), "--date", "2026-03-04")
    assert out["proposed"] == [] and out["stored"] == []
    assert all(p["name"] != "Unknown Speaker" for p in me.json("people"))


def test_capture_review_and_done_show_dates_as_people_read_them(me, tmp_path):
    me("people", "add", "Anna Berg", "--email", "anna@example.org")
    captured = me("capture", str(_write(tmp_path, "note.md", NOTE)), "--date", "2026-03-04", "--with", "Anna Berg").stdout
    assert "Anna Berg: Max the dog has surgery on Friday (" in captured and "[Fri 6 Mar 2026]" in captured
    assert "[2026-03-06]" not in captured
    shown = me("review", input="s\ns\n").stdout
    assert "[2026-" not in shown


def test_the_summary_says_which_words_a_day_was_read_from_and_how_to_correct_it(me, tmp_path):
    me("people", "add", "Anna Berg")
    note = _write(tmp_path, "n.md", "- remember: her mum is out of hospital since Monday\n"
                                    "- remember: moves on 1 May 2026\n")
    captured = me("capture", str(note), "--date", "2026-03-04", "--with", "Anna Berg").stdout
    line = next(x for x in captured.splitlines() if "since Monday" in x)
    assert line.strip().startswith("+ Anna Berg: ") and "[Mon 2 Mar 2026] (#" in line
    assert line.endswith(": read from 'since Monday')")
    assert "1 May 2026 (" in captured and "read from '1 May 2026'" not in captured  # said whole: nothing to check
    assert "rapport memory edit ID --date DAY" in captured
    memory_id = line.rsplit("(#", 1)[1].split(":")[0]
    me("memory", "edit", memory_id, "--no-date")
    assert "[Mon 2 Mar 2026]" not in me("memory", "show", memory_id).stdout


def test_review_shows_which_words_a_proposals_day_was_read_from(me, tmp_path):
    me("people", "add", "Anna Berg")
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nAnna Berg: My mum is out of hospital since Monday, "
            "finally home.\n")
    me("capture", str(_write(tmp_path, "t.vtt", text)), "--date", "2026-03-04", "--with", "Anna Berg")
    shown = me("review", input="s\n").stdout
    line = next(x for x in shown.splitlines() if "hospital" in x)
    assert line.startswith("#") and "[Mon 2 Mar 2026] (read from 'since Monday')" in line


def test_a_month_without_a_day_is_shown_as_the_month(me, tmp_path):
    me("people", "add", "Anna Berg")
    note = _write(tmp_path, "n.md", "- remember: her sister is getting married in June\n- remember: moves on 1 May\n")
    captured = me("capture", str(note), "--date", "2026-03-04", "--with", "Anna Berg").stdout
    assert "married in June (" in captured and "[June 2026]" in captured  # not "[Mon 1 Jun 2026]"
    assert "[Fri 1 May 2026]" in captured  # a day that was said
    assert "married in June [June 2026]" in me("people", "show", "Anna").stdout
