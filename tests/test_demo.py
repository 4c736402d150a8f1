"""`rapport demo`, the README's first command, end to end on its bundled sample data.

The sample data is dated relative to the day the demo runs, so nothing here depends on the date.
"""

from __future__ import annotations

import re
from pathlib import Path


def test_the_demo_runs_the_whole_pipeline_and_keeps_its_home(rapport, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("RAPPORT_NOW")
    kept = tmp_path / "demo"
    result = rapport("demo", "--keep", str(kept))
    header = re.search(r"\(its clock set to (\w{3}) (\d{1,2}) (\w{3}) 09:55\)", result.stderr)
    assert header, result.stderr
    assert not header.group(2).startswith("0")  # "3 Dec", as everywhere else, not "03 Dec"
    assert "Synced contacts and calendar: 2 people" in result.stderr
    assert "3 memories stored from the note, 2 proposed from the transcript" in result.stderr
    out = result.stdout
    assert out.startswith("Briefing: Project Atlas kickoff")
    assert "Anna Berg  Last met" in out and "(7 days ago): Weekly 1-1 Anna" in out
    assert "Ben Okafor  First meeting on record" in out and "Chloé Martin" in out
    # Ben's card note is the user's own words, not something Ben mentioned
    assert "Shared ground with you ('jazz'): your note on their card says 'Plays bass in a jazz trio" in out
    assert "they mentioned 'Plays bass" not in out
    # the briefing was written into the meeting's note in the kept vault
    (note,) = (kept / "vault" / "Meetings").glob("* Project Atlas kickoff.md")
    assert "## Briefing: Project Atlas kickoff" in note.read_text(encoding="utf-8")


def test_a_temporary_demo_home_says_it_is_deleted_and_how_to_keep_one(rapport, monkeypatch):
    monkeypatch.delenv("RAPPORT_NOW")
    result = rapport("demo")
    home = re.search(r"Demo home: (\S+)  \(temporary, deleted at the end; its clock set to ", result.stderr)
    assert home, result.stderr
    assert not Path(home.group(1)).exists()  # as said
    assert "2 proposed from the transcript (`rapport demo --keep DIR` keeps them for `rapport review`)" in result.stderr
