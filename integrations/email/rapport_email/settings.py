"""``[email]`` read into settings: one clear line per bad setting; the password is read only when sending."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from rapport_plugins import ConfigError, SectionReader

PORTS = {"starttls": 587, "ssl": 465, "none": 25}
LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass
class Settings:
    host: str
    port: int
    sender: str
    to: list[str]
    username: str
    tls: str
    verify: bool | Path
    audience: str
    timeout: float
    reader: SectionReader  # the section: the password is read from it only when a message goes out

    @property
    def label(self) -> str:
        return self.reader.where


def read_settings(config: Any) -> Settings | None:
    """The ``[email]`` section, or None when it is not there (email is not configured)."""
    reader = SectionReader.of(config, "email")
    if reader is None:
        return None
    host = reader.required("host", "your mail provider's SMTP server, e.g. smtp.fastmail.com")
    tls = reader.choice("tls", "starttls", tuple(PORTS))
    port = reader.number("port", PORTS[tls], int)
    if not 1 <= port <= 65535:
        raise ConfigError(f"{reader.where} port must be from 1 to 65535")
    sender = _address(reader, "from", reader.required("from", "the address the briefing comes from"))
    to = [_address(reader, "to", a) for a in reader.strings("to", [sender])]
    username = reader.text("username")
    if tls == "none" and username and host.lower() not in LOOPBACK:
        raise ConfigError(f'{reader.where} tls = "none" would send your password unencrypted to {host}; '
                          'use starttls or ssl')
    verify_value = reader.section.get("verify", True)
    if isinstance(verify_value, bool):
        verify: bool | Path = verify_value
    elif isinstance(verify_value, str) and verify_value.strip():
        verify = reader.path("verify")
        if not verify.is_file():
            raise ConfigError(f"{reader.where} verify: {verify} is not a file (a PEM CA bundle)")
    else:
        raise ConfigError(f"{reader.where} verify must be true, false or the path of a CA bundle")
    audience = reader.choice("audience", "shared", ("private", "shared"))
    return Settings(host, port, sender, to, username, tls, verify, audience,
                    reader.number("timeout", 30.0, float, most=300), reader)


def _address(reader: SectionReader, key: str, value: str) -> str:
    name, address = parseaddr(value)
    if "@" not in address or any(c.isspace() for c in address):
        raise ConfigError(f"{reader.where} {key}: {value!r} is not an email address")
    return value.strip()
