"""The `[notion]` configuration section, read once and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapport_plugins import ConfigError, secret

DEFAULT_BASE_URL = "https://api.notion.com/v1"
DEFAULT_VERSION = "2025-09-03"


@dataclass(frozen=True)
class NotionSettings:
    token: str = field(default="", repr=False)  # never shown: it reads the whole workspace
    base_url: str = DEFAULT_BASE_URL
    notion_version: str = DEFAULT_VERSION
    data_source_id: str | None = None
    database_id: str | None = None
    date_property: str = "Date"
    shared: bool = True  # a workspace is usually read by others: only light details by default
    create_pages: bool = False  # create a meeting page when none exists (off: teams' databases)
    timeout: float = 30.0
    max_retries: int = 3  # for 429 rate limits and 502/503/504
    max_retry_wait: float = 30.0  # cap on one wait, seconds (Retry-After is honoured up to it)
    requests_per_second: float = 3.0  # Notion's documented average; 0 turns pacing off

    @classmethod
    def from_config(cls, config: Any) -> NotionSettings | None:
        """Settings from ``config.section("notion")``, or None when the section is missing."""
        if config is None or "notion" not in getattr(config, "data", {}):
            return None
        section = config.section("notion")
        token = secret(section, "token", "[notion]")
        if not token:
            raise ConfigError("[notion] needs token or token_env (an internal integration secret)")
        data_source = section.get("meetings_data_source_id") or section.get("data_source_id")
        database = section.get("database_id")
        if not data_source and not database:
            raise ConfigError("[notion] needs meetings_data_source_id or database_id")
        return cls(
            token=str(token),
            base_url=str(section.get("base_url", DEFAULT_BASE_URL)).rstrip("/"),
            notion_version=str(section.get("notion_version", DEFAULT_VERSION)),
            data_source_id=str(data_source) if data_source else None,
            database_id=str(database) if database else None,
            date_property=str(section.get("date_property", "Date")),
            shared=bool(section.get("shared", True)),
            create_pages=bool(section.get("create_pages", False)),
            timeout=_number(section, "timeout", 30.0),
            max_retries=int(_number(section, "max_retries", 3)),
            max_retry_wait=_number(section, "max_retry_wait", 30.0),
            requests_per_second=_number(section, "requests_per_second", 3.0),
        )


def _number(section: dict[str, Any], key: str, default: float) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"[notion] {key} must be a number >= 0, not {value!r}")
    return float(value)
