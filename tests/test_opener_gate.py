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
            ("{poss} dad's kidney failure", "kidney failure"), ("the third IVF cycle", "IVF"), ("{poss} gran's burial", "burial"),
            ("{poss} brother's sentencing", "sentencing"), ("{poss} mum's dementia", "dementia"), ("the AA meetings", "AA"),
            ("{poss} new hearing aids", "hearing aids"), ("{poss} son's ADHD", "ADHD"), ("the post-op checks", "post-op"),
            ("the embassy appointment", "embassy"), ("paying off the debts", "debts"), ("{poss} dog's arthritis", "arthritis"),
            ("the anniversary of {poss} brother's death", "death"), ("{poss} dad's move into the home", "the home"),
        ],
        "light": ["pottery", "chess on Tuesdays", "the Arsenal games", "her dog Pepper", "wild swimming",
                  "the Lisbon trip", "the running club", "bouldering"],
        "notes": ["{who} loves {light} since {s}", "{who} is really into {light} again after {s}",
                  "{who} enjoyed {light}, a break from {s}", "{who} can't wait for {light} once {s} is over",
                  "{S} is going ok apparently, anyway {who} is obsessed with {light}",
                  "Pepper the dog got {who} through {s}", "{who} went back to {light} after {s}",
                  "{who} is in great spirits despite {s} and back to {light}",
                  "{who} is off to Porto because of {s}, then {light} when she's back",
                  "{who} says {s} is nothing to worry about, she's loving {light}"],
        "said": ["I love {light} since {s}", "I'm really into {light} again after {s}",
                 "I enjoyed {light}, it was a break from {s}", "I can't wait for {light} once {s} is over",
                 "{S} is going fine, anyway, I've been loving {light}", "Our dog Pepper got me through {s}",
                 "Honestly {s} is fine, I'm just happy to be back at {light}", "I'm flying to Porto for {s}, then {light}"],
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
            ("der Mutter-Kind-Kur", "Kur"), ("der Arthrose vom Hund", "Arthrose"), ("dem Prozess gegen den Vermieter", "Prozess"),
            ("der Beisetzung der Oma", "Beisetzung"), ("dem Heimplatz für den Opa", "Heim"),
            ("der Kinderwunschbehandlung", "Kinderwunsch"), ("dem Termin bei der Ausländerbehörde", "Ausländerbehörde"),
            ("der Entgiftung", "Entgiftung"), ("dem Herzinfarkt vom Vater", "Herzinfarkt"), ("dem neuen Rollstuhl", "Rollstuhl"),
            ("dem blauen Brief vom Sohn", "blauen Brief"), ("den Krediten", "Krediten"), ("der Insolvenz", "Insolvenz"),
            ("der Niereninsuffizienz vom Kater", "Niereninsuffizienz"), ("der Einäscherung vom Opa", "Einäscherung"),
        ],
        "light": ["Schach", "Bouldern", "Segeln", "Yoga", "Handball", "Töpfern"],
        "notes": ["{who} liebt {light} seit {s}", "{who} ist total begeistert von {light}, trotz {s}",
                  "{who} freut sich riesig auf {light} nach {s}", "{who} hat nach {s} wieder mit {light} angefangen",
                  "{who} ist trotz {s} super drauf und macht wieder {light}",
                  "{who} fährt wegen {s} nach Kiel, danach wieder {light}"],
        "said": ["Ich liebe {light} seit {s}", "Ich bin total begeistert von {light}, trotz {s}",
                 "Ich freue mich so auf {light} nach {s}", "Nach {s} habe ich wieder mit {light} angefangen",
                 "Trotz {s} bin ich gut drauf, ich mache wieder {light}"],
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
            ("la artrosis de la perra", "artrosis"), ("la FIV", "FIV"), ("el novenario de {poss} abuela", "novenario"),
            ("la cita en extranjería", "extranjería"), ("el préstamo del banco", "préstamo"), ("el TDAH de {poss} hijo", "TDAH"),
            ("la insuficiencia renal de {poss} padre", "insuficiencia"), ("el ingreso de {poss} madre en la UCI", "UCI"),
            ("la sentencia", "sentencia"), ("los audífonos nuevos", "audífonos"), ("la misa por {poss} abuelo", "misa"),
            ("la fibromialgia", "fibromialgia"), ("lo de {poss} padre", "lo de"),
        ],
        "light": ["el pádel", "la cerámica", "el ajedrez", "el flamenco", "correr", "la escalada"],
        "notes": ["A {who} le encanta {light} desde {s}", "{who} está muy metida en {light} después de {s}",
                  "{who} disfrutó {light} a pesar de {s}", "{who} tiene muchas ganas de {light} cuando acabe {s}",
                  "{who} está de buen humor a pesar de {s} y vuelve a {light}",
                  "{who} viaja a Sevilla por {s} y luego {light}"],
        "said": ["Me encanta {light} desde {s}", "Estoy muy metida en {light} después de {s}",
                 "Disfruté mucho {light} a pesar de {s}", "Tengo muchas ganas de {light} cuando acabe {s}",
                 "Con {s} todo bien, la verdad, ya vuelvo a {light}"],
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
# More of each class, as people say it cheerfully, in a compound, in shorthand or without accents (issue 8).
CAUTION_CASES_MORE = {
    "body and medicine": ["The cat is on steroids but loves the sun", "Unser Kater hat Niereninsuffizienz", "Su perra tiene artrosis",
                          "Freut sich auf die Mutter-Kind-Kur", "Macht Reha-Sport dienstags", "Tx ongoing, enjoys chess",
                          "Liegt im KH, freut sich auf Besuch", "Lo ingresaron el martes", "Has lupus but loves gardening",
                          "Plays wheelchair rugby", "Juega al fútbol para ciegos", "Loves her new hearing aids",
                          "Goes to a support group on Mondays", "Va a un grupo de apoyo", "Back cycling post-op",
                          "Su hijo tiene TDAH y le encanta el fútbol", "Der Hund frisst nicht mehr"],
    "care and end of life": ["Plays cards with her gran in the home", "Besucht die Oma im Heim", "Off to Riga to see her aunt one last time",
                             "Pflegt ihren Schwiegervater, liebt Yoga"],
    "death and grief": ["Flying to Lagos for the burial", "Reist zur Beisetzung nach Wien", "Se va a Cali al novenario",
                        "Ran the 10k in memory of her sister", "Läuft im Gedenken an den Bruder", "Corrió en memoria de su padre",
                        "Her 50th, the first without her dad", "Sein Geburtstag, der erste ohne Papa", "Su cumple, el primero sin su madre",
                        "Luna crossed the rainbow bridge", "New puppy after losing Bella in March", "The cat is 19 and on borrowed time",
                        "Trip to Kenya for her father's 90th, probably his last", "Der Hund wurde eingeschläfert", "Cruzó el arcoíris la semana pasada"],
    "separation": ["They split amicably and she's happy", "Sie gehen getrennte Wege, alles gut", "Lo dejaron hace un mes, está bien"],
    "money and work trouble": ["Paying off the debts, then Thailand", "Hat einen Kredit laufen, fährt trotzdem weg",
                               "Lo echaron del trabajo y ahora pinta", "Está pagando un préstamo, pero viaja igual"],
    "the law": ["Flying to Texas for the sentencing", "Fährt zur Urteilsverkündung nach München", "Tiene juicio el martes"],
    "immigration": ["Heads to the embassy on Monday, then surfing", "Muss zur Botschaft, dann Urlaub", "Va al consulado y luego a la playa"],
    "pregnancy and fertility": ["Loves prenatal yoga", "Macht Geburtsvorbereitungskurs", "Empieza el tercer ciclo de FIV",
                                "Can't ski this year with the baby coming", "Expecting twins, loves the nursery shopping",
                                "Erwartet ein Baby, malt das Kinderzimmer", "Esperan un bebé, ya pintan el cuarto",
                                "Starting the third cycle in May", "Sale de cuentas en junio"],
    "addiction": ["Two years dry, loves hiking", "Seit einem Jahr trocken, segelt viel", "Lleva un año limpio, corre mucho",
                  "Goes to AA meetings, loves chess"],
    "worry and hard times": ["It's just me and the dog now", "Jetzt sind nur noch der Kater und ich", "Ahora solo quedamos la perra y yo",
                             "Birdwatching is a distraction from everything with her mum", "Gartenarbeit lenkt sie ab",
                             "Pinta mucho, le distrae de lo de su padre", "Back on the bike after the scare",
                             "Off to Thailand for a few weeks to get her head straight",
                             "Loves painting, it's the only thing that helps her switch off"],
    "school trouble": ["Her son's school called again", "Der Sohn hat einen blauen Brief bekommen", "Su hijo va mal en el colegio"],
    "identity and money come by hard": ["Going to Pride with her girlfriend", "Läuft beim CSD mit", "Marcha en el Orgullo",
                                        "Trip to Lagos, paid for by the insurance payout", "Mit der Abfindung nach Bali"],
    "the body, said of someone": ["Started swimming again for her back", "Hiking in the Alps once the knee heals",
                                  "Loves hiking, though the knee is still not right", "Loves cooking, low-sodium now for his heart",
                                  "Took up tai chi for her balance", "Plays piano, it helps with the tremor",
                                  "Loves travelling but can't fly since the clot", "Has a service dog called Max",
                                  "Spielt wieder Tennis, trotz Knie", "Schwimmt wegen seinem Rücken", "Va a la piscina por la espalda",
                                  "Going to the Dead Sea for her psoriasis", "Loves golf despite the bad knees",
                                  "Su perro guía se llama Tango", "Mit dem Blindenhund unterwegs", "Learning to walk again, loves the pool",
                                  # organs, the nerves, the senses, a fall, getting better (seventeenth round)
                                  "Their dog is on a special kidney diet", "Doing yoga for her pelvic floor",
                                  "Macht jetzt Beckenboden-Kurs", "Cholesterin zu hoch, läuft jetzt", "Hat Nierensteine, wandert trotzdem",
                                  "Knitting helps her nerves", "Cose mucho, dice que es para los nervios",
                                  "Hearing is going, so he's given up the choir",
                                  "Stopped climbing after the fall", "Nach dem Sturz fährt er wieder Rad", "Se cayó de la bici, pero sigue",
                                  "Off to Tenerife to recuperate", "Swimming with her daughter, who has cerebral palsy",
                                  # a joint giving out, a pet's physio (eighteenth round)
                                  "Geht mit Bruno zweimal die Woche zur Hundephysio", "Die Hüfte macht nicht mehr mit, wandert trotzdem",
                                  "La rodilla ya no le responde, pero sigue bailando"],
}


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, texts in CAUTION_CASES_MORE.items() for t in texts])
def test_the_caution_net_catches_more_of_each_class(kind, text):
    from rapport_plugins.care import CAUTION_CLASSES, caution, small_talk
    from rapport_plugins.models import Memory

    assert kind in CAUTION_CLASSES
    assert caution(text) is not None, (kind, text)
    assert not small_talk(Memory(person_id=1, text=text, category="hobby", sensitivity="light")), text


