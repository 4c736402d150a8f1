"""``rapport forget`` in a vault: our own sections lose every line about the person; the user's
notes that still name them are listed, never edited."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rapport_plugins import md_inline

from .delivery import edit_note
from .noteio import SkipFile, read_note
from .sections import blank_owned, find_sections, upsert_section
from .settings import Settings


def person_keys(person: Any) -> list[str]:
    """What names the person in a note: name, aliases, emails, as written and as escaped."""
    keys = {k.strip().casefold() for k in [person.name, *person.aliases, *person.emails] if k and k.strip()}
    return sorted(keys | {md_inline(k).casefold() for k in keys}, key=len, reverse=True)


def names_person(line: str, keys: list[str]) -> bool:
    folded = line.casefold()
    return any(k in folded for k in keys)


def redact_lines(body: list[str], keys: list[str]) -> list[str]:
    """A section body without the person's block (``### Name`` to the next heading) and without
    any other line naming them."""
    out: list[str] = []
    skipping = False
    for line in body:
        heading = re.match(r"^#{2,3} ", line)
        if heading:
            skipping = line.startswith("### ") and names_person(line, keys)
        if skipping or names_person(line, keys):
            continue
        out.append(line)
    return out


def _redactor(owned_ids: list[tuple[str, str]], keys: list[str]) -> Any:
    """The note edit: each of our sections named in ``owned_ids`` rewritten without the person."""
    def change(current: str) -> tuple[str, bool]:
        for kind, section_id in owned_ids:
            lines = current.replace("\r\n", "\n").split("\n")
            for sec in find_sections(lines, kind):
                if sec.id == section_id:
                    body = redact_lines(lines[sec.start + 1:sec.end], keys)
                    current = upsert_section(current, kind, section_id, "\n".join(body) or "(forgotten)",
                                             adopt_edits=True).text
        return current, False

    return change


def forget_in_vault(settings: Settings, person: Any) -> dict[str, list[str]]:
    """Redact our sections in every note of the vault; list the user's notes that name the person."""
    vault = settings.open_vault()

    def redactor(text: str, keys: list[str]) -> Callable[[str], tuple[str, bool]] | None:
        lines = text.split("\n")
        owned = [s for s in find_sections(lines) if any(names_person(x, keys) for x in lines[s.start + 1:s.end])]
        return _redactor([(s.kind, s.id) for s in owned], keys) if owned else None

    return forget_in_notes(((rel, vault.path(rel)) for rel in sorted(vault.scan(force=True))), person, redactor,
                           blank_owned)


def forget_in_notes(notes: Iterable[tuple[str, Path]], person: Any,
                    redactor: Callable[[str, list[str]], Callable[[str], tuple[str, bool]] | None],
                    blank_ours: Callable[[str], str]) -> dict[str, list[str]]:
    """``rapport forget`` over ``(rel, path)`` notes: where ``redactor(text, keys)`` gives a change
    (our own sections name the person), the note is edited with it; notes whose own text (``blank_ours``
    hides ours) still names the person are listed, never edited. Shared with rapport-logseq."""
    keys = person_keys(person)
    redacted: list[str] = []
    still_named: list[str] = []
    for rel, path in notes:
        try:
            text, _truncated, _sig = read_note(path)
        except SkipFile:
            continue
        if not names_person(text, keys):
            continue
        change = redactor(text, keys)
        if change is not None:
            edit_note(path, lambda: "", change)
            redacted.append(rel)
        if names_person(blank_ours(text), keys):
            still_named.append(rel)
    return {"redacted": redacted, "still_named": still_named}
