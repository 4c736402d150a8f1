"""Twentieth round (docs/capture.md): news the speaker was told by somebody unnamed is not the speaker's; a day said
first or after the news stays with it."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import disclosure


@pytest.mark.parametrize("said", [
    "Me han dicho que el nuevo director se casa en junio.",
    "Me han dicho que está de baja larga.",
    "I was told the new CFO is getting married in June.",
    "Mir wurde gesagt, der neue Chef heiratet im Juni.",
])
def test_news_told_by_somebody_unnamed_is_not_the_speakers(said):
    assert disclosure(said) is None


@pytest.mark.parametrize("said", [
    "Me han dicho que mi hermana se casa en junio.",  # their own sister: family news, however it reached them
    "I heard that my sister is pregnant.",
])
def test_their_own_familys_news_stays(said):
    assert disclosure(said) is not None
