"""Built-in plugin ``prompts``: rapport prompts from a person's memories (rapport_prompts).

Follow-ups due, dates coming up, light openers, deep topics ("let them lead") and stale facts.
The briefing engine adds curiosity questions, shared ground and pacing itself, since those need
the store and the user's profile, which this hook does not receive. Block ``prompts`` to replace
this generator with your own.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_prompts(person, memories, meeting, today):
    from rapport_plugins.prompting import memory_prompts

    return memory_prompts(person, list(memories or []), meeting, today)
