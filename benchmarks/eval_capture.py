"""Measure capture quality on tests/data/eval, on two splits side by side.

- **dev**: the flat examples in tests/data/eval/*.json and the blind-written ones in
  tests/data/eval/fresh/. Tune on these; ``--verbose`` prints their per-case misses.
- **held-out**: tests/data/eval/heldout/. Nobody tunes on it: this script only ever prints or
  returns its aggregate figures, never a case, a text or a miss.

Each example is a notes or transcript file with a JSON of the memories a careful person would
have kept (person, category, sensitivity, event_date, keywords, optionally ``source``:
``marker`` or ``disclosure``) and the briefing prompt kinds expected before the next meeting.
Run: `.venv/bin/python benchmarks/eval_capture.py [--split dev|heldout] [--verbose] [--json]`
(both splits by default; ``--split dev`` while tuning, so the held-out figures are not even seen).
tests/test_capture_eval.py runs the same evaluation and asserts floors.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"
SPLITS = ("dev", "heldout")
TARGETS = {  # issue 8, on the held-out split
    "marker_recall": 0.95, "proposal_precision": 0.8, "proposal_recall": 0.8, "dates_correct": 0.9,
}
MAX_WRONG_DATES = 0.02


def split_files(split: str, root: Path = EVAL_DIR) -> list[Path]:
    """The label files of a split (sorted)."""
    if split == "dev":
        return sorted(root.glob("*.json")) + sorted((root / "fresh").glob("*.json"))
    if split == "heldout":
        return sorted((root / "heldout").glob("*.json"))
    raise ValueError(f"unknown split {split!r} (dev or heldout)")


def _matches(memory: dict[str, Any], expected: dict[str, Any]) -> bool:
    text = memory["text"].lower()
    return memory["person"] == expected["person"] and all(k.lower() in text for k in expected["keywords"])


def _config(case: dict[str, Any]) -> str:
    aliases = json.dumps(case.get("me_aliases", []))
    return f'[me]\nname = {json.dumps(case["me"])}\naliases = {aliases}\n'


def _source_of(expected: dict[str, Any], lines: list[str], is_transcript: bool) -> str:
    """``marker`` or ``disclosure``: the label's own, else read from the line holding its keywords
    (older examples carry no label): a line with a remember-style marker is a marker."""
    if expected.get("source") in ("marker", "disclosure"):
        return expected["source"]
    if is_transcript:
        return "disclosure"
    from rapport_plugins.extract import MARKER_WORDS

    keys = [k.lower() for k in expected["keywords"]]
    for line in lines:
        if all(k in line.lower() for k in keys) and MARKER_WORDS.search(line):
            return "marker"
    return "disclosure"


def run_case(meta_path: Path, workdir: Path) -> dict[str, Any]:
    """Capture one example into a fresh home; compare with its expectations."""
    from rapport_plugins.capture import capture_file
    from rapport_plugins.cli_common import App

    case = json.loads(meta_path.read_text(encoding="utf-8"))
    home = workdir / f"{meta_path.parent.name}-{meta_path.stem}"
    home.mkdir(parents=True)
    (home / "config.toml").write_text(_config(case), encoding="utf-8")
    os.environ["RAPPORT_NOW"] = f"{case['date']}T18:00:00+00:00"
    app = App(home=str(home))
    source_file = meta_path.parent / case["file"]
    try:
        capture_file(app, source_file, date=date.fromisoformat(case["date"]),
                               with_people=tuple(case["with"]))
        is_transcript = _is_transcript(app, source_file)
        store = app.store
        captured = []
        for person in store.list_people():
            for m in store.memories_for(person.id, review=("kept", "proposed")):
                captured.append({"id": m.id, "person": person.name, "text": m.text, "category": m.category,
                                 "sensitivity": m.sensitivity, "event_date": m.event_date, "review": m.review})
        lines = source_file.read_text(encoding="utf-8").splitlines()
        expected = [dict(e, source=_source_of(e, lines, is_transcript)) for e in case["expected"]]
        used: set[int] = set()
        pairs = []
        for exp in expected:
            hit = next((m for m in captured if m["id"] not in used and _matches(m, exp)), None)
            if hit:
                used.add(hit["id"])
                pairs.append((exp, hit))
        result: dict[str, Any] = {
            "case": meta_path.stem, "transcript": is_transcript, "captured": captured, "expected": expected, "pairs": pairs,
            "false_positives": [m for m in captured if m["id"] not in used],
            "missed": [e for e in expected if not any(e is p[0] for p in pairs)],
            "sensitive_openers": [], "prompt_kinds": [], "expected_prompts": case.get("prompts", []),
            "briefed": False,
        }
        if case.get("brief_on"):
            result.update(_briefing_check(app, case, pairs))
        return result
    finally:
        app.close()
        os.environ.pop("RAPPORT_NOW", None)


def _is_transcript(app: Any, path: Path) -> bool:
    notes = app.pm.call_first("rapport_parse_notes", path=path, config=app.config)
    return bool(notes is not None and notes.kind == "transcript")


def _briefing_check(app: Any, case: dict[str, Any], pairs: list[tuple[dict, dict]]) -> dict[str, Any]:
    """Keep every proposal, build the next meeting's briefing, look at its openers.

    A memory offered as an opener counts against us when it is sensitive or about health, by
    the capture's classification *or* by the label of the expected item it matched (a
    misclassified hospice stay offered as small talk is exactly the failure to catch)."""
    from rapport_plugins.briefing import build_briefing
    from rapport_plugins.models import Attendee, Meeting

    store = app.store
    for m in store.proposed():
        store.update_memory(m.id, review="kept")
    labelled = {m["id"]: e for e, m in pairs}
    day = date.fromisoformat(case["brief_on"])
    start = datetime.combine(day, time(10)).astimezone()
    attendees = []
    for name in case["with"]:
        p = store.find_person(name)
        attendees.append(Attendee(name=name, email=p.emails[0] if p and p.emails else None))
    meeting = Meeting(uid=f"eval-{case['file']}", title="Follow-up", start=start, end=start, attendees=attendees)
    briefing = build_briefing(app, meeting, now=datetime.combine(day, time(9)).astimezone())
    sensitive_openers = []
    kinds = []
    for prompt in briefing.prompts():
        kinds.append(prompt.get("kind"))
        if prompt.get("kind") != "opener":
            continue
        for mid in prompt.get("memory_ids") or []:
            memory = store.get_memory(mid)
            label = labelled.get(mid, {})
            if memory and ("sensitive" in (memory.sensitivity, label.get("sensitivity"))
                           or "health" in (memory.category, label.get("category"))):
                sensitive_openers.append({"memory": memory.text, "prompt": prompt.get("text")})
    return {"sensitive_openers": sensitive_openers, "prompt_kinds": kinds, "briefed": True}


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


SETTLED = EVAL_DIR / "iaa" / "heldout_settled.json"


def settled_labels(path: Path = SETTLED) -> dict[tuple[str, tuple[str, ...]], str | None]:
    """The held-out split's dates as two blind readers settled them (tests/data/eval/iaa/README.md): where a
    second annotator disagreed with the writer, a third reader chose; (case, keywords) -> the settled date."""
    if not path.exists():
        return {}
    return {(it["case"], tuple(it["keywords"])): it["settled"] for it in json.loads(path.read_text(encoding="utf-8"))}


def _settled_dates(results: list[dict[str, Any]], settled: dict[tuple[str, tuple[str, ...]], str | None]) -> dict[str, Any]:
    """Dates correct / WRONG / missing against the settled labels (the writer's where none was settled)."""
    if not settled:
        return {}
    pairs = [(settled.get((r["case"], tuple(e["keywords"])), e.get("event_date")), m["event_date"])
             for r in results for e, m in r["pairs"]]
    return {"settled_correct": _share(sum(1 for want, got in pairs if want == got), len(pairs)),
            "settled_wrong": _share(sum(1 for want, got in pairs if got and got != want), len(pairs)),
            "settled_missing": _share(sum(1 for want, got in pairs if not got and want), len(pairs))}


def figures_of(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Aggregate figures of a list of case results (no texts, no cases)."""
    pairs = [p for r in results for p in r["pairs"]]
    expected = [e for r in results for e in r["expected"]]
    captured = [m for r in results for m in r["captured"]]
    markers = [e for e in expected if e["source"] == "marker"]
    disclosures = [e for e in expected if e["source"] == "disclosure"]
    matched = {id(e) for e, _ in pairs}
    proposals = [m for m in captured if m["review"] == "proposed"]
    matched_ids = {id(m) for _, m in pairs}
    # dates, of matched memories: correct (same date, or both none), wrong (a date that is not
    # the expected one), missing (no date where one was expected)
    right = sum(1 for e, m in pairs if e.get("event_date") == m["event_date"])
    wrong = sum(1 for e, m in pairs if m["event_date"] and m["event_date"] != e.get("event_date"))
    missing = sum(1 for e, m in pairs if not m["event_date"] and e.get("event_date"))
    dated = [(e, m) for e, m in pairs if e.get("event_date")]
    prompt_cases = [r for r in results if r["expected_prompts"] and r["briefed"]]
    prompt_total = sum(len(r["expected_prompts"]) for r in prompt_cases)
    prompt_hits = sum(1 for r in prompt_cases for k in r["expected_prompts"] if k in r["prompt_kinds"])
    tp = len(pairs)
    return {
        "cases": len(results), "expected": len(expected), "captured": len(captured), "true_positives": tp,
        "precision": _share(tp, len(captured)), "recall": _share(tp, len(expected)),
        "markers": len(markers),
        "marker_recall": _share(sum(1 for e in markers if id(e) in matched), len(markers)),
        "disclosures": len(disclosures), "proposals": len(proposals),
        "proposal_precision": _share(sum(1 for m in proposals if id(m) in matched_ids), len(proposals)),
        "proposal_recall": _share(sum(1 for e in disclosures if id(e) in matched), len(disclosures)),
        "dates_correct": _share(right, tp), "dates_wrong": _share(wrong, tp), "dates_missing": _share(missing, tp),
        "dated_correct": _share(sum(1 for e, m in dated if e["event_date"] == m["event_date"]), len(dated)),
        "category_accuracy": _share(sum(1 for e, m in pairs if e["category"] == m["category"]), tp),
        "sensitivity_accuracy": _share(sum(1 for e, m in pairs if e["sensitivity"] == m["sensitivity"]), tp),
        "sensitive_openers": sum(len(r["sensitive_openers"]) for r in results),
        "prompt_kind_recall": _share(prompt_hits, prompt_total),
        "briefed": sum(1 for r in results if r["briefed"]),
    }


def evaluate(split: str = "dev", root: Path = EVAL_DIR) -> dict[str, Any]:
    """Run every example of ``split``; return its figures. Only the dev split carries the
    per-case ``details`` (the held-out split's are dropped here, before anyone can look)."""
    cases = split_files(split, root)
    with tempfile.TemporaryDirectory() as tmp:
        results = [run_case(p, Path(tmp)) for p in cases]
    figures = figures_of(results)
    if split == "heldout":
        figures.update(_settled_dates(results, settled_labels()))
    figures["split"] = split
    if split == "dev":
        figures["details"] = results
    return figures


ROWS = (
    ("examples", "cases", "d"), ("expected memories", "expected", "d"), ("captured memories", "captured", "d"),
    ("precision (all)", "precision", "f"), ("recall (all)", "recall", "f"),
    ("marker items", "markers", "d"), ("marker recall", "marker_recall", "f"),
    ("disclosure items", "disclosures", "d"), ("proposals", "proposals", "d"),
    ("proposal precision", "proposal_precision", "f"), ("proposal recall", "proposal_recall", "f"),
    ("dates correct", "dates_correct", "f"), ("dates WRONG", "dates_wrong", "f"),
    ("dates missing", "dates_missing", "f"), ("dated items correct", "dated_correct", "f"),
    ("dates correct, settled", "settled_correct", "f"), ("dates WRONG, settled", "settled_wrong", "f"),
    ("dates missing, settled", "settled_missing", "f"),
    ("category accuracy", "category_accuracy", "f"), ("sensitivity accuracy", "sensitivity_accuracy", "f"),
    ("prompt kinds found", "prompt_kind_recall", "f"), ("sensitive/health openers", "sensitive_openers", "d"),
)


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f}" if kind == "f" else str(value)


def _print_dev_details(dev: dict[str, Any]) -> None:
    for r in dev["details"]:
        for m in r["false_positives"]:
            print(f"FP   {r['case']}: {m['person']}: {m['text']} [{m['review']}]")
        for e in r["missed"]:
            print(f"MISS {r['case']}: {e['person']}: {e['keywords']} ({e['source']})")
        for e, m in r["pairs"]:
            if (e.get("event_date"), e["category"], e["sensitivity"]) != (m["event_date"], m["category"], m["sensitivity"]):
                print(f"DIFF {r['case']}: {m['text']!r}: date {e.get('event_date')} vs {m['event_date']}, "
                      f"category {e['category']} vs {m['category']}, sensitivity {e['sensitivity']} vs {m['sensitivity']}")
        for o in r["sensitive_openers"]:
            print(f"OPEN {r['case']}: {o['memory']}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "--verbose" in args or "-v" in args
    splits = SPLITS
    if "--split" in args:
        at = args.index("--split")
        chosen = args[at + 1] if at + 1 < len(args) else ""
        if chosen not in SPLITS:
            print(f"eval_capture: --split takes one of {', '.join(SPLITS)}", file=sys.stderr)
            return 2
        splits = (chosen,)
    by_split = {s: evaluate(s) for s in splits}
    if verbose and "dev" in by_split:
        _print_dev_details(by_split["dev"])  # dev only: held-out cases are never shown
    if "--json" in args:
        print(json.dumps({s: {k: v for k, v in f.items() if k != "details"} for s, f in by_split.items()}, indent=2))
        return 0
    names = {"dev": "dev", "heldout": "held-out"}
    print(f"{'':26}" + "".join(f"{names[s]:>10}" for s in splits) + "   held-out target")
    for label, key, kind in ROWS:
        target = TARGETS.get(key)
        note = f">= {target}" if target else ("<= 0.02" if key == "dates_wrong" else "0" if key == "sensitive_openers" else "")
        if key.startswith("settled_"):
            note = "(labels settled by two more blind readers)"
        cells = "".join(f"{_cell(by_split[s].get(key), kind):>10}" for s in splits)
        print(f"{label:26}{cells}   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