LOOK_ALIKES = ["The race is in Klagenfurt", "Has started painting again", "Holiday in Griechenland", "Le encantan los deportes",
               "Dolores plays the harp", "Has a sweet tooth", "Plays on the tennis court near home", "Passing through Lyon",
               "Loves the surf conditions in Cornwall", "Loves hearing live jazz", "Am Ende des Urlaubs fährt sie nach Rom",
               "Got a new GPS watch for running", "Psyched for the climbing trip", "Doing the Tough Mudder in May",
               "Sie liebt die Berge", "Training hard for the marathon", "Ich war mal wieder klettern", "Loves the opera",
               "Plays 5-a-side on Wednesdays", "Es del Levante a muerte, socio desde crío", "First time since 2019 in Lisbon",
               "Loves the wake boarding park", "Another round of golf on Sunday", "Split the bill at the tapas bar",
               "Cita a ciegas el sábado", "Next cycle tour is in Mallorca", "Macht einen Kurs in Töpfern", "Labrador namens Kurt",
               "Va a la misa de gallo con la familia", "Their new home is near the beach", "Plays at the home ground on Saturdays",
               "First weekend away in ages", "Baut gerade eine Holzhütte", "Buried in a good book on holiday",
               "Sketched it on the back of a napkin", "Sits at the back of the choir", "Back home in Cork for the summer",
               "Loves the back garden", "Her heart is set on Japan", "Hat ein Herz für Hunde", "Kein Tropfen Regen im Urlaub",
               "Corre por la playa de noche", "Plays for the county team",
               "Gutted after losing the final", "Running the London Marathon for Macmillan",
               "Takes pride in his garden", "Stolz auf den Garten",
               "Loves liver and onions", "Moving to Boston in the fall", "Loves the fall colours in Vermont",
               "After the fall semester she goes to Japan", "Expecting a big crowd at the gig", "Muss definieren, was sie will",
               "Garnieren lernt sie im Kochkurs", "Se cayó el partido por la lluvia", "Liverpool season ticket",
               "Plays 5-a-side every Sunday, says it keeps him sane", "Le hace una torta de hígado a la perrita",
               "Loves physics and chess", "Physical theatre fan"]


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


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_sensitive_thing_in_every_light_frame_fails_the_gate(lang):
    """The gate alone, without capture: each sensitive thing in each frame, stored by mistake as a light
    pet, hobby, preference, trip or birthday, is still no small talk."""
    from rapport_plugins.care import small_talk
    from rapport_plugins.models import Memory

    spec = LANGUAGES[lang]
    passed = []
    for phrase, _key in spec["sensitive"]:
        for frames, poss in ((spec["notes"], spec["poss"][0]), (spec["said"], spec["poss"][1])):
            for frame in frames:
                text = _fill(frame, phrase.format(poss=poss), spec["light"][0], "Alex")
                for kind in ("pet", "hobby", "preference", "travel", "birthday"):
                    if small_talk(Memory(person_id=1, text=text, category=kind, sensitivity="light")):
                        passed.append((kind, text))
    assert not passed, passed[:5]


