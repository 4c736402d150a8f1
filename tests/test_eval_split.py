"""The held-out split is what its READMEs say it is: for every blind writer's batch split by a seeded draw, one
example of every three consecutive ones (sorted by name) is held out, chosen by ``random.Random(f"{seed}-{prefix}-
{block}")`` with the seed the batch's README names. Recomputing the draw here shows nobody moved an example between the
splits after seeing how the engine did on it. Only file names are read, never an example's content."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

EVAL = Path(__file__).parent / "data" / "eval"

# seed -> the batches it drew (tests/data/eval/fresh/README.md, heldout/README.md, docs/capture.md)
SEEDS = {
    "20261202c": "i j l",
    "20261203": "oa ob oc",
    "20261203b": "od oe of og",
    "20261203c": "oh oi oj ok",
    "20261203d": "ov ow",
    "20261204": "ol om on ox oy oz",
    "20261204b": "oo op oq or os ot ou qa qb qc qd qe qf qg qh qi qj",
    "20261204c": "qk ql qm qn qo qp qq qr",
    "20261204d": "qs qt qu qv qw qx qy qz",
    "20261204e": "ua ub uc ud ue uf ug uh",
    "20261204f": "xa xc xe xf xg xh",
    "20261204g": "ya yb yc yd ye yf yg yh za zb zc zd",
}
BATCHES = [(seed, prefix) for seed, prefixes in SEEDS.items() for prefix in prefixes.split()]


def _stems(folder: str, prefix: str) -> set[str]:
    return {p.stem for p in (EVAL / folder).glob(f"{prefix}[0-9][0-9][0-9]*.json")}


@pytest.mark.parametrize(("seed", "prefix"), BATCHES)
def test_the_held_out_part_of_a_batch_is_its_seeded_draw(seed, prefix):
    held, dev = _stems("heldout", prefix), _stems("fresh", prefix)
    stems = sorted(held | dev)
    assert len(stems) >= 3 and not held & dev
    drawn = {stems[b:b + 3][random.Random(f"{seed}-{prefix}-{b // 3}").randrange(len(stems[b:b + 3]))]
             for b in range(0, len(stems), 3)}
    assert held == drawn


def test_every_split_batch_is_listed():
    """A new batch split by a draw must be added to SEEDS, so its split is checked too."""
    def prefixes(folder: str) -> set[str]:
        return {re.match(r"[a-z]+", p.name).group(0) for p in (EVAL / folder).glob("*.json")}

    both = prefixes("heldout") & prefixes("fresh")
    assert both <= {prefix for _, prefix in BATCHES}, sorted(both - {prefix for _, prefix in BATCHES})
