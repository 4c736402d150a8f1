"""``[webhook.sinks.NAME]`` tables read into sinks; one clear error per bad setting, never the URL itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapport_plugins import ConfigError

from .payloads import FORMATS

AUDIENCES = ("private", "shared")
SINK_KEYS = {"format", "url", "url_env", "url_command", "audience", "timeout", "room",
             "token", "token_env", "token_command"}


@dataclass
class Sink:
    name: str
    format: str
    settings: dict[str, Any]  # the raw table: secrets are read only when the sink is used
    audience: str = "shared"
    timeout: float = 10.0

    @property
    def label(self) -> str:
        return f"[webhook.sinks.{self.name}]"


def read_sinks(config: Any) -> list[Sink]:
    """Every ``[webhook.sinks.NAME]`` table, in file order; top-level keys belong to hooks/webhook_reminder.py."""
    section = (config.section("webhook") or {}).get("sinks") or {}
    sinks = []
    where = f"{config.path or 'config.toml'}"
    for name, table in section.items():
        if not isinstance(table, dict):
            continue
        label = f"{where}: [webhook.sinks.{name}]"
        unknown = sorted(set(table) - SINK_KEYS)
        if unknown:
            raise ConfigError(f"{label}: unknown key {unknown[0]!r} (valid: {', '.join(sorted(SINK_KEYS))})")
        fmt = str(table.get("format", "")).lower()
        if fmt not in FORMATS:
            raise ConfigError(f"{label} format: {table.get('format')!r} is not one of {', '.join(FORMATS)}")
        audience = str(table.get("audience", "shared")).lower()
        if audience not in AUDIENCES:
            raise ConfigError(f"{label} audience: {table.get('audience')!r} is not private or shared")
        if not any(table.get(k) for k in ("url", "url_env", "url_command")):
            raise ConfigError(f"{label}: set url_env (or url_command) to the webhook URL")
        if fmt == "matrix" and not (table.get("room") and any(table.get(k) for k in ("token", "token_env", "token_command"))):
            raise ConfigError(f"{label}: a matrix sink needs room and token_env (or token_command)")
        try:
            timeout = float(table.get("timeout", 10))
        except (TypeError, ValueError):
            raise ConfigError(f"{label} timeout: {table.get('timeout')!r} is not a number of seconds") from None
        sinks.append(Sink(str(name), fmt, table, audience, timeout))
    return sinks
