"""An index of a Markdown vault: every note's front matter, cached by (mtime, size).

One scan walks the vault without following symlinked folders (no loops), skips hidden folders
(``.obsidian``, ``.trash``, ``.git``) and binary files (with a one-line message), and reads only
the head of each note (front matter lives there). A rescan re-reads only notes whose mtime or
size changed, so a 10,000-note vault rescans in a fraction of the first scan's time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapport_plugins import make_private_dirs

from .filenames import normalise_name
from .frontmatter import as_list, read_front_matter
from .links import link_target
from .noteio import SkipFile, read_note, warn

HEAD_BYTES = 64 * 1024  # front matter longer than this is not front matter
CACHE_VERSION = 1
_DATED_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})[ _-]+(?P<title>.+)$")


@dataclass
class NoteInfo:
    """What the index knows about one note (paths are vault-relative, with ``/``)."""

    rel: str
    mtime_ns: int
    size: int
    front: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # one-line message: broken front matter, binary file, ...

    @property
    def stem(self) -> str:
        return self.rel.rsplit("/", 1)[-1][:-3]


class Vault:
    """A folder of Markdown notes, indexed lazily; ``cache_path`` keeps the index between runs."""

    def __init__(self, root: Path, people_folder: str = "People", meetings_folder: str = "Meetings",
                 cache_path: Path | None = None):
        self.root = Path(root)
        self.people_folder = people_folder.strip("/")
        self.meetings_folder = meetings_folder.strip("/")
        self.cache_path = cache_path
        self.notes: dict[str, NoteInfo] = {}
        self._scanned = False
        self._by_stem: dict[str, list[str]] = {}
        self.stats = {"read": 0, "cached": 0, "skipped": 0}

    # -- scanning ---------------------------------------------------------------------------
    def scan(self, force: bool = False) -> dict[str, NoteInfo]:
        """Index the vault (re-reading only changed notes) and return rel path -> NoteInfo."""
        if self._scanned and not force:
            return self.notes
        if not self.root.is_dir():
            from rapport_plugins import RapportError

            raise RapportError(f"{self.root}: vault folder does not exist")
        previous = self.notes or self._load_cache()
        fresh: dict[str, NoteInfo] = {}
        self.stats = {"read": 0, "cached": 0, "skipped": 0}
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            rel_dir = os.path.relpath(dirpath, self.root).replace(os.sep, "/")
            rel_dir = "" if rel_dir == "." else rel_dir + "/"
            for name in filenames:
                if not name.endswith(".md") or name.startswith("."):
                    continue
                rel = rel_dir + name
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError as exc:
                    self.stats["skipped"] += 1
                    warn(f"markdown: {path}: skipped: {exc.strerror or exc}")
                    continue
                old = previous.get(rel)
                if old and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
                    fresh[rel] = old
                    self.stats["cached"] += 1
                    continue
                fresh[rel] = self._read_info(rel, Path(path), st)
        changed = fresh.keys() != previous.keys() or self.stats["read"] > 0
        self.notes = fresh
        self._by_stem = {}
        for rel, info in fresh.items():
            self._by_stem.setdefault(info.stem.casefold(), []).append(rel)
        self._scanned = True
        if changed:
            self._save_cache()
        return fresh

    def _read_info(self, rel: str, path: Path, st: os.stat_result) -> NoteInfo:
        self.stats["read"] += 1
        info = NoteInfo(rel, st.st_mtime_ns, st.st_size)
        try:
            head, _truncated, _sig = read_note(path, HEAD_BYTES)
        except SkipFile as exc:
            info.problem = str(exc)
            self.stats["skipped"] += 1
            warn(f"markdown: {exc}")
            return info
        fm = read_front_matter(head)
        if fm.error is not None:
            info.problem = f"{path}:{fm.error.line}: {fm.error}; front matter ignored"
            warn(f"markdown: {info.problem}")
        else:
            info.front = fm.data
        return info

    def _load_cache(self) -> dict[str, NoteInfo]:
        if not self.cache_path or not self.cache_path.exists():
            return {}
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION or data.get("root") != str(self.root):
                return {}
            return {rel: NoteInfo(rel, *row) for rel, row in data["notes"].items()}
        except (OSError, ValueError, TypeError, KeyError):
            return {}  # a broken cache is only a slower scan

    def _save_cache(self) -> None:
        if not self.cache_path:
            return
        from rapport_plugins import write_private

        notes = {rel: [n.mtime_ns, n.size, n.front, n.problem] for rel, n in self.notes.items()}
        try:
            make_private_dirs(self.cache_path.parent)
            write_private(self.cache_path, json.dumps(
                {"version": CACHE_VERSION, "root": str(self.root), "notes": notes}, default=str))
        except OSError as exc:
            warn(f"markdown: cannot write index cache {self.cache_path}: {exc.strerror or exc}")

    # -- lookups ----------------------------------------------------------------------------
    def path(self, rel: str) -> Path:
        return self.root / rel

    def resolve_link(self, link: str) -> str | None:
        """Resolve ``[[Note]]``, ``[[Note|alias]]``, ``[[Folder/Note#Heading]]`` to a note path."""
        self.scan()
        target = link_target(link) if "[[" in link else link
        if not target:
            return None
        target = target.split("#", 1)[0].split("|", 1)[0].strip()
        if target.lower().endswith(".md"):
            target = target[:-3]
        if "/" in target:
            want = (target.strip("/") + ".md").casefold()
            hits = [rel for rel in self.notes if rel.casefold() == want or rel.casefold().endswith("/" + want)]
        else:
            hits = list(self._by_stem.get(target.casefold(), []))
        if not hits:
            return None
        return sorted(hits, key=lambda r: (r.count("/"), len(r), r))[0]

    def people_notes(self) -> list[NoteInfo]:
        """Notes in the people folder (and its sub-folders)."""
        self.scan()
        prefix = self.people_folder + "/" if self.people_folder else ""
        return [n for rel, n in sorted(self.notes.items()) if rel.startswith(prefix)]

    def person_names(self) -> dict[str, str]:
        """Every name, alias and email of a people note (case-folded) -> the note's file name."""
        names: dict[str, str] = {}
        for note in self.people_notes():
            keys = [note.stem, str(note.front.get("name") or "")]
            keys += as_list(note.front.get("aliases")) + as_list(note.front.get("alias"))
            keys += as_list(note.front.get("emails")) + as_list(note.front.get("email"))
            for key in keys:
                key = (link_target(key) or key).strip()
                if key:
                    names.setdefault(key.casefold(), note.stem)
        return names

    def find_meeting_note(self, uid: str, day: date, title: str) -> str | None:
        """The note for one meeting: front-matter ``uid`` (and date, for recurring meetings), else
        a file named ``YYYY-MM-DD Title.md`` or front matter ``date`` + ``title``."""
        self.scan()
        iso = day.isoformat()
        by_uid_dated, by_uid_undated, by_name = [], [], []
        want_title = normalise_name(title)
        for rel, note in self.notes.items():
            note_date = note_day(note)
            if uid and str(note.front.get("uid") or "") == uid:
                if note_date == iso:
                    by_uid_dated.append(rel)
                elif note_date is None:
                    by_uid_undated.append(rel)
                continue
            m = _DATED_NAME.match(note.stem)
            if m and m["date"] == iso and normalise_name(m["title"]) == want_title:
                by_name.append(rel)
            elif note_date == iso and normalise_name(str(note.front.get("title") or "")) == want_title:
                by_name.append(rel)
        meetings_prefix = self.meetings_folder + "/" if self.meetings_folder else ""
        for group in (by_uid_dated, by_uid_undated, by_name):
            if group:
                return sorted(group, key=lambda r: (not r.startswith(meetings_prefix), r))[0]
        return None


def note_day(note: NoteInfo) -> str | None:
    """A note's date: front matter ``date`` (date or datetime), else a ``YYYY-MM-DD`` file-name prefix."""
    value = note.front.get("date")
    if value:
        m = re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip())
        if m:
            return m.group(0)
    m = _DATED_NAME.match(note.stem)
    return m["date"] if m else None


def meeting_day(start: date | datetime, zone: Any = None) -> date:
    """The meeting's day as the user lives it (in ``zone``, the user's, when given)."""
    if isinstance(start, datetime):
        return start.astimezone(zone).date() if zone is not None and start.tzinfo is not None else start.date()
    return start


def cache_path_for(home: Path, root: Path) -> Path:
    """Where the index of ``root`` is cached in the rapport home (0600: it holds people's details)."""
    digest = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:12]
    return Path(home) / "cache" / f"markdown-{digest}.json"


def logseq_graph_root(path: Path) -> Path | None:
    """The Logseq graph ``path`` lies in (the folder holding ``logseq/config.edn``), or None: a
    graph's pages are Logseq's to read, whose ``key:: value`` outline rules differ."""
    for parent in path.resolve().parents:
        if (parent / "logseq" / "config.edn").is_file():
            return parent
    return None
