"""Every store command at 10,000 and 100,000 people, side by side, next to its natural peer.

For each size (10,000 people / 200,000 memories and 100,000 / 2,000,000 by default) it builds
a store with the generator of ``bench_brief.py`` (cached under ``$XDG_CACHE_HOME/rapport-bench``,
so the second run starts at once; ``--rebuild`` to force), then runs whole ``rapport`` processes:

- ``people`` (a page) and ``search`` (a common and a rare word) against ``rapport --help``;
- ``export`` against ``sqlite3 DB .dump`` of the same database, ``import`` of that export into an
  empty home against ``sqlite3 NEW < dump``;
- ``capture`` of a note naming 5 people the store does not know, against ``--help``;
- ``sync`` of a vCard file of 1,000 and 10,000 contacts (UIDs, emails, birthdays), first and
  unchanged again, against ``--help`` and per thousand contacts.

Commands run in alternating rounds (A B C A B C ...) and each row prints the median time, the
ratio to its peer measured in the same rounds, and the process's peak memory (RSS); then the
growth from the small store to the large one. The machine may be shared: alternating rounds keep
a load spike from landing on one command only. Asserts nothing; never run by the test suite.

Run: .venv/bin/python benchmarks/bench_store.py [--sizes 10000:200000,100000:2000000] [--runs 7]
     [--heavy-runs 3,1] [--contacts 1000,10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_brief import NOW, build_store  # noqa: E402

GENERATOR = 2  # bump when build_store changes what it builds
NOTE = """# Catch-up

- remember: Ulrike Quast is training for the Berlin marathon
- remember: Wendelin Sorge has a new puppy called Pixel
- remember: Xaver Thiel just moved to Lisbon
- remember: Yvonne Ruckert started pottery classes
- remember: Zacharias Vogt's daughter starts school in September
"""


TIME = shutil.which("time", path="/usr/bin:/bin")  # GNU time: the peak RSS of the command alone


def run(cmd: list[str], env: dict[str, str], stdin: Path | None = None,
        stdout: Path | None = None) -> tuple[float, int, float]:
    """Seconds, peak RSS (MB) and CPU seconds (user + system) of one process.

    The peak is measured by GNU time, a small process of its own: a child forked from this one
    (which builds stores) would report this process's memory at the fork as its own peak."""
    wrapped = [TIME, "-f", "peak-kb=%M cpu=%U+%S", *cmd] if TIME else cmd
    with open(stdin or os.devnull, "rb") as fin, open(stdout or os.devnull, "wb") as fout, \
            tempfile.TemporaryFile() as ferr:
        t0 = time.perf_counter()
        proc = subprocess.Popen(wrapped, env=env, stdin=fin, stdout=fout, stderr=ferr)
        _, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - t0
        ferr.seek(0)
        err = ferr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({code}): {err.strip()[-500:]}")
    peaks = [line.split() for line in err.splitlines() if line.startswith("peak-kb=")]
    if not peaks:
        return took, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime
    user, system = peaks[-1][1].removeprefix("cpu=").split("+")
    return took, int(peaks[-1][0].removeprefix("peak-kb=")) // 1024, float(user) + float(system)


def alternate(commands: dict[str, dict[str, Any]], rounds: int,
              before: Callable[[str, int], None] | None = None) -> dict[str, tuple[float, int, float]]:
    """{name: (median seconds, peak MB, median CPU seconds)} of commands run in turn, round after round (A B C A B C
    ...): on a shared, busy machine a load spike then slows every command of its round alike,
    not one command's every run. ``commands``: name -> keyword arguments of ``run``; ``before(name,
    round)`` prepares a run (a fresh copy of the store, ...) outside the timing."""
    results: dict[str, list[tuple[float, int, float]]] = {name: [] for name in commands}
    for i in range(rounds):
        for name, kw in commands.items():
            if before is not None:
                before(name, i)
            results[name].append(run(**kw))
    return {name: (statistics.median(t for t, _, _ in r), max(m for _, m, _ in r), statistics.median(c for _, _, c in r))
            for name, r in results.items()}


