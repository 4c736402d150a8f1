"""No command ends in a traceback: every option has a range, every import a schema."""

from __future__ import annotations

import json

import pytest

HUGE = "99999999999999999999999"


@pytest.mark.parametrize("args, words", [
    (["people", "show", f"#{HUGE}"], "unknown person"),
    (["search", "x", "--limit", HUGE], "not in the range"),
    (["search", "x", "--limit", "0"], "not in the range"),
    (["done", HUGE], "not in the range"),
    (["done", "0"], "not in the range"),
    (["review", "--keep", HUGE], "not in the range"),
    (["review", "--edit", HUGE, "x"], "not in the range"),
    (["brief", "--at", "9999-12-31T23:59"], "years 1000 to 8999"),
    (["brief", "--at", "0001-01-01T00:00"], "years 1000 to 8999"),
    (["run", "--at", "9999-12-31T23:59"], "years 1000 to 8999"),
    (["run", "--within", "99999999999"], "not in the range"),
    (["run", "--since", "99999999999"], "not in the range"),
    (["sync", "--days", "100000000"], "not in the range"),
    (["sync", "--past-days", "100000000"], "not in the range"),
    (["remember", "x", "--who", "Sam", "--when", "9999-12-31"], "years 1000 to 8999"),
])
def test_out_of_range_options_are_one_line_errors(rapport, args, words):
    rapport("init", "--name", "Sam")
    result = rapport(*args, code=2 if "not in the range" in words else 1)
    assert words in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")


@pytest.mark.parametrize("now", ["9999-12-31T23:59", "0001-01-01T00:00", "99999999999", "+275760-09-13"])
def test_rapport_now_at_the_calendar_edges(rapport, now):
    rapport("init", "--name", "Sam")
    result = rapport("brief", code=1, env={"RAPPORT_NOW": now})
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Error: bad RAPPORT_NOW")


def test_capture_date_at_the_edge(rapport, tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text("remember: x\n")
    rapport("init", "--name", "Sam")
    result = rapport("capture", str(notes), "--date", "9999-12-31", "--with", "Sam", code=1)
    assert result.stderr.strip() == "Error: bad --date '9999-12-31': rapport works with years 1000 to 8999"


@pytest.mark.parametrize("content, words", [
    ("[" * 100_000, "nested more than 64 levels deep"),
    ('{"format": "rapport-export", "people": "abc"}', "people: expected a list, found str"),
    ('{"format": "rapport-export", "people": [{"name": "A", "emails": "a@b.c"}]}',
     "people[0].emails: expected a list, found str"),
    ('{"format": "rapport-export", "people": [{"name": "A", "id": 99999999999999999999999}]}',
     "people[0].id: expected a whole number from 0"),
    ('{"format": "rapport-export", "people": [{"name": "A", "memories": [{"text": 5}]}]}',
     "people[0].memories[0].text: expected a non-empty string"),
    ('{"format": "rapport-export", "meetings": [{"key": "k", "uid": "u", "title": "t", "start": "s", '
     '"people": ["x"]}]}', "meetings[0].people[0]: expected a whole number from 0"),
    ('{"format": "rapport-export", "state": []}', "state: expected an object"),
    ('{"format": "rapport-export", "people": [{"name": "A", "memories": [{"text": "t", "brought_up": '
     '[{"meeting_key": "k"}]}]}]}', "people[0].memories[0].brought_up[0].meeting_start: expected a non-empty string"),
    ("caf\xe9", "not UTF-8"),
])
def test_import_checks_the_whole_file_first(rapport, tmp_path, content, words):
    rapport("init", "--name", "Sam")
    path = tmp_path / "export.json"
    path.write_bytes(content.encode("latin-1") if content == "caf\xe9" else content.encode())
    result = rapport("import", str(path), code=1)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}") and words in line
    assert rapport.json("people") == [p for p in rapport.json("people") if p["name"] == "Sam"]


def test_a_valid_export_still_round_trips(rapport, tmp_path):
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("remember", "Her dog is Max", "--who", "Anna Berg")
    out = tmp_path / "e.json"
    rapport("export", "-o", str(out))
    data = json.loads(out.read_text())
    rapport("import", str(out))
    assert json.loads(out.read_text()) == data


@pytest.mark.parametrize("command", [["review"], ["done"], ["share"]])
def test_help_does_not_spell_out_the_id_range(rapport, command):
    shown = rapport(*command, "--help").stdout
    assert "9223372036854775807" not in shown and "<=x<=" not in shown
