"""Watched folders: `rapport run` captures transcripts that tools save by themselves, once each,
for the calendar meeting they belong to (rapport_incoming_notes + the core's meeting inference)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from rapport_plugins import Context
from rapport_plugins.testing import ics_calendar, ics_event

ICS = ics_calendar(
    ics_event("one-on-one", "20260402T060000Z", "20260402T063000Z", "1-1 Anna",
              attendees=(("Sam Lee", "sam@example.com"), ("Anna Berg", "anna@example.org"))),
    ics_event("sync-ben", "20260402T064500Z", "20260402T071500Z", "Sync Ben",
              attendees=(("Sam Lee", "sam@example.com"), ("Ben Ortiz", "ben@example.org"))),
)

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Sam Lee: Morning! How was your weekend?

2
00:00:04.500 --> 00:00:10.000
Anna Berg: Lovely, thanks. We also adopted a kitten last month, she's called Miso.
"""

OTTER = """Ben Ortiz  0:03
My daughter just started school in Lisbon, so mornings are chaos.

Sam Lee  0:09
Let us look at the plan.
"""


def _at(path: Path, iso: str) -> None:
    """Give ``path`` the modification time ``iso`` (the pinned clock is 07:55 UTC)."""
    stamp = datetime.fromisoformat(iso).timestamp()
    os.utime(path, (stamp, stamp))


def _setup(rapport, home: Path, extra: str = "") -> Path:
    (home / "cal.ics").write_text(ICS, encoding="utf-8")
    zoom = home / "Zoom"
    zoom.mkdir()
    rapport.config('[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ntimezone = "Europe/Berlin"\n'
                   '[ics]\ncalendars = ["cal.ics"]\n'
                   f'[transcripts]\nwatch = ["Zoom"]\n{extra}')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "Ben Ortiz", "--email", "ben@example.org")
    return zoom


def _proposals(rapport) -> list[tuple[str, str]]:
    return sorted((p["person"], p["text"]) for p in rapport.json("review")["proposals"])


def test_a_zoom_local_recording_is_captured_once_for_the_meeting_in_its_folder_name(rapport, home):
    zoom = _setup(rapport, home)
    folder = zoom / "2026-04-02 08.00.41 1-1 Anna"  # Zoom's layout: local start time, then the title
    folder.mkdir()
    transcript = folder / "audio_transcript.vtt"
    transcript.write_text(VTT, encoding="utf-8")
    (folder / "meeting_saved_chat.txt").write_text("08:01:02 From Anna Berg to Everyone: hi\n"
                                                    "08:01:05 From Anna Berg to Everyone: my cat is Tom\n")
    _at(transcript, "2026-04-02T07:40:00+00:00")  # written an hour after the 1-1 ended, near the next
    _at(folder / "meeting_saved_chat.txt", "2026-04-02T06:31:00+00:00")
    report = rapport.json("run")
    [after] = [item for item in report if item["phase"] == "after"]
    assert after["uid"] == "one-on-one" and after["notes"] == [str(transcript)]
    assert "Zoom folder name" in after["how"] and after["proposed"] == 1
    [(person, text)] = _proposals(rapport)
    assert person == "Anna Berg" and "kitten" in text and "Miso" in text
    assert [i for i in rapport.json("run") if i["phase"] == "after"] == []  # captured once
    assert rapport("run").stdout == ""
    assert len(_proposals(rapport)) == 1


def test_an_export_without_a_date_goes_to_the_meeting_that_ended_nearest_its_time(rapport, home):
    zoom = _setup(rapport, home)
    export = zoom / "Otter export.txt"
    export.write_text(OTTER, encoding="utf-8")
    _at(export, "2026-04-02T07:20:00+00:00")  # five minutes after the sync with Ben ended
    out = rapport("run").stdout
    assert "Sync Ben (after): 0 memories remembered, 1 proposal" in out and "ended nearest" in out
    [(person, text)] = _proposals(rapport)
    assert person == "Ben Ortiz" and "daughter just started school" in text.lower()


