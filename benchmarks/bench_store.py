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

Each row prints the median time, the ratio to its peer, and the process's peak memory (RSS);
then the growth from the small store to the large one. Asserts nothing.

Run: .venv/bin/python benchmarks/bench_store.py [--sizes 10000:200000,100000:2000000] [--runs 5]
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
from pathlib import Path

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


def run(cmd: list[str], env: dict[str, str], stdin: Path | None = None, stdout: Path | None = None) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of one process."""
    t0 = time.perf_counter()
    with open(stdin or os.devnull, "rb") as fin, open(stdout or os.devnull, "wb") as fout:
        proc = subprocess.Popen(cmd, env=env, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - t0
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return took, usage.ru_maxrss // 1024


def median(cmd: list[str], env: dict[str, str], runs: int, **kw) -> tuple[float, int]:
    results = [run(cmd, env, **kw) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


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


def bench_size(rapport: str, tmp: Path, n_people: int, n_memories: int, runs: int, rebuild: bool,
               contacts: list[int]) -> dict[str, tuple[float, float, int, str]]:
    """{row: (seconds, ratio, peak MB, peer)} for one store size."""
    db = cached_store(n_people, n_memories, rebuild)
    base = tmp / f"s{n_people}"
    base.mkdir()
    home = make_home(base, "home", db)
    env = {**os.environ, "RAPPORT_HOME": str(home), "RAPPORT_NOW": NOW}
    env.pop("RAPPORT_HOOKS_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: byte code cached, not compiled per run
    rows: dict[str, tuple[float, float, int, str]] = {}
    run([rapport, "people"], env)  # opens (and warms) the copy, writes the plugin index
    bare, bare_mb = median([rapport, "--help"], env, runs)
    rows["rapport --help"] = (bare, 1.0, bare_mb, "--help")

    def against_help(name: str, cmd: list[str], n: int = runs) -> None:
        t, mb = median(cmd, env, n)
        rows[name] = (t, t / bare, mb, "--help")

    against_help("people (first page of 100)", [rapport, "people"])
    against_help("people --json --offset 5000", [rapport, "people", "--json", "--offset", "5000"])
    against_help("search common word (jazz)", [rapport, "search", "jazz"])
    against_help("search rare word", [rapport, "search", str(n_memories - 7)])
    against_help("search a person's name", [rapport, "search", f"Person {n_people // 3}"])

    dump = base / "dump.sql"
    t_dump, mb_dump = run(["sqlite3", str(home / "rapport.db"), ".dump"], env, stdout=dump)
    export = base / "export.json"
    t_exp, mb_exp = run([rapport, "export", "-o", str(export)], env)
    rows["export"] = (t_exp, t_exp / t_dump, mb_exp, f"sqlite3 .dump {t_dump:.1f} s, {mb_dump} MB")
    rows["  export size (MB) vs dump"] = (export.stat().st_size / 1e6, export.stat().st_size / dump.stat().st_size, 0,
                                          f"dump {dump.stat().st_size / 1e6:.0f} MB")
    fresh = base / "restored.db"
    t_read, mb_read = run(["sqlite3", str(fresh)], env, stdin=dump)
    fresh.unlink()
    target = make_home(base, "imported", None)
    t_imp, mb_imp = run([rapport, "--home", str(target), "import", str(export)], env)
    rows["import (into an empty home)"] = (t_imp, t_imp / t_read, mb_imp, f"sqlite3 < dump {t_read:.1f} s")
    again = base / "again.json"
    run([rapport, "--home", str(target), "export", "-o", str(again)], env)
    import filecmp  # compared in chunks: a child's peak memory includes this process's at fork

    rows["  round trip identical"] = (float(filecmp.cmp(again, export, shallow=False)), 0, 0, "1 = yes")
    for p in (dump, export, again):
        p.unlink()
    shutil.rmtree(target)

    note = base / "catch-up.md"
    note.write_text(NOTE, encoding="utf-8")
    times = []
    for i in range(runs):  # each run in a copy that has not met those people yet
        cap_home = make_home(base, f"capture{i}", None)
        shutil.copyfile(home / "rapport.db", cap_home / "rapport.db")
        times.append(run([rapport, "--home", str(cap_home), "capture", str(note), "--date", "2026-04-01",
                          "--with", f"Person {n_people // 2}"], env))
        shutil.rmtree(cap_home)
    t = statistics.median(x for x, _ in times)
    rows["capture naming 5 unknown people"] = (t, t / bare, max(m for _, m in times), "--help")

    for n in contacts:
        sync_home = make_home(base, f"sync{n}", None)
        shutil.copyfile(home / "rapport.db", sync_home / "rapport.db")
        vcards(n, sync_home / "contacts.vcf")
        with (sync_home / "config.toml").open("a", encoding="utf-8") as fh:
            fh.write('\n[vcard]\nfiles = ["contacts.vcf"]\n')
        cmd = [rapport, "--home", str(sync_home), "sync", "--days", "0", "--past-days", "0"]
        t, mb = run(cmd, env)
        rows[f"sync {n:,} contacts, first"] = (t, t / bare, mb, f"--help; {t / n * 1000:.2f} s per 1,000")
        t, mb = run(cmd, env)
        rows[f"sync {n:,} contacts, unchanged"] = (t, t / bare, mb, f"--help; {t / n * 1000:.2f} s per 1,000")
        shutil.rmtree(sync_home)
    shutil.rmtree(base, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000:200000,100000:2000000",
                        help="people:memories pairs, comma-separated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--contacts", default="1000,10000")
    parser.add_argument("--rebuild", action="store_true", help="Build the stores again instead of using the cache.")
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")]
    contacts = [int(x) for x in args.contacts.split(",") if x]
    rapport = shutil.which("rapport", path=str(Path(sys.executable).parent)) or "rapport"
    tmp = Path(tempfile.mkdtemp(prefix="rapport-bench-store-"))
    results = {}
    try:
        plain = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        bare_import, _ = median([sys.executable, "-c", "import click, pluggy, dateutil.parser, sqlite3"], plain,
                                args.runs)
        for n_people, n_memories in sizes:
            print(f"{n_people:,} people / {n_memories:,} memories", flush=True)
            results[n_people] = bench_size(rapport, tmp, n_people, n_memories, args.runs, args.rebuild, contacts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    first = next(iter(results.values()))
    print(f"\npython -c 'import click, pluggy, dateutil.parser, sqlite3': {bare_import * 1000:.0f} ms; "
          f"rapport --help / that: {first['rapport --help'][0] / bare_import:.2f}x (target <= 1.5x)")
    header = f"{'':34}" + "".join(f"{f'{n:,} people':>34}" for n in results) + f"{'growth':>9}"
    print(header)
    for row in first:
        cells = []
        for n in results:
            t, ratio, mb, _peer = results[n].get(row, (float("nan"), float("nan"), 0, ""))
            cells.append(f"{t:9.2f} s {ratio:6.2f}x {mb:6d} MB".rjust(34) if not row.startswith("  ")
                         else f"{t:9.2f} {ratio:6.2f}x".rjust(34))
        values = [results[n].get(row, (float("nan"),))[0] for n in results]
        growth = values[-1] / values[0] if len(values) > 1 and values[0] else float("nan")
        print(f"{row:34}" + "".join(cells) + f"{growth:8.1f}x")
    print("\nratios: to rapport --help, except export (to sqlite3 .dump of the same database) and import "
          "(to sqlite3 reading that dump)")
    for n in results:
        peers = {row: peer for row, (_, _, _, peer) in results[n].items() if peer not in ("--help",)}
        print(f"  {n:,} people: " + "; ".join(f"{row.strip()}: {peer}" for row, peer in peers.items()))


if __name__ == "__main__":
    main()
