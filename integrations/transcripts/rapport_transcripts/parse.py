"""Transcript parsers: one function per format, all returning merged utterances."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from rapport_plugins import MeetingNotes, ParseError, Utterance

_TS = r"(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
TIMING = re.compile(rf"^\s*(?P<start>{_TS})\s+-->\s+(?P<end>{_TS})(?:\s+.*)?$")
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>(?P<text>.*?)(?:</v>|$)", re.S)
TAG = re.compile(r"</?[a-z][^>]*>|<\d[^>]*>", re.I)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"  # a capital, accented ones too ("Ó Briain")
# Lower-case parts of a surname: "Wilhelmina de Vries", "Ludwig van Beethoven", "Ana de la Cruz".
_PARTICLES = r"(?:de|da|das|do|dos|di|du|del|della|der|den|des|la|le|van|von|vom|bin|ibn|al|el|ten|ter)"
# "Anna Berg: ...", "[00:01:23] Anna Berg: ...", "00:01:23 Anna Berg: ...", "Anna Berg (00:01:23): ...",
# "**Anna Berg:** ..." / "**Anna Berg**: ..." (Markdown bold, as chat and AI summaries write them)
SPEAKER_PREFIX = re.compile(
    rf"^\s*(?:\[(?P<ts>[\d:.]+)\]\s*|(?P<ts3>(?:\d+:)?\d{{1,2}}:\d{{2}})\s+(?:[-–|]\s+)?)?(?:\*\*|__)?"
    rf"(?P<name>[{_UPPER}][\w'’.()/-]*(?:[ ,]+(?:{_PARTICLES}\s+){{0,2}}[{_UPPER}(][\w'’.()/-]*){{0,4}})\s*(?:\((?P<ts2>[\d:]+)\))?"
    r"(?:\*\*|__)?:(?:\*\*|__)?\s+(?P<text>\S.*)$")
OTTER_HEADER = re.compile(r"^(?P<name>[^\s\d][^\t]*?)(?:\s{2,}|\t)(?P<ts>(?:\d+:)?\d{1,2}:\d{2})\s*$")


def seconds(value: str) -> float:
    """'01:02:03.500' / '02:03,5' / '2:03' -> seconds."""
    value = value.replace(",", ".")
    parts = value.split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def clean_speaker(name: str) -> str:
    """'Anna Berg (she/her)' -> 'Anna Berg'; 'Berg, Anna' -> 'Anna Berg'; 'PM (Pepa)', 'CEO (Maria)' -> the
    name in brackets after initials or a role."""
    aside = re.fullmatch(r"\s*[A-ZÀ-Þ]{2,4}\.?\s*\((?P<name>[A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+)?)\)\s*", name)
    if aside:
        return aside["name"]
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
    if re.fullmatch(r"[^,]+,\s*[^,]+", name):
        last, first = (p.strip() for p in name.split(",", 1))
        name = f"{first} {last}"
    return " ".join(name.split())


def merge(utterances: Iterable[Utterance]) -> list[Utterance]:
    """Join consecutive turns of one speaker into one utterance."""
    out: list[Utterance] = []
    for u in utterances:
        if not u.text.strip():
            continue
        if out and out[-1].speaker == u.speaker:
            prev = out[-1]
            prev.text = f"{prev.text} {u.text}".strip()
            prev.end = u.end if u.end is not None else prev.end
            continue
        out.append(Utterance(u.speaker, u.text.strip(), u.start, u.end, u.line))
    return out


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number of their first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 0
    for i, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = i
            current.append(line.rstrip())
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def _timing(line: str, source: str, lineno: int) -> tuple[float, float]:
    m = TIMING.match(line)
    if not m:
        raise ParseError(f"malformed cue timing {line.strip()!r}", source=source, line=lineno)
    start, end = seconds(m["start"]), seconds(m["end"])
    if end < start:
        raise ParseError(f"cue ends before it starts ({line.strip()})", source=source, line=lineno)
    return start, end


def _cue_utterances(lines: list[str], start: float, end: float, lineno: int, current: str | None) -> list[Utterance]:
    """Payload lines of one cue: Teams voice tags, Zoom 'Name: text', or plain continuation."""
    payload = "\n".join(lines)
    voices = list(VOICE.finditer(payload))
    if voices:
        return [
            Utterance(clean_speaker(v["name"]), " ".join(TAG.sub("", v["text"]).split()), start, end, lineno)
            for v in voices
        ]
    out: list[Utterance] = []
    for line in lines:
        plain = TAG.sub("", line).strip()
        plain = re.sub(r"^-\s*", "", plain)
        m = SPEAKER_PREFIX.match(plain)
        if m and len(m["name"]) <= 60:
            current = clean_speaker(m["name"])
            plain = m["text"]
        elif m is None and re.match(r"^\[([^\]]+)\]\s*(.*)$", plain):
            mm = re.match(r"^\[([^\]]+)\]\s*(.*)$", plain)
            assert mm
            current, plain = clean_speaker(mm.group(1)), mm.group(2)
        if out and out[-1].speaker == current:
            out[-1].text = f"{out[-1].text} {plain}".strip()
        else:
            out.append(Utterance(current, plain, start, end, lineno))
    return out


def _utterances(cues: Iterator[tuple[list[str], float, float, int]]) -> list[Utterance]:
    """Timed cues (text lines, start, end, first text line) as utterances: a cue without a speaker
    label goes on with the previous cue's speaker; a speaker's consecutive cues are merged."""
    utterances: list[Utterance] = []
    speaker: str | None = None
    for lines, start, end, line in cues:
        cue = _cue_utterances(lines, start, end, line, speaker)
        if cue:
            speaker = cue[-1].speaker
        utterances.extend(cue)
    return merge(utterances)


def parse_vtt(text: str, source: str) -> list[Utterance]:
    lines = text.split("\n")
    if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise ParseError("not a WebVTT file (first line must be 'WEBVTT')", source=source, line=1)
    return _utterances(_vtt_cues(text, source))


def _vtt_cues(text: str, source: str) -> Iterator[tuple[list[str], float, float, int]]:
    for first, block in _blocks(text):
        head = block[0]
        if first == 1 or head.startswith(("NOTE", "STYLE", "REGION")):
            continue
        idx = 0
        if "-->" not in head:
            if len(block) < 2 or "-->" not in block[1]:
                bad = block[1] if len(block) > 1 else head
                raise ParseError(f"cue without timing line: {bad.strip()[:60]!r}", source=source,
                                 line=first + (1 if len(block) > 1 else 0))
            idx = 1
        start, end = _timing(block[idx], source, first + idx)
        yield block[idx + 1:], start, end, first + idx + 1


def parse_srt(text: str, source: str) -> list[Utterance]:
    return _utterances(_srt_cues(text.lstrip("\ufeff"), source))


def _srt_cues(text: str, source: str) -> Iterator[tuple[list[str], float, float, int]]:
    for first, block in _blocks(text):
        idx = 1 if block[0].strip().isdigit() else 0
        if idx >= len(block) or "-->" not in block[idx]:
            raise ParseError(f"subtitle block without timing line: {block[min(idx, len(block) - 1)].strip()[:60]!r}",
                             source=source, line=first + min(idx, len(block) - 1))
        start, end = _timing(block[idx].replace(",", "."), source, first + idx)
        yield block[idx + 1:], start, end, first + idx + 1


def parse_otter(text: str, source: str) -> list[Utterance]:
    """Otter.ai export: 'Name  0:03' header lines, each followed by what they said."""
    utterances: list[Utterance] = []
    current: Utterance | None = None
    for lineno, line in enumerate(text.split("\n"), start=1):
        m = OTTER_HEADER.match(line.rstrip())
        if m:
            current = Utterance(clean_speaker(m["name"]), "", seconds(m["ts"]), None, lineno)
            utterances.append(current)
            continue
        if not line.strip():
            continue
        if current is None:
            if re.match(r"^(?:transcribed by|otter\.ai)", line.strip(), re.I) or lineno <= 3:
                continue
            current = Utterance(None, "", None, None, lineno)
            utterances.append(current)
        if re.match(r"^transcribed by https?://otter\.ai", line.strip(), re.I):
            continue
        current.text = f"{current.text} {line.strip()}".strip()
    for a, b in zip(utterances, utterances[1:], strict=False):
        a.end = b.start
    return merge(utterances)


TIMESTAMP_LINE = re.compile(r"^\s*\[?(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d+)?\]?\s*$")


def parse_plain(text: str, source: str) -> list[Utterance]:
    """'Name: text' lines (optionally '[00:01:02] Name: text'); other lines continue the last speaker.

    Lines holding only a timestamp (Google Meet exports) are skipped.
    """
    utterances: list[Utterance] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or TIMESTAMP_LINE.match(line):
            continue
        m = SPEAKER_PREFIX.match(line)
        if m:
            ts = m["ts"] or m["ts2"] or m["ts3"]
            try:
                start = seconds(ts) if ts else None
            except ValueError:
                raise ParseError(f"malformed timestamp {ts!r}", source=source, line=lineno) from None
            utterances.append(Utterance(clean_speaker(m["name"]), m["text"].strip(), start, None, lineno))
        elif utterances:
            utterances.append(Utterance(utterances[-1].speaker, line.strip(), None, None, lineno))
        else:
            utterances.append(Utterance(None, line.strip(), None, None, lineno))
    return merge(utterances)


NAME_LINE = re.compile(r"^(?P<name>[^\W\d_][\w'’.()-]*(?:[ ,]+[^\W\d_][\w'’.()-]*){0,5})\s*$")
STAMP_ONLY = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d+)?\s*$")


def _meet_headers(lines: list[str]) -> list[int]:
    """Indexes of speaker lines: a name alone on its line, the next line a timestamp alone."""
    return [i for i in range(len(lines) - 1)
            if NAME_LINE.match(lines[i].strip()) and STAMP_ONLY.match(lines[i + 1]) and len(lines[i].strip()) <= 60]


def parse_meet(text: str, source: str) -> list[Utterance]:
    """Google Meet / Teams "download as text" export: a speaker's name on its own line, a timestamp
    on the next, then what they said. Lines before the first speaker (title, date) are skipped."""
    lines = text.split("\n")
    headers = set(_meet_headers(lines))
    utterances: list[Utterance] = []
    current: Utterance | None = None
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if i in headers:
            try:
                start = seconds(lines[i + 1].strip())
            except ValueError:
                raise ParseError(f"malformed timestamp {lines[i + 1].strip()!r}", source=source, line=i + 2) from None
            current = Utterance(clean_speaker(lines[i].strip()), "", start, None, i + 1)
            utterances.append(current)
            skip_next = True
            continue
        if current is not None and line.strip():
            current.text = f"{current.text} {line.strip()}".strip()
    for a, b in zip(utterances, utterances[1:], strict=False):
        a.end = b.start
    return merge(utterances)


PARSERS = {"vtt": parse_vtt, "srt": parse_srt, "otter": parse_otter, "plain": parse_plain, "meet": parse_meet}


# "Attendees: ...", "Notiz: ...", "Temas: ..." are a note's labels, not people speaking.
NOT_SPEAKERS = {
    "attendees", "participants", "present", "with", "date", "time", "agenda", "topics", "topic", "notes", "note",
    "summary", "action", "actions", "action items", "todo", "next", "next steps", "decisions", "decision", "remember",
    "note to self", "don't forget", "subject", "re", "title", "location", "tags", "type", "status", "update", "updates",
    "teilnehmer", "mit", "datum", "themen", "thema", "notiz", "notizen", "merken", "nicht vergessen", "aufgaben",
    "nächste schritte", "ort", "betreff", "asistentes", "participantes", "con", "fecha", "temas", "tema", "apunte",
    "nota", "notas", "recordar", "no olvidar", "tareas", "próximos pasos", "lugar", "asunto",
    # a clinician's SOAP / DAP / BIRP note ("S: reports low mood", "P: cont. weekly") is notes, not speakers
    "s", "o", "a", "p", "d", "b", "i", "r", "subjective", "objective", "assessment", "plan", "data", "hx", "dx", "rx",
}


def sniff_format(text: str, suffix: str = "") -> str | None:
    """Which transcript format ``text`` is in, or None when it is not a transcript."""
    stripped = text.lstrip("\ufeff").lstrip()
    if suffix == ".vtt" or stripped.startswith("WEBVTT"):
        return "vtt"
    if suffix == ".srt":
        return "srt"
    if len(_meet_headers(text.split("\n"))) >= 2:
        return "meet"
    lines = [ln for ln in text.split("\n") if ln.strip() and not TIMESTAMP_LINE.match(ln)]
    if not lines:
        return None
    if re.match(r"^\d+\s*$", lines[0]) and len(lines) > 1 and "-->" in lines[1]:
        return "srt"
    headers = sum(1 for ln in lines if OTTER_HEADER.match(ln.rstrip()))
    if headers >= 2 and headers * 2 >= sum(1 for ln in lines if not OTTER_HEADER.match(ln.rstrip())) * 0.5:
        return "otter"
    prefixed = [m if m and clean_speaker(m["name"]).lower() not in NOT_SPEAKERS else None
                for m in (SPEAKER_PREFIX.match(ln) for ln in lines)]
    names = {clean_speaker(m["name"]) for m in prefixed if m}
    if sum(1 for m in prefixed if m) >= 2 and sum(1 for m in prefixed if m) * 2 >= len(lines) and len(names) <= 12:
        return "plain"
    return None


def parse_transcript(text: str, source: str, fmt: str | None = None) -> MeetingNotes:
    """Parse ``text`` (from ``source``) into MeetingNotes(kind="transcript")."""
    fmt = fmt or sniff_format(text) or "plain"
    utterances = PARSERS[fmt](text.replace("\r\n", "\n").replace("\r", "\n"), source)
    flat = "\n".join(f"{u.speaker}: {u.text}" if u.speaker else u.text for u in utterances)
    return MeetingNotes(
        text=flat, source="transcript", ref=source, kind="transcript", utterances=utterances,
        extra={"format": fmt, "speakers": sorted({u.speaker for u in utterances if u.speaker})},
    )


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", clean_speaker(name).lower()).split())


def match_speakers(utterances: Sequence[Utterance], attendee_names: Sequence[str]) -> dict[str, str | None]:
    """Map each transcript speaker to an attendee name: exact, then unique first name, last name or initial.

    'Anna' -> 'Anna Berg', 'A. Berg' -> 'Anna Berg', 'Berg, Anna' -> 'Anna Berg'; unknown -> None.
    """
    attendees = [(a, _norm(a).split()) for a in attendee_names if a and _norm(a)]
    out: dict[str, str | None] = {}
    for speaker in dict.fromkeys(u.speaker for u in utterances if u.speaker):
        words = _norm(speaker).split()
        match = next((a for a, w in attendees if w == words), None)
        if match is None and words:
            tests = [
                lambda w, s=words: w[0] == s[0] and len(s) == 1,  # first name only
                lambda w, s=words: len(s) > 1 and w[0] == s[0] and w[-1][:1] == s[-1][:1],  # Anna B
                lambda w, s=words: len(s) > 1 and w[-1] == s[-1] and w[0][:1] == s[0][:1],  # A. Berg
                lambda w, s=words: len(s) == 1 and w[-1] == s[0],  # surname only
            ]
            for test in tests:
                found = [a for a, w in attendees if test(w)]
                if len(found) == 1:
                    match = found[0]
                    break
        out[speaker] = match
    return out