def cached_store(n_people: int, n_memories: int, rebuild: bool) -> Path:
    from rapport_plugins.store import SCHEMA_VERSION

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rapport-bench"
    path = cache / f"store-{n_people}-{n_memories}-schema{SCHEMA_VERSION}-gen{GENERATOR}.db"
    if path.exists() and not rebuild:
        return path
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rapport-build-", dir=cache))
    print(f"  building {n_people:,} people / {n_memories:,} memories (cached in {cache}) ...", flush=True)
    took = build_store(work, n_people, n_memories)
    db = work / "rapport.db"
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    os.replace(db, path)
    shutil.rmtree(work, ignore_errors=True)
    print(f"  built in {took:.0f} s ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    return path


def make_home(parent: Path, name: str, db: Path | None) -> Path:
    home = parent / name
    home.mkdir()
    (home / "config.toml").write_text('[me]\nname = "Me"\nemails = ["me@example.com"]\n', encoding="utf-8")
    if db is not None:
        shutil.copyfile(db, home / "rapport.db")
    return home


def vcards(n: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-contact-{i}\r\nFN:Contact Number{i}\r\n"
                     f"N:Number{i};Contact;;;\r\nEMAIL:contact{i}@contacts.example\r\n"
                     f"BDAY:19{70 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}\r\nORG:Company {i % 50}\r\nEND:VCARD\r\n")


def note(i: int) -> str:
    """A catch-up note naming five people the store has never met (others in every run, so each
    run does the same work: new people, new memories)."""
    tag = "abcdefghijklmnopqrstuvwxyz"[i % 26] * (1 + i // 26)
    return NOTE.replace("Quast", f"Quast{tag}").replace("Sorge", f"Sorge{tag}").replace("Thiel", f"Thiel{tag}") \
        .replace("Ruckert", f"Ruckert{tag}").replace("Vogt", f"Vogt{tag}").replace("Pixel", f"Pixel {tag}") \
        .replace("Lisbon", f"Lisbon {tag}").replace("pottery", f"pottery {tag}").replace("September", f"September ({tag})")


GROUPS = ("quick", "export", "capture", "sync")


def bench_size(rapport: str, python: str, tmp: Path, n_people: int, n_memories: int, runs: int, heavy: int,
               rebuild: bool, contacts: list[int], groups: tuple[str, ...] = GROUPS,
               ) -> dict[str, tuple[Any, ...]]:
    """{row: (seconds, ratio, peak MB, peer[, CPU seconds])} for one store size."""
    db = cached_store(n_people, n_memories, rebuild)
    base = tmp / f"s{n_people}"
    base.mkdir()
    home = make_home(base, "home", db)
    env = {**os.environ, "RAPPORT_HOME": str(home), "RAPPORT_NOW": NOW}
    env.pop("RAPPORT_HOOKS_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached, not compiled per run
    rows: dict[str, tuple[Any, ...]] = {}
    run([rapport, "people"], env)  # opens (and warms) the copy, writes the plugin index
    run([rapport, "search", "jazz"], env)

    def cmd(*args: str, **kw: Any) -> dict[str, Any]:
        return {"cmd": [rapport, *args], "env": env, **kw}

    if "quick" in groups:
        quick = alternate({
            "bare imports": {"cmd": [python, "-c", "import click, pluggy, dateutil.parser, sqlite3"], "env": env},
            "rapport --help": cmd("--help"),
            "people (first page of 100)": cmd("people"),
            "people --json --offset 50000": cmd("people", "--json", "--offset", str(n_people // 2)),
            "search common word (jazz)": cmd("search", "jazz"),
            "search rare word": cmd("search", str(n_memories - 7)),
            "search a person's name": cmd("search", f"Person {n_people // 3}"),
        }, runs)
        bare = quick["rapport --help"][0]
        rows["rapport --help"] = (bare, bare / quick["bare imports"][0], quick["rapport --help"][1],
                                  f"python -c 'import click, pluggy, dateutil.parser, sqlite3' "
                                  f"{quick['bare imports'][0] * 1000:.0f} ms", quick["rapport --help"][2])
        for name, (t, mb, cpu) in quick.items():
            if name not in ("bare imports", "rapport --help"):
                rows[name] = (t, t / bare, mb, "--help", cpu)

    if "export" in groups:
        dump = base / "dump.sql"
        export = base / "export.json"
        sqlite3 = shutil.which("sqlite3") or "sqlite3"
        out = alternate({"dump": {"cmd": [sqlite3, str(home / "rapport.db"), ".dump"], "env": env, "stdout": dump},
                         "export": cmd("export", "-o", str(export))}, heavy)
        rows["export"] = (out["export"][0], out["export"][0] / out["dump"][0], out["export"][1],
                          f"sqlite3 .dump {out['dump'][0]:.1f} s, {out['dump'][1]} MB", out["export"][2])
        rows["  export size (MB) vs dump"] = (export.stat().st_size / 1e6, export.stat().st_size / dump.stat().st_size, 0,
                                              f"dump {dump.stat().st_size / 1e6:.0f} MB")
        fresh = base / "restored.db"
        target = base / "imported"

        def clean(name: str, i: int) -> None:
            fresh.unlink(missing_ok=True)
            if target.exists():
                shutil.rmtree(target)
            make_home(base, "imported", None)

        back = alternate({"read dump": {"cmd": [sqlite3, str(fresh)], "env": env, "stdin": dump},
                          "import": cmd("--home", str(target), "import", str(export))}, heavy, clean)
        rows["import (into an empty home)"] = (back["import"][0], back["import"][0] / back["read dump"][0],
                                               back["import"][1], f"sqlite3 < dump {back['read dump'][0]:.1f} s",
                                               back["import"][2])
        again = base / "again.json"
        run([rapport, "--home", str(target), "export", "-o", str(again)], env)
        import filecmp  # compared in chunks: a child's peak memory includes this process's at fork

        rows["  round trip identical"] = (float(filecmp.cmp(again, export, shallow=False)), 0, 0, "1 = yes")
        for p in (dump, export, again, fresh):
            p.unlink(missing_ok=True)
        shutil.rmtree(target)

    if "capture" in groups:
        # capture: one copy of the store; each run's note names five other people it has never met.
        cap_home = make_home(base, "capture", db)
        notes = []
        for i in range(runs):
            notes.append(base / f"catch-up-{i}.md")
            notes[-1].write_text(note(i), encoding="utf-8")
        rounds = iter(range(runs))
        capture_kw: dict[str, Any] = {}

        def next_note(name: str, i: int) -> None:
            if name == "capture":
                capture_kw["cmd"][4] = str(notes[next(rounds)])

        capture_kw.update(cmd("--home", str(cap_home), "capture", "NOTE", "--date", "2026-04-01",
                              "--with", f"Person {n_people // 2}"))
        cap = alternate({"--help": cmd("--help"), "capture": capture_kw}, runs, next_note)
        rows["capture naming 5 unknown people"] = (cap["capture"][0], cap["capture"][0] / cap["--help"][0],
                                                   cap["capture"][1], "--help", cap["capture"][2])
        shutil.rmtree(cap_home)

    for n in contacts if "sync" in groups else []:
        sync_home = base / f"sync{n}"
        card_file = base / f"contacts{n}.vcf"
        vcards(n, card_file)
        sync = cmd("--home", str(sync_home), "sync", "--days", "0", "--past-days", "0")

        def fresh_copy(name: str, i: int, sync_home: Path = sync_home, card_file: Path = card_file) -> None:
            if name == "first":  # a copy of the store that has never seen these contacts
                if sync_home.exists():
                    shutil.rmtree(sync_home)
                make_home(base, sync_home.name, db)
                with (sync_home / "config.toml").open("a", encoding="utf-8") as fh:
                    fh.write(f'\n[vcard]\nfiles = ["{card_file}"]\n')

        res = alternate({"--help": cmd("--help"), "first": sync, "unchanged": sync}, heavy, fresh_copy)
        for which in ("first", "unchanged"):
            t, mb, cpu = res[which]
            rows[f"sync {n:,} contacts, {which}"] = (t, t / res["--help"][0], mb,
                                                     f"--help; {t / n * 1000:.2f} s per 1,000, CPU {cpu / n * 1000:.2f} s",
                                                     cpu)
        shutil.rmtree(sync_home)
        card_file.unlink()
    shutil.rmtree(base, ignore_errors=True)
    return rows


TARGETS = {
    "rapport --help": "<= 1.5x bare imports",
    "people (first page of 100)": "<= 2x --help", "people --json --offset 50000": "<= 2x --help",
    "search common word (jazz)": "<= 2x --help", "search rare word": "<= 2x --help",
    "search a person's name": "<= 2x --help",
    "export": "a few x .dump, flat MB", "import (into an empty home)": "linear, flat MB",
    "capture naming 5 unknown people": "flat in store size",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000:200000,100000:2000000",
                        help="people:memories pairs, comma-separated")
    parser.add_argument("--runs", type=int, default=7, help="Rounds of the quick commands (medians).")
    parser.add_argument("--heavy-runs", default="3,1",
                        help="Rounds of export/import/sync per size, comma-separated (the last repeats).")
    parser.add_argument("--contacts", default="1000,10000")
    parser.add_argument("--only", default=",".join(GROUPS),
                        help=f"Groups of rows to run, comma-separated (of {', '.join(GROUPS)}).")
    parser.add_argument("--rebuild", action="store_true", help="Build the stores again instead of using the cache.")
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")]
    heavy = [int(x) for x in args.heavy_runs.split(",")]
    contacts = [int(x) for x in args.contacts.split(",") if x]
    rapport = shutil.which("rapport", path=str(Path(sys.executable).parent)) or "rapport"
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-store-"))
    results = {}
    try:
        for i, (n_people, n_memories) in enumerate(sizes):
            rounds = heavy[min(i, len(heavy) - 1)]
            print(f"{n_people:,} people / {n_memories:,} memories: medians of {args.runs} alternating rounds "
                  f"(export, import, sync: {rounds})", flush=True)
            results[n_people] = bench_size(rapport, sys.executable, tmp, n_people, n_memories, args.runs, rounds,
                                           args.rebuild, contacts, tuple(args.only.split(",")))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    first = next(iter(results.values()))
    print(f"\nload average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    header = f"{'':34}" + "".join(f"{f'{n:,} people: time, ratio, peak, CPU':>40}" for n in results) \
        + f"{'growth':>8}  target"
    print(header)
    for row in first:
        cells = []
        for n in results:
            t, ratio, mb, _peer, *cpu = results[n].get(row, (float("nan"), float("nan"), 0, ""))
            cells.append(f"{t:7.2f} s {ratio:6.2f}x {mb:5d} MB {cpu[0] if cpu else 0:6.2f} s".rjust(40)
                         if not row.startswith("  ") else f"{t:9.2f} {ratio:6.2f}x".rjust(40))
        values = [results[n].get(row, (float("nan"),))[0] for n in results]
        growth = values[-1] / values[0] if len(values) > 1 and values[0] else float("nan")
        target = TARGETS.get(row, "per 1,000 < 1 s" if "unchanged" in row else
                             ("a few s per 10,000" if row.startswith("sync") else ""))
        print(f"{row:34}" + "".join(cells) + f"{growth:7.1f}x  {target}")
    print("\nratios: to rapport --help run in the same rounds; --help to bare imports; export to sqlite3 .dump of "
          "the same database; import to sqlite3 reading that dump. MB: the process's peak RSS; CPU: its user + system "
          "seconds (what a busy machine changes least).")
    for n in results:
        peers = {row: peer for row, (_, _, _, peer, *_) in results[n].items() if peer not in ("--help",)}
        print(f"  {n:,} people: " + "; ".join(f"{row.strip()}: {peer}" for row, peer in peers.items()))


if __name__ == "__main__":
    main()
