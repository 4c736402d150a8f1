"""Built-in plugin ``prompts``: rapport prompts from a person's memories (rapport_prompts).

Follow-ups due, dates coming up, light openers, deep topics ("let them lead") and stale facts.
The briefing engine adds curiosity questions, shared ground and pacing itself, since those need
the store and the user's profile, which this hook does not receive. Block ``prompts`` to replace
this generator with your own.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_prompts(person, memories, meeting, today, config):
    """[briefing] settings come from ``config``; inside a briefing the engine has already widened
    them for rotation (``current_settings``), which wins."""
    from rapport_plugins.prompting import Settings, current_settings, memory_prompts

    settings = current_settings.get() or Settings.from_config(config, group=len(meeting.people()) > 1 if meeting else False)
    return memory_prompts(person, list(memories or []), meeting, today, settings=settings)
