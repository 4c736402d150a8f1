"""No briefing opens with a sensitive thing said in light words (issue 8), through the whole path.

Sentences are composed from sensitive-topic words (illness and treatment, end-of-life care, grief,
separation and custody, money and work trouble, the law, immigration, pregnancy, addiction, the
mind, school trouble, a pet's health) and light frames ("loves", "is really into", "enjoyed",
"can't wait for", a pet, a sport), in English, German and Spanish. They are written as a note's
remember markers and said in a transcript, captured by the real capture path (every proposal
kept, as a user who accepts everything would), and each person is briefed in a 1:1: no opener may
carry one. The same path still opens with plainly light things (a hobby, a pet, a trip, a team),
so the gate (``care.small_talk``) does not simply switch openers off. The sentences are written
for this test from the classes, not taken from the evaluation examples.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from rapport_plugins.briefing import build_briefing
from rapport_plugins.capture import capture_file
from rapport_plugins.cli_common import App
from rapport_plugins.models import Attendee, Meeting

SAID = date(2026, 3, 2)
BRIEFED = date(2026, 3, 9)
FIRST = ["Anna", "Bruno", "Carla", "Dario", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca",
         "Marta", "Nils", "Olga", "Pablo", "Rosa", "Sven", "Tanja", "Udo", "Vera", "Walter", "Xenia", "Yusuf",
         "Zoe", "Amir", "Bea", "Cyril", "Dora", "Emil", "Fatou", "Gil", "Hana", "Ivo", "Jule", "Kofi", "Lena",
         "Milo", "Nora", "Otto", "Pia", "Quinn", "Rui", "Sara", "Timo", "Uma", "Viktor", "Wanda"]
LAST = ["Adler", "Berger", "Castro", "Dietz", "Esteban", "Fuchs", "Gomez", "Haas", "Iglesias", "Jansen", "Keller",
        "Lorenz", "Moreno", "Novak", "Ortega", "Peters"]

# Each language: sensitive things as (phrase, key), the key being what an opener must never carry;
# ``{poss}`` is "her" in a note and "my" in the person's own words. Frames put them in light words.
LANGUAGES: dict[str, dict] = {
    "en": {
        "sensitive": [
            ("{poss} mum's chemo", "chemo"), ("{poss} dad's funeral", "funeral"), ("the divorce", "divorce"),
            ("the custody hearing", "custody"), ("{poss} gran's hospice care", "hospice"), ("the IVF", "IVF"),
            ("rehab", "rehab"), ("the biopsy results", "biopsy"), ("the court case", "court"),
            ("the visa appeal", "visa"), ("the money worries", "worries"), ("being laid off", "laid off"),
            ("the miscarriage", "miscarriage"), ("{poss} dad's dialysis", "dialysis"),
            ("{poss} mum's move into a care home", "care home"), ("the anxiety", "anxiety"),
            ("the vet bills for the dog's surgery", "surgery"), ("{poss} son being bullied", "bullied"),
            ("the grief counselling", "grief"), ("{poss} knee surgery", "surgery"),
            ("the end-of-life care for {poss} dad", "end-of-life"), ("the redundancy", "redundancy"),
            ("the debt", "debt"), ("{poss} panic attacks", "panic"), ("the breakup", "breakup"),
            ("{poss} sister's cancer", "cancer"), ("the eviction", "eviction"), ("getting sober", "sober"),
            ("{poss} burnout", "burnout"), ("the pregnancy scare", "pregnancy"), ("{poss} uncle's stroke", "stroke"),
            ("the tribunal", "tribunal"), ("{poss} daughter's suspension from school", "suspension"),
        ],
        "light": ["pottery", "chess on Tuesdays", "the Arsenal games", "her dog Pepper", "wild swimming",
                  "the Lisbon trip", "the running club", "bouldering"],
        "notes": ["{who} loves {light} since {s}", "{who} is really into {light} again after {s}",
                  "{who} enjoyed {light}, a break from {s}", "{who} can't wait for {light} once {s} is over",
                  "{S} is going ok apparently, anyway {who} is obsessed with {light}",
                  "Pepper the dog got {who} through {s}", "{who} went back to {light} after {s}"],
        "said": ["I love {light} since {s}", "I'm really into {light} again after {s}",
                 "I enjoyed {light}, it was a break from {s}", "I can't wait for {light} once {s} is over",
                 "{S} is going fine, anyway, I've been loving {light}", "Our dog Pepper got me through {s}"],
        "poss": ("her", "my"),
        "plain": ["{who} took up pottery, she goes every Thursday", "{who} has a new puppy called Biscuit",
                  "{who} is off to Lisbon for a week in April", "{who} is a huge Arsenal fan",
                  "{who} plays chess in a club on Tuesdays"],
        "plain_said": ["I've taken up pottery, I go every Thursday", "We just got a puppy called Biscuit",
                       "I'm off to Lisbon for a week in April", "I'm a huge Arsenal fan, I have a season ticket"],
    },
    "de": {
        "sensitive": [
            ("der Chemo", "Chemo"), ("der Beerdigung {poss} Vaters", "Beerdigung"), ("der Scheidung", "Scheidung"),
            ("dem Sorgerechtsstreit", "Sorgerecht"), ("der Reha", "Reha"), ("der Therapie", "Therapie"),
            ("dem Gerichtstermin", "Gericht"), ("dem Ärger mit dem Visum", "Visum"), ("den Schulden", "Schulden"),
            ("der Kündigung", "Kündigung"), ("der Fehlgeburt", "Fehlgeburt"), ("dem Umzug der Oma ins Pflegeheim", "Pflegeheim"),
            ("dem Entzug", "Entzug"), ("der OP von Bruno beim Tierarzt", "Tierarzt"), ("dem Mobbing in der Schule", "Mobbing"),
            ("der Krebsdiagnose", "Krebs"), ("dem Burnout", "Burnout"), ("der Trennung", "Trennung"),
            ("dem Tod der Oma", "Tod"), ("der Dialyse", "Dialyse"), ("der Knie-OP", "OP"), ("den Panikattacken", "Panik"),
            ("der Palliativpflege vom Opa", "Palliativ"), ("der drohenden Abschiebung", "Abschiebung"),
            ("den Sorgen um die Firma", "Sorgen"), ("der schwierigen Zeit mit dem Sohn", "schwierig"),
        ],
        "light": ["Schach", "Bouldern", "Segeln", "Yoga", "Handball", "Töpfern"],
        "notes": ["{who} liebt {light} seit {s}", "{who} ist total begeistert von {light}, trotz {s}",
                  "{who} freut sich riesig auf {light} nach {s}", "{who} hat nach {s} wieder mit {light} angefangen"],
        "said": ["Ich liebe {light} seit {s}", "Ich bin total begeistert von {light}, trotz {s}",
                 "Ich freue mich so auf {light} nach {s}", "Nach {s} habe ich wieder mit {light} angefangen"],
        "poss": ("ihres", "meines"),
        "plain": ["{who} spielt seit Jahren Schach im Verein", "{who} hat einen neuen Hund, er heißt Bruno",
                  "{who} fährt im Mai zwei Wochen nach Portugal"],
        "plain_said": ["Ich spiele seit Jahren Schach im Verein", "Wir haben einen neuen Hund, er heißt Bruno",
                       "Ich fahre im Mai zwei Wochen nach Portugal"],
    },
    "es": {
        "sensitive": [
            ("la quimio", "quimio"), ("el entierro de {poss} padre", "entierro"), ("el divorcio", "divorcio"),
            ("el juicio por la custodia", "custodia"), ("la rehabilitación", "rehabilitación"), ("la terapia", "terapia"),
            ("el juicio", "juicio"), ("los papeles de residencia", "residencia"), ("las deudas", "deudas"),
            ("el despido", "despido"), ("el aborto espontáneo", "aborto"), ("la residencia de {poss} madre", "residencia"),
            ("la desintoxicación", "desintoxicación"), ("la operación de Canela en el veterinario", "veterinario"),
            ("el acoso en el colegio", "acoso"), ("el cáncer de {poss} hermana", "cáncer"), ("la ansiedad", "ansiedad"),
            ("la separación", "separación"), ("la muerte de {poss} abuelo", "muerte"), ("la diálisis", "diálisis"),
            ("los cuidados paliativos de {poss} madre", "paliativos"), ("la depresión", "depresión"),
            ("lo difícil que está siendo todo", "difícil"), ("lo preocupada que está por el trabajo", "preocupada"),
        ],
        "light": ["el pádel", "la cerámica", "el ajedrez", "el flamenco", "correr", "la escalada"],
        "notes": ["A {who} le encanta {light} desde {s}", "{who} está muy metida en {light} después de {s}",
                  "{who} disfrutó {light} a pesar de {s}", "{who} tiene muchas ganas de {light} cuando acabe {s}"],
        "said": ["Me encanta {light} desde {s}", "Estoy muy metida en {light} después de {s}",
                 "Disfruté mucho {light} a pesar de {s}", "Tengo muchas ganas de {light} cuando acabe {s}"],
        "poss": ("su", "mi"),
        "plain": ["{who} juega al pádel los martes con unos amigos", "{who} tiene una perra que se llama Canela",
                  "{who} se va de vacaciones a Cádiz en agosto"],
        "plain_said": ["Juego al pádel los martes con unos amigos", "Tengo una perra que se llama Canela",
                       "Me voy de vacaciones a Cádiz en agosto"],
    },
}
# Someone named only by their first name with a condition (a child, a pet?): never an opener either.
FIRST_NAME_CONDITIONS = [
    ("Dani has diabetes", "diabetes"), ("Mango needs dental work", "dental"), ("Toby had two teeth out", "teeth"),
    ("Lulu has a lump on her leg, the vet is checking it", "lump"), ("Grandad has his hip done next week", "hip"),
    ("Toni hat Diabetes", "Diabetes"), ("Mango muss zum Zahnarzt", "Zahnarzt"), ("Bruno wird am Donnerstag operiert", "operiert"),
    ("A Canela la operan el jueves", "operan"), ("Dani tiene diabetes", "diabetes"), ("Mango tiene que ir al dentista", "dentista"),
]


def _names(count: int, rng: random.Random) -> list[str]:
    firsts = rng.sample(FIRST, count)
    return [f"{f} {rng.choice(LAST)}" for f in firsts]


class Path_:
    """One home: a notes file and a transcript captured for a meeting with everyone, then a 1:1 each."""

    def __init__(self, tmp: Path) -> None:
        home = tmp / "home"
        home.mkdir()
        (home / "config.toml").write_text('[me]\nname = "Sam Lee"\n', encoding="utf-8")
        self.home = home
        self.app = App(home=str(home))

    def capture(self, name: str, text: str, people: list[str]) -> None:
        path = self.home / name
        path.write_text(text, encoding="utf-8")
        capture_file(self.app, path, date=SAID, with_people=tuple(people))
        for m in self.app.store.proposed():
            self.app.store.update_memory(m.id, review="kept")

    def openers(self, name: str) -> list[str]:
        """The texts of the memories a 1:1 briefing with ``name`` opens with."""
        start = datetime.combine(BRIEFED, time(10), tzinfo=UTC)
        meeting = Meeting(uid=f"one-on-one-{name}", title="1:1", start=start, end=start,
                          attendees=[Attendee(name=name, email=None)])
        briefing = build_briefing(self.app, meeting, now=datetime.combine(BRIEFED, time(9), tzinfo=UTC))
        store = self.app.store
        return [store.get_memory(i).text for p in briefing.prompts() if p["kind"] == "opener" for i in p["memory_ids"]]

    def memories(self, name: str) -> list[str]:
        person = self.app.store.find_person(name)
        return [m.text for m in self.app.store.memories_for(person.id)] if person else []


def _compose(lang: str, rng: random.Random) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(person, sentence, key) for a note and for a transcript: every sensitive thing once each."""
    spec = LANGUAGES[lang]
    noted, said = [], []
    for phrase, key in spec["sensitive"]:
        for out, frames, poss in ((noted, spec["notes"], spec["poss"][0]), (said, spec["said"], spec["poss"][1])):
            s = phrase.format(poss=poss)
            out.append((rng.choice(frames), s, key))
    return noted, said


