"""docs/tutorial.md's integration, run as written: its code is read from the page itself."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "tutorial.md"
EXPORT = (
    "Invitee Name,Invitee Email,Event Type Name,Start Date & Time,End Date & Time,Canceled\n"
    "Anna Berg,anna@example.org,Coaching session,2026-04-02T10:00:00+02:00,2026-04-02T10:45:00+02:00,false\n"
    "Ben Okafor,ben@example.org,Intro call,2026-04-02T10:30:00+02:00,2026-04-02T11:00:00+02:00,true\n"
    "Cleo Park,cleo@example.org,Coaching session,2026-04-09T10:00:00+02:00,2026-04-09T10:45:00+02:00,false\n"
)


def tutorial_code() -> str:
    page = PAGE.read_text(encoding="utf-8")
    match = re.search(r"<!-- tutorial-code -->\n```python\n(.*?)```", page, re.S)
    assert match, "docs/tutorial.md lost its tutorial-code block"
    return match.group(1)


@pytest.fixture
def bookings(tmp_path, rapport_plugin):
    path = tmp_path / "rapport_bookings.py"
    path.write_text(tutorial_code(), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("rapport_bookings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return rapport_plugin(module, name="bookings")


def test_the_tutorial_integration_is_under_fifty_lines():
    assert len(tutorial_code().splitlines()) < 50


def test_the_next_booking_is_briefed_with_what_was_remembered(bookings, rapport_cli, rapport_home):
    (rapport_home / "bookings.csv").write_text(EXPORT, encoding="utf-8")
    rapport_cli.config('[bookings]\ncsv = "bookings.csv"\n')
    rapport_cli("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport_cli("remember", "Her dog Max has surgery on Friday", "--who", "Anna Berg")
    briefing = rapport_cli.json("brief")
    assert briefing["meeting"]["title"] == "Coaching session"
    assert [p["person"]["name"] for p in briefing["people"]] == ["Anna Berg"]
    assert "Max" in str(briefing["people"][0])
    synced = rapport_cli.json("sync")
    assert synced["meetings"] == 2  # the cancelled intro call is not a meeting
    assert [f["email"] for f in synced["new_faces"]] == ["cleo@example.org"]


def test_an_unconfigured_tutorial_plugin_stays_out_of_the_way(bookings, rapport_context, rapport_now):
    from rapport_plugins import Window

    assert bookings.rapport_calendar_events(window=Window(rapport_now, rapport_now), config=rapport_context.config) is None


def test_a_bad_row_is_one_line_naming_the_file_and_the_row(bookings, rapport_cli, rapport_home):
    bad = EXPORT.replace("2026-04-09T10:00:00+02:00", "soon")
    (rapport_home / "bookings.csv").write_text(bad, encoding="utf-8")
    rapport_cli.config('[bookings]\ncsv = "bookings.csv"\n')
    result = rapport_cli("sync", code=1)  # a source that cannot be read: sync says so and exits 1
    assert f"plugin 'bookings' failed in rapport_calendar_events: {rapport_home / 'bookings.csv'}:4: " \
           "bad date and time 'soon'" in result.stderr


def test_the_tutorial_plugin_declares_its_section(bookings, rapport_cli, rapport_home):
    (row,) = [r for r in rapport_cli.json("plugins") if r["name"] == "bookings"]
    assert row["status"] == "not configured" and row["about"] == "meetings from a booking tool's CSV export"
    assert bookings.rapport_config_sections()["bookings"]["keys"] == {"csv": str}
    (rapport_home / "bookings.csv").write_text(EXPORT, encoding="utf-8")
    rapport_cli.config('[bookings]\ncsv = "bookings.csv"\n')
    (row,) = [r for r in rapport_cli.json("plugins") if r["name"] == "bookings"]
    assert row["status"] == "configured"


def test_the_scaffolds_own_test_passes_with_the_tutorial_code_in_place(rapport_cli, tmp_path):
    """Step 1 then step 3 as the page says: scaffold, replace the module, and its generated test still passes."""
    import os
    import subprocess
    import sys

    created = rapport_cli.json("plugin", "new", "bookings", "--hook", "rapport_calendar_events", "--dir", str(tmp_path))
    folder = Path(created["folder"])
    (folder / "rapport_bookings" / "__init__.py").write_text(tutorial_code(), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(folder)}
    env.pop("RAPPORT_HOME", None)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder / "tests")],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
