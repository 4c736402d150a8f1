"""Benchmark: index a 10,000-note Obsidian vault, rescan it unchanged, and compare with ripgrep.

Run on demand (never in CI):  .venv/bin/python benchmarks/bench_vault.py [--notes 10000]

What is timed, in one run over the same generated vault:
1. first index: walk + read the head of every note + parse its front matter (rapport-markdown's
   people/meeting scan), writing the (mtime, size) cache;
2. rescan, unchanged, in a new process's shoes (a fresh ``Vault`` reading the cache file): only
   ``stat`` calls, no note is read;
3. rescan in the same process (the index object kept in memory);
4. a full marker scan: every note read whole and searched for ``remember`` markers with their
   attribution (what capture does, here over the whole vault);
5. ``rg -c remember`` over the same vault, as the floor for "read every byte and match a word".
   ripgrep is not a dependency: ``apt-get install -y ripgrep`` if the script says it is absent.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rapport_markdown.vault import Vault
from rapport_plugins import find_markers

FIRST = ["Anna", "Ben", "Chloé", "Dev", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kemal", "Lea"]
LAST = ["Berg", "Okafor", "Martin", "Patel", "Sato", "Nowak", "Silva", "Kim", "Moreau", "Ivanova"]
TOPICS = ["roadmap", "hiring", "budget", "offsite", "API design", "launch", "retro", "pricing"]
DETAILS = ["her dog Biscuit has surgery on Friday", "training for the Berlin marathon",
           "moving flat in March", "daughter started school", "learning the cello", "back from Lisbon"]


def generate(root: Path, notes: int, seed: int = 7) -> int:
    """Write ``notes`` notes (10% people, 90% meetings); return the number of remember markers."""
    rng = random.Random(seed)
    people_count = max(1, notes // 10)
    people = []
    (root / "People").mkdir(parents=True)
    (root / "Meetings").mkdir()
    (root / ".obsidian").mkdir()
    for i in range(people_count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        people.append(name)
        (root / "People" / f"{name}.md").write_text(
            f"---\nname: {name}\naliases: [{name.split()[0]}{i}]\nemails:\n  - p{i}@example.com\n"
            f"org: Example {i % 50}\nbirthday: 1990-{1 + i % 12:02d}-{1 + i % 28:02d}\n---\n"
            f"# {name}\n\nMet at the {rng.choice(TOPICS)} meeting.\n", encoding="utf-8")
    markers = 0
    for i in range(notes - people_count):
        who = rng.choice(people)
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        lines = [f"---\nuid: m{i}@example.com\ndate: {day}\nattendees: [\"[[{who}]]\"]\n---",
                 f"# 1-1 {who}", "", "## Notes"]
        for _ in range(rng.randint(5, 40)):
            lines.append(f"- discussed the {rng.choice(TOPICS)} and next steps for the quarter")
        for _ in range(rng.randint(0, 3)):
            lines.append(f"- remember: @{who}: {rng.choice(DETAILS)}")
            markers += 1
        (root / "Meetings" / f"{day} 1-1 {i}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return markers


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def marker_scan(vault: Vault) -> int:
    names = vault.person_names()
    found = 0
    for rel in vault.notes:
        text = vault.path(rel).read_text(encoding="utf-8", errors="replace")
        found += len(find_markers(text, rel, is_person=lambda n: n.casefold() in names))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rapport-bench-vault-") as tmp:
        root = Path(tmp) / "vault"
        cache = Path(tmp) / "home" / "cache" / "index.json"
        t_gen, expected = timed(lambda: generate(root, args.notes))
        size_mb = sum(p.stat().st_size for p in root.rglob("*.md")) / 1e6
        print(f"vault: {args.notes} notes, {size_mb:.1f} MB, {expected} remember markers (generated in {t_gen:.2f}s)")

        first = Vault(root, cache_path=cache)
        t_index, notes = timed(first.scan)
        assert len(notes) == args.notes and first.stats["read"] == args.notes
        print(f"first index (read + parse front matter): {t_index * 1000:8.1f} ms  {first.stats}")

        fresh = Vault(root, cache_path=cache)
        t_cold_rescan, _ = timed(fresh.scan)
        assert fresh.stats["read"] == 0, fresh.stats
        print(f"rescan, new process (cache file)       : {t_cold_rescan * 1000:8.1f} ms  {fresh.stats}")

        t_warm_rescan, _ = timed(lambda: first.scan(force=True))
        print(f"rescan, same process (in memory)       : {t_warm_rescan * 1000:8.1f} ms  {first.stats}")
        print(f"  -> rescan is {t_index / t_cold_rescan:.1f}x faster than the first index (cache file)")

        t_names, names = timed(first.person_names)
        print(f"people names/aliases/emails map        : {t_names * 1000:8.1f} ms  ({len(names)} keys)")

        t_markers, found = timed(lambda: marker_scan(first))
        assert found == expected, (found, expected)
        print(f"marker scan, every note read whole     : {t_markers * 1000:8.1f} ms  ({found} markers)")

        rg = shutil.which("rg")
        if rg is None:
            print("ripgrep (rg) not installed: apt-get install -y ripgrep   (comparison skipped)")
            return 0
        cmd = [rg, "-c", "--no-messages", "remember", str(root)]
        subprocess.run(cmd, capture_output=True, check=False)  # warm the page cache like our scans
        t_rg, proc = timed(lambda: subprocess.run(cmd, capture_output=True, text=True, check=False))
        rg_hits = sum(int(line.rsplit(":", 1)[1]) for line in proc.stdout.splitlines() if line)
        print(f"rg -c remember (same vault)            : {t_rg * 1000:8.1f} ms  ({rg_hits} matching lines)")
        print(f"  -> marker scan / rg = {t_markers / t_rg:.1f}x;  first index / rg = {t_index / t_rg:.1f}x;"
              f"  rescan / rg = {t_cold_rescan / t_rg:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