def _fill(frame: str, s: str, light: str, who: str) -> str:
    text = frame.format(who=who, s=s, S=s[:1].upper() + s[1:], light=light)
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
@pytest.mark.parametrize("seed", [8, 81])
def test_no_opener_carries_a_sensitive_thing_said_in_light_words(tmp_path, lang, seed):
    rng = random.Random(f"{lang}{seed}")
    spec = LANGUAGES[lang]
    noted, said = _compose(lang, rng)
    world = Path_(tmp_path)
    checked = 0
    # Eight people a meeting (a transcript reader takes a dozen speakers at most): a note with a heading
    # each, a transcript turn each.
    for start in range(0, len(noted), 8):
        batch = list(zip(noted[start:start + 8], said[start:start + 8], strict=True))
        people = _names(len(batch), rng)
        note = "# Catch-up\n\n" + "".join(
            f"## {who.split()[0]}\n- remember: {_fill(f, s, rng.choice(spec['light']), who.split()[0])}\n"
            for who, ((f, s, _), _said) in zip(people, batch, strict=True))
        turns = "".join(
            f"{who}: {_fill(f, s, rng.choice(spec['light']), who.split()[0])}.\nSam Lee: Thanks for telling me.\n"
            for who, (_noted, (f, s, _)) in zip(people, batch, strict=True))
        world.capture(f"notes-{start}.md", note, people)
        world.capture(f"call-{start}.txt", turns, people)
        for who, ((_, _, key1), (_, _, key2)) in zip(people, batch, strict=True):
            stored = world.memories(who)
            checked += sum(1 for k in (key1, key2) if any(k.lower() in m.lower() for m in stored))
            for opened in world.openers(who):
                for key in (key1, key2):
                    assert key.lower() not in opened.lower(), (who, opened)
    # The test means something only if the sensitive things were captured at all.
    print(lang, seed, checked, 2 * len(noted))
    assert checked >= len(noted), (checked, len(noted))


