"""Bounds on everything rapport reads: file sizes, HTTP bodies and time, recurrence expansion.

Anyone who can invite the user to a meeting or share a note writes into what rapport reads, so
no read is unbounded: a file or a response larger than its limit, a response that takes longer
than its total time (not per read: a byte a second never ends otherwise), or a rule that needs
more steps than allowed ends in one line naming the file and the setting that raises the limit.

Every limit is set in the ``[limits]`` section of config.toml::

    [limits]
    file_mb = 64          # largest calendar, contacts or notes file read
    http_mb = 64          # largest HTTP body (after gzip/deflate decompression)
    http_seconds = 120    # whole HTTP response, connect to last byte
    expand_steps = 200000 # recurrence steps per event and window
"""

from __future__ import annotations

import codecs
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError, ParseError, RapportError

MB = 1024 * 1024
DEFAULTS: dict[str, float] = {"file_mb": 64, "http_mb": 64, "http_seconds": 120, "expand_steps": 200_000}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class Limits:
    """The limits in force; ``Limits()`` are the defaults."""

    file_bytes: int = int(DEFAULTS["file_mb"] * MB)
    http_bytes: int = int(DEFAULTS["http_mb"] * MB)
    http_seconds: float = DEFAULTS["http_seconds"]
    expand_steps: int = int(DEFAULTS["expand_steps"])


def limits_of(config: Any) -> Limits:
    """The ``[limits]`` of ``config`` (defaults for keys not set); a bad value is a ConfigError."""
    section = config.section("limits") if config is not None else {}
    where = f"{getattr(config, 'path', None) or 'config'}: [limits]"
    values: dict[str, float] = {}
    for key, default in DEFAULTS.items():
        value = section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1e9:
            raise ConfigError(f"{where} {key} must be a positive number (default {default:g})")
        values[key] = value
    return Limits(file_bytes=int(values["file_mb"] * MB), http_bytes=int(values["http_mb"] * MB),
                  http_seconds=float(values["http_seconds"]), expand_steps=int(values["expand_steps"]))


def size_text(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n} bytes"


