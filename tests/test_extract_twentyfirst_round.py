"""Twenty-first round (docs/capture.md): the facts of one sentence cut apart keep the care of the whole; a Logseq
block's title, its properties under it, is no memory."""

from __future__ import annotations

from proposals import noted, turns

from rapport_plugins.care import small_talk
from rapport_plugins.models import Memory


def test_facts_cut_from_a_delicate_sentence_keep_its_care():
    found = turns(("Anna Berg", "Since the split I've joined a salsa class and I'm loving it, and we're off to Lisbon "
                                "in May."))
    assert len(found) == 2  # cut in two: the salsa class and the trip
    assert all(c.sensitivity != "light" for c in found)
    memories = [Memory(person_id=1, text=c.text, category=c.category or "other", sensitivity=c.sensitivity or "light")
                for c in found]
    assert not any(small_talk(m) for m in memories)  # neither opens a conversation with its reason left behind


def test_facts_cut_from_a_light_sentence_stay_light():
    found = turns(("Anna Berg", "I've joined a salsa class and I'm loving it, and we're off to Lisbon in May."))
    assert [c.sensitivity for c in found] == ["light", "light"]


def test_a_logseq_blocks_title_is_no_memory():
    text = ("- Supervisión clínica [[Anna Berg]] – voluntariado psicosocial\n  fecha:: [[2026-12-09]]\n  tipo:: 1:1\n"
            "- Anna se ha apuntado a un coro de barrio, ensayan los sábados\n")
    found = noted(text)
    assert [t for _, t in found if "Supervisión" in t] == []
    assert any("coro" in t for _, t in found)


def test_the_writers_own_to_dos_under_their_heading_are_no_memories():
    text = ("## Privat\n- Annika singt am Samstag im Chor, ihr erstes Konzert\n"
            "## ToDo\n- Karten fürs Konzert bei Annika reservieren (2 Stück)\n"
            "## Tareas\n- Buscar sustituto para Annika (baja maternal), hablar con ella primero\n")
    found = [t for _, t in noted(text, ("Annika Lütkehaus",))]
    assert any("Chor" in t for t in found)
    assert not any("Karten" in t or "sustituto" in t for t in found)


def test_a_colleagues_news_is_not_the_attendees():
    from rapport_plugins.extract import anothers_news

    for said in ("Su compañera Inés de baja por maternidad", "Lauras Kollegin Fr. Beck ab März im Mutterschutz",
                 "Hr. Maier: Polier Schulte im Krankenhaus, Vertretung ab Mo", "Su socio se jubila en verano"):
        assert anothers_news(said), said
    assert not anothers_news("Su compañera está embarazada")  # "compañera" alone may be the partner