def test_a_file_still_being_written_waits_for_a_later_run(rapport, home):
    zoom = _setup(rapport, home)
    export = zoom / "otter.txt"
    export.write_text(OTTER, encoding="utf-8")
    _at(export, "2026-04-02T07:54:30+00:00")  # 30 s before the pinned now: may still be growing
    assert [i for i in rapport.json("run") if i["phase"] == "after"] == []
    assert _proposals(rapport) == []
    later = rapport.json("run", "--at", "2026-04-02T10:00:00+02:00")
    assert [i["uid"] for i in later if i["phase"] == "after"] == ["sync-ben"]
    assert len(_proposals(rapport)) == 1


def test_old_files_in_the_folder_are_left_alone(rapport, home):
    zoom = _setup(rapport, home)
    old = zoom / "2025-01-10 09.00.00 Long ago" / "audio_transcript.vtt"
    old.parent.mkdir()
    old.write_text(VTT, encoding="utf-8")
    _at(old, "2025-01-10T10:00:00+00:00")  # watching an old folder does not capture its history
    assert [i for i in rapport.json("run") if i["phase"] == "after"] == []


def test_a_changed_file_is_captured_again_and_only_what_is_new_is_stored(rapport, home):
    zoom = _setup(rapport, home)
    export = zoom / "otter.txt"
    export.write_text(OTTER, encoding="utf-8")
    _at(export, "2026-04-02T07:20:00+00:00")
    rapport("run")
    export.write_text(OTTER + "\nBen Ortiz  0:15\nWe are moving to Porto next month.\n", encoding="utf-8")
    _at(export, "2026-04-02T07:21:00+00:00")
    [after] = [i for i in rapport.json("run") if i["phase"] == "after"]
    assert after["proposed"] == 1
    texts = [t for _, t in _proposals(rapport)]
    assert len(texts) == 2 and any("Porto" in t for t in texts)


def test_concurrent_runs_capture_a_file_once(rapport, home):
    from rapport_plugins.capture import capture_incoming

    zoom = _setup(rapport, home)
    export = zoom / "otter.txt"
    export.write_text(OTTER, encoding="utf-8")
    _at(export, "2026-04-02T07:20:00+00:00")
    now = datetime.fromisoformat("2026-04-02T09:55:00+02:00")
    first, second = Context(home=str(home)), Context(home=str(home))  # two processes, one store
    try:
        from datetime import timedelta

        assert [i["uid"] for i in capture_incoming(first, now, timedelta(hours=24))] == ["sync-ben"]
        assert capture_incoming(second, now, timedelta(hours=24)) == []
    finally:
        first.close()
        second.close()


def test_hostile_files_are_one_line_errors_naming_them_and_store_nothing(rapport, home):
    zoom = _setup(rapport, home, "max_bytes = 4000\n")
    huge = zoom / "huge.vtt"
    huge.write_text("WEBVTT\n\n" + "00:00:01.000 --> 00:00:02.000\nAnna Berg: my dog Rex\n\n" * 500, encoding="utf-8")
    broken = zoom / "broken.vtt"
    broken.write_text("WEBVTT\n\n00:0x:01.000 --> 00:00:02.000\nAnna Berg: my cat is called Tom\n", encoding="utf-8")
    binary = zoom / "binary.txt"
    binary.write_bytes(b"Anna Berg: my dog \xc3\x28 Rex\n" * 50)
    for path in (huge, broken, binary):
        _at(path, "2026-04-02T06:35:00+00:00")
    result = rapport("run", code=1)
    errors = [line for line in result.stderr.splitlines() if line.startswith("rapport: transcripts:")]
    assert len(errors) == 3, result.stderr
    assert any("huge.vtt" in e for e in errors) and any("broken.vtt:3" in e for e in errors)
    assert any("binary.txt" in e for e in errors)
    assert _proposals(rapport) == []
    assert rapport.json("people", "show", "anna")["memories"] == []


def test_a_missing_watched_folder_is_said_and_the_run_fails(rapport, home):
    _setup(rapport, home)
    (home / "config.toml").write_text((home / "config.toml").read_text().replace('"Zoom"', '"Zooom"'))
    result = rapport("run", code=1)
    assert "watched folder" in result.stderr and "Zooom" in result.stderr
