"""Reading notes defensively and writing them atomically, keeping the file's mode.

Notes live in the user's vault next to their own writing: a write is a temp file in the same
folder plus ``os.replace`` (never a half-written note), a read-only note is refused with a clear
message, and a note changed by the user while we worked is re-read rather than overwritten.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from rapport_plugins import ParseError, RapportError, decode_text, make_private_dirs

MAX_NOTE_BYTES = 4 * 1024 * 1024  # a note larger than this is not a note: read the head only
BINARY_SNIFF_BYTES = 8192
NEW_FILE_MODE = 0o600  # notes we create hold personal details


class SkipFile(Exception):
    """A file that is not a readable text note (binary, unreadable); the message says why."""


class NoteChanged(Exception):
    """The note changed on disk between our read and our write."""


def warn(message: str) -> None:
    """One line on stderr (once per command), prefixed like the core's plugin messages."""
    from rapport_plugins import say

    say(message)


def notes_text(path: Path, service: str) -> str:
    """A note to capture from: its text, or a ParseError naming the file; a very large note is
    read in part and said so (``service`` names the integration in that line)."""
    try:
        text, truncated, _sig = read_note(path)
    except SkipFile as exc:
        raise ParseError(str(exc).split(": ", 1)[-1], source=str(path)) from None
    if truncated:
        warn(f"{service}: {path}: very large note; only the first part was read")
    return text


def read_note(path: Path, max_bytes: int = MAX_NOTE_BYTES) -> tuple[str, bool, tuple[int, int]]:
    """Read a note as text: (text, truncated, (mtime_ns, size)). Binary or unreadable -> SkipFile."""
    try:
        data, st = _head(path, max_bytes)
    except OSError as exc:
        raise SkipFile(f"{path}: cannot read: {exc.strerror or exc}") from None
    truncated = len(data) > max_bytes
    data = data[:max_bytes]
    if truncated:  # the cut may split a character: keep whole ones
        wide = data[:2] in (b"\xff\xfe", b"\xfe\xff")
        data = data[:len(data) // 4 * 4] if wide else data[:len(data) - _partial_tail(data)]
    try:
        text = decode_text(data, str(path), what="text note")
    except ParseError as exc:
        raise SkipFile(f"{exc}; skipped") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:  # CRLF and old Mac CR-only notes read as lines like any other
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, truncated, (st.st_mtime_ns, st.st_size)


def _head(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """At most ``max_bytes + 1`` bytes of ``path`` (one more than allowed shows it is larger) and
    its stat, both from the one open file."""
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        return fh.read(max_bytes + 1), st


def _partial_tail(data: bytes) -> int:
    """How many bytes at the end of ``data`` are an incomplete UTF-8 character."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # a lead byte (or ASCII)
            need = 1 if byte < 0x80 else 2 if byte >> 5 == 0b110 else 3 if byte >> 4 == 0b1110 else 4
            return back if need > back else 0
    return 0


def read_for_edit(path: Path) -> tuple[str, tuple[int, int]]:
    """Read a note we are about to rewrite: it must be whole, UTF-8 text, and writable."""
    try:
        data, st = _head(path, MAX_NOTE_BYTES)
    except OSError as exc:
        raise RapportError(f"{path}: cannot read note: {exc.strerror or exc}") from None
    if len(data) > MAX_NOTE_BYTES:
        raise RapportError(f"{path}: note is larger than {MAX_NOTE_BYTES // 1024 // 1024} MB; not edited")
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        raise RapportError(f"{path}: binary file, not edited")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RapportError(f"{path}: not UTF-8 text (byte {exc.start}); not edited") from None
    return text, (st.st_mtime_ns, st.st_size)


def check_writable(path: Path) -> None:
    """Refuse a read-only note: os.replace would silently succeed over it, which is not the user's wish."""
    # The mode bits as well as access(): root may write anything, but a 0444 note says "hands off".
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR):
        raise RapportError(f"{path}: note is read-only; nothing was written (make it writable to get briefings)")


def write_atomic(path: Path, text: str, expect: tuple[int, int] | None = None) -> None:
    """Replace ``path`` with ``text`` atomically; keep its mode; new files get 0600.

    ``expect`` is the (mtime_ns, size) seen when the note was read: if it changed since, raise
    :class:`NoteChanged` so the caller re-reads instead of overwriting the user's new text.
    """
    path = Path(os.path.realpath(path))
    mode = NEW_FILE_MODE
    if path.exists():
        check_writable(path)
        st = path.stat()
        mode = stat.S_IMODE(st.st_mode)
        if expect is not None and (st.st_mtime_ns, st.st_size) != expect:
            raise NoteChanged(str(path))
    elif expect is not None:
        raise NoteChanged(str(path))
    try:
        make_private_dirs(path.parent)  # a Meetings/ folder we create is 0700 whatever the umask
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".rapport-tmp")
    except OSError as exc:
        raise RapportError(f"{path}: cannot write note: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if expect is not None and path.exists():
            st = path.stat()
            if (st.st_mtime_ns, st.st_size) != expect:
                raise NoteChanged(str(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def inside(root: Path, rel: str) -> Path | None:
    """``root / rel`` resolved, or None when it escapes ``root`` (a hostile or stale reference)."""
    path = (root / rel).resolve()
    return path if path.is_relative_to(root.resolve()) else None


def existing_note_text(root: Path, rel: str) -> str | None:
    """The text of the note ``rel`` under ``root`` (where rapport wrote before), or None when it is
    gone or escapes ``root``; an unreadable note is a one-line RapportError."""
    path = inside(root, rel)
    if path is None or not path.exists():
        return None
    try:
        return read_note(path)[0]
    except SkipFile as exc:
        raise RapportError(str(exc)) from None


def source_note(root: Path, sources: list[str]) -> str | None:
    """The first of ``sources`` that is a Markdown file under ``root``, relative to it."""
    root = root.resolve()
    for source in sources:
        path = Path(source)
        if path.suffix.lower() == ".md" and path.is_file() and path.resolve().is_relative_to(root):
            return path.resolve().relative_to(root).as_posix()
    return None
