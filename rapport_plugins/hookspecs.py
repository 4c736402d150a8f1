"""Every hook a rapport plugin can implement.

Hooks are always called with keyword arguments, so an implementation may accept any subset of
the arguments, in any order. Each docstring below is the contract; docs/hooks.md documents the
same signatures with examples (a test keeps the two in step).
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("rapport")
hookimpl = pluggy.HookimplMarker("rapport")


@hookspec
def rapport_before_meeting(meeting, briefing, config):
    """Called once a meeting's briefing is built, before it is delivered.

    Add sections or prompts to ``briefing`` (a :class:`rapport_plugins.briefing.Briefing`)
    in place: ``briefing.add_section(title, lines, source=...)``. Return value is ignored.
    """


@hookspec(firstresult=True)
def rapport_after_meeting(meeting, notes, config):
    """Find explicit "remember this" markers in a meeting's notes.

    ``notes`` is a :class:`~rapport_plugins.models.MeetingNotes`. Return a list of
    :class:`~rapport_plugins.models.Candidate` (``explicit=True`` for markers the user wrote,
    which are stored directly) for notes you read, or ``None`` for notes that are not yours.
    The first plugin that answers reads the notes' markers (each line is read once); the
    built-in reader answers for notes no integration claims. Read them with
    :func:`rapport_plugins.find_markers`, the one marker grammar, passing what only your
    integration knows: which headings or parent blocks name a person, where each line lives.
    """


@hookspec
def rapport_calendar_events(window, config):
    """List the meetings a calendar source has in ``window`` (a :class:`~rapport_plugins.models.Window`).

    Return an iterable of :class:`~rapport_plugins.models.Meeting`, one per occurrence
    (recurring events expanded), or ``None`` when the source is not configured. Leave out blocks
    with no one to meet (out of office, focus time); say the user's answer (``Attendee.response``
    on their line, or ``Meeting.my_response``) so declined meetings are not briefed.
    """


@hookspec
def rapport_contacts(config):
    """List the people a contacts source knows.

    Return an iterable of :class:`~rapport_plugins.models.Contact`, or ``None`` when the source
    is not configured. Birthdays and anniversaries go in ``Contact.dates``.
    """


@hookspec
def rapport_meeting_notes(meeting, config):
    """Find what was written or said for ``meeting`` in a notes or meeting tool.

    Return a list of :class:`~rapport_plugins.models.MeetingNotes` (possibly empty) or ``None``.
    A meeting tool whose transcript is not made yet puts a
    :class:`~rapport_plugins.models.NotesPending` in the list: ``rapport run`` asks again later,
    then gives up with a note. ``MeetingNotes.final`` (a recording's transcript) means this
    plugin is not asked about the meeting again once it is captured.
    """


@hookspec
def rapport_incoming_notes(since, now, config):
    """Notes or transcripts that arrived by themselves (a watched folder, an export) and were
    changed in [``since``, ``now``], whichever meeting they belong to.

    Return a list of :class:`~rapport_plugins.models.MeetingNotes` whose ``ref`` is the file's
    path, or ``None`` when not configured. The core finds each one's meeting the way
    ``rapport capture FILE`` does and captures it once (a changed file is captured again); leave
    out a file that may still be written (its size changing, changed moments ago).
    """


@hookspec(firstresult=True)
def rapport_parse_notes(path, config):
    """Read a notes or transcript file given on the command line (``rapport capture FILE``).

    Return a :class:`~rapport_plugins.models.MeetingNotes` if this plugin understands the file
    (by extension or content), else ``None``. The first plugin to answer wins; the built-in
    plain-text reader answers last.
    """


@hookspec
def rapport_deliver_briefing(meeting, briefing, config):
    """Deliver a finished briefing somewhere the user looks (a note, a webhook, a notification).

    Each sink decides from ``config`` whether it is enabled. Return a short string saying where
    it was delivered (e.g. ``"obsidian:Meetings/2026-04-02 1-1.md"``) or ``None``. A sink that
    writes to a place others can read must use ``briefing.for_shared_sink(config)``, which drops
    personal and sensitive details unless the user allowed them.
    """


@hookspec
def rapport_review_write(meeting, items, sources, ref, config):
    """Write capture's proposals for ``meeting`` into its note as a checklist the user reviews there.

    ``items`` are :class:`~rapport_plugins.models.ReviewItem` (id, line, state, sensitivity, new);
    ``sources`` the refs of the notes or transcripts they came from (write into one of those notes
    when it is yours); ``ref`` what this plugin returned last time (``None`` the first time). Update
    the section in place: tick kept items, remove dismissed ones, add only ``new`` ones (an item
    written before and missing now was deleted by the user), never touch the user's other text,
    and in a note others can read keep only ``review_items_for_note(items, config, shared=True)``.
    Return ``{"where": ref, "ids": [ids the note now shows]}``, or ``None`` when not configured.
    """


@hookspec
def rapport_review_read(meeting, ref, config):
    """Read back the checklist this plugin wrote at ``ref`` (what ``rapport_review_write`` returned).

    Return a list of :class:`~rapport_plugins.models.ChecklistLine` (id, ticked, the text as the
    user left it), ``[]`` when every item was deleted, or ``None`` when the checklist (its section
    or the note) is gone: rapport then leaves that note alone. Raise when the note cannot be read
    now (a server down): nothing is decided from it this time.
    """


@hookspec
def rapport_deliver_correction(meeting, correction, config):
    """A meeting whose briefing this sink delivered moved or was cancelled: tell the user, briefly.

    ``meeting`` is the meeting as it was briefed; ``correction`` a :class:`Correction` whose
    ``text`` is one line naming only the title and times. Called only for sinks that delivered
    that briefing, once per change (claimed like deliveries). Return where it went, or ``None``.
    """


@hookspec
def rapport_forget_person(person, config):
    """``rapport forget``: remove or redact what this plugin itself wrote about ``person`` (a
    briefing section in a note, a captured list), and find what the user wrote that names them.

    Return ``{"redacted": [refs], "still_named": [refs]}`` (refs are note paths or ids the user
    recognises), or ``None`` when not configured. Never change the user's own text.
    """


@hookspec
def rapport_extract_memories(text, context):
    """Propose memories from free text (notes or a transcript).

    ``context`` is a dict with ``meeting`` (or ``None``), ``meeting_date`` (a ``date``),
    ``notes`` (the :class:`MeetingNotes`), ``attendees`` (names), ``me`` (the user's names),
    ``utterances`` and ``name_variants`` (first name -> nicknames, from ``rapport_name_variants``). Return a list of :class:`~rapport_plugins.models.Candidate`; never
    invent a fact that is not in the text. The built-in extractor is rule-based and offline;
    an LLM-based plugin can add to it or replace it (block ``rules-extractor``).
    """


@hookspec
def rapport_prompts(person, memories, meeting, today, config, my_memories):
    """Generate rapport prompts for one ``person`` before ``meeting``.

    ``memories`` are the person's kept memories, ``today`` a ``date``, ``config`` the
    :class:`~rapport_plugins.Config` (a generator's own settings live in a section of it),
    ``my_memories`` the user's own kept memories (what the user shares with them: shared ground).
    An implementation takes only the parameters it needs. Return a list of
    :class:`~rapport_plugins.models.Prompt`; each must name the ``memory_ids`` it came from
    and state no fact that is not in one of them.
    """


@hookspec
def rapport_register_commands(cli):
    """Add click commands or groups to the ``rapport`` command line: ``cli.add_command(...)``."""


@hookspec(firstresult=True)
def rapport_storage(config):
    """Return the storage backend (an object with the :class:`~rapport_plugins.store.Store` API).

    The first plugin to return one wins; the built-in SQLite store answers last. Decide from
    ``config`` alone: when every other plugin returned None, commands that need only the store
    open the built-in one directly until config.toml, the installed plugins or the hooks folder
    change.
    """


@hookspec(firstresult=True)
def rapport_resolve_date(text, reference, config):
    """Find the date a memory's ``text`` refers to, resolved against ``reference`` (the meeting's ``date``).

    Return a :class:`~rapport_plugins.dates.DateMatch` (``date`` None with a ``phrase`` when a date
    phrase cannot be pinned down: a wrong date is worse than none) or ``None`` to pass. The
    built-in ``date-rules`` answer first and pass only on a text with no date phrase they know.
    """


@hookspec
def rapport_name_variants(name):
    """Other names a person whose first name is ``name`` may be called: nicknames and short forms
    ("Kate" for Katherine, "Sepp" for Josef). Return an iterable of strings or ``None``. Capture
    uses them to give a note's "Kate" to the attendee Katherine, when she is the only one it fits.
    """


@hookspec
def rapport_config_sections():
    """Declare the config.toml sections this plugin reads (plain data, no import needed).

    Return ``{"section": {"keys": {key: kind}, "example": "toml lines", "about": "one line"}}``.
    A kind is ``str``, ``bool``, ``int`` (whole number >= 0), ``float`` (number >= 0), ``list``
    (of strings), ``dict``, a tuple of these (any of them), or ``"secret"`` (the key, or
    ``<key>_env`` / ``<key>_command``); ``{"*": None}`` accepts any key; ``"optional": True``
    says the plugin works without its section (`rapport plugins` lists it as active). rapport then reports a
    misspelt section or key with the nearest valid name, refuses a value of the wrong type (file
    and line), and ``rapport init`` writes the example, commented out.
    """