# Third-person note prose, no marker: what a note-taker writes about someone after a meeting.
PROSE = {
    "en": ["{who}'s dog has kidney failure but still loves the beach.", "{who} is flying to Cork for her uncle's burial.",
           "{who} has been going to a support group on Mondays, she really likes it.",
           "{who} is in great form, her 40th is next week, the first without her dad.",
           "{who} is doing cardiac rehab on Tuesdays and says she loves it."],
    "de": ["{who}s Hund hat Arthrose, geht aber noch gern schwimmen.", "{who} fährt im April zur Mutter-Kind-Kur an die Ostsee.",
           "{who} fliegt nächste Woche zur Beisetzung der Oma nach Graz.", "{who} macht jetzt Reha-Sport und findet es super.",
           "{who}s Kater ist zuckerkrank, bekommt jetzt Insulin."],
    "es": ["La perra de {who} tiene artrosis pero le encanta la playa.", "{who} viaja a Lima para el novenario de su tía.",
           "{who} va a un grupo de apoyo los martes y está encantada.", "{who} empieza el tercer ciclo de FIV en mayo.",
           "A {who} la ingresaron el lunes, pero ya está mejor y con ganas de pádel."],
}
PROSE_KEYS = ["kidney", "burial", "support group", "first without", "rehab", "Arthrose", "Kur", "Beisetzung", "Reha",
              "zuckerkrank", "artrosis", "novenario", "grupo de apoyo", "FIV", "ingresaron"]


