"""The generated marker matrix (tests/marker_matrix.py): a seeded sample of the ways people write a
"remember this" note, each captured once, with the right person and words; prose that only sounds like a
marker captured as none; a marker about someone outside the meeting given to nobody.

benchmarks/marker_matrix.py runs a larger sample (or all of it) and prints pass rates per dimension."""

from __future__ import annotations

import pytest
from marker_matrix import Evaluator, sample


@pytest.fixture(scope="module")
def evaluator(tmp_path_factory):
    home = tmp_path_factory.mktemp("matrix-home")
    return Evaluator(str(home))


def test_every_sampled_cell_is_captured_once_with_its_person(evaluator, monkeypatch):
    monkeypatch.setenv("RAPPORT_NOW", "2026-04-02T09:55:00+02:00")
    cells = sample(180, seed=8, headings=120)
    failures = [f"{c.key}: {why}\n{c.text}" for c in cells if (why := evaluator.check(c)) is not None]
    assert not failures, f"{len(failures)} of {len(cells)} cells fail:\n" + "\n".join(failures[:10])


def test_the_matrix_covers_every_dimension():
    cells = sample(180, seed=8, headings=120)
    dims = {(k, v) for c in cells for k, v in c.dims.items()}
    for lang in ("en", "de", "es"):
        assert ("lang", lang) in dims
    assert {v for k, v in dims if k == "container"} >= {"table", "callout", "logseq-props", "inline-prose", "nested"}
    assert sum(1 for c in cells if c.negative) >= 40 and sum(1 for c in cells if c.transcript) >= 10
    assert sum(1 for c in cells if c.person is None and not c.negative) >= 15  # about someone outside the meeting