def read_bounded(path: str | os.PathLike[str], max_bytes: int, *, what: str = "file",
                 setting: str = "[limits] file_mb") -> bytes:
    """The bytes of ``path``, at most ``max_bytes`` of them, or a one-line RapportError.

    Reads only from a regular file or a pipe and never more than the limit (``/dev/zero`` as a
    calendar ends at the limit with a message, not with the machine's memory).
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise RapportError(f"{p}: is a folder, not a {what}")
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise RapportError(f"{p}: {what} not found") from None
    except IsADirectoryError:
        raise RapportError(f"{p}: is a folder, not a {what}") from None
    except OSError as exc:
        raise RapportError(f"{p}: cannot read {what}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise RapportError(f"{p}: {what} larger than {size_text(max_bytes)}; not read (raise {setting} to read it)")
    return data


def decode_text(data: bytes, source: str, *, what: str = "text") -> str:
    """Decode what declares itself (a UTF-8/16/32 BOM), else strict UTF-8; refuse the rest.

    Never guesses a legacy encoding: a Latin-1 note read as UTF-8 with replacement characters
    would be stored as mojibake ("caf\ufffd"), which is worse than a clear refusal.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ParseError(f"not valid {codec.split('-sig')[0].upper()} {what} (byte {exc.start})",
                                 source=source) from None
    head = data[:8192]
    if b"\x00" in head:
        if _utf16_without_bom(head):
            raise ParseError(f"UTF-16 {what} without a byte-order mark; save it as UTF-8", source=source)
        raise ParseError(f"binary file, not {what}", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(f"not UTF-8 {what} (byte {exc.start}); save it as UTF-8", source=source, line=line) from None
    sample = text[:8192]
    if sum(ch in _CONTROL for ch in sample) > max(2, len(sample) // 100):
        # Valid UTF-8 that is mostly control bytes is not notes anyone wrote: say so rather than
        # capture nothing from it ("0 memories stored").
        raise ParseError(f"binary file, not {what}", source=source)
    return text


# Control characters that written text does not hold (tab, line feed, form feed and carriage
# return are text); a stray one is allowed, many are not.
_CONTROL = frozenset(chr(c) for c in [*range(0, 9), 11, *range(14, 32), 127])


def _utf16_without_bom(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 (a Windows export without its BOM): every other byte is NUL."""
    pairs = len(head) // 2
    if pairs < 2:
        return False
    odd = head[1:pairs * 2:2].count(0)
    even = head[0:pairs * 2:2].count(0)
    return max(odd, even) >= pairs * 0.6 and min(odd, even) <= pairs * 0.05


def read_response(response: Any, *, max_bytes: int, deadline: float, label: str,
                  setting: str = "[limits]") -> bytes:
    """The (decompressed) body of a streamed ``requests`` response, within size and time.

    ``deadline`` is a ``time.monotonic()`` value for the whole response; each read waits at most
    until then, so a server sending a byte a second past its timeout is cut off. The body is
    also stored on the response so ``response.json()`` and ``.text`` keep working.
    """
    declared = response.headers.get("Content-Length", "")
    encoded = response.headers.get("Content-Encoding", "").strip().lower() not in ("", "identity")
    if declared.isdigit() and int(declared) > max_bytes and not encoded:
        response.close()
        raise RapportError(f"{label}: response larger than {size_text(max_bytes)} "
                           f"(raise {setting} http_mb to accept it)")
    raw = response.raw
    reader = getattr(raw, "read1", None)
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _too_slow(label, setting)
            _set_read_timeout(raw, remaining)
            chunk = reader(65536, decode_content=True) if reader else raw.read(65536, decode_content=True)
            if not chunk:
                if reader is None or getattr(raw, "closed", False) or _done(raw):
                    break
                continue
            total += len(chunk)
            if total > max_bytes:
                raise RapportError(f"{label}: response larger than {size_text(max_bytes)} "
                                   f"(raise {setting} http_mb to accept it)")
            chunks.append(chunk)
    except RapportError:
        response.close()
        raise
    except Exception as exc:  # urllib3 read/decode errors: truncated gzip, reset connection, timeout
        response.close()
        if "timed out" in str(exc).lower() or "timeout" in type(exc).__name__.lower():
            raise _too_slow(label, setting) from None
        raise RapportError(f"{label}: cannot read the response ({type(exc).__name__})") from None
    body = b"".join(chunks)
    response._content = body
    response._content_consumed = True
    return body


def _too_slow(label: str, setting: str = "[limits]") -> RapportError:
    return RapportError(f"{label}: response not complete within the time limit "
                        f"(raise {setting} http_seconds to wait longer)")


def _done(raw: Any) -> bool:
    try:
        return bool(raw.is_fp_closed() if hasattr(raw, "is_fp_closed") else True)
    except Exception:
        return True


def _set_read_timeout(raw: Any, seconds: float) -> None:
    """Let one socket read wait at most ``seconds`` (the rest of the whole response's time)."""
    try:
        sock = raw._fp.fp.raw._sock  # http.client response -> socket.SocketIO -> socket
        current = sock.gettimeout()
        if current is None or current > seconds:
            sock.settimeout(max(seconds, 0.01))
    except AttributeError:
        pass


def bounded_request(session: Any, method: str, url: str, *, label: str, limits: Limits | None = None,
                    timeout: float | None = None, **kwargs: Any) -> Any:
    """``session.request`` with the body read under ``limits`` (size after decompression, total time).

    ``timeout`` bounds connecting and each wait for data; the whole response is bounded by
    ``limits.http_seconds`` from the moment the request is sent. Connection errors (and the
    caller's own ``timeout``) propagate as ``requests`` exceptions, for the caller to word; a wait
    cut short by ``http_seconds`` is a RapportError naming that setting, whether it ends while
    waiting for the headers or for the body.
    """
    import requests

    limits = limits or Limits()
    deadline = time.monotonic() + limits.http_seconds
    per_read = min(timeout or limits.http_seconds, limits.http_seconds)
    try:
        response = session.request(method, url, stream=True, timeout=per_read, **kwargs)
    except requests.Timeout:
        if timeout and timeout < limits.http_seconds:
            raise  # the caller's timeout, which it words ("timed out after 30 s")
        raise _too_slow(label) from None
    read_response(response, max_bytes=limits.http_bytes, deadline=deadline, label=label)
    return response