def test_someone_named_by_first_name_with_a_condition_never_opens(tmp_path):
    world = Path_(tmp_path)
    people = _names(len(FIRST_NAME_CONDITIONS), random.Random(3))
    for i, (who, (text, key)) in enumerate(zip(people, FIRST_NAME_CONDITIONS, strict=True)):
        world.capture(f"n{i}.md", f"# 1:1\n\n- remember: {text}\n", [who])
        assert any(key.lower() in m.lower() for m in world.memories(who)), (who, text)
        assert not [o for o in world.openers(who) if key.lower() in o.lower()], (who, text)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_plainly_light_things_still_open_the_conversation(tmp_path, lang):
    spec = LANGUAGES[lang]
    world = Path_(tmp_path)
    rng = random.Random(lang)
    people = _names(len(spec["plain"]) + len(spec["plain_said"]), rng)
    noted, said = people[: len(spec["plain"])], people[len(spec["plain"]):]
    for i, (who, text) in enumerate(zip(noted, spec["plain"], strict=True)):
        world.capture(f"n{i}.md", f"# 1:1\n\n- remember: {text.format(who=who.split()[0])}\n", [who])
    for i, (who, text) in enumerate(zip(said, spec["plain_said"], strict=True)):
        world.capture(f"t{i}.txt", f"{who}: {text}.\nSam Lee: Lovely.\n", [who])
    opened = [who for who in people if world.openers(who)]
    assert opened == people, sorted(set(people) - set(opened))


