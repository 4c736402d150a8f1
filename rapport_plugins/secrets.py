"""Secrets are never shown: masking for URLs, config values and anything printed or stored.

A calendar feed URL is often its own password (``?token=…``, ``/private-3f9a…/basic.ics``,
``https://alice:pw@…``) and a webhook URL is a key to post as the user. :func:`mask_url` keeps
what identifies the thing (scheme, host, path) and replaces what unlocks it; :func:`redact`
applies it, and key-name rules, to a whole config for ``rapport config``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

MASK = "***"
# Key names that hold a secret (``api_key``, ``token``, ``passphrase``, ``client_secret``...).
SECRET_WORDS = ("token", "secret", "password", "passwd", "passphrase", "key", "credential",
                "authorization", "cookie", "signature")
# Keys that name where a secret comes from, not the secret (``token_env``, ``password_command``).
REFERENCE_SUFFIXES = ("_env", "_command", "_file")
NOT_SECRET_KEYS = ("keywords", "key_field", "keys")
# Path segments known to be secrets: Google's private ICS address, Nextcloud public links,
# Slack/Discord/Teams webhooks, Outlook published calendars.
_SECRET_AFTER = {"public-calendars", "webhooks", "services", "published", "token", "tokens", "secret",
                 "private", "hooks", "webhookb2", "incomingwebhook", "share", "s"}
_SECRETISH = re.compile(r"^(?:private-|secret-|token-)\S+$|^[A-Za-z0-9_-]{24,}$|^[0-9a-fA-F-]{20,}$")
_URL_IN_TEXT = re.compile(r"\b(?:https?|webcals?|wss?|ftp)://[^\s'\"<>]+", re.IGNORECASE)


def names_secret(key: str) -> bool:
    """Does a config key name a secret (and not just where one comes from)?"""
    k = key.lower()
    if k.endswith(REFERENCE_SUFFIXES) or k in NOT_SECRET_KEYS:
        return False
    return any(w in k for w in SECRET_WORDS)


def mask_url(url: str, *, whole_path: bool = False) -> str:
    """``url`` safe to show or store: user info, query values, fragment and secret-looking path
    segments masked. ``whole_path`` masks every path segment (webhooks: the path is the key)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return MASK
    if not parts.scheme or not parts.netloc:
        return url
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")  # the last @: a password may contain one
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:{MASK}@{host}" if has_password and user else f"{MASK}@{host}"
    segments = parts.path.split("/")
    masked: list[str] = []
    for i, seg in enumerate(segments):
        previous = segments[i - 1].lower() if i else ""
        if seg and (whole_path or _SECRETISH.match(seg) or (previous in _SECRET_AFTER and i < len(segments) - 1)
                    or (previous in _SECRET_AFTER and _looks_random(seg))):
            masked.append(MASK)
        else:
            masked.append(seg)
    query = "&".join(_mask_pair(pair) for pair in parts.query.split("&")) if parts.query else ""
    fragment = MASK if parts.fragment else ""
    return urlunsplit((parts.scheme, netloc, "/".join(masked), query, fragment))


def _mask_pair(pair: str) -> str:
    name, eq, value = pair.partition("=")
    return f"{name}={MASK}" if eq and value else pair


def _looks_random(segment: str) -> bool:
    stem = segment.split(".")[0]
    return len(stem) >= 12 and any(c.isdigit() for c in stem) and any(c.isalpha() for c in stem)


def url_label(url: str) -> str:
    """A URL to name a source by in messages and files: no user info at all, the rest masked."""
    from .http import without_credentials

    return mask_url(without_credentials(url))


def mask_text(text: str) -> str:
    """Every URL inside free text masked (error messages, commands, descriptions)."""
    return _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0)), text)


def source_id(url: str) -> str:
    """How a URL-backed source is stored (``meetings.source``, cache files): masked, plus a short
    hash of the real URL so two feeds that differ only in their token stay apart."""
    masked = url_label(url)
    if masked == url:
        return url
    return f"{masked} [{hashlib.sha256(url.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}]"


def redact(value: Any, key: str = "", *, in_hook: bool = False) -> Any:
    """Config as shown to the user: secrets replaced, so it can be pasted into a bug report.

    Values under a key naming a secret become ``***``; URLs anywhere (lists of calendars too)
    lose their user info, query values and secret path segments; under a key or section naming
    a hook (``[webhook] url``) a URL's whole path is masked: the path is the key.
    """
    in_hook = in_hook or "hook" in key.lower()
    if isinstance(value, dict):
        return {k: redact(v, str(k), in_hook=in_hook) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v, key, in_hook=in_hook) for v in value]
    if names_secret(key):
        return MASK
    if isinstance(value, str):
        if in_hook:
            return _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0), whole_path=True), value)
        return mask_text(value)
    return value


def holds_secret(value: Any, key: str = "") -> bool:
    """Does a config (section, list, value) hold a secret: a value under a secret-naming key, or a
    URL that masking would change?"""
    if isinstance(value, dict):
        return any(holds_secret(v, str(k)) for k, v in value.items())
    if isinstance(value, list):
        return any(holds_secret(v, key) for v in value)
    if names_secret(key) and value not in (None, "", False):
        return True
    return isinstance(value, str) and mask_text(value) != value


def warn_if_exposed(path: Any, data: dict[str, Any]) -> None:
    """One line on stderr when a config that others can read holds a secret (once per process)."""
    import os
    import stat
    import sys

    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    if not mode & 0o077 or str(path) in _WARNED or not holds_secret(data):
        return
    _WARNED.add(str(path))
    print(f"rapport: warning: {path} holds a secret and is readable by others (mode {mode:04o}); "
          f"run: chmod 600 {path}", file=sys.stderr)


_WARNED: set[str] = set()
