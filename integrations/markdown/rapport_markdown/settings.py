"""The ``[markdown]`` configuration section, read once per hook call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapport_plugins import SectionReader, user_zone

from .vault import Vault, cache_path_for

_VAULTS: dict[str, Vault] = {}  # one index per vault per process; rescans are cheap (mtime/size)


@dataclass
class Settings:
    vault: Path
    meetings_folder: str = "Meetings"
    people_folder: str = "People"
    template: str | None = None
    write_briefing: bool = True
    daily_note: bool = False
    daily_note_shared: bool = False  # the daily note is read by others: light details only
    shared: bool = False  # the whole vault is shared (a team vault): light details only
    append_captured_to_person: bool = False
    review_checklist: bool = True  # capture's proposals as a checklist in the meeting's note
    home: Path | None = None
    me: frozenset[str] = frozenset()  # the user's name and emails ([me]), case-folded: not an attendee link
    zone: Any = None  # the user's time zone: a note's date and {{time}} are the user's, not the invitation's

    def open_vault(self) -> Vault:
        """The vault's index, rescanned (only changed notes are re-read)."""
        key = str(self.vault)
        vault = _VAULTS.get(key)
        if vault is None or (vault.people_folder, vault.meetings_folder) != (
            self.people_folder.strip("/"), self.meetings_folder.strip("/")
        ):
            cache = cache_path_for(self.home, self.vault) if self.home else None
            vault = _VAULTS[key] = Vault(self.vault, self.people_folder, self.meetings_folder, cache)
        vault.scan(force=True)
        return vault


def settings_from(config: Any) -> Settings | None:
    """``None`` when the ``[markdown]`` section is missing or names no vault (not configured)."""
    read = SectionReader.of(config, "markdown", needs="vault")
    if read is None:
        return None
    return Settings(
        vault=read.path("vault").resolve(),
        meetings_folder=read.text("meetings_folder", "Meetings"),
        people_folder=read.text("people_folder", "People"),
        template=read.text("template") or None,
        write_briefing=read.flag("write_briefing", True),
        daily_note=read.flag("daily_note", False),
        daily_note_shared=read.flag("daily_note_shared", False),
        shared=read.flag("shared", False),
        append_captured_to_person=read.flag("append_captured_to_person", False),
        review_checklist=read.flag("review_checklist", True),
        home=Path(config.home),
        me=frozenset(_me_keys(config.section("me"))),
        zone=user_zone(config),
    )


def _me_keys(me: dict[str, Any]) -> list[str]:
    emails = me.get("emails") or []
    if isinstance(emails, str):
        emails = [emails]
    return [str(k).strip().casefold() for k in [me.get("name"), *emails] if k]
