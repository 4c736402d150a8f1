"""How far the writers' own date labels are from a second careful reader's, beside the engine's.

240 dated-looking details were drawn (seeded, "iaa-20261203") from the dev split; a second annotator who
never read the extractor dated each one by hand from the same conventions (tests/data/eval/iaa/). This
prints, on the same items, the second annotator and the engine each measured against the writers' labels:
correct (same day, or both none), WRONG (a day that is not the writer's) and missing (none where the
writer gave one). The engine was tuned on dev, so its column is not a held-out figure: the point is the
human column, the ceiling the labels themselves set. The held-out rows compare labels only (a second blind
reading of the held-out split's dates, and the labels settled from it: tests/data/eval/iaa/README.md).

    python benchmarks/date_agreement.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_capture  # noqa: E402

IAA = eval_capture.EVAL_DIR / "iaa" / "labels.json"


def _shares(pairs: list[tuple[str | None, str | None]]) -> tuple[int, float, float, float]:
    right = sum(1 for got, want in pairs if got == want)
    wrong = sum(1 for got, want in pairs if got and got != want)
    missing = sum(1 for got, want in pairs if not got and want)
    n = len(pairs) or 1
    return len(pairs), right / n, wrong / n, missing / n


def main() -> None:
    items = json.loads(IAA.read_text(encoding="utf-8"))
    cases = sorted({it["case"] for it in items.values()})
    files = {p.stem: p for p in eval_capture.split_files("dev")}
    engine: dict[tuple[str, tuple[str, ...]], str | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            result = eval_capture.run_case(files[case], Path(tmp))
            for expected, memory in result["pairs"]:
                engine[(case, tuple(expected["keywords"]))] = memory["event_date"]
    matched = [it for it in items.values() if (it["case"], tuple(it["keywords"])) in engine]
    rows = {
        "second annotator, all items": _shares([(it["second"], it["writer"]) for it in items.values()]),
        "second annotator, items the engine matched": _shares([(it["second"], it["writer"]) for it in matched]),
        "engine (tuned on dev), same items": _shares(
            [(engine[(it["case"], tuple(it["keywords"]))], it["writer"]) for it in matched]),
    }
    settled = eval_capture.SETTLED
    if settled.exists():  # the held-out split's second reading (labels only: the engine is not run on it here)
        held = json.loads(settled.read_text(encoding="utf-8"))
        rows["held-out: second reader (no engine)"] = _shares([(it["second"], it["writer"]) for it in held])
        rows["held-out: settled labels (no engine)"] = _shares([(it["settled"], it["writer"]) for it in held])
    print(f"{'against the writers labels':46} {'items':>5} {'correct':>8} {'WRONG':>7} {'missing':>8}")
    for name, (n, right, wrong, missing) in rows.items():
        print(f"{name:46} {n:5d} {right:8.3f} {wrong:7.3f} {missing:8.3f}")


if __name__ == "__main__":
    main()
