"""A Logseq graph on disk: its pages and journals, page names, people pages and meeting pages.

Page properties are read from the head of each file and cached by (mtime, size) for the life of
the process; folders are walked without following symlinks (no loops), hidden folders skipped.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapport_markdown import SkipFile, normalise_name, read_note, sanitize_title, warn

from .edn import format_date, read_config
from .outline import parse_page, property_list

HEAD_BYTES = 16 * 1024
PERSON_TAGS = {"person", "people", "contact"}


@dataclass
class PageInfo:
    rel: str
    name: str
    mtime_ns: int
    size: int
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def is_person(self) -> bool:
        """A people page: it has an ``email::`` property or is tagged/typed as a person."""
        p = self.properties
        if p.get("email") or p.get("emails"):
            return True
        kinds = {v.casefold() for k in ("type", "tags", "category") for v in property_list(p.get(k))}
        return bool(kinds & PERSON_TAGS)

    def aliases(self) -> list[str]:
        return property_list(self.properties.get("alias")) + property_list(self.properties.get("aliases"))

    def emails(self) -> list[str]:
        found = property_list(self.properties.get("email")) + property_list(self.properties.get("emails"))
        return [e for e in found if "@" in e]


def page_name(file_stem: str) -> str:
    """Logseq's file name -> page name: ``a___b`` and ``a%2Fb`` are the namespace ``a/b``."""
    return urllib.parse.unquote(file_stem.replace("___", "/"))


def page_file_stem(name: str) -> str:
    """Page name -> a safe file stem in Logseq's triple-lowbar style."""
    return "___".join(sanitize_title(part) for part in name.split("/") if part.strip()) or "Untitled"


class Graph:
    def __init__(self, root: Path):
        self.root = Path(root)
        cfg = read_config(self.root)
        self.journal_format = cfg["journal/file-name-format"]
        self.pages_dir = cfg["pages-directory"].strip("/")
        self.journals_dir = cfg["journals-directory"].strip("/")
        self.pages: dict[str, PageInfo] = {}

    def scan(self) -> dict[str, PageInfo]:
        """Index pages and journals; only files whose mtime or size changed are read again."""
        if not self.root.is_dir():
            from rapport_plugins import RapportError

            raise RapportError(f"{self.root}: Logseq graph folder does not exist")
        fresh: dict[str, PageInfo] = {}
        for folder in (self.pages_dir, self.journals_dir):
            base = self.root / folder
            for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in filenames:
                    if not name.endswith(".md") or name.startswith("."):
                        continue
                    path = Path(dirpath) / name
                    rel = path.relative_to(self.root).as_posix()
                    try:
                        st = path.stat()
                    except OSError as exc:
                        warn(f"logseq: {path}: skipped: {exc.strerror or exc}")
                        continue
                    old = self.pages.get(rel)
                    if old and (old.mtime_ns, old.size) == (st.st_mtime_ns, st.st_size):
                        fresh[rel] = old
                        continue
                    info = PageInfo(rel, page_name(name[:-3]), st.st_mtime_ns, st.st_size)
                    try:
                        head, _trunc, _sig = read_note(path, HEAD_BYTES)
                        info.properties = parse_page(head).properties
                    except SkipFile as exc:
                        warn(f"logseq: {exc}")
                    if info.properties.get("title"):
                        info.name = info.properties["title"]
                    fresh[rel] = info
        self.pages = fresh
        return fresh

    def people(self) -> list[PageInfo]:
        return [p for rel, p in sorted(self.pages.items()) if rel.startswith(self.pages_dir + "/") and p.is_person]

    def person_names(self) -> dict[str, str]:
        """Every page name, alias and email of a people page (case-folded) -> the page name."""
        names: dict[str, str] = {}
        for page in self.people():
            for key in [page.name, *page.aliases(), *page.emails()]:
                names.setdefault(key.strip().casefold(), page.name)
        return names

    def journal_rel(self, day: date) -> str:
        return f"{self.journals_dir}/{format_date(self.journal_format, day)}.md"

    def find_meeting_page(self, uid: str, day: date, title: str) -> str | None:
        """A page with ``uid::`` (and ``date::``, for recurring meetings) or named ``YYYY-MM-DD Title``."""
        iso = day.isoformat()
        undated = None
        for rel, page in sorted(self.pages.items()):
            props = page.properties
            if uid and (props.get("uid") or props.get("meeting-uid")) == uid:
                page_day = re.search(r"\d{4}-\d{2}-\d{2}", props.get("date", "")) or re.match(
                    r"\d{4}-\d{2}-\d{2}", page.name)
                if page_day and page_day.group(0) == iso:
                    return rel
                if page_day is None:
                    undated = undated or rel
                continue
            if normalise_name(page.name) == normalise_name(f"{iso} {title}"):
                return rel
        return undated

    def meeting_page_rel(self, day: date, title: str) -> str:
        return f"{self.pages_dir}/{page_file_stem(f'{day.isoformat()} {title}')}.md"
