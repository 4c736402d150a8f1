"""rapport-vcard: people, emails, birthdays and anniversaries from vCard files.

Configure ``[vcard] files = ["contacts.vcf", "folder/"]``; folders are searched for ``*.vcf``
and ``*.vcard``. A bad file is reported in one line on stderr and the other files still load.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapport_plugins import hookimpl
from rapport_plugins.errors import RapportError
from rapport_plugins.models import Contact

from .parser import decode_bytes, parse_vcards

__all__ = ["parse_vcards", "read_vcard_file", "vcard_files", "rapport_contacts"]

SUFFIXES = (".vcf", ".vcard")


def vcard_files(paths: Iterable[Path]) -> list[Path]:
    """Expand configured paths: files as given, folders to their vCard files (sorted, recursive)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()))
        else:
            out.append(path)
    return out


def read_vcard_file(path: Path) -> list[Contact]:
    """Parse one file; unreadable or malformed files raise a one-line RapportError naming the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RapportError(f"{path}: cannot read vCard file: {exc.strerror or exc}") from None
    return parse_vcards(decode_bytes(data), str(path))


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    section = config.section("vcard")
    if not section:
        return None
    files = section.get("files", [])
    if isinstance(files, str):
        files = [files]
    contacts: list[Contact] = []
    for path in vcard_files(config.path_of(f) for f in files):
        try:
            contacts.extend(read_vcard_file(path))
        except RapportError as exc:
            print(f"rapport: vcard: {exc}", file=sys.stderr)
    return contacts