def test_third_person_note_prose_never_opens_with_a_sensitive_thing(tmp_path):
    world = Path_(tmp_path)
    rng = random.Random("prose")
    sentences = [s for lang in sorted(PROSE) for s in PROSE[lang]]
    people = _names(len(sentences), rng)
    captured = 0
    for i, (who, sentence) in enumerate(zip(people, sentences, strict=True)):
        first = who.split()[0]
        world.capture(f"prose-{i}.md", f"# 1:1 {who}\n\n{sentence.format(who=first)}\n", [who])
        captured += bool(world.memories(who))
        for opened in world.openers(who):
            assert not any(k.lower() in opened.lower() for k in PROSE_KEYS), (who, opened)
    assert captured >= len(sentences) // 2, captured


@pytest.mark.parametrize("text", ["Prefers not to talk about her brother", "Vater bitte nicht ansprechen",
                                  "No le menciones la boda", "His old job is a sore subject"])
def test_a_topic_to_avoid_is_kept_in_mind_never_asked_about(tmp_path, text):
    from rapport_plugins.models import Memory

    world = Path_(tmp_path)
    person = world.app.store.add_person("Ruth Adler")
    world.app.store.add_memory(Memory(person_id=person.id, text=text, category="preference", sensitivity="light"))
    start = datetime.combine(BRIEFED, time(10), tzinfo=UTC)
    meeting = Meeting(uid="avoid", title="1:1", start=start, end=start, attendees=[Attendee(name="Ruth Adler", email=None)])
    prompts = build_briefing(world.app, meeting, now=datetime.combine(BRIEFED, time(9), tzinfo=UTC)).prompts()
    kept = [p["text"] for p in prompts if p["kind"] == "keep_in_mind"]
    assert kept and "steer clear" in kept[0], prompts
    assert not [p for p in prompts if p["kind"] in ("opener", "shared_ground", "follow_up", "stale")], prompts
