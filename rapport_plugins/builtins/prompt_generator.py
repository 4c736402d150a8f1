"""Built-in plugin ``prompts``: rapport prompts from a person's memories (rapport_prompts).

Follow-ups due, dates coming up, light openers, deep topics ("let them lead"), stale facts and
shared ground with the user (``[me] interests`` and the user's own memories). Its settings come
from ``config`` (``[briefing]``) like any generator's. The briefing engine adds only what needs
its own state: the curiosity question it rotates through, and pacing. Block ``prompts`` to
replace this generator with your own.
"""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl
def rapport_prompts(person, memories, meeting, today, config, my_memories):
    """[briefing] settings from ``config``; with rotation on, every opener is offered (rotation
    in the engine chooses among them)."""
    from rapport_plugins.prompting import Settings, memory_prompts, shared_ground_prompts
    from rapport_plugins.rotation import RestSettings

    memories = list(memories or [])
    settings = Settings.from_config(config, group=len(meeting.people()) > 1 if meeting else False)
    settings = RestSettings.from_config(config).widen(settings)
    interests = config.section("me").get("interests") or [] if config is not None else []
    if isinstance(interests, str):
        interests = [interests]
    return (memory_prompts(person, memories, meeting, today, settings=settings)
            + shared_ground_prompts(person, memories, interests, my_memories or [], limit=len(memories) + 2))
