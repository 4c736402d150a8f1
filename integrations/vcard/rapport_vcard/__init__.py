"""rapport-vcard: people, emails, birthdays and anniversaries from vCard files.

Configure ``[vcard] files = ["contacts.vcf", "folder/"]``; folders are searched for ``*.vcf``
and ``*.vcard``. A bad file is reported in one line on stderr and the other files still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rapport_plugins import (
    Contact,
    Limits,
    RapportError,
    SectionReader,
    hookimpl,
    limits_of,
    read_bounded,
    say,
    source_failed,
)

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


def read_vcard_file(path: Path, warn: Callable[[str], Any] | None = None,
                    max_bytes: int = Limits().file_bytes) -> list[Contact]:
    """Parse one file; an unreadable file raises a one-line RapportError naming the file.

    Without ``warn`` a malformed card raises too; with it, the card is reported and skipped.
    """
    data = read_bounded(path, max_bytes, what="vCard file")
    return parse_vcards(decode_bytes(data), str(path), warn)


@hookimpl
def rapport_contacts(config: Any) -> list[Contact] | None:
    read = SectionReader.of(config, "vcard")
    if read is None:
        return None
    limit = limits_of(config).file_bytes
    contacts: list[Contact] = []
    for path in vcard_files(config.path_of(f) for f in read.strings("files")):
        try:
            contacts.extend(read_vcard_file(path, lambda message: say(f"vcard: {message}"), limit))
        except RapportError as exc:  # this file only: the others still load
            source_failed(f"vcard: {exc}")
    return contacts


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [vcard] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"vcard": {
        "about": "contacts from vCard files",
        "keys": {"files": (str, list)},
        "example": """\
files = ["~/contacts.vcf"]   # files, or folders of *.vcf
""",
    }}
