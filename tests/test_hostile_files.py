"""Every file in tests/data/hostile/ through the command that reads it: a result or a one-line
error, never a traceback (see tests/data/hostile/README.md for what each file attacks)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
FILES = sorted(p.name for p in HOSTILE.iterdir() if p.name != "README.md")


def _lines_are_messages(stderr: str) -> bool:
    return all(line.startswith(("rapport: ", "Error: ", "Syncing ", "Done: ")) or not line.strip()
               for line in stderr.splitlines())


@pytest.mark.parametrize("name", FILES)
def test_every_hostile_file_gives_a_result_or_one_line_error(rapport, name):
    home = rapport.home
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(HOSTILE / name, home / name)
    suffix = Path(name).suffix
    rapport.config({
        ".ics": f'[me]\nname = "Sam"\n[ics]\ncalendars = ["{name}"]\ntimezone = "UTC"\n',
        ".vcf": f'[me]\nname = "Sam"\n[vcard]\nfiles = ["{name}"]\n',
    }.get(suffix, '[me]\nname = "Sam"\n'))
    rapport("init", "--name", "Sam")
    rapport("people", "add", "Anna Berg", "--email", "anna@example.com")
    if suffix in (".ics", ".vcf"):
        result = rapport("sync", "--days", "14")
    elif suffix == ".json":
        result = rapport("import", str(home / name), code=1)
        assert len(result.stderr.strip().splitlines()) == 1
    else:
        expected = 1 if name.startswith("latin1") else 0
        result = rapport("capture", str(home / name), "--date", "2026-04-01", "--with", "Anna Berg",
                         "--dry-run", code=expected)
        if not expected:
            assert "Anna" in result.stdout
    assert "Traceback" not in result.stderr and _lines_are_messages(result.stderr), result.stderr