# The caution net, one class at a time, in English, German and Spanish (sentences of the class
# written for this test): stored as a light hobby, each is still no small talk.
CAUTION_CASES = {
    "body and medicine": ["Back on the bike once the cast is off", "Plays golf again since the GP said yes",
                          "Lost 10kg before the race", "Spielt wieder Tennis, der Orthopäde hat's erlaubt",
                          "Darf wieder joggen", "Ya puede volver a correr", "Nada otra vez después de la cirugía"],
    "care and end of life": ["Paints to unwind from caring for her dad", "Strickt im Hospiz für die Mutter",
                             "Cuida a su abuela y le encanta la jardinería"],
    "death and grief": ["Took up running after losing her brother", "Knits since her late husband's passing",
                        "Segelt wieder seit dem Tod des Vaters", "Corre desde que murió su madre"],
    "separation": ["Joined a choir after the split from her ex-husband", "Kocht viel seit der Trennung",
                   "Le encanta bailar desde que se separaron"],
    "money and work trouble": ["Gardening a lot since being made redundant", "Bastelt viel, seit er arbeitslos ist",
                               "Pinta mucho desde que está en paro"],
    "the law": ["Loves sailing, a break from the lawsuit", "Joggt vor dem Gerichtstermin", "Juega al ajedrez con su abogado"],
    "immigration": ["Plays football while the visa is pending", "Singt im Chor, das Asylverfahren läuft noch",
                    "Baila salsa mientras espera los papeles"],
    "pregnancy and fertility": ["Does yoga to relax during IVF", "Schwimmt jetzt in der Schwangerschaft",
                                "Hace pilates desde el embarazo"],
    "addiction": ["Took up climbing two years sober", "Läuft Marathon seit dem Entzug", "Corre desde que dejó el alcohol"],
    "mind": ["Bakes because it helps her anxiety", "Malt seit dem Burn-out", "Pinta porque le ayuda con la ansiedad"],
    "worry and hard times": ["Running keeps her going through a tough year", "Back to tennis after everything",
                             "Back at the allotment, first time since", "Zum ersten Mal seit damals wieder beim Segeln",
                             "Volvió a la cerámica, primera vez desde entonces",
                             "Strickt, weil sie sich Sorgen macht", "Segelt, es ist gerade schwierig",
                             "Juega al pádel aunque lo está pasando mal", "Le encanta el flamenco, es un año difícil"],
    "school trouble": ["Her son plays chess now he's been excluded from school", "Ihr Sohn wird in der Schule gemobbt",
                       "Su hija repite curso"],
    "a pet's health": ["Her dog Pepper is back from the vet", "Der Hund war beim Tierarzt", "Su gata va al veterinario"],
}
LOOK_ALIKES = ["The race is in Klagenfurt", "Has started painting again", "Holiday in Griechenland", "Le encantan los deportes",
               "Dolores plays the harp", "Has a sweet tooth", "Plays on the tennis court near home", "Passing through Lyon",
               "Loves the surf conditions in Cornwall", "Loves hearing live jazz", "Am Ende des Urlaubs fährt sie nach Rom",
               "Got a new GPS watch for running", "Psyched for the climbing trip", "Doing the Tough Mudder in May",
               "Sie liebt die Berge", "Training hard for the marathon", "Ich war mal wieder klettern", "Loves the opera",
               "Plays 5-a-side on Wednesdays", "Es del Levante a muerte, socio desde crío", "First time since 2019 in Lisbon"]


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, texts in CAUTION_CASES.items() for t in texts])
def test_the_caution_net_catches_every_class_in_three_languages(kind, text):
    from rapport_plugins.care import CAUTION_CLASSES, caution, small_talk
    from rapport_plugins.models import Memory

    assert kind in CAUTION_CLASSES
    assert caution(text) is not None, (kind, text)
    assert not small_talk(Memory(person_id=1, text=text, category="hobby", sensitivity="light")), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_words_that_only_look_like_trouble_pass_the_net(text):
    from rapport_plugins.care import caution

    assert caution(text) is None, (text, caution(text))
