"""rapport-transcripts: meeting transcripts (WebVTT, SRT, Otter text, plain ``Name: text``) as utterances.

The capture step needs to know *who* said each sentence, so that the other person's
self-disclosures are proposed and the user's own lines are not. This plugin turns the common
transcript formats into :class:`~rapport_plugins.models.Utterance` lists, and watches the
folders where meeting tools save transcripts by themselves (``[transcripts] watch``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rapport_plugins import SectionReader, hookimpl

from .parse import match_speakers, parse_transcript, sniff_format

__all__ = ["match_speakers", "parse_transcript", "sniff_format", "rapport_parse_notes", "rapport_incoming_notes"]

MAX_BYTES = 20 * 1024 * 1024


@hookimpl
def rapport_parse_notes(path, config):
    """Claim .vtt and .srt files, and .txt files that look like a transcript."""
    read = SectionReader.of(config, "transcripts")
    if read is not None and not read.flag("enabled", True):
        return None
    p = Path(path)
    from rapport_plugins import read_text_file

    suffix = p.suffix.lower()
    if suffix not in {".vtt", ".srt", ".txt", ".transcript"}:
        return None
    text = read_text_file(p, read.number("max_bytes", MAX_BYTES, int) if read is not None else MAX_BYTES)
    fmt = sniff_format(text, suffix)
    if fmt is None:
        return None
    return parse_transcript(text, source=str(p), fmt=fmt)


@hookimpl
def rapport_incoming_notes(since, now, config):
    """Transcripts saved in the ``[transcripts] watch`` folders since the last runs (``rapport run``)."""
    from .watch import incoming_transcripts

    return incoming_transcripts(since, now, config)


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [transcripts] section this plugin reads (checked by rapport; the example goes into `rapport init`)."""
    return {"transcripts": {
        "about": "WebVTT, SRT, Otter and plain transcripts for `rapport capture`, and folders where tools save them",
        "keys": {"enabled": bool, "max_bytes": int, "watch": (str, list), "settle_seconds": int},
        "optional": True,  # reads transcripts given to `rapport capture` without any setting
        "example": """\
# enabled = true          # false: leave .vtt/.srt/.txt files to other readers
# max_bytes = 20971520
# watch = ["~/Documents/Zoom", "~/Documents/Otter"]   # `rapport run` captures new transcripts saved here
# settle_seconds = 120    # a file changed more recently than this may still be being written: next run
""",
    }}
