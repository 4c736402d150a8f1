"""Pass rates of the generated marker matrix (tests/marker_matrix.py), per dimension value.

Run: `.venv/bin/python benchmarks/marker_matrix.py [--all] [--n 3000] [--fails N] [--dim NAME]`
(a seeded sample of the marker cells plus every heading, tag, outsider and negative cell; ``--all``
runs the whole product, which takes minutes).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from marker_matrix import Evaluator, cells, sample  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--fails", type=int, default=0, help="print this many failing cells")
    ap.add_argument("--dim", action="append", default=[], help="only dims NAME=VALUE")
    args = ap.parse_args()
    os.environ["RAPPORT_NOW"] = "2026-04-02T09:55:00+02:00"
    chosen = list(cells()) if args.all else sample(args.n, args.seed)
    for d in args.dim:
        k, _, v = d.partition("=")
        chosen = [c for c in chosen if c.dims.get(k) == v]
    with tempfile.TemporaryDirectory() as home:
        ev = Evaluator(home)
        tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        fails = []
        for cell in chosen:
            why = ev.check(cell)
            for k, v in cell.dims.items():
                t = tally[(k, v)]
                t[1] += 1
                t[0] += why is None
            if why is not None:
                fails.append((cell, why))
    total = len(chosen)
    print(f"cells {total}  passing {total - len(fails)}  ({(total - len(fails)) / max(total, 1):.3f})")
    for (k, v), (ok, n) in sorted(tally.items()):
        if ok < n:
            print(f"  {k:10} {v:28} {ok:5}/{n:<5} {ok / n:.2f}")
    for cell, why in fails[:args.fails]:
        print("----", cell.key, "->", why)
        print(cell.text)


if __name__ == "__main__":
    main()
