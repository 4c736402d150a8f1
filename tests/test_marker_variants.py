"""Marker styles the generated matrix (tests/marker_matrix.py) found missing, one general rule each,
in English, German and Spanish sentences of our own."""

from __future__ import annotations

import pytest

from rapport_plugins import find_markers

EN = ["Priya Raman", "Oscar Lund"]
DE = ["Mareike Vogt", "Tobias Kern"]
ES = ["Inés Moreno", "Rafael Soto"]


def _found(note, names):
    return [(c.text, c.person) for c in find_markers(note, known_names=names)]


@pytest.mark.parametrize(("line", "names", "text"), [
    # a keyword highlighted (Obsidian's ==mark==), with or without its colon inside
    ("==Remember==: his twins were born in June", EN, "His twins were born in June"),
    ("- ==merken:== sein Vater zieht im Juli zu ihm", DE, "Sein Vater zieht im Juli zu ihm"),
    ("==No olvidar== su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
    # "that"-forms in bold, italics or underscores: "_Recordar que_ ..."
    ("**Remember that** his twins were born in June", EN, "His twins were born in June"),
    ("_Don't forget that_ his twins were born in June", EN, "His twins were born in June"),
    ("*Nicht vergessen, dass* sein Vater im Juli zu ihm zieht", DE, "Sein Vater im Juli zu ihm zieht"),
    ("- [ ] _acordarse de que_ su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
])
def test_emphasis_around_any_keyword(line, names, text):
    assert [t for t, _ in _found(line, names)] == [text]


@pytest.mark.parametrize(("line", "names", "person"), [
    # an abbreviation with no colon, after a name, or before an @mention or a [[link]]
    ("- Oscar: NB his twins were born in June", EN, "Oscar"),
    ("- PR: **FYI** her partner is a jazz drummer", EN, "PR"),
    ("NB @Priya is training for the Oslo marathon", EN, "Priya"),
    ("- Tobias: ojo, sein Vater liegt seit Montag im Krankenhaus", DE, "Tobias"),
    ("> ==OJO==, [[Inés Moreno|Inés]] se casa en octubre", ES, "Inés Moreno"),
    # a name in italics before the colon: "_remember about Priya_:"
    ("* _remember about Priya_: her partner is a jazz drummer", EN, "Priya"),
    ("**Reminder about Oscar:** his twins were born in June", EN, "Oscar"),
    ("- erinnerung zu Mareike: ihre Schwester heiratet im Mai", DE, "Mareike"),
    ("_MERKEN ZU Tobias_: sein Vater liegt im Krankenhaus", DE, "Tobias"),
    ("- FYI about Priya: her partner is a jazz drummer", EN, "Priya"),
    ("- nota sobre Rafael: su hija empieza la universidad", ES, "Rafael"),
])
def test_who_with_the_keyword(line, names, person):
    assert [p for _, p in _found(line, names)] == [person]


@pytest.mark.parametrize(("line", "names", "text"), [
    # after a sentence: an abbreviation with no colon, for a personal topic only
    ("Went over the budget. NB his twins were born in June", EN, "His twins were born in June"),
    ("Budget besprochen. NB: sein Vater liegt im Krankenhaus", DE, "Sein Vater liegt im Krankenhaus"),
    # all capitals: "REMEMBER THIS:" and "ACORDARSE DE QUE" are keywords, not a keyword and a name
    ("- [x] _REMEMBER THIS_: @Priya is training for the Oslo marathon", EN, "Priya is training for the Oslo marathon"),
    ("- Inés: ==ACORDARSE DE QUE== su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
    ("==Nicht vergessen== ihre Schwester heiratet im Mai", DE, "Ihre Schwester heiratet im Mai"),
])
def test_more_keyword_forms(line, names, text):
    assert [t for t, _ in _found(line, names)] == [text]


@pytest.mark.parametrize("line", [
    "Went over the budget. NB the build is red again",  # not personal
    "Perhaps you could check the numbers", "FYI the release moved to Thursday",
    "Ojo con el presupuesto del trimestre", "Budget besprochen. NB Deployment nur dienstags",
])
def test_abbreviations_need_a_personal_topic(line):
    assert _found(line, EN) == []
