"""The blind notes and transcript turns with keep labels (tests/data/probes/notes_blind.jsonl, turns_keep_blind.jsonl;
README there), captured as a user would - a note as a Markdown file, a turn as one speaker's in a plain transcript -
and compared with what their writers kept. The figures the twenty-first round left are held as floors and ceilings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from capture_benchmark import eval_capture

HERE = Path(__file__).resolve().parent
PROBES = HERE / "data" / "probes"


def _case(item: dict, folder: Path) -> Path:
    """One item written as the benchmark's example: its file and its label."""
    if "speaker" in item:
        speaker = item["speaker"] if item["speaker"] != item["me"].split()[0] else item["me"]
        body, name = f"{item['me']}: Shall we start?\n{speaker}: {item['text']}\n{item['me']}: Thanks.\n", "turn.txt"
    else:
        body, name = item["text"].rstrip("\n") + "\n", "note.md"
    (folder / name).write_text(body, encoding="utf-8")
    expected = [{"person": k["person"], "keywords": k["keywords"], "event_date": k.get("event_date"),
                 "category": "other", "sensitivity": "personal", "source": "disclosure"} for k in item.get("keep", [])]
    label = folder / "case.json"
    label.write_text(json.dumps({"file": name, "date": item["said_on"], "with": item["with"], "me": item["me"],
                                 "me_aliases": [item["me"].split()[0]], "expected": expected}), encoding="utf-8")
    return label


def _outcome(name: str, tmp: Path) -> dict[str, int]:
    module = eval_capture()
    items = [json.loads(line) for line in (PROBES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {"items": len(items), "found": 0, "false": 0, "right": 0, "wrong": 0}
    for i, item in enumerate(items):
        folder = tmp / f"c{i}"
        folder.mkdir()
        result = module.run_case(_case(item, folder), tmp / f"w{i}")
        found["found"] += len(result["pairs"])
        found["false"] += sum(1 for m in result["false_positives"] if m["review"] == "proposed")
        for want, got in ((e.get("event_date"), m["event_date"]) for e, m in result["pairs"]):
            found["right"] += (want or None) == (got or None)
            found["wrong"] += bool(got) and got != want
    return found


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    return _outcome("notes_blind.jsonl", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    return _outcome("turns_keep_blind.jsonl", tmp_path_factory.mktemp("turns"))


def test_the_notes_keep_what_their_writers_kept(notes):
    assert notes["items"] == 330
    assert notes["found"] >= 327 and notes["false"] <= 26  # 30 false proposals when the set arrived
    assert notes["right"] >= 290 and notes["wrong"] <= 4  # 284 and 9 when it arrived


def test_the_turns_keep_what_their_writers_kept(spoken):
    assert spoken["items"] == 300
    assert spoken["found"] >= 79 and spoken["false"] <= 25
    assert spoken["right"] >= 72 and spoken["wrong"] <= 3  # 71 and 4 when it arrived
