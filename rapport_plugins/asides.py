"""What a note's line says that is no detail of an attendee's, even under a marker heading: what someone asked the
writer or was told of the writer's life, and someone else's news the writer marks as not theirs to pass on. Shared by
the marker reader (markers.py) and the proposal extractor (extract.py), which imports the marker reader."""

from __future__ import annotations

import re

# A note's line of what someone asked the writer ("Jalen asked if I'm still playing in the softball league - yes",
# "Haas fragt, ob ich wieder Dienst habe", "me preguntó si sigo en el coro"), or of what the writer told them ("Told
# him about my sister's wedding", "Les conté que vuelvo a Rosario"): the writer's own life
ASKED_THE_WRITER = re.compile(
    r"^(?:told|tell|telling) (?:him|her|them|(?-i:[A-ZÀ-Þ])\w+) (?:about |that )?(?:my|i|i['’]\w+)\b|"
    r"^(?:les?|a \w+ le) (?:conté|dije|comenté|expliqué) (?:que|lo de) (?!(?:su|sus|él|ella)\b)|"
    r"^(?:(?:hab|habe) )?(?:ihm|ihr|ihnen) (?:von meine\w*|erzählt, dass ich)\b|"
    r"^(?:(?-i:[A-ZÀ-Þ])[\w.'’-]*\s+|she\s+|he\s+|they\s+)?(?:asked|asks)(?:\s+me)?\s+(?:if|whether|about)\s+(?:i|i['’]\w+|my)\b|"
    r"^(?:(?-i:[A-ZÀ-Þ])[\w.'’-]*\s+|sie\s+|er\s+)?(?:fragt|fragte)(?:\s+mich)?,?\s+(?:ob ich|nach meine\w*)\b|"
    r"^(?:(?-i:[A-ZÀ-Þ])[\w.'’-]*\s+)?me\s+(?:preguntó|pregunta)\s+(?:si\s+(?:yo\s+)?(?:sigo|tengo|estoy|voy|he|hice|fui)|por mi)\b",
    re.I)
# The writer's word that news is not theirs to pass on ("not mine to pass on", "kein Thema für hier", "no es asunto
# nuestro"), and a hearsay that tells it ("he thinks", "meinte Herr Wiegand", "apparently", "soll ja")
NOT_OURS = re.compile(r"\bnot (?:mine|ours|my business|our business) to (?:share|pass on|tell|know|spread)|none of (?:my|our) "
                      r"business|\bnot (?:my|our) business\b|(?:do not|don['’]t) (?:repeat|say anything)|nicht weitersagen|"
                      r"no lo (?:repitas|repitan|cuentes)|kein thema für hier|geht (?:mich|uns) (?:nichts|nix) an|nicht (?:meine|unsere) sache|"
                      r"no (?:es|son) asunto (?:mío|nuestro)|no (?:nos|me) (?:corresponde|toca) contarlo", re.I)
HEARSAY = re.compile(r"\b(?:thinks|says|reckons|heard|apparently|supposedly|not confirmed|meinte|meint|sagt|angeblich|soll ja|"
                     r"al parecer|dice que|cree que|parece que)\b", re.I)


def gossip(text: str, opens_with_attendee: bool) -> bool:
    """Someone else's news the writer marks as not theirs to pass on ("He thinks Sister Jane is about to retire - not
    mine to pass on"): told as hearsay, or about someone the line opens with who is not at the meeting
    (``opens_with_attendee`` False). "Tom is retiring - not ours to share yet" stays Tom's."""
    return bool(NOT_OURS.search(text)) and (bool(HEARSAY.search(text)) or not opens_with_attendee)


def not_theirs(text: str, opens_with_attendee: bool) -> bool:
    """Whether a note's line is the writer's own (asked or told of their life) or gossip, not the attendee's."""
    return bool(ASKED_THE_WRITER.match(text)) or gossip(text, opens_with_attendee)
