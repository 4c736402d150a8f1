"""The rule-based extractor: explicit "remember this" markers, and proposed self-disclosures.

:func:`propose` reads transcripts and free notes for details *another* person shared about
themselves ("my daughter just started school") and returns proposals for review, offline and
deterministic. (Explicit markers are read by rapport_plugins/markers.py, the one marker grammar.)

Rules prefer missing a detail to inventing one: questions, hypotheticals, negations, gossip
about third parties and the user's own lines are skipped; rewriting into the third person is
only done where it is mechanical, otherwise the sentence is kept verbatim in quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .asides import ASKED_THE_WRITER, gossip
from .care import RECOVERY_COUNTED, caution
from .dates import MONTHS, only_a_day, said_with_a_verb, slips_mended
from .lexicon import _RANK as _SENSITIVITY_RANK
from .lexicon import RELATIONS, SENSITIVE, classify, matches
from .markers import (
    MARKER_WORDS,
    OWN_BODY_AND_PETS,
    WRITTEN_MARKER,
    clean_markup,
    names_in,
    prose_before_marker,
)
from .models import Candidate, MeetingNotes, Utterance

# --- proposals --------------------------------------------------------------------------------

FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i’m|im(?!\s+(?-i:[A-ZÄÖÜ])|\s+\d|\s+(?:nächst|letzt|kommend|vergangen|erst|zweit|dritt|selb|gleich|ganz|neu|alt)\w*)|i've|i’ve|i'd|i’d|i'll|my|we|we're|we’re|we've|our|me|mine|us"
    r"|ich|mein|meine|meinen|meinem|meiner|meines|wir|unser|unsere|unseren|unserem|mich|mir"  # German
    # and as it is spoken in the south (Bavaria, Austria, Switzerland): "mei Schwester", "mini Tochter" (a "my" before
    # its noun; not the "Ja mei," that sighs), "fahr ma ins Waldviertel", "hamma", "samma" (a "we" after its verb)
    r"|(?:mei|mini)(?=\s+(?-i:[A-ZÄÖÜ][a-zäöüß]))|(?<=[a-zäöü] )ma(?=\s+(?:ins|in|nach|zu|zum|zur|a|an|am|im|de|dann|"
    r"no|scho|jetzt|grad|wieder|hoam|eh|endlich|a bissl)\b)|hamma|homma|samma|simma|semma"
    r"|yo|mi|mis|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|nos"  # Spanish ("me": above), and the
    r"|estoy|soy|tengo|voy|estamos|somos|tenemos|vamos|acabo|acabamos|hemos|juego|corro|hago|vivo|"  # verbs that
    r"estuve|tuve|fui|llevo|llevamos|empecé|empiezo|empezamos|sigo|seguimos|entreno|viajo|viajamos|volví|volvimos|"
    r"cumplo|cumplí|estudio|aprendo|trabajo|hice|salgo|cuido|vengo|tenía|estaba|odio|soporto|aguanto|adoro|detesto|"
    r"toco|bailo|pinto|escalo|colecciono|practico|monto|tejo|cocino|colaboro|"
    r"ando|estaré|iré|viví|nací|crecí|quiero|necesito|puedo|canto|nado|leo|escribo|compré|vendí|"
    r"gané|perdí|conocí|terminé|llegué|me fui|me voy|me mudo|me mudé|me caso|me casé|me recibí|me operan)\b"
    # and any Spanish preterite of the first person: "arranqué", "empecé", "decidí" (not "café", "bebé", "aquí")
    r"|\b(?!(?:café|bebé|puré|comité|canapé|chalé|bidé|corsé|consomé|caché|aquí|allí|ahí|así|maní|esquí|rubí|jabalí|"
    r"colibrí|alhelí|frenesí|sí|porqué|fiancé|cliché|touché|protégé|soufflé|sauté|résumé|resumé|passé|rosé|frappé|chimpancé|"
    r"parqué|maniquí|bisturí|ají|exposé|varieté)\b)(?:(?-i:[a-zñ])|(?<![\s\S])(?-i:[A-ZÑ]))(?-i:[a-záéíóúñ]{2,}(?:é|í))\b"
    # and every "we" verb: "la esterilizamos el jueves", "nos separamos", "compramos un piso", "volvimos"
    r"|\b(?!(?:préstamos|ramos|tramos|reclamos|últimos|próximos|mínimos|máximos|íntimos|primos|extremos|supremos|"
    r"legítimos|ánimos|memos|demos|ultimos|proximos|minimos|maximos)\b)[a-záéíóúñ]{2,}(?:amos|emos|imos)\b", re.I)
# A relative called by the name the speaker uses ("Mum's been moved onto end-of-life care", "Oma
# wird 90"): the speaker's own family, as good as "my".
OWN_KIN = re.compile(
    r"(?<!your )(?<!his )(?<!her )(?<!their )(?<!the )(?<!a )(?<!deine )(?<!ihre )(?<!seine )(?<!tu )(?<!su )"
    r"(?<![\w’'])(?-i:Mum|Mom|Mummy|Mommy|Dad|Daddy|Grandma|Grandpa|Gran|Granny|Nan|Nana|Grandad|Mama|Papa|Oma|Opa|"
    r"Mutti|Vati|Mamá|Papá|Abuela|Abuelo|Yaya|Yayo)(?:['’]s)?\b|(?<![\w’'])[Tt]he (?:kids|twins|little ones?|baby)\b"
    # Spanish and German speak of their own children with the article: "la niña es alérgica al maní", "die Kleine hat
    # Fieber", "los chicos empiezan el cole"
    r"|(?<![\w’'])(?:(?-i:[Ll])a (?:niña|nena|peque|chiquita|bebé)|(?-i:[Ee])l (?:niño|nene|peque|chiquito|bebé)|(?-i:[Ll])os "
    r"(?:niños|chicos|críos|peques|nenes)|(?-i:[Ll])as (?:niñas|nenas)|(?-i:[Dd])ie (?:Kinder|Kleine|Kleinen|Große|Zwillinge)|"
    r"(?-i:[Dd])er (?:Kleine|Große))\b")


# Casual speech drops the "I": "Just got back from a week in Crete", "Been playing a lot of padel
# lately", "Moving house on Friday". A speaker's sentence that opens with such a verb is about them.
DROPPED_I = re.compile(
    r"^(?:just |finally |recently |still |currently |also )*(?:got|went|had|spent|started|finished|been|was|"
    r"moving|heading|flying|off to|back from|training|doing|going|having|playing|learning|taking|trying|"
    r"(?-i:[a-z])\w+ed"
    # German drops its "ich" the same way: "Bin grad aus Kroatien zurück", "Hab mir ein Rennrad gekauft" ("bin"
    # and "hab" say no one but "ich"; not the English "bin day")
    r"|bin(?!\s+(?:day|days|bags?|men|lorr\w+|collection|liner)\b)|hab|habe|hab['’]s)\b(?!\s+(?:by|to be)\b)", re.I)


# The people and the work somebody belongs to, said after a possessive (ACQUAINTANCE, ANOTHERS_NEWS)
_ACQUAINTANCE_NOUNS = (
    r"(?:(?:new|old|former|neue\w*|alte\w*|ehemalige\w*|"
    r"nuev[oa]s?|antigu[oa]s?|ex-?|biggest|largest|main|best|favou?rite|first|wichtigste\w*|größte\w*|mayor|principal)\s+)?(?:colleagues?|co-?workers?|boss|(?:line )?manager|team ?lead|neighbou?rs?|"
    r"clients?|customers?|landlord|landlady|flatmates?|roommates?|kolleg(?:e|en|in|innen)|chef(?:in)?|vorgesetzte\w*|"
    r"nachbar(?:in|n|innen)?|kund(?:e|in|en)|vermieter(?:in)?|mitbewohner(?:in)?|compañer[oa]s? de (?:trabajo|oficina|"
    r"equipo|piso|depa|departamento)|compañer[oa]s?(?=\s+(?-i:[A-ZÁÉÍÓÚ]))|colegas?|jef[ea]s?|vecin[oa]s?|clientes?|caser[oa]|"
    r"soci[oa]s?|prokurist(?:in)?|polier|treasurer|tesorer[oa]|"
    # the people who run the place ("apparently our CFO is retiring", "unser Geschäftsführer hört auf")
    r"(?-i:CEO|CFO|CTO|COO|CMO|VP|MD)|founder|chair(?:man|woman)?|head ?teacher|principal|"
    r"geschäftsführer(?:in)?|direktor(?:in)?|rektor(?:in)?|director[ae]?|gerente|"
    # a German head of something by its compound ("der alte Abteilungsleiter", "ihr Einkaufsleiter")
    r"(?:abteilungs|einkaufs|verkaufs|vertriebs|team|projekt|filial|bereichs|werks|schicht|lager|produktions)leiter(?:in)?|"
    # the people the speaker works with by their job ("our winemaker Luca's wife had twins", "mi becaria se casa")
    r"assistants?|secretar(?:y|ies)|accountants?|winemakers?|foreman|supervisors?|receptionists?|interns?|apprentices?|"
    r"trainees?|assistent(?:in)?|sekretär(?:in)?|azubis?|praktikant(?:in)?|asistentes?|secretari[oa]s?|becari[oa]s?|"
    # and the work the speaker belongs to: "unsere Abteilung zieht nach Leipzig um", "our company is moving offices"
    # (not a team: "mi equipo ganó la liga" may be their own club)
    r"department|company|office|firm|abteilung|firma|büro|unternehmen|empresa|oficina|departamento)")


# Somebody the speaker knows whose life is not the speaker's: a colleague, a boss, a neighbour, a client, a
# landlord, a flatmate ("my colleague is getting married", "mein Nachbar zieht nach Kiel", "mi jefa está de baja").
# Their possessive does not make a clause the speaker's: the news is that person's, told about someone absent.
# A friend's news is theirs too ("my best friend is getting married", "mi amiga se muda a Lima"), unless it is a
# loss or an illness, which is the speaker's grief or worry as well ("my best friend died last month"; see FRIEND).
ACQUAINTANCE = re.compile(
    # one of a group the speaker belongs to ("one of our riders, Jhon, broke his wrist"; not "one of my kids")
    r"\bone of (?:my|our) (?!kids|children|sons|daughters|boys|girls|grand\w+|dogs|cats|twins|brothers|sisters|"
    r"cousins|nieces|nephews|parents)\w+s\b|"
    r"\b(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr[oa]s?)\s+" + _ACQUAINTANCE_NOUNS + r"\b(?:['’]s)?", re.I)


FRIEND = re.compile(r"\b(?:my|our|mi|mis|nuestr[oa]s?)\s+(?:(?:best|oldest|old|close|mejor|gran|vieja|viejo)\s+)?"
                    r"(?:friends?|mates?|buddy|pal|amig[oa]s?|amigui\w+)\b(?:['’]s)?", re.I)  # (German "Freund(in)" is a partner)


# Words that ask for confidence ("between us, his wife's quite unwell", "entre nos, anda en pleno divorcio", "unter uns
# gesagt"): the "us" is the speaker and the listener, not the speaker's life
IN_CONFIDENCE = re.compile(r"\b(?:(?:just )?between (?:us|ourselves|you and me)(?: two)?|entre nos(?:otros)?|entre tú y yo|"
                           r"entre usted y yo|unter uns(?: gesagt)?|off the record)\b", re.I)


def speaks_of_self(sentence: str, spoken: bool = False) -> bool:
    """First person: "I", "my", "wir", "mi" ... or the speaker's own "Mum", "Dad", "the kids"; in a
    speaker's turn (``spoken``) also a sentence that drops its "I". "My colleague", "mi jefe" is not the
    speaker (``ACQUAINTANCE``)."""
    sentence = IN_CONFIDENCE.sub(" ", ACQUAINTANCE.sub("someone", sentence))
    if FIRST_PERSON.search(sentence) or OWN_KIN.search(sentence):
        return True
    # a speaker's "Wife's expecting twins in May", "Daughter starts school Monday": their own relative
    return spoken and (any(DROPPED_I.match(part.strip()) for part in statement(sentence).split(",")[:2])
                       or bool(_RELATIVE_FIRST.match(FILLER.sub("", statement(sentence)))))


QUESTION_START = re.compile(
    # an auxiliary opens a question only before its subject ("Had you heard?"; not "Had a great time at
    # my sister's wedding", "Was at Glastonbury at the weekend": casual speech drops the "I")
    r"^(?:do|does|did|are|is|was|were|can|could|would|will|have|has|had|shall|should)\s+(?:you|we|i|he|she|they|it|"
    r"there|your|the|that|this|anyone|anybody|everyone|(?-i:[A-Z])\w+)\b|"
    r"^(?:how|what|when|where|why|who|which|any(?:thing)?(?!\s+(?:but|except|other than|else but|apart from)\b)|hast|habt|haben sie|bist|seid|sind sie|wie|was|wann|wo|warum|"
    r"wer|welche\w*|qué|cómo|cuándo|dónde|por qué|quién|cuál)\b|^¿", re.I,
)
# A hypothetical opens with "if"/"imagine" or leans on would/might/wish; "..., if that counts" is not one.
# (after a word that only leads in: "Y si nos toca la lotería, ...", "Oye, y si nos dan el fondo, ...", "And if ...")
_LEAD_IN = r"^(?:(?:and|so|oh|well|y|pues|bueno|oye|oiga|oigan|mira|und|na)\b,?\s+)*"
HYPOTHETICAL_START = re.compile(_LEAD_IN + r"(?:if|imagine|suppose|supposing|what if|hypothetically|unless|wenn|falls|si)\b", re.I)
# A note that someone joked ("Ewan joked that if reviewer 2 asks ... he's retiring to a croft", "Callum, de broma: ..."):
# the joke is not a detail of their life
JOKED = re.compile(r"\b(?:joked|(?:jokes|joking)(?! (?:aside|apart)\b)|jokingly|half[- ]joking|de broma|en broma(?= *:)|bromeó|bromea|bromeando|scherzte|"
                   r"scherzt|scherzhaft|im spa(?:ß|ss))\b", re.I)
HYPOTHETICAL = re.compile(
    r"^(?:if|imagine|suppose|supposing|what if|hypothetically|unless)\b|"
    r"\b(?:would|wouldn't|might|maybe|perhaps|wish|hypothetically|i'd|we'd|someday|one day)\b|"
    r"^(?:wenn|falls|stell dir vor|si|imagínate)\b|\b(?:hätte|hätten|würde|würden|wäre|wären|vielleicht|irgendwann|"
    r"tuviera|tuviese|pudiera|ojalá|quizás?|tal vez|algún día|"
    # a conditional ("gustaría", "podríamos"), not a name ("María") nor a noun after its article ("una librería"),
    # nor a field, a ward or a trade named bare ("estudia ingeniería", "está en psiquiatría", "trabaja en pediatría"):
    # a conditional is its infinitive + "ía", so never "-tría", and the trades in "-ería" are listed
    r"(?<!\bla )(?<!\buna )(?<!\bsu )(?<!\bmi )(?<!\besta )(?<!\bde )(?!\w*tría\b)"
    r"(?!(?:enfermer|ingenier|panader|librer|peluquer|carpinter|cafeter|pasteler|joyer|fruter|pizzer|cervecer|ferreter|"
    r"zapater|relojer|galer|bater|loter|porter|mensajer|consejer|tesorer|secretar|guarder|carnicer|lavander|herrer|"
    r"tintorer|jardiner|cerrajer|ganader|alfarer|orfebrer|mercer|charcuter|florister|helader|chocolater|marroquiner|"
    r"tapicer|fontaner|cristaler|hojalater|imprenter|ortodonc)ía\b)"
    r"(?-i:[a-záéíóúñ]\w*(?:ría|rían|ríamos)))\b", re.I,
)
NEGATION = re.compile(r"\b(?:not|no|never|nothing|nobody|neither|nor|no longer|without|nicht|kein|keine|keinen|"
                      r"keinem|nie|niemals|nichts|nunca|nada|ni|tampoco|sin)\b|n['’]t\b", re.I)
REPORTED = re.compile(
    r"\b(?:(?:he|she|they)|[A-Z][a-z]+)\s+(?:said|says|told|tells|mentioned|thinks|reckons|heard)\b"
)
# Someone named, then what they told the speaker: their news, not the speaker's.
TOLD_BY = re.compile(r"^(?P<who>(?-i:[A-Z])[\w'’-]+)(?:\s+[\w'’,-]+){0,6}?\s+(?:told (?:me|us)|said|says|mentioned|"
                     r"hat (?:mir|uns) erzählt|me (?:dijo|contó))\b", re.I)
_OWN_NAMES = {"i", "my", "we", "our", "mum", "mom", "dad", "mama", "papa", "oma", "opa", "the", "and", "so", "but", "also"}
GOSSIP = re.compile(r"\b(?:said|says|told|tells|mentioned)(?: me| us)?(?: that)? (?:he|she|they)(?:['’]s|['’]re| is| are| was| has| had)\b", re.I)
# "I love it" / "love that idea" are about the conversation, not the person.
VAGUE_OBJECT = re.compile(
    r"\b(?:love|loves|like|likes|hate|hates|prefer|prefers|fan of|favou?rite)\s+(?:it|that|this|those|these|"
    r"the (?:idea|plan|approach|proposal|deck|product|demo|design|roadmap|pitch|feature|team|new)|your|how|what|working)\b",
    re.I,
)
# ("Er, ..." hesitates; a German note's "Er hat ..." is "he")
FILLER = re.compile(
    r"^(?:(?:yeah|yes|yep|so|well|oh|ah|um+|uh+|er+(?=[,.!])|(?-i:er+)|honestly|actually|and|but|anyway|okay|ok|right|like|"
    r"you know|i mean|ha(?=[,.!])|haha|funny you ask|oh my god|wow|by the way|btw|por cierto|übrigens|"
    r"on a (?:personal|lighter|happier|sadder|brighter|different|separate|side|related|more personal) note|"
    # a turn to another matter: "Which reminds me, ...", "Totally unrelated, ...", "Apropos, ...", "Hablando de eso, ..."
    r"(?:which|that|this|and that) reminds me|speaking of which|(?:totally |completely |somewhat )?unrelated|"
    r"(?:on an |in an )?(?:totally |completely )?unrelated note|apropos|a propósito|hablando de (?:eso|lo cual)|"
    r"wo wir gerade dabei sind)[,.!:]?\s+)+", re.I,
)
# (a German or Spanish month's abbreviation ends no sentence: "studiert ab Okt. Medizin", where the noun after it is
# capitalised; the English "better than Jan. Meds unchanged" may well end one, so only the forms English does not write;
# nor does a clinician's or a German note's short form: "zieht Anf. Dez. ein", "Hr. B.", "Pat. Schulte", "ggf. OP")
SENTENCE_SPLIT = re.compile(r"(?<!\bAnf\.)(?<!\bHr\.)(?<!\bHrn\.)(?<!\bFr\.)(?<!\bPat\.)(?<!\bPac\.)(?<!\bggf\.)(?<!\bevtl\.)"
                            r"(?<!\bca\.)(?<!\bbzgl\.)(?<!\bwg\.)(?<!\bgleichz\.)(?<!\bMär\.)(?<!\bOkt\.)(?<!\bDez\.)(?<!\bDic\.)(?<!\bEne\.)(?<!\bAbr\.)(?<!\bAgo\.)"
                            r"(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bNr\.)(?<!\s\d\.)(?<!\s\d\d\.)(?<!\s[a-z]\.)(?<=[.!?…])[\"”’)]?\s+(?=[\"“(¿¡]?[A-ZÀ-Þ0-9@\[¿¡])|\s+[-–]{1,2}\s+(?=[A-Z])")
SUBJECT_ADVERBS = {"just", "really", "finally", "recently", "also", "still", "actually", "only", "already",
                   "totally", "absolutely", "literally", "basically", "now", "even", "usually", "always", "often",
                   "never", "sometimes", "normally", "generally", "mostly", "regularly", "occasionally", "nearly",
                   "almost", "currently", "honestly", "mainly", "secretly", "desperately"}
# The verbs "I <verb>" is rewritten with ("I coach my son's team" -> "Coaches their son's team"): common
# ones whose third person is certain. Any other word after "I" ("I kinda love", "I cannot", "I and my
# wife") keeps the speaker's words, quoted.
COMMON_VERBS = set("""
love like adore enjoy hate prefer miss play run go have work live teach coach volunteer swim cycle climb train study
sing cook bake paint draw write read ride walk hike surf sail ski drink eat watch collect knit grow keep speak support
follow own need want try manage lead organise organize host help attend visit spend practise practice do make take
get dance skate fish garden brew build fix restore race compete travel commute know care look mentor foster breed
raise box fence dive jog lift umpire referee
""".split())
IRREGULAR = {"have": "has", "am": "is", "do": "does", "go": "goes", "was": "was", "can": "can",
             "will": "will", "should": "should", "must": "must", "may": "may", "did": "did", "had": "had"}


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    return [s.strip() for s in SENTENCE_SPLIT.split(text) if s and s.strip()]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


_PAST_FORMS = {"got", "went", "took", "made", "ran", "began", "bought", "found", "left", "lost", "met", "saw", "broke",
               "came", "won", "became", "had", "did", "was", "gave", "flew", "drove", "spent", "sold", "swam", "wrote",
               "rode", "taught", "caught", "brought", "fell", "felt", "kept", "slept", "sang", "threw", "built", "sent"}


def _third_person_verb(word: str) -> str:
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if lower.endswith("ed") or lower in _PAST_FORMS:
        return word
    if re.search(r"(?:s|sh|ch|x|z|o)$", lower):
        return word + "es"
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    return word + "s"


_MY_OPENS_A_CLAUSE = re.compile(r"(?:[,;:]\s*|\b(?:and|but|so|or|because|while|when|since|as|although|though|plus|"
                                r"cause|cos|now|then)\s+)my\b", re.I)


def _closing_mark(s: str) -> str:
    """The sentence without its closing stop - but a Spanish "¡...!" or "¿...?" keeps its closing mark."""
    bare = s.rstrip(" .!…")
    if "¡" in bare and s.rstrip(" .…").endswith("!") and bare.count("¡") > bare.count("!"):
        return bare + "!"
    return bare


# The German verbs of a dropped "ich" are first person still ("Bin grad zurück"): quoted, not left as if rewritten.
_GERMAN_DROPPED_I = re.compile(r"^(?:\w+\s+)?(?:bin|hab|habe|hab['’]s)\b", re.I)


def to_third_person(sentence: str) -> str:
    """Rewrite a first-person sentence mechanically, or quote it verbatim when that is not safe.

    "My daughter just started school" -> "Daughter just started school";
    "I'm training for the Berlin marathon" -> "Training for the Berlin marathon";
    "I play the cello" -> "Plays the cello". Anything else -> '"<sentence>"'.
    """
    s = _closing_mark(FILLER.sub("", sentence.strip()).strip())
    rewritten: str | None = None
    # a typed "im" only in lower case before a lower-case word ("im moving"): German "Im September", "im Mai" is "in the"
    m = re.match(r"^(?:i['’]m|i am|(?-i:im)(?=\s+(?-i:[a-z])))\s+(?P<rest>.+)$", s, re.I)
    if m:
        rest = m["rest"]
        words = rest.split()
        first_real = next((w for w in words if w.lower() not in SUBJECT_ADVERBS), "")
        rewritten = rest if first_real.lower().endswith("ing") or first_real.lower() in {"off", "back", "away", "about"} \
            else "Is " + rest
    if rewritten is None:
        m = re.match(r"^(?:i['’]ve|i have)\s+(?P<rest>.+)$", s, re.I)
        if m:
            rewritten = "Has " + m["rest"]
    if rewritten is None:
        m = re.match(r"^my\s+(?P<rest>.+)$", s, re.I)
        if m:
            rewritten = m["rest"]
    if rewritten is None:
        m = re.match(r"^i\s+(?P<rest>.+)$", s, re.I)
        if m:
            words = m["rest"].split()
            i = 0
            while i < len(words) - 1 and words[i].lower() in SUBJECT_ADVERBS:
                i += 1
            verb = words[i].lower() if words else ""
            certain = verb in IRREGULAR or verb in COMMON_VERBS or verb in _PAST_FORMS or (
                verb.endswith("ed") and len(verb) > 4)
            if words and re.fullmatch(r"[a-z]+", words[i]) and certain:
                words[i] = _third_person_verb(words[i])
                rewritten = " ".join(words)
    if rewritten is None and DROPPED_I.match(s) and not FIRST_PERSON.search(s) and not _GERMAN_DROPPED_I.match(s):
        rewritten = s  # "Just got back from Crete" says it without an "I" already
    if rewritten is None:
        return f'"{s}"'
    # Later first-person words: a possessive inside the phrase becomes "their" ("Coaches their son's team");
    # one that opens a clause of its own ("... and my wife is planning something") would read as
    # somebody else's wife, and anything else means quote verbatim.
    if _MY_OPENS_A_CLAUSE.search(rewritten):
        return f'"{s}"'
    rewritten = re.sub(r"\bmy\b", "their", rewritten, flags=re.I)
    rewritten = re.sub(r"\bmyself\b", "themselves", rewritten, flags=re.I)
    if re.search(r"\b(?:i|i'm|i've|i'd|i'll|me|we|we're|our|us|mine)\b", rewritten, re.I):
        return f'"{s}"'
    return _capitalise(rewritten)


def _is_question(sentence: str) -> bool:
    s = FILLER.sub("", sentence.strip())
    return s.endswith("?") or bool(QUESTION_START.match(s)) or bool(re.search(r"\b(?:you|your)\b", s, re.I) and s.endswith("?"))


# Turns of phrase addressed to the listener that do not make a sentence about them.
DISCOURSE = re.compile(
    r"^(?:just so you know|you should know|as you know|you know what|to be honest|for what it'?s worth|"
    r"sie sollten wissen|wie sie wissen|du weißt ja|para que lo sepas|que sepas|ya sabes|os cuento una cosa)"
    r"\s*[,:!]?\s*", re.I)
# Anywhere in a sentence, words to the listener that do not make it about them: "I want you to know I'm going
# through a divorce", "so you're not surprised: I've been doing Ironman training", "I must tell you".
TO_LISTENER = re.compile(
    r"\b(?:i (?:want|wanted|need|needed|have|had|must|should|just want|just wanted) (?:you )?to (?:let you know|tell you|know)|"
    r"(?:i )?(?:want|wanted) you to know|(?:just )?(?:so|so that) you(?:['’]re| are)? (?:know|not surprised|aren['’]t surprised)|"
    r"so you know|as you (?:all )?know|you know|let you know|ya sabe(?:s|n)? (?:usted|ustedes)?|(?:i )?(?:must|have to|should|gotta) tell you|tell you|did i tell you|"
    r"(?:i )?(?:don['’]t|do not) know if you|if you (?:heard|know)|you might have heard|you may have heard|"
    r"(?:wie )?(?:sie|du) (?:wissen|weißt)|damit (?:sie|du) bescheid (?:wissen|weißt)|ich wollte (?:ihnen|dir) (?:sagen|erzählen)|"
    r"(?:te|le|os|les) (?:quería|quiero) (?:contar|decir)|para que (?:lo )?sepas?|(?:yo )?(?:te|les|os) cuento(?: que)?|"
    r"quería contarte|ya (?:sabes|sabe))\b", re.I)
# "..., did Declan tell you?" / "..., you know?" / "..., ¿sabes?" at the end of a statement.
TAG_QUESTION = re.compile(r",\s*(?:did|has|have|do|does|didn't|hasn't|haven't|isn't|wasn't|right|you know|no|eh|ok|"
                          r"oder|nicht wahr|gell|verdad|sabes)\b[^,?]{0,30}\?$|,\s*¿[^?]{1,25}\?$", re.I)
# A diet or a dislike said with a negation is still a detail: "I don't eat pork", "ich esse kein Fleisch", "no como
# carne", "I can't stand swimming pools", "kann Kaffee nicht ausstehen", "no lo soporto".
DIET_NEGATION = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|can't|cannot|not|never|no longer)\s+(?:eat|eating|drink|drinking|touch)\b|"
    r"(?:can['’]t|cannot|could(?:n['’]t| not)) (?:stand|bear|abide|stomach)\b|nicht (?:ausstehen|leiden)\b|"
    r"no (?:\w+ )?(?:lo |la |los |las |le |les )?(?:soport\w+|aguant\w+)\b|"
    r"(?:esse|isst|trinke|trinkt)\s+(?:kein|keine|keinen|nicht)|kein(?:e|en)?\s+\w*(?:fleisch|alkohol|kaffee|zucker|milch)|"
    r"no\s+(?:como|comemos|come|bebo|bebe|tomo|toma)\b|sin (?:gluten|lactosa|azúcar|carne))", re.I)
# Where a long spoken turn, punctuated or not, turns to another matter: "the migration is not done
# yet um and my daughter started school", "we did not hit the target but I ran my first marathon".
_TURN = (r"\s+(?:um+|uh+|erm|anyway)\s+|\s+(?:but|also|plus|aber|pero)\s+"  # not "and" ("me and my
         r"(?=(?:i|i'm|i’m|i've|i’ve|we|we're|we’re|my|our|ich|wir|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|yo|mi|mis|nuestr\w+)\b)"  # partner")
         r"|\s+so\s+(?=(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|might|may|could|can't|won't)\b)")  # "..., so I might be late"
CLAUSE = re.compile(r"[,;:]\s*|\s+[-–]\s+|" + _TURN, re.I)
COORDINATE = re.compile(r"\s+(?:and|und|y|e|but|aber|pero|or|oder|o)\s+", re.I)


# A question asked after a statement, in the same sentence: "my son has started medical school, can we deduct
# the fees?", "mi hija empieza la uni, ¿hay descuento?"
_QUESTION_TAIL = re.compile(
    r",\s*(?=¿|(?:can|could|may|should|is|are|do|does|did|would|will|shall|kann|können|könnte|darf|dürfen|soll|sollte|"
    r"muss|ist|sind|gibt|hast|habt|haben|wird|puedo|puede|podemos|hay|tienes|tiene|how|what|when|where|why|which|wie|"
    r"was|wann|wo|warum|welche\w*|qué|cómo|cuándo|dónde|por qué|cuál)\b)[^,]*\?$", re.I)


def without_question_tail(sentence: str) -> str:
    """A statement followed by a question of its own, without the question ("My son has started medical
    school, can we deduct the fees?" -> "My son has started medical school."); else the sentence."""
    s = sentence.strip()
    m = _QUESTION_TAIL.search(s)
    if not m or _is_question(s[:m.start()]):
        return sentence
    return s[:m.start()] + "."


# News told as a question about the telling: "Did I tell you we're doing the Camino in September?", "Hab ich dir
# schon erzählt, dass wir im Juni nach Kanada fliegen?", "¿Te conté que me voy a vivir a Valencia?". The speaker asks
# only whether the listener already knows; what follows the frame is a statement of their own, read as one. Only
# the frame about the telling itself is taken away (never "did you hear/know", whose news is mostly someone
# else's), and only when a clause follows it ("Did I tell you about the budget?" keeps its question).
NEWS_ASKED = re.compile(
    r"^(?:(?:oh|and|so|also|hey|ah|by the way|btw|und|übrigens|ach|y|oye|por cierto)[,!]?\s+)*¿?\s*"
    r"(?:did i (?:ever )?(?:tell|mention(?: to)?|say to)(?: you(?: guys| all)?| ya)?|have i (?:told|mentioned(?: to)?)(?: you(?: guys| all)?)?|"
    r"(?:hab|habe) ich (?:(?:dir|euch|ihnen|es dir|['’]s dir|dir das|euch das|ihnen das)\s+)?(?:eigentlich\s+|schon\s+)*"
    r"(?:erzählt|gesagt)|(?:ya\s+)?(?:te|os|le|les)\s+(?:conté|dije|comenté|he contado|he dicho|había contado|había dicho))"
    r"\s*,?\s*(?:that|dass|que)?\s+(?P<rest>(?!(?:about|you|ya|to|von|davon|lo|de)\b)[^?]{8,}?)\s*\?\s*$", re.I)


# A German "dass" clause puts its finite verb last ("dass wir im Juni nach Kanada fliegen"); said on its own, the
# verb comes second, after the subject ("wir fliegen im Juni nach Kanada"), the order the rules read.
_DASS_CLAUSE = re.compile(r"^(?P<subject>ich|wir|(?:mein|unser)\w*\s+\w+)\s+(?P<middle>[^,]+?)\s+(?P<verb>(?-i:[a-zäöü])\w+)"
                          r"(?P<tail>,.*)?$", re.I)


# In a note, "Basti erzählt, dass er am 22. August seinen 50. feiert" is kept as what was told: the "dass" clause in the
# order of a sentence of its own ("Er feiert am 22. August seinen 50."), where that is mechanical: a pronoun or a
# possessive with one noun as subject, not a name beside it ("dass seine Frau Resi ... ist" stays as it was), and not a
# separable verb, whose particle would have to be cut off ("dass ihre Tochter im Mai anfängt").
_DASS_SUBJECT = re.compile(
    r"^(?P<subject>ich|wir|er|sie|(?:mein|unser|sein|ihr|dein)\w*\s+(?-i:[A-ZÄÖÜ])[a-zäöüß]+)\s+(?P<middle>(?-i:[a-zäöüß\d])[^,]*?)"
    r"\s+(?P<verb>(?-i:[a-zäöü])\w+)(?P<tail>,.*)?$", re.I)
_SEPARABLE = re.compile(r"^(?:an|auf|aus|ein|mit|zurück|weg|um|vor|nach|los|ab|zu|her|hin|heim|fest|frei|wieder)\w{3,}$")


def _after_dass(text: str, m: re.Match[str]) -> bool:
    return bool(re.search(r"\bdass\s*$", text[:m.start("rest")], re.I))


def _dass_as_main(clause: str) -> str:
    """A German "dass" clause in main-clause order (see _DASS_SUBJECT); else as it was."""
    end = re.search(r"[.!]?\s*$", clause)
    body, stop = clause[:end.start()], clause[end.start():]
    m = _DASS_SUBJECT.match(body)
    if not m or _SEPARABLE.match(m["verb"]) or m["verb"].lower() in {"und", "oder", "aber", "nicht", "noch", "mehr", "auch"}:
        return clause
    return _verb_second(m) + stop


def _verb_second(m: re.Match[str]) -> str:
    """A verb-last clause matched by _DASS_CLAUSE or _DASS_SUBJECT, its verb put after the subject."""
    return f"{m['subject']} {m['verb']} {m['middle']}{m['tail'] or ''}"


def news_asked_as_statement(sentence: str) -> str:
    """"Did I tell you we're moving?" -> "We're moving."; any other sentence as it is (see NEWS_ASKED)."""
    said = sentence.strip()
    m = NEWS_ASKED.match(said)
    if not m:
        return sentence
    rest = m["rest"]
    clause = _DASS_CLAUSE.match(rest) if _after_dass(said, m) else None
    return _capitalise(_verb_second(clause) if clause else rest) + "."


def statement(sentence: str) -> str:
    """The sentence without fillers, turns of phrase to the listener and a closing tag question."""
    s = DISCOURSE.sub("", FILLER.sub("", sentence.strip()))
    return without_question_tail(TAG_QUESTION.sub(".", s))


# Taking on a job: "I can do the music stall again", "I'll cover the raffle", "ich übernehme den Kuchenstand",
# "yo me encargo de la música".
OFFER = re.compile(r"^(?:(?:for|at|on|für|bei|para|en) [^,]{1,40}?,? )?(?:(?:i|we)(?:['’]ll| will| can| could| am happy to|['’]m happy to|"
                   r"['’]d be happy to) (?:also |still )?(?:do|take|bring|cover|handle|run|organi[sz]e|help with|sort|manage|host|"
                   r"lead|set up)|ich (?:kann |könnte |würde )?(?:übernehme|übernehmen)|(?:yo )?(?:me encargo|"
                   r"puedo (?:hacer|llevar|encargarme))"
                   # "Yo llevo el vino", "Yo hablo con los padres", "Yo propongo el 19": the speaker's part in the plan
                   r"|yo (?:llevo (?:el|la|los|las|unas?|algo)|traigo|hablo con|propongo|pongo|invito|organizo|preparo|reservo|"
                   r"compro|aviso)\b"
                   # or asks for something: "that's why I want the gift to go to the hospice programme"
                   r"|(?:that['’]s (?:really |exactly |also )?why )?(?:i|we) (?:want|need|would like|['’]d like|would prefer|['’]d prefer) "
                   r"(?:the|this|that|these|those|it|them|all|any)\b)\b", re.I)
# A laugh that closes the sentence, or a "basically a ...": the speaker is joking.
JOKE = re.compile(r"(?:[,.!…]\s*|\s)(?:ha(?:ha)*|hah|hehe|jaja(?:ja)*|jeje|lol|lmao|rofl)\s*[.!]*$|[😂🤣😅😆😜]\s*[.!]*$|"
                  r"[\[(](?:laughs?|laughing|laughter|risas?|se r[íi]e|lacht|lachen)[\])]|"
                  r"\b(?:basically|practically|literally|pretty much|quasi|praktisch|b[áa]sicamente|pr[áa]cticamente)\s+"
                  r"(?:a|an|the|my|our|their|his|her|ein|eine|der|die|das|mein|meine|unser|unsere|un|una|el|la|mi|nuestr[oa])\s|"
                  # the speaker says so: "Joking, I'm moving to Mars", "..., just kidding", "Es broma, ...", "Spaß, ..."
                  # ("joking aside", "Spaß beiseite", "Spaß macht ihr das Segeln": what follows is meant)
                  r"^(?:(?:only |just )?(?:joking|kidding)|jk|(?:es|era) (?:una )?broma|es coña|(?:nur |kleiner )?spa(?:ß|ss)|"
                  r"(?:war (?:nur )?ein |kleiner )?scherz)\s*[,.!:…]|"
                  r"[,.!…]\s*(?:(?:only |just )?(?:joking|kidding)|jk|(?:es|era) (?:una )?broma|(?:nur )?spa(?:ß|ss)|"
                  r"(?:nur ein |war ein )?scherz)\s*[.!]*$", re.I)
_LAUGH_ONLY = re.compile(r"(?:[,.!…]\s*|\s)(?:ha(?:ha)*|hah|hehe|jaja(?:ja)*|jeje|lol)\s*[.!]*|[😂🤣😅😆]\s*[.!]*", re.I)
# Someone else's advice for the speaker is no fact about them: "My husband says I should take up golf",
# "Mein Arzt meint, ich sollte mehr laufen", "Mi hermana dice que debería apuntarme a yoga".
ADVICE = re.compile(r"\b(?:says|said|thinks|reckons|keeps (?:telling me|saying)|told me)\b(?: that)? (?:i|we) "
                    r"(?:should|ought to)\b|\b(?:meint|sagt|findet|sagte|meinte)\b,? (?:dass )?(?:ich|wir) "
                    r"(?:soll|sollte|sollten|müsste)\b|\b(?:dice|dijo|cree|opina|piensa)\b que (?:debería|deberíamos|"
                    r"tendría que|tendríamos que)\b", re.I)


# News told in three words: "We got engaged!", "Wir haben geheiratet!", "Adoptamos una perrita", "Estoy
# embarazada". German and Spanish put the person in the verb, so a whole piece of news can be this short. A
# short sentence is enough when the speaker says it of themselves (a first-person word) and it names a life
# event of its own (not only a relative, a liking or a pastime: "I love football", "Mi hija, sí" stay too short).
_SHORT_NEWS = {"milestone", "home", "pet", "travel", "birthday", "anniversary", "work", "education", "loss", "health", "family"}


# (a subject or a verb of the first person: "my dog, yes" or "me too, holiday" is a reply, not news)
_NOT_A_SUBJECT = re.compile(r"my|our|mine|me|us|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w*|mich|mir", re.I)


def _short_news(s: str) -> bool:
    found = [e for e, _ in matches(s) if e.category != RELATIONS]
    said_by_me = any(not _NOT_A_SUBJECT.fullmatch(m.group(0)) for m in FIRST_PERSON.finditer(s)) or bool(
        re.search(r"\b(?:me|nos)\s+(?!too\b)[a-záéíóúñ]{2,}(?:o|é|amos|imos|emos)\b", s, re.I))  # "Me caso", "Nos mudamos"
    return bool(found) and said_by_me and any(e.category in _SHORT_NEWS for e in found)


_YOU = re.compile(r"\b(?:you|your|du|dein\w*|dich|dir|euch|tú|tu|tus|usted)\b", re.I)


def _skip_reason(sentence: str, sensitive: bool) -> str | None:
    """Why a sentence is not a disclosure (None when it may be one). Hedges and negations count in
    the clause that names the topic: "I can't do Friday, it's my daughter's graduation" is one."""
    s = statement(sentence)
    if len(s) < 8 or len(s.split()) < 4:
        from .care import KEEP_IN_MIND

        if not (sensitive or KEEP_IN_MIND.search(s) or _short_news(s)) or len(re.findall(r"[^\W\d_]+", s)) < 2:
            return "too short"  # but "I'm lactose intolerant", "Soy vegana", "I'm pregnant!" say enough
    if _is_question(s):
        return "question"
    clauses = [c for c in CLAUSE.split(s) if c.strip() and classify(c).is_topic] or [s]
    if HYPOTHETICAL_START.match(s) or all(HYPOTHETICAL.search(c) for c in clauses):
        return "hypothetical"
    if JOKED.search(s) and not sensitive:
        return "joke"
    if ASKED_THE_WRITER.match(s):
        return "about the writer"
    # a negation counts in the part that names the topic: "I'm seven months pregnant and the stairs are no
    # option any more", "I'm off to Crete on Saturday and nobody else knows how"
    parts = [p for c in clauses for p in COORDINATE.split(c) if p.strip() and classify(p).is_topic] or clauses
    if not sensitive and not DIET_NEGATION.search(s) and all(NEGATION.search(p) for p in parts):
        return "negation"
    if not sensitive and all(VAGUE_OBJECT.search(c) for c in clauses):
        return "about the conversation"  # "love that idea"; not "my daughter started school, she loves it"
    # ... in the parts that name the topic: "I'm allergic to shellfish, believe it or not, you'd never guess" and
    # "soy alérgico a los mariscos aunque usted no lo crea" are the speaker's; "congrats on your promotion" is not
    if _YOU.search(TO_LISTENER.sub(" ", s)) and all(_YOU.search(TO_LISTENER.sub(" ", p)) or _negated(p)
                                                    for p in _topic_parts(s, parts)) \
            and not re.search(r"\b(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w+)\b", s, re.I):
        return "about the listener"
    return None


# ", and" where the speaker says they turn to another matter: "we're blocked on the renewal, and honestly I'm a
# bit distracted because my dad starts dialysis"; not ", and she passed in January", nor "I lost my job, and we
# have debts" (the same matter goes on).
_AND_THEN_I = (r",\s*(?:and|und|y)\s+(?=(?:honestly|personally|by the way|btw|on a \w+ note|on a more personal note|"
               r"ehrlich gesagt|privat|übrigens|por cierto|sinceramente|a nivel personal)[,]?\s+"
               r"(?:i|i'm|i’m|i've|i’ve|my|we|we're|we’re|our|ich|mein(?:e[mnrs]?)?|wir|unser(?:e[mnrs]?)?|yo|mi|mis)\b)")
CLAUSE_SPLIT = re.compile(r",\s*(?=(?:so|but|because|though|although|which means|also|aber|weil|deshalb|denn|"
                          r"así que|pero|porque|aunque)\b)|" + _AND_THEN_I + r"|;\s*|\s+[-–]\s+|" + _TURN, re.I)
LABEL = re.compile(r"^(?:[A-Za-z][\w'-]*\s?){1,4}:\s+")  # "Quick heads-up: ..."


def _topic_parts(s: str, parts: list[str]) -> list[str]:
    """The parts of ``s`` that name a topic, cut also at "aunque", "if", "obwohl", so that a concession or a
    condition addressed to the listener stays apart from the speaker's own fact."""
    cut = [q for p in parts for q in re.split(r"\s+(?=(?:aunque|although|though|obwohl|wenn|if|si)\b)", p, flags=re.I)]
    return [q for q in cut if classify(q).is_topic] or [s]


def _negated(clause: str) -> bool:
    return bool(NEGATION.search(clause)) and not DIET_NEGATION.search(clause)


def _names_a_topic(clause: str) -> bool:
    """A topic of its own, not only a relative ("my grandmother's feijoada")."""
    return any(entry.category != RELATIONS for entry, _ in matches(clause))


def main_clause(sentence: str) -> str:
    """The clause that carries the detail: "My mum has an operation on Wednesday, so I might leave early"
    -> "My mum has an operation on Wednesday" (the hedge belongs to the other clause)."""
    s = LABEL.sub("", FILLER.sub("", sentence.strip()))
    bounds = [0, *(x for m in CLAUSE_SPLIT.finditer(s) for x in (m.start(), m.end())), len(s)]
    spans = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2) if s[bounds[k]:bounds[k + 1]].strip()]
    real = [_names_a_topic(s[a:b]) for a, b in spans]
    selfish = [speaks_of_self(s[a:b], spoken=True) for a, b in spans]
    seed = next((i for i in range(len(spans)) if real[i] and selfish[i] and not HYPOTHETICAL.search(s[slice(*spans[i])])),
                next((i for i in range(len(spans)) if real[i] and selfish[i]), None))
    if seed is None:  # only a relative is named: that clause, if it says something on its own
        seed = next((i for i in range(len(spans)) if selfish[i] and classify(s[slice(*spans[i])]).is_topic), None)
        clause = s[slice(*spans[seed])].strip() if seed is not None else ""
        return clause if len(clause.split()) >= 4 or _negated(clause) else s
    clause = s[slice(*spans[seed])]
    if _negated(clause) and classify(clause).sensitivity != SENSITIVE:
        return clause.strip()  # but "keinen Job mehr, und wir haben Schulden" is one hard time
    # with the clauses next to it that name a topic of their own ("soy celíaco, así que necesito
    # opciones sin gluten"; "empiezo a estudiar alemán, porque nos vamos a vivir a Múnich"); a hedge has none
    first, last = seed, seed
    while first > 0 and real[first - 1]:
        first -= 1
    while first > 0 and only_a_day(s[slice(*spans[first - 1])]):
        first -= 1  # "Ascension Day tomorrow, so ... we're driving to the lake": the day said first dates the news
    while last + 1 < len(spans) and real[last + 1] and not _is_question(s[slice(*spans[last + 1])]):
        last += 1  # not a request that follows ("..., so could we go somewhere gluten-free?")
    if last + 1 < len(spans) and NAMED_NEXT.match(s[slice(*spans[last + 1])]):
        last += 1  # "sie ist Oma geworden – Enkelin Frieda": the child's name belongs to the news
    if last + 1 < len(spans) and DAY_NEXT.match(s[slice(*spans[last + 1])]):
        last += 1  # "turns a hundred in June - June the 9th -": the day belongs to the news it makes exact
    return s[spans[first][0]:spans[last][1]].strip()


# The name of a new child or animal said right after the news, as its own fragment or sentence: "– Enkelin Frieda",
# "— Tochter Lene", "Isla, seven pounds two", "Se llama Arepa", "Sie heißt Lotte", "He's called Biscuit"
_NEWCOMER = (r"(?:enkelin|enkel|tochter|sohn|baby|granddaughter|grandson|daughter|son|baby (?:girl|boy)|nieta|nieto|hija|hijo|"
             r"bebé|welpe|hündin|hund|katze|kater|puppy|kitten|perrit[oa]|gatit[oa]|"
             # "Ein Bub, Maximilian", "a wee girl, Isla", "una nena, Martina"
             r"(?:a |an |ein |eine |un |una )?(?:wee |little |kleiner |kleines |kleine )?(?:boy|girl|bub|bua|junge|mädchen|mädel|"
             r"dirndl|niño|niña|nena|nene|varón|varoncito),?)")
_A_NAME = r"(?-i:[A-ZÁÉÍÓÚÄÖÜ][a-záéíóúäöüñß]+)"
NAMED_NEXT = re.compile(
    rf"^\W*(?:{_NEWCOMER}\s+{_A_NAME}\b|(?:(?:she|he|it)['’]s called|(?:she|he|it) is called|(?:called|named)|se llama|"
    # "The kids named her Poutine", "le pusimos Lola", "wir haben sie Frieda genannt"
    rf"(?:the kids|the children|the girls|the boys|we|they|my (?:wife|husband|partner|son|daughter|kids))\s+(?:have\s+)?"
    rf"(?:named|called)\s+(?:her|him|it|them)|(?:le|la|lo) (?:pusimos|pusieron|llamamos|llamaron)|"
    rf"wir haben (?:sie|ihn|es)|"
    rf"(?:sie|er|es) heißt|heißt)\s+{_A_NAME}\b|{_A_NAME},\s+[\d.,]+\s*(?:kg|g|kilos?|gramos?|gramm|pounds?|lbs?)\b|"
    rf"{_A_NAME},\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+pounds?\b|"
    rf"{_A_NAME},\s+(?:drei|vier|fünf|dreieinhalb|viereinhalb|tres|cuatro|cinco)\s+(?:kilo|kilos|kg)\b)", re.I)


# The exact day said right after the news as a clause of its own: "- June the 9th -", "- the 8th to the 22nd -", "der
# Termin ist der 4.", "it's the 1st", "el 12"
_MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
_NTH = r"\d{1,2}(?:st|nd|rd|th|\.)?"
DAY_NEXT = re.compile(
    rf"^\W*(?:(?:it['’]s|that['’]s|der termin ist|termin ist|es el|es|am|on)\s+)?(?:the\s+|der\s+|el\s+)?"
    rf"(?:{_MONTH_WORDS}\s+(?:the\s+)?{_NTH}|{_NTH}(?:\s+(?:of\s+|de\s+)?{_MONTH_WORDS})?)"
    rf"(?:\s+(?:to|bis|al)\s+(?:the\s+|zum\s+|el\s+)?{_NTH})?\W*$", re.I)


# "I think ...", "ich glaube ...", "creo que ...": the speaker's view, about whatever follows
OPINION = re.compile(r"^(?:i (?:think|guess|believe|reckon|suppose|assume|bet|doubt|feel like|hope)|ich (?:glaube|denke|finde|"
                     r"vermute|schätze|fürchte|hoffe)|(?:yo )?(?:creo|pienso|supongo|imagino|opino|diría|espero) que)\b,?\s*"
                     r"(?:that |dass |que )?", re.I)


def _reported(sentence: str) -> bool:
    """Someone else's words carry the detail: "Jake told me he's getting divorced" (also "Jake told me,
    she ..."); not "I've taken up wild swimming, Graham thinks I'm mad" (the report is another clause's)."""
    clauses = [c for c in CLAUSE.split(sentence) if c and c.strip()]
    for k, clause in enumerate(clauses):
        if REPORTED.search(clause) and (classify(clause).is_topic or (
                k + 1 < len(clauses) and re.match(r"^(?:that )?(?:he|she|they)\b", clauses[k + 1].strip(), re.I))):
            return True
    return False


# "..., I'm taking the Eurostar because I hate flying": a standing dislike given as the reason for a plan
_BECAUSE_I = re.compile(r"\b(?:because|since|as|weil|da|porque|ya que)\s+(?P<reason>(?:i|i['’]m|ich|yo)\b[^,.;!?]*)", re.I)


def _reason_given(sentence: str, first: Any) -> list[tuple[str, Any]]:
    """A dislike the speaker gives as the reason for what they tell ("I'm taking the train because I
    hate flying"): a detail of its own, besides the plan it explains."""
    from .lexicon import dislikes

    m = _BECAUSE_I.search(sentence)
    before = sentence[:m.start()] if m else ""
    if not m or not dislikes(m["reason"]) or not (_names_a_topic(before) or re.search(r"(?<=\w )(?-i:[A-ZÀ-Þ])\w+", before)):
        return []  # "I'm taking the train because I hate flying" says one thing
    cls = classify(m["reason"])
    return [(f'"{m["reason"].strip()}"', cls)] if cls.is_topic else []  # the speaker's words, quoted


# --- not a detail of a life: the moment, the job's status, the job's mood ------------------------------
# Where the speaker happens to be right now ("I'm at my parents' place in Bremen this week", "ich sitze gerade
# bei meiner Schwester", "estoy en casa de mis padres"): the place of the call, not a detail of their life. The
# rule: a sentence that says where the speaker (or their kids) is, with no topic of its own besides the people
# they are with, is not proposed; with one it is ("I'm staying with my parents while our flat is renovated",
# "I'm in Lisbon for a week's holiday"). Borderline "Ich sitze in Kassel bei meinen Eltern" falls under it.
WHERE_NOW = re.compile(
    r"^(?:i['’]m|i am|im|we['’]re|we are|(?:the |my |our )?(?:kids|children) are)\s+(?:(?:just|currently|still|sitting|"
    r"staying|calling|dialling|dialing|working|over|here|all)\s+)*(?:at|in|with)\b|"
    r"^(?:ich bin|wir sind|ich sitze|wir sitzen|ich stehe|die kinder sind)\s+(?:\S+\s+){0,3}?(?:bei|in|auf)\b|"
    r"^(?:estoy|estamos|los niños están|los chicos están)\s+(?:\S+\s+){0,3}?(?:en|con|donde)\b", re.I)
# What the call itself is made of: an apology for the noise, the echo, the camera ("the cat's walking all over my
# keyboard again", "tengo a una perrita muy ocupada aquí al lado"): the moment, though a pet or a home is named
_THE_CALL = re.compile(r"\b(?:echo|noise|background|keyboard|camera|mic|microphone|connection|wi-?fi|barking|ruido|fondo|eco|"
                       r"cámara|conexión|teclado|ladrando|lärm|hintergrund|tastatur|kamera|bellt|mikro)\b", re.I)
# ... unless the pet or the home is news ("we just adopted two rescue cats, so my camera may get interrupted",
# "sorry about the noise, we're renovating the kitchen")
_NEWS_OF_IT = re.compile(r"\b(?:just|adopt\w*|got|get|getting|bought|new|moved|moving|renovat\w+|build\w*|neue?[nrs]?|"
                         r"nuev[oa]s?|adoptad[oa]s?|adoptamos|acabamos|reform\w+|umgezogen|renovier\w+)\b", re.I)
# ... or named ("Perdón por los ladridos, es Chispa, mi xolo"): a capitalised word inside the sentence
_NAMED_INSIDE = re.compile(r"(?<![.!?¿¡:]\s)(?<=\s)(?-i:[A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß]+)\b")
# A verb that makes a relative's mention news ("Mein Sohn hat sein Medizinstudium angefangen")
_NEWS_VERB = re.compile(r"\b(?:start\w*|began|begun|begin\w*|finish\w*|graduat\w*|became|become|got|gets|moved|passed|joined|"
                        r"retired|qualified|angefangen|anfangen|fängt|begonnen|beginnt|abgeschlossen|geworden|empez\w+|"
                        r"comenz\w+|termin\w+|gradu\w+|entr[óo]|jubil\w+)\b", re.I)
# An apology for the moment ("Sorry, had to sort the kids out first", "Entschuldigung, ich musste noch die Kinder
# abholen"): the moment again, when it names nobody's news but the people it was about.
SORRY_NOW = re.compile(r"^(?:sorry|apologies|excuse\b|entschuldig\w*|sorry,|perd[oó]n\w*|disculp\w*)", re.I)
# Leave from work with no reason given ("I'm on leave next week", "taking some leave") is the job's status; a
# reason is the detail ("parental leave", "compassionate leave", "leave to look after my mum").
_PLAIN_LEAVE = re.compile(r"(?:taken|taking|on) (?:\w+ )?leave", re.I)
_LEAVE_REASON = re.compile(r"parental|paternity|maternity|sick|compassionate|bereavement|study|elternzeit|baja|\bto (?:be with|"
                           r"look after|care|help|support|mind)\b|pflege|kümmer|cuidar|acompañar", re.I)
# ... but an arrangement that lasts is a detail ("I'm staying with my aunt on weekdays now", "wohne bei")
_LASTING = re.compile(r"\b(?:weekdays|weekends|every|usually|these days|nowadays|for good|permanently|since|from now on|"
                      r"for the (?:time being|foreseeable)|unter der woche|seit|jeden|immer|entre semana|desde|siempre|todos los)\b", re.I)
# The job's mood ("I'm so stressed about the launch", "overwhelmed with the workload"): work talk, not a life.
_WORK_MOOD = re.compile(r"stressful|stressed|overwhelmed|workload", re.I)
# A trip for work ("ich fahr morgen in die Zentrale nach Frankfurt, wegen des Audits", "fuimos a Madrid a ver al
# cliente", "flying to Berlin for the client workshop"): the job's, not a detail of a life.
_FOR_WORK = re.compile(r"\b(?:clients?|customers?|kunden?|kundin|clientes?|audits?|workshops?|messe|konferenz|conference|"
                       r"kick-?off|dienstreise|geschäftsreise|business trip|work trip|viaje de (?:trabajo|negocios)|zentrale|"
                       r"headquarters|(?-i:HQ)|oficina central|sede|offsite|on-?site|vor ort beim)\b", re.I)


# What a relative is ("we're staying in Toronto regardless, my wife's a pharmacist at Sunnybrook", "mein Mann ist
# Lehrer", "mi marido es enfermero"): a detail of the speaker's life after the moment's clause
_RELATIVE_IS_A = re.compile(r"(?:(?:['’]s|\s+is)\s+(?:a|an)\s+|\s+ist\s+(?:ein\w*\s+)?(?-i:[A-ZÄÖÜ])|\s+es\s+(?:un[oa]?\s+)?(?!muy\b|"
                            r"bueno\b|mal[oa]?\b|la\b|el\b)(?-i:[a-záéíóúñ]))\w{3,}", re.I)


# Where the speaker sits during the call, after an apology or not ("Perdón Tano, estoy en el auto en la puerta del
# sanatorio", "sorry, I'm in the car outside my daughter's school", "ich sitz im Auto vorm Schwimmbad"): the moment
IN_THE_CAR = re.compile(r"^(?:(?:sorry|apologies|perd[oó]n\w*|disculp\w*|entschuldig\w*|moin|hi|hola)\b[^.!?]{0,30}?,\s*)?"
                        r"(?:(?:ja|yes|sí|so),?\s+)?(?:i['’]m|i am|im|estoy|ich bin|ich sitz\w*|bin)\s+(?:\w+\s+){0,2}?"
                        r"(?:in the car|in my car|en el (?:coche|auto|carro)|im auto|im wagen)\b", re.I)


def _of_the_moment(said_: str, cls: Any) -> bool:
    """The sentence (``said_``, all of it) is the moment or the job, not a detail of a life (the rules above).
    Anything else in it - a topic, a relative of the speaker's with news or a date ("I'm on leave from Monday,
    my wife is due with our second on the 15th") - keeps it a disclosure."""
    s = FILLER.sub("", said_.strip())
    topical = [(e, w) for e, w in matches(s) if e.category != RELATIONS]
    rest = " ".join(CLAUSE.split(s)[1:])  # (the first clause's own "this week" is the moment's)
    kin = OWN_RELATIVE.search(rest)
    if kin and (_says_when(rest) or OWN_NAMED.search(rest) or _RELATIVE_IS_A.match(rest, kin.end())):
        return False
    if WHERE_NOW.match(s) and not topical and not _LASTING.search(s):
        return True
    if IN_THE_CAR.match(s) and not _says_when(s):
        return True
    if cls.category == "travel" and _FOR_WORK.search(s) and not OWN_RELATIVE.search(s) and all(
            e.category == "travel" for e, _ in topical):
        return True
    if SORRY_NOW.match(s) and not topical and not OWN_RELATIVE.search(s):
        return True
    if (SORRY_NOW.match(s) or _THE_CALL.search(s)) and topical and all(e.category in ("pet", "home") for e, _ in topical) \
            and not (_says_when(s) or OWN_NAMED.search(s) or _LASTING.search(s) or OWN_RELATIVE.search(s)
                     or _NEWS_OF_IT.search(s) or _NAMED_INSIDE.search(s, 1)):
        return True  # "Perdón por el ruido, tengo a una perrita aquí al lado", "the cat's walking all over my keyboard"
    if len(re.findall(r"[^\W\d_]+", s)) <= 6 and not topical and not _says_when(s) and not OWN_NAMED.search(s) \
            and not _COUNT_OR_NAME.search(s) and not _NEWS_VERB.search(s):
        return True  # "Eso dice mi mujer", "No, no, ese es mi sobrino", "His wife told my wife": a relative, no news
    if cls.category == "work" and cls.sensitivity != SENSITIVE and topical and not OWN_RELATIVE.search(s) and all(
            (_PLAIN_LEAVE.fullmatch(w) and not _LEAVE_REASON.search(s)) or _WORK_MOOD.fullmatch(w) for _, w in topical):
        return True
    return False


# A relative who says or thinks something ("my wife says hi", "meine Frau meint, das Meeting ist zu lang", "mi
# mujer dice que ..."): only a detail when what they say names a topic of its own ("my wife says the baby is due
# in May").
RELATIVE_SAYS = re.compile(
    r"\b(?:wife|husband|partner|mum|mom|mother|dad|father|sister|brother|daughter|son|kids|uncle|aunt|cousin|gran|grandma|"
    r"grandpa|grandmother|grandfather|\w+-in-law|frau|mann|mutter|vater|schwester|bruder|tochter|sohn|kinder|onkel|tante|"
    r"cousin\w*|oma|opa|schwieger\w+|mujer|marido|espos[oa]|pareja|madre|padre|mam[áa]|pap[áa]|herman[oa]|hij[oa]s?|t[íi][oa]|"
    r"prim[oa]|abuel[oa]|suegr[oa])"
    r"\s+(?:\w+\s+)?(?:says?|said|thinks?|thought|reckons?|jokes?|sagt|sagte|meint|meinte|findet|fand|glaubt|dice|dijo|"
    r"piensa|opina|cree|bromea)\b", re.I)


# The one who told the speaker, said after the news ("Jana ist seit Montag krank, ihr Mann hat mir geschrieben",
# "Pilar sigue de baja, me lo dijo su compañero de piso", "Tom's off sick, his wife texted me"): not a clause of its own
_TOLD_ME_SO = re.compile(r"(?:(?:her|his|their|ihr|ihre|sein|seine|su|sus)\s+\w+(?:\s+de\s+\w+)?\s+(?:told|texted|emailed|rang|"
                         r"called|messaged|wrote to) me|(?:her|his|their|ihr|ihre|sein|seine|su|sus)\s+\w+\s+hat\s+mir\s+"
                         r"(?:\w+\s+)?(?:geschrieben|gesagt|erzählt|Bescheid gegeben)|me lo (?:dijo|contó|escribió|comentó)\b.*|"
                         r"me (?:dijo|contó|escribió) (?:su|sus)\s+\w+)\W*$", re.I)


def _about_someone_named(s: str) -> bool:
    """Every clause that names a topic opens with someone's first name and has no first person in it
    ("Dani has diabetes, so we need to plan the menu around it", "Greta fängt im Mai mit dem Marathon
    an"): the detail is that person's, whoever they are, not the speaker's. A clause of the speaker's
    own with a topic keeps the sentence theirs ("Berlin was amazing, we ran the marathon")."""
    clauses = [c.strip() for c in CLAUSE.split(s) if c and c.strip() and not _TOLD_ME_SO.match(c.strip())]
    topical = [c for c in clauses if classify(c).is_topic] or clauses
    def named(c: str) -> bool:
        m = _NAME_AT.match(c)
        return bool(m) and m.start("name") < 12 and _looks_like_name(m["name"], c[m.start("name"):]) \
            and not FIRST_PERSON.search(c) and not OWN_KIN.search(c)
    return all(named(c) for c in topical)


_NEWS_BOUNDARY = re.compile(r"\s*[,;:]\s*(?:(?:and|und|y|but|aber|pero)\s+)?|\s+[-–]\s+|\s+(?:and|und|y|but|aber|pero)\s+", re.I)


def own_news_after_anothers(sentence: str) -> str:
    """The speaker's own news when they first tell somebody else's in the same sentence ("Mi jefe se casa en
    mayo, y yo también tengo noticias: estoy embarazada", "Der Thomas aus dem Vertrieb heiratet im Juni, und
    wir haben ein Haus gekauft"): from the first clause in the first person on, so the other person's news and
    its date stay out of the memory. A sentence that opens with the speaker, or their relative, is unchanged."""
    s = statement(sentence)
    first = re.split(r"[,;:]|\s+[-–]\s+|\s+(?:and|und|y|but|aber|pero)\s+", s, maxsplit=1)[0]
    first = FILLER.sub("", first)
    # (somebody by name: with the article spoken German puts before a name, "der Thomas", or a name followed by
    # where they are from or by an auxiliary: "Sarah from accounts", "Laura se casa", "Jonas hat ...")
    named = re.match(rf"^(?:(?:der|die|el|la)\s+{_NAME}|{_NAME}\s+(?:from|aus|von|vom|de|del|is|was|has|had|ist|war|hat|hatte|"
                     rf"wird|se))\b", first, re.I)
    anothers = ACQUAINTANCE.match(first) or (named and _looks_like_name(re.sub(r"^\w+\s+", "", named.group(0)) if re.match(
        r"(?:der|die|el|la)\s", named.group(0), re.I) else named.group(0).split()[0], first)
        and not (FIRST_PERSON.search(first) or OWN_KIN.search(first)))
    if not anothers or not classify(first).is_topic:
        return sentence
    for m in _NEWS_BOUNDARY.finditer(s):
        rest = s[m.end():]
        nxt = re.split(r"[,;:]|\s+[-–]\s+", rest, maxsplit=1)[0]
        if speaks_of_self(nxt) and _names_a_topic(rest):
            return _capitalise(rest)
    return sentence


# Wishes to the listener ("congrats on the promotion, Giulia, I saw it on LinkedIn", "herzlichen Glückwunsch zum
# Nachwuchs", "felicidades por la boda", "mein Beileid"): about them, whatever the speaker adds.
TO_THE_LISTENER = re.compile(r"^(?:(?:and|so|also|oh|before we start|first(?: of all)?|und|y|antes que nada|primero)[,]?\s+)*"
                             r"(?:congrat\w*|well done|sorry (?:to hear|for your)|my condolences|happy (?:birthday|anniversary)|"
                             r"(?:herzlichen )?glückwunsch\w*|gratuliere|mein beileid|alles gute|felicidades|felicitaciones|enhorabuena|"
                             r"mis condolencias|mi más sentido pésame|feliz cumple\w*)\b", re.I)
# A relative's feeling with nothing of their own in it ("Mi madre está orgullosísima", "my dad is thrilled", "meine
# Frau ist total stolz"): it goes on about what was said before it, and says nothing on its own.
_FEELING = re.compile(r"\b(?:proud|thrilled|delighted|chuffed|excited|happy|over the moon|stolz|glücklich|froh|begeistert|"
                      r"aus dem häuschen|orgullos\w*|feliz|felices|content[oa]s?|encantad[oa]s?|emocionad[oa]s?|ilusionad[oa]s?)\b", re.I)


_SMALL_WORDS = re.compile(r"\b(?:is|are|was|were|be|been|so|very|really|totally|just|all|ist|sind|war|waren|ganz|total|sehr|"
                          r"mega|voll|echt|está|están|estaba|es|son|muy|re|súper|super|tan|todo|toda|the|la|el|die|der|das)\b", re.I)


def _only_a_feeling(sentence: str) -> bool:
    """The sentence is a relative and how they feel, and nothing else ("my dad is thrilled", "Mi madre está
    orgullosísima"), not "Meine Tochter macht ihr PJ in der Chirurgie, sie ist ganz begeistert"."""
    m = _FEELING.search(sentence)
    if not m:
        return False
    rest = _SMALL_WORDS.sub(" ", OWN_RELATIVE.sub(" ", sentence[:m.start()] + " " + sentence[m.end():]))
    return len(re.findall(r"[^\W\d_]+", rest)) <= 1


# A family occasion said with its article and its day ("La boda es el 27 de junio", "the funeral is in Enugu on the
# 7th", "die Beerdigung ist am Freitag", "el bautizo es el sábado 7 de marzo", "das Baby kommt laut Plan am 9.
# November"): said by someone in the meeting, it is theirs to tell - the ceremony they are part of - even with no
# "my" in the words.
_OCCASION_SAID = re.compile(
    r"^\W*(?:(?:and|also|so|oh|ah|y|pues|bueno|und|übrigens)\W+){0,3}"
    r"(?:the|la|el|die|der|das)\s+(?:wedding|funeral|christening|baptism|memorial|burial|graduation|boda|entierro|"
    r"velorio|bautizo|bautismo|graduación|hochzeit|beerdigung|taufe|trauerfeier|beisetzung|baby|bebé|bebe)\s+"
    r"(?:is|will be|es|será|ist|wird|is due|is coming|arrives|kommt|nace|llega)\b", re.I)


def _family_occasion(sentence: str) -> bool:
    text = statement(sentence)
    return bool(_OCCASION_SAID.match(text)) and _says_when(text)


# A few words that announce the news before a colon ("Und, na ja, du erfährst es eh: ...", "Personal update from me:
# ...", "Bueno, os lo cuento ya: ..."): the news is what follows.
_PREFACE = re.compile(r"^(?P<pre>[^:;.!?]{1,60}):\s+(?=\S)")


def _names_joined(sentences: list[str]) -> list[str]:
    """A note's sentences, a newcomer's name said as its own fragment joined to the news before it ("sie ist Oma
    geworden – Enkelin Frieda, 3.400 g")."""
    out: list[str] = []
    for sentence in sentences:
        if out and NAMED_NEXT.match(sentence):
            out[-1] = f"{out[-1].rstrip()} – {sentence.strip()}"
        else:
            out.append(sentence)
    return out


def _with_name_said_next(found: tuple[str, Any], next_sentence: str | None) -> tuple[str, Any]:
    """A birth, a grandchild or a new animal, with its name when the speaker says it in the next sentence ("My first
    granddaughter arrived on Monday. Isla, seven pounds two"; "adopté una perrita. Se llama Arepa")."""
    if found[1].category not in ("milestone", "family", "pet") or not next_sentence or not NAMED_NEXT.match(next_sentence):
        return found
    return f"{found[0].rstrip()} - {next_sentence.strip()}", found[1]


def _with_day_said_next(found: tuple[str, Any], next_sentence: str | None) -> tuple[str, Any]:
    """News told with no day of its own, dated by the fragment that follows ("We got engaged! Saturday, on the beach",
    "me caso. En abril, el 17.", "der Geburtstermin ist im November. Der 9."): the day joins the news."""
    if not next_sentence:
        return found
    whole = next_sentence.strip()
    # the whole fragment, up to its first full stop ("En abril, el 17. Ya os llegará ..."), or its first part
    day = next((part for part in (whole.strip(" .!?"), whole.split(". ")[0].strip(" .!?"),
                                  re.split(r"[,;:–—]|\s-\s", whole, maxsplit=1)[0].strip(" .!?")) if only_a_day(part)), "")
    if not day or _SAYS_WHAT_DAY.search(day) or _STRETCH_END.match(day) \
            or _date_said(found[0]).phrase and not _A_MONTH_ONLY.search(found[0]):
        return found
    return f"{found[0].rstrip()} - {day}", found[1]


_STRETCH_END = re.compile(r"(?:(?:and|und|y)\s+)?(?:ab|bis|until|till|from|hasta|desde|seit)\b", re.I)  # "Ab dem 20. wieder normal": a stretch's end
_SAYS_WHAT_DAY = re.compile(r"\b(?:is|ist|es|was|war|fue)\b", re.I)  # "Donnerstag ist Gründonnerstag": the calendar's news
_A_MONTH_ONLY = re.compile(rf"\b(?:in|im|en)\s+{_MONTH_WORDS}\s*[.!]?\W*$", re.I)  # "... im November" at the end


# A spoken fragment with no subject of its own ("Knie-OP, Meniskus, nix Wildes.", "Walking the Camino, the last
# hundred k from Sarria.", "Ein Bub, Maximilian, vier Kilo."): it opens with no pronoun or name that could be its subject.
_FRAGMENT_SUBJECT = re.compile(r"^\W*(?:she|he|they|it|you|that|this|there|er|sie|es|du|das|dies|ella|él|ellos|ellas|usted|"
                               r"eso|esto|ese|esa|we|i|ich|wir|yo|nosotros|my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis)\b", re.I)
# ... and a Spanish piece that opens with its object pronoun and verb ("La operaron el jueves", "Se casa en agosto")
_PRONOUN_OBJECT_ES = re.compile(r"^(?:la|lo|le|les|los|las|se)\s+(?-i:[a-záéíóúñ]+)", re.I)


def _own_fragment_next(sentence: str, fragment: str) -> bool:
    """Whether ``fragment``, said next in the same turn, goes on with what the speaker just said of themselves
    ("ab dem 24. bin ich zwei Wochen raus. Knie-OP, Meniskus, nix Wildes."; "I'm gone from Easter Monday. Walking the
    Camino."): a short piece with no subject of its own that names a topic, after a first-person statement that
    names none. The two are one disclosure, its day and its topic together."""
    # (after a relative is named, or when the piece opens with a verb, the dropped subject is the relative's: see
    # about_relative - "Mi hermano vive en Oslo. Se casa en agosto.")
    return (speaks_of_self(sentence, spoken=True) and not _is_question(sentence) and not _names_a_topic(sentence)
            and not (OWN_RELATIVE.search(sentence) and (_SUBJECTLESS_ES_DE.match(fragment.strip())
                                                          or _PRONOUN_OBJECT_ES.match(fragment.strip())))
            and len(fragment.split()) <= 12 and not _is_question(fragment) and not _FRAGMENT_SUBJECT.match(fragment)
            and not speaks_of_self(fragment, spoken=True) and classify(fragment).is_topic)


def disclosure(sentence: str) -> tuple[str, Any] | None:
    """``(rewritten text, classification)`` when a first-person sentence shares a personal detail."""
    found = _disclosure(sentence)
    preface = None if found else _PREFACE.match(sentence)
    if preface and not classify(preface["pre"]).is_topic:
        return _disclosure(sentence[preface.end():])  # "du erfährst es eh: Jörg und ich haben uns getrennt": the news
    return found


# An errand the speaker takes on, said in one clause ("I'll send his wife a card from the team", "I'll have my grandson
# email it to you", "I'll chase the racking supplier"): work to do, not news of their life
_ERRAND = re.compile(r"^\W*(?:i['’]ll|i will|we['’]ll|we will)\s+(?:also\s+|just\s+)?(?:send|ask|chase|e-?mail|forward|check|"
                     r"call|ring|text|look into|sort out|follow up|have (?:my|our) \w+ (?:e-?mail|send|call|ring|drop|bring))\b"
                     r"[^,;:–—]*$|^\W*we['’]ll (?:also |still )?need\b[^,;:–—]*$", re.I)  # "We'll need volunteers on the dock"


# News the speaker heard of somebody else ("I heard your old boss, Mr Lim, retired to Penang", "Ich hab gehört, der
# Thomas zieht nach Kiel", "Escuché que la Vero se casa"): not the speaker's, unless it is their own people's ("I
# heard my cousin got engaged")
HEARD_OF_ANOTHER = re.compile(r"^\W*(?:(?:and|so|oh|also|btw|und|y|pues)\s*,?\s+)*(?:i(?:['’]ve)? (?:heard|hear)|"
                              r"ich (?:hab|habe) (?:gehört|mitbekommen)|(?:me enteré|escuché|oí|supe)(?: de)?(?= que)|"
                              # told by somebody unnamed: "me han dicho que el nuevo director se casa", "I was told ..."
                              r"(?:me|nos) (?:han|ha) (?:dicho|contado)(?= que)|me (?:dijeron|contaron)(?= que)|"
                              r"i(?:['’]ve| have)? been told|i was told|i['’]m told|mir wurde (?:gesagt|erzählt)|"
                              r"man hat mir (?:gesagt|erzählt))"
                              r",?\s+(?>(?:that\s+|dass\s+|que\s+)?)(?!(?:my|our|mein\w*|unser\w*|mi|mis|nuestr\w*)\b|"
                              r"(?:about|of|back|von|de)\b)", re.I)


# The speaker's own plan told as one that did not happen, said first ("Sorry, one more thing, we were going to Rome on the
# 5th", "We were meant to be going to Tenerife at Easter but the flights got cancelled", "Wir wollten eigentlich an die
# Ostsee", "Íbamos a ir a Roma"): nothing that will be, and what happened instead is its own sentence. Somebody else's
# ("Jörg wollte eigentlich ein Fest machen") is not the speaker's plan.
_PLAN_THAT_WAS_NOT = re.compile(
    r"^\W*(?:[\w'’]+,?\s+){0,5}?(?:(?:we|i)\s+(?:were|was)\s+(?:\w+ly\s+)?(?:meant|supposed|going)\s+to|"
    r"(?:wir|ich)\s+(?:wollten|wollte|sollten|sollte)\s+(?:\w+\s+)?eigentlich|(?:yo\s+|nosotros\s+)?(?:iba|íbamos)\s+a\s+"
    r"\w+(?:ar|er|ir)|(?:yo\s+)?(?:tenía|teníamos)\s+pensado)\b", re.I)


def _disclosure(sentence: str) -> tuple[str, Any] | None:
    sentence = without_question_tail(sentence)
    occasion = _family_occasion(sentence)
    if not speaks_of_self(sentence, spoken=True) and not occasion:
        return None
    if not occasion and _about_someone_named(statement(sentence)):
        return None  # "Dani has diabetes, so we need to plan the menu": Dani's news (if Dani is theirs, see about_named)
    if _PLAN_THAT_WAS_NOT.match(statement(sentence)):
        # "We were going to Rome on the 5th", "wir wollten eigentlich an die Ostsee": a plan that did not happen; why
        # it did not is news of its own ("... but my dad got sick")
        instead = re.search(r"\b(?:but|aber|doch|pero|sino que)\s+", sentence, re.I)
        if not instead:
            return None
        sentence = _capitalise(sentence[instead.end():])
    if _ERRAND.match(statement(sentence)):
        return None  # "I'll send his wife a card from the team", "I'll ask at the parents' night": a task, no news
    if HEARD_OF_ANOTHER.match(FILLER.sub("", statement(sentence))):
        return None  # "I heard Mr Lim retired to Penang": news the speaker heard of someone else
    opinion = OPINION.match(statement(sentence))
    if opinion and not speaks_of_self(statement(sentence)[opinion.end():]):
        return None  # "I think the X-ray was charged twice": the speaker's view of something else
    if HYPOTHETICAL_START.match(statement(sentence)):
        # "If your gala is on a match day, I'm not coming, I'm a lifelong Arsenal fan": the condition and what
        # hangs on it are hypothetical, a statement after them is not
        rest = ", ".join(re.split(r",\s*", re.sub(_LEAD_IN, "", statement(sentence), flags=re.I))[2:]).strip()
        if not rest or HYPOTHETICAL.search(rest) or not speaks_of_self(rest) or not _names_a_topic(rest):
            return None
        sentence = rest
    sentence = own_news_after_anothers(sentence)
    whole = statement(sentence)
    sentence = main_clause(sentence)
    cls = classify(sentence)
    if not cls.is_topic or _of_the_moment(whole, cls):
        return None
    if cls.sensitivity != SENSITIVE and not occasion and not speaks_of_self(FRIEND.sub("someone", sentence), spoken=True):
        return None  # "Mi amiga Carla se casa en junio": the friend's news
    if RELATIVE_SAYS.search(sentence) and not _names_a_topic(sentence):
        return None  # "My wife thinks the sprint is too long": her view of the work, nothing of a life
    if not _names_a_topic(sentence) and _only_a_feeling(sentence):
        return None  # "Mi madre está orgullosísima": a feeling about what came before
    if TO_THE_LISTENER.match(statement(whole)):
        return None  # "Congrats on the promotion, Giulia, I saw it on LinkedIn"
    if _skip_reason(sentence, cls.sensitivity == SENSITIVE):
        return None
    if OFFER.match(statement(sentence)) and not re.search(r"\b(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w+)\b", sentence, re.I):
        return None  # "For the fair I can do the music stall again": a job the speaker takes on
    # (a laugh after a life event or a dated fact is no joke of it: "mi padre se acaba de jubilar y ... para opinar,
    # jaja", "Volví el domingo de Mar del Plata, así que ya estoy recargado, ja")
    joke = JOKE.search(statement(sentence))
    if joke and cls.sensitivity != SENSITIVE and not (_LAUGH_ONLY.fullmatch(joke.group(0)) and (
            cls.category == "milestone" or _names_a_day(statement(sentence)))):
        return None  # "Kids are basically my board of directors, ha", "Yo odio correr, jaja"
    if ADVICE.search(sentence) and cls.sensitivity != SENSITIVE:
        return None  # "My husband says I should take up golf": a suggestion, not what they do
    if _reported(sentence) and not re.search(r"\bmy \w+ (?:said|says|told|mentioned)\b", sentence, re.I):
        return None
    if GOSSIP.search(sentence):
        return None  # "my neighbour told me she's getting divorced" is about the neighbour
    if re.match(r"^(?:\w+\s+)?(?:me|nos)\s+(?:contó|dijo|comentó|ha contado|ha dicho|han dicho)\s+(?-i:[A-ZÁÉÍÓÚ])\w+",
                FILLER.sub("", sentence.strip()), re.I):
        return None  # "Me contó Paula que se casa": Paula's news, told to the speaker
    told = TOLD_BY.match(FILLER.sub("", sentence.strip()))
    if told and told["who"].lower() not in _OWN_NAMES:
        return None  # "Mark at one of the other funds told me his wife is expecting twins" is about Mark
    return to_third_person(sentence), cls


# --- one proposal per fact -----------------------------------------------------------------------
# Two facts told in one breath ("my daughter starts school on Monday and we're getting a puppy", "ich habe
# zwei Kinder und spiele Handball", "tengo dos hijos y juego al pádel") are two memories: each has its own
# date, its own category and its own follow-up. The sentence is cut where "and"/"und"/"y"
# is followed by a new first-person subject ("we're", "my wife", "ich", "wir", "mi hermano", a Spanish
# first-person verb) or, after an "I"/"ich" sentence, by a verb of the same subject ("... and play the
# cello", "... und spiele Handball"). The cut stands only when each side is a disclosure on its own that
# names a topic of its own (or a relative with a number or a name: "two kids", "my son Dani"), so "and
# she loves it", "and it was great" or "and we're thrilled" never make a second fact. In a sensitive sentence
# (and after ", so") a second fact needs a day of its own, and keeps the whole sentence's sensitivity.
_NEW_SUBJECT = (r"(?:(?:also|now|then|just|recently|finally|auch|jetzt|dann|también|ahora|además)\s+)?"
                r"(?:i|i['’]m|i['’]ve|i['’]ll|we|we['’]re|we['’]ve|we['’]ll|my\s+\w+|our\s+\w+|ich|wir|mein(?:e[mnrs]?)?\s+\w+|"
                r"unser(?:e[mnrs]?)?\s+\w+|yo|nosotr[oa]s|mis?\s+\w+|nuestr\w+\s+\w+)\b")
# (a bare comma is no cut: after one, the clause mostly explains the one before - "I'm flying to Istanbul,
# my cousin is getting married" - or names it again - "a baby, our son Elias")
FACT_JOIN = re.compile(r",?\s+(?:and|und|y|plus|because|porque|weil|denn)\s+(?=\S)|,\s*(?:so|así que|deshalb|daher)\s+(?=\S)", re.I)
_SUBJECT_I = re.compile(r"^(?:i|ich)\b(?![’'])", re.I)
# after "ich ... und": a verb of the same "ich" ("spiele", "bin", "habe"), not an article or a pronoun
_GERMAN_DETERMINERS = {"die", "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "diese", "jede", "alle", "viele",
                       "einige", "beide", "manche", "welche", "solche", "andere", "dieselbe", "habe"}
_COUNT_OR_NAME = re.compile(r"\d|\b(?:two|three|four|five|six|zwei|drei|vier|fünf|sechs|dos|tres|cuatro|cinco|seis|twins|"
                            r"zwillinge|gemel[oa]s|melliz[oa]s)\b", re.I)


# German and Spanish often say the time (or an "also") first: "... und nächste Woche fliegen wir nach Teneriffa",
# "... y el domingo nos vamos a la sierra", "... und außerdem ist unsere Katze gestorben". Past that, German puts
# its verb before the subject ("fliegen wir", "ist unsere Katze") and Spanish says "we" in the verb ("nos vamos").
_SAID_FIRST = re.compile(r"^(?:außerdem|zudem|dann|danach|auch|also|además|encima|también|luego|después|aparte|besides|"
                         r"also|then)\s+", re.I)
_VERB_THEN_SUBJECT = re.compile(r"^(?-i:[a-zäöüß])\w+\s+(?:ich|wir|mein(?:e[mnrs]?)?\s+\w+|unser(?:e[mnrs]?)?\s+\w+)\b"
                                # (English too, with "is": "... and then Saturday is my kid's first soccer game")
                                r"|^(?:is|are|was|will be)\s+(?:my|our)\s+\w+"
                                r"|^(?:nos|me)\s+[a-záéíóúñ]{1,}(?:amos|imos|emos|o|é)\b", re.I)


def _after_time_said_first(right: str) -> str | None:
    """``right`` past a time phrase or an adverb said first ("el domingo nos vamos" -> "nos vamos"), or None
    when it opens with neither."""
    rest = _SAID_FIRST.sub("", right, count=1)
    phrase = _date_said(rest).phrase
    if phrase and rest.lower().startswith(phrase.lower()):
        rest = rest[len(phrase):].lstrip(" ,")
    return rest if rest != right else None


def _opens_new_subject(right: str) -> bool:
    """Whether the clause ``right`` opens with a subject of its own: "we're ...", "my wife ...", "ich ...", "mi
    hermano ...", a Spanish first-person verb, or - after a time said first - "fliegen wir", "nos vamos"."""
    if re.match(_NEW_SUBJECT, right, re.I) or (FIRST_PERSON.match(right) and not re.match(r"(?:me|nos|mi|us)\b", right, re.I)):
        return True
    rest = _after_time_said_first(right)
    return bool(rest) and bool(re.match(_NEW_SUBJECT, rest, re.I) or _VERB_THEN_SUBJECT.match(rest))


def _continues_subject(left: str, right: str) -> str | None:
    """``right`` with the "I"/"ich" of ``left`` put back, when it opens with that subject's verb
    ("I run half marathons and play the cello" -> "I play the cello"); else None."""
    if not _SUBJECT_I.match(left):
        return None
    word = right.split()[0] if right.split() else ""
    if left[:1].lower() == "i" and left.split()[0].lower() == "i":
        verb = word.lower()
        if verb in COMMON_VERBS or verb in _PAST_FORMS or (verb.endswith("ed") and len(verb) > 4):
            return f"I {right}"
        return None
    if re.fullmatch(r"(?-i:[a-zäöüß])+e|bin", word) and word not in _GERMAN_DETERMINERS:
        return f"ich {right}"
    return None


# Leave from work, said in any of the languages ("paternity leave", "Elternzeit", "Karenz", "baja", "freigenommen")
_AWAY_FROM_WORK = re.compile(r"\bleave\b|\boff\b|elternzeit|karenz|urlaub|mutterschutz|excedencia|frei(?:genommen|nehmen)|baja|permiso|licencia|"
                             r"vacaciones|sabbatical|auszeit", re.I)


def _fact_of_its_own(part: str) -> bool:
    """A clause that says something on its own: a topic besides a relative, or a relative with a count
    or a name ("two kids", "my son Dani")."""
    cls = classify(part)
    if cls.category == "work" and cls.sensitivity != SENSITIVE and (_AWAY_FROM_WORK.search(part) or _WORK_MOOD.search(part)):
        return False  # "I'm on paternity leave from the 29th": the work side of the news, not a fact of its own
    return _names_a_topic(part) or (cls.is_topic and bool(_COUNT_OR_NAME.search(part) or OWN_NAMED.search(part)))


def fact_disclosure(read: str, words: str) -> tuple[str, Any] | None:
    """``(text, classification)`` of one fact cut out of a longer sentence, or None when it says nothing
    on its own. A short one ("Tengo dos hijas") is fine here: the sentence it came from was long enough.
    When its subject had to be put back ("ich spiele Handball") and no rewrite is certain, the text is
    the speaker's own words, quoted."""
    if not _fact_of_its_own(read):
        return None
    found = disclosure(read)
    if found is None and len(read.split()) == 3 and speaks_of_self(read) and not _is_question(read):
        found = (f'"{words}"', classify(read))
    if found and found[0].startswith('"') and read != words:
        found = (f'"{words}"', found[1])
    return found


# Words that point back to the fact before: "... and I want to dance with her", "... and I'm excited about it",
# "... und wir freuen uns darauf", "... y ya lo tenemos"
_POINTS_BACK = re.compile(r"\b(?:it|its|them|there|that one|then|es|ihn|ihm|dort|dann|da(?:r|)(?:auf|über|bei|zu|für|nach|mit)|"
                          r"allí|allá|ahí|eso|ello)\b|^(?:\w+\s+)?(?:lo|la|le|los|las|les)\s+\w+(?:o|as|a|amos|emos|imos|é|ó)\b",
                          re.I)
_HIM_HER = re.compile(r"\b(?:her|him|sie|ihr|ella|él)\b", re.I)
# "my wife and I are going", "mi mujer y yo vamos": one subject, not two facts
_COMPOUND_SUBJECT = re.compile(r"(?:\b(?:my|our|his|her|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w+|tu|your)\s+\w+|(?-i:\b[A-ZÀ-Þ][a-zà-ÿ]+))$", re.I)


# "... and then Saturday is my kid's first game": "then" tells what comes next, pointing back to nothing
_THEN = re.compile(r"^then\s+", re.I)


def _goes_on(before: str, after: str) -> bool:
    """``after`` continues the matter of ``before`` rather than telling a new fact: it points back to
    it ("... and I'm excited about it"), names the same kind of thing ("we closed on a flat and we get
    the keys in autumn": both a home; a liking and a pastime are one kind), or "and I" joins a subject ("my wife and I are going")."""
    if _COMPOUND_SUBJECT.search(before.strip()) and re.match(
            r"(?:(?:i|me)\s+(?:\w+\s+)?(?:are|were|both|have both)|ich\s+(?-i:[a-zäöü]+en)|yo\s+\w+mos)\b", after, re.I):
        return True
    trip = classify(after).category == "travel" and _says_when(after)  # "... and I fly out on the 12th to be with him"
    if not trip and (_POINTS_BACK.search(_THEN.sub("", after)) or (_HIM_HER.search(after) and not OWN_RELATIVE.search(after))):
        return True
    kinds = {classify(before).category, classify(after).category}
    other = OWN_RELATIVE.match(after.strip()) or OWN_RELATIVE.match(_after_time_said_first(after.strip()) or "")
    if other and other["rel"].lower() not in before.lower():
        return False  # the same kind of news about another relative: "me caso en octubre, y mi hermana tuvo un bebé"
    return len(kinds) == 1 or kinds == {"hobby", "preference"}  # "an Arsenal fan and I have a season ticket"


def separate_facts(sentence: str) -> list[tuple[str, str]]:
    """The independent facts of a sentence as ``(what to read, the speaker's words)`` pairs ("I run and
    play the cello" -> ("I run", "I run"), ("I play the cello", "play the cello")); the one pair
    ``(sentence, sentence)`` when it tells one fact. See the rule above."""
    s = statement(sentence).strip().rstrip(" .!…")
    # In a sensitive sentence, and after "so", what follows is mostly the same hard time or its consequence
    # ("so we're all learning to count carbs", "so I prefer captions"): it stands alone only as a plan with a
    # day of its own ("... so I fly to Turkey on Saturday", "... and I'm meant to be in Aviemore on the 5th").
    heavy = classify(s).sensitivity == SENSITIVE
    spans: list[list[Any]] = [[0, len(s), ""]]  # start, end, the subject put back
    for m in FACT_JOIN.finditer(s):
        right = s[m.end():]
        # (a consequence goes on to the sentence's end: "..., so he's commuting and I'm doing the packing")
        if (heavy or re.search(r",\s*(?:so|así que|deshalb|daher)\b", s[:m.end()], re.I)) and not _says_when(
                FACT_JOIN.split(right)[0]):
            continue
        if _opens_new_subject(right):
            prefix = ""
        else:
            again = _continues_subject(s[:m.start()].strip(), right.strip())
            if again is None:
                continue
            prefix = again[:len(again) - len(right.strip())]
        spans[-1][1] = m.start()
        spans.append([m.end(), len(s), prefix])
    pieces: list[list[Any]] = []
    for span in spans:
        read = span[2] + s[span[0]:span[1]].strip()
        before = s[pieces[-1][0]:pieces[-1][1]] if pieces else ""
        if pieces and (not fact_disclosure(read, read) or _goes_on(before, read)):
            pieces[-1][1] = span[1]  # says nothing on its own: it goes on about the fact before it
        else:
            pieces.append(span)
    if len(pieces) > 1 and not fact_disclosure(s[:pieces[0][1]], s[:pieces[0][1]]):
        pieces[1][0], pieces[1][2] = 0, ""
        pieces.pop(0)
    if len(pieces) < 2:
        return [(sentence, sentence)]
    words = [_THEN.sub("", s[p[0]:p[1]].strip()) for p in pieces]
    return [(p[2] + w, w) for p, w in zip(pieces, words, strict=True)]


_REPORTING = (r"mentioned|said|says|told (?:me|us|the team|everyone)|tells (?:me|us)|shared|explained|talked about how|let slip|"
              r"berichtet|berichtete|refiere|refirió|"
              r"reports|noted|announced|added|confirmed|"
              r"reported|hat (?:wieder |mir |uns )?erzählt|erzählt|erzählte|sagt|sagte|comentó|comenta|dijo|dice|contó|cuenta|"
              r"comparte|compartió")
# A Spanish or German note's sentence with no subject, opening with a verb in the third person ("Ha
# empezado a nadar", "Duerme mal", "Hat wieder mit dem Laufen angefangen"): the person the note is about.
_SUBJECTLESS_ES_DE = re.compile(
    # (after a time said first: "En julio se van al pueblo", "Ab März will er ...", "Seit Mai spielt ...")
    r"^(?:(?:en|el|la|este|esta|desde|ab|im|am|seit|diese[ns]?|nächste[ns]?|ende|anfang|mitte)\s+[\wäöüßáéíóú.]+\s+"
    r"(?:(?-i:[A-ZÄÖÜ])[a-zäöüß]+\s+)?)?"  # ("Am 3. Oktober wird er 80")
    r"(?:ha|han|está|están|estuvo|tiene|tuvo|duerme|sigue|vuelve|volvió|empieza|empezó|comenta|comentó|refiere|"
    r"cuenta|contó|dice|dijo|trabaja|vive|viaja|juega|corre|nada|cuida|espera|hat|ist|war|schläft|geht|ging|wird|"
    r"arbeitet|macht|spielt|läuft|fährt|erzählt|erzählte|berichtet|pflegt|wohnt|zieht|heiratet|bekommt|erwartet|"
    # more verbs a note opens with: "Will ab März wieder kegeln", "Fliegt im Mai nach Lima", "Quiere correr la maratón",
    # and every Spanish "se" verb ("Se ha apuntado a un coro", "Se mudó a Córdoba", "Se casa en junio")
    r"will|möchte|plant|hofft|freut|fängt|beginnt|hört|verbringt|besucht|fliegt|feiert|trainiert|liebt|mag|hasst|sucht|"
    r"kauft|baut|renoviert|quiere|planea|piensa|va|sale|entrena|ama|odia|busca|compró|viene|vino|se\s+\w+|"
    r"pasa|pasó|celebra|celebró|festeja|festejó|cumple|cumplió|termina|terminó|visita|visitó|"
    # and the plural of a couple or a family ("Volvieron de Japón el lunes", "Sind jetzt in Graz", "Fliegen im Mai nach Lima")
    r"volvieron|regresaron|llegaron|viajaron|vinieron|estuvieron|vuelven|tienen|sind|waren|fliegen|flogen|fahren|fuhren|ziehen|"
    r"zogen|kommen|kamen|"
    # what someone does or takes: "Trinkt keinen Kaffee, nur grünen Tee", "No come cerdo", "Strickt gern"
    r"trinkt|isst|raucht|kocht|singt|tanzt|strickt|malt|reitet|segelt|wandert|angelt|lebt|wohnt|bebe|come|toma|fuma|"
    r"canta|baila|pinta|cocina|teje|pesca|monta|"
    # and what someone keeps up as a pastime or a course: "Sammelt alte Schallplatten", "Toca el violín en una
    # orquesta", "Hace cerámica los jueves" (not the weather or a time ago: "Hace frío", "Hace dos semanas")
    r"sammelt|bastelt|näht|töpfert|klettert|bouldert|joggt|radelt|schwimmt|gärtnert|imkert|studiert(?!\s+(?:die|das|den|gerade)\b)|lernt|übt|"
    r"colecciona|toca|estudia(?!\s+(?:el|la|los|las|si)\b)|aprende|practica|escala|camina|escribe|cultiva|cose|borda|"
    r"hace(?!\s+(?:frío|calor|sol|viento|buen|mal|falta|tiempo|rato|poco|mucho|nada|años|meses|días|semanas|horas|"
    r"un[oa]?s?|dos|tres|cuatro|cinco|\d)\b))\b", re.I)
_OBSERVED = re.compile(r"^(?:o|objective|obs\.?|interv\.?|a|assessment|imp|impression|dx|diagnosis|p|plan|exam|examination|on exam|mse|befund|untersuchung|exploraci[óo]n)\s*:", re.I)
# (a line may open with an adverb: "Still does the crossword every morning", "Now works nights at the depot")
_SUBJECTLESS = re.compile(r"^(?:(?:still|now|also|finally|recently|currently|usually|often|regularly)\s+(?-i:[a-z])[a-z]+"
                         r"(?:ed|s)\b(?<!\bis)(?<!\bwas)(?<!\bhas)|(?-i:[A-Z])[a-z]+(?:ed|s)\b)|^(?-i:[A-Z])[a-z]{2,}ing\b(?! (?:notes?|minutes|room|agenda)\b)|^(?!(?:no|some|any|every)thing|morning|evening|during|spring|string|ceiling|wedding|building|meeting|booking|briefing|funding|pricing|onboarding|offboarding|hiring|billing|thing|king|ring|bring|sing|wing|pending|outstanding|following|remaining|upcoming|ongoing|missing|existing|training|testing|reporting|planning|marketing|accounting|shipping|staffing|parking|nothing)(?-i:[a-z])[a-z]+ing (?:a|an|the|her|his|their|some|lots|more|well|great|fine|better|\w+ing)\b|^(?:protective|presenting|hx|dx|s|reports?)\b|"
                         r"^(?-i:(?:[A-Z]\.){1,3})\s|"  # or a client's initials: "A.D. reports ..."
                         r"^(?:just |finally )?(?:off to|back from|heading to|flying to|moving to)\s|"
                         # a person described: "Keen baker, brought in a sourdough loaf", "Big Celtic fan"
                         r"^(?:a |an )?(?:keen|avid|big|huge|passionate|enthusiastic|lifelong|die-?hard|obsessive|serious)\s+"
                         r"(?:\w+\s+){0,2}?(?:fan|baker|cook|runner|cyclist|gardener|reader|golfer|climber|swimmer|walker|hiker|"
                         r"skier|sailor|angler|birder|birdwatcher|photographer|knitter|musician|singer|dancer|traveller|traveler|"
                         r"supporter|collector|chess player|footballer)\b|"
                         r"^(?:is|was|will be)\s+(?-i:[a-z])(?!\w*\s+(?:due|done|ready|blocked|live|open|closed|scheduled|"
                         r"planned|postponed|cancelled|canceled|moved)\b)", re.I)  # "Is back from Madeira"; not "Is due Friday"  # "off to Lanzarote on the 9th"
# Telegraphic notes open with the relative: "Father dx'd pancreatic ca", "Wife expecting in May",
# "Tochter macht Abitur", "La hermana se casa en mayo": the relative of the person the note is about.
_RELATIVE_FIRST = re.compile(
    # (a relative by name, the relation in brackets: "Orla (daughter) graduating from Queens")
    r"^(?-i:[A-ZÀ-Þ])[\w'’-]+\s+\((?:his|her|their|seine?|ihre?|su)?\s*(?:daughter|son|wife|husband|partner|mother|father|mum|mom|"
    r"dad|brother|sister|grand\w+|tochter|sohn|frau|mann|mutter|vater|bruder|schwester|enkel\w*|hij[oa]|espos[oa]|madre|padre|"
    r"herman[oa]|niet[oa])\)|"
    r"^(?:(?:the|la|el|los|las|die|der)\s+)?(?:mother|father|mum|mom|dad|wife|husband|son|daughter|brother|sister|kids|children|grand(?:mother|father|ma|pa)|"
    r"grand(?:son|daughter|kids|children)|niece|nephew|fianc[ée]e?|girlfriend|boyfriend|baby|"
    r"mutter|vater|frau|mann|sohn|tochter|bruder|schwester|kinder|ehemann|ehefrau|enkel(?:in|kind|sohn|tochter)?|oma|opa|"
    r"freund(?:in)?|partner(?:in)?|verlobte[rn]?|nichte|neffe|schwieger(?:mutter|vater|sohn|tochter|eltern)|"
    r"madre|padre|esposa|esposo|marido|hij[oa]s?|herman[oa]|niet[oa]|abuel[oa]|novi[oa]|pareja|sobrin[oa]|suegr[oa])"
    r"(?:['’]s)?\b|"
    # the speaker's own body or pet, the "my" dropped: "Knee's finally cooperating", "Dog's got a bad hip"
    rf"^(?:{'|'.join(OWN_BODY_AND_PETS)})(?:['’]s|\s+is)\b", re.I)


def _short_name_in(text: str, names: Sequence[str], variants: dict[str, set[str]] | None = None) -> str | None:
    """The one name of ``names`` that a capitalised word of ``text`` is a nickname or short form of (or whose
    surname it writes with a title or a possessive: "Mr Okafor", "Okafor's")."""
    from .names import same_first_name, surnames_in

    found = {n for word in re.findall(r"(?<![\w@])[A-ZÀ-Þ][\w-]+", text)
             for n in names if same_first_name(re.sub(r"['’]s$", "", word), n, variants)} | surnames_in(text, names)
    return next(iter(found)) if len(found) == 1 else None


def _clinical(text: str, cls: Any) -> bool:
    """A telegraphic health line with no subject at all ("Schulter li., OP am 15. April"): in a
    1:1's notes it is the other person's (capture gives it to the only other attendee)."""
    return cls.category in ("health", "loss") and not re.search(
        r"\b(?:i|we|you|he|she|they|it|ich|wir|du|er|sie|es|yo|él|ella|nosotros)\b", text, re.I) and not re.match(
        r"^(?:a|p|plan|assessment|impression|action|actions|next|todo|to do|procedere|plan de acción)\s*:", text, re.I)
    # (the clinician's assessment and plan are theirs, not something the person shared)


# The writer's plan, next steps and treatment ("Plan: ...", "Next: update family by phone", "Therapie: manuelle
# Therapie"): what they will do, not what was shared.
PLAN_LABEL = re.compile(
    r"^(?:topic|thema|tema|agenda|issue|anliegen|asunto|motivo|plan(?: \w+)?|next|next steps?|next visit|next time|next appointment|action|actions|action items?|todo|to do|tasks?|"
    r"therapy|treatment|tx|rx|interventions?|intervenciones|interventionen|focus|fokus|foco|follow-?up|f/u|therapie|"
    r"behandlung|procedere|maßnahmen?|nächste[rs]? "
    r"(?:termin|schritte?|besuch)|aufgaben?|tratamiento|terapia|plan de acción|próxim[oa]s? (?:pasos?|cita|visita)|tareas?)"
    r"\s*(?::|-|–)\s", re.I)
# A line naming the meeting itself: "Family meeting 10/09 14:00 - son Daniel Cohen, daughter Miriam Cohen",
# "Elterngespräch Stefanie Wagner (Mama von Mia)": who came, not something shared.
MEETING_TITLE = re.compile(
    r"^(?:[\w/:.'’-]+\s+){0,3}?(?:meeting|call|visit|session|consult\w*|interview|check-?in|1:1|one-to-one|handover|"
    r"catch-?up|\w*gespräch|termin|besprechung|sitzung|besuch|reuni[óo]n|llamada|visita|sesi[óo]n|entrevista|cita)\b", re.I)


def _not_shared(line: str, names: Sequence[str] = ()) -> bool:
    """A note's line that is the writer's own: a plan or next step, a task (one that names none of
    ``names``: "Hanne will ab Juni wieder Tennis spielen" is hers), or the meeting's title with the
    people's roles in it."""
    from .markers import is_task

    action = ACTION_ITEM.match(line)
    if action and (names_in(action["who"], names) or _short_name_in(action["who"], names)):
        return True  # "Amira to draft the volunteer slides": an action item of an attendee's
    if PLAN_LABEL.match(line) or (is_task(line) and not re.search(rf"\b(?:{_REPORTING})\b", line, re.I)
                                  and not names_in(line, names) and not _short_name_in(line, names)):
        return True
    return bool(MEETING_TITLE.match(line)) and (not _names_a_topic(line) or not _VERB.search(line))


def _gossip(s: str, names: Sequence[str]) -> bool:
    """A note's line of someone else's news the writer marks as not theirs to pass on ("He thinks Sister Jane is about
    to retire - not mine to pass on", "The Deputy Sec is retiring - not ours to share"): told as hearsay, or about
    someone the line opens with who is not at the meeting. "Tom is retiring - not ours to share yet" stays Tom's."""
    return gossip(s, _opens_with_attendee(s, names))


def _opens_with_attendee(text: str, names: Sequence[str], variants: dict[str, set[str]] | None = None) -> bool:
    """Whether ``text`` opens with an attendee's name, full or short ("Anna Berg mentioned ...", "Tom is retiring")."""
    words = text.split()
    return bool(_short_name_in(" ".join(words[:1]), names, variants) or names_in(" ".join(words[:2]), names, possessive=False))


# A meeting's action item: a name, "to" and a verb ("Amira to draft the volunteer slides", "Tom & Jo to book the
# venue"): who does what after the meeting, not a detail of their life.
ACTION_ITEM = re.compile(r"^(?P<who>(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+))?(?:\s*(?:&|and|\+|/)\s*"
                         r"(?-i:[A-ZÀ-Þ][\w'’-]+))?)\s+to\s+(?!be\b)(?-i:[a-z]+)\b")


# A word that makes a line a sentence rather than a title ("Volunteer meeting with Ngaio Parata").
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|got|gets|goes|went|said|says|told|mentioned|shared|"
                   r"ist|sind|war|hat|haben|wird|erzählt\w*|es|son|está|están|tiene|ha|han|fue|contó|dijo)\b|\b\w{3,}ed\b", re.I)


# "On a lighter note he has finally booked the Iceland trip": the opener is not the subject.
NOTE_OPENER = re.compile(
    r"^(?:on a (?:lighter|brighter|happier|sadder|personal|separate|different) note|in other news|apart from that|"
    r"otherwise|besides|separately|meanwhile|personally|outside (?:of )?work|on the personal side|privately|"
    r"außerdem|privat|sonst|ansonsten|por lo dem[áa]s|en lo personal|aparte)\s*[,:]?\s+", re.I)


# The writer (or the reader) in a note's sentence: "I", "we", "you" and their German and Spanish forms.
_WRITER_WORD = re.compile(r"\b(?:i|i['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|us|our|you|you['’](?:re|ve|d|ll)|your|"
                          r"ich|mir|mich|mein(?:e[mnrs]?)?|wir|uns|unser(?:e[mnrs]?)?|du|dir|dich|yo|mi|mis|nos|nosotr[oa]s|nuestr\w+|tú|te)\b", re.I)
# Where an aside may start: a comma, a semicolon, a dash or an arrow, an opening bracket, and a joining word.
_ASIDE_START = re.compile(r"(?:,|;|\s[-–—]+>?|\s->|\s\()\s*(?:(?:though|although|but|and|so|which|aber|und|doch|"
                          r"pero|y|aunque)\s+)?")


def without_writers_aside(s: str) -> str:
    """A note's sentence about someone without the writer's own remark after it: "She's off to Galway for a
    rest, though why you'd need a rest after a cruise I will never know!" -> "She's off to Galway for a rest";
    "está aprendiendo ukulele, me mandó un video"; "hat ein Haus gekauft - wir schicken Blumen". The remark is
    the writer's (it says "I", "we" or "you"), and would make the whole sentence read as theirs, a question or a
    hypothetical. Only cut where what comes before says nothing of the writer and names a topic in three words
    or more; else the sentence stays whole."""
    if not _WRITER_WORD.search(s):
        return s
    for m in _ASIDE_START.finditer(s):
        if NAMED_NEXT.match(s[m.start():]):
            continue  # "ist Papa — Tochter Lene, ...": the child's name is the news's, not the writer's remark
        head = s[:m.start()].strip()
        if _WRITER_WORD.search(head):
            return s
        if _WRITER_WORD.search(s[m.end():]) and len(head.split()) >= 3 and classify(head).is_topic:
            return head
    return s


# The client's own words a note quotes ('Comenta que cumple 35, "no quiero festejo"'): their first person, not the writer's
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»')


# Somebody by name and what they told ("Anna mentioned (that) her son ...", "Lena erzählt, Paul ...")
_TOLD_BY_NAME = re.compile(rf"^[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)?\s+(?:{_REPORTING})(?:,? (?:that|que|dass))?,?\s+(?P<rest>.+)$")


# Somebody a line names by where they belong ("Huw from finance", "Schmitz aus der Spätschicht", "der Kurt vom
# Nachbarverein", "Mairead from the Tuesday crew", "Beto, el de la vinería de al lado"): an acquaintance of whoever
# tells it, whose news is theirs, not the teller's ("her cousin from Leeds" is kin and opens with no name).
_BY_AFFILIATION = re.compile(
    r"^(?:(?:der|die|el|la)\s+)?(?P<name>(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)(?:\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+))?),?\s+"
    r"(?:from (?:the )?(?-i:[a-z])|aus (?:der|dem|den) |vom |von (?:der|den) |(?:el|la) de(?:l| la| los| las)? |"
    r"de (?:la|los|las) (?-i:[a-zà-ÿ])|del (?-i:[a-zà-ÿ])|at the )", re.I)


def _by_affiliation(text: str, known_names: Sequence[str], variants: dict[str, set[str]] | None = None) -> bool:
    """Whether ``text`` opens with somebody who is not at the meeting, named by their group or workplace, maybe
    after whoever told it ("Lena erzählt, Paul aus der Ausführungsplanung ist krankgeschrieben")."""
    told = _TOLD_BY_NAME.match(text)
    text = told["rest"] if told else text
    m = _BY_AFFILIATION.match(text)
    return bool(m) and _looks_like_name(m["name"].split()[0], text[m.start("name"):]) and not _opens_with_attendee(
        text[m.start("name"):], known_names, variants)


# News of somebody the attendee knows, told in a note about the attendee ("Chloe: her boss is off on mat leave from Mon",
# "Steph's colleague had twins on Sat", "Pilar – su jefa se jubila el vie", "Katrin – Nachbarin hat am Sa. Hochzeit",
# "Greg: client's kid graduating 5/20"): that person's life, not the attendee's - unless it comes back to the attendee
# ("his boss promoted him", "su jefe la ascendió")
ANOTHERS_NEWS = re.compile(
    r"^(?:(?:her|his|their|the|su|sus|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|der|die|das|dem|el|la|los|las)\s+|"
    r"(?-i:[A-ZÀ-Þ][\w-]*)['’]s?\s+|(?-i:[A-ZÄÖÜ][a-zäöüß]+s)\s+(?=(?-i:Kolleg|Chef|Nachbar|Vermieter|Mitbewohner))|"
    r"(?=(?-i:Nachbar|Kolleg|Chef|Vermieter|Prokurist|Polier)))" + _ACQUAINTANCE_NOUNS + r"\b", re.I)
_BACK_TO_THEM = re.compile(r"\b(?:her|him|them|she|he|they|ihn|ihm|la|lo|le|les)\b", re.I)
_LINE_LABEL = re.compile(r"^\W*(?:\[\[)?(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s(?-i:[A-ZÀ-Þ][\w'’.-]*)){0,2}(?:\]\])?\s*(?:[—–:→]|->|-)\s+")


def anothers_news(s: str) -> bool:
    """Whether a note's sentence tells the news of somebody the attendee knows (``ANOTHERS_NEWS``)."""
    body = _LINE_LABEL.sub("", s, count=1)
    told = _TOLD_BY_NAME.match(body)  # "Tom said the company is moving to Leeds"
    body = told["rest"] if told else body
    m = ANOTHERS_NEWS.match(body)
    return bool(m) and not _BACK_TO_THEM.search(body, m.end())


# Somebody named by a title and a surname ("Frau Dahm geht ab Oktober in Mutterschutz", "Me contó que el ingeniero
# Paredes se separó", "Mrs Hedley's off"), told by the writer or an attendee: their news, unless the surname is an
# attendee's ("Frau Schmidt (Anja) zieht nach Freiburg")
_TITLED = re.compile(rf"^(?:(?:[A-ZÀ-Þ][\w'’-]*\s+|me\s+|nos\s+)?(?:{_REPORTING})(?:,?\s+(?:that|que|dass))?,?\s+)?"
                     r"(?:(?:el|la)\s+(?:ingenier[oa]|doctor|doctora|arquitect[oa]|profesor|profesora|señor|señora)|frau|herr|"
                     r"mrs|mr|ms|miss|dr|señora|señor|sra|sr|doña|don)\.?\s+(?P<name>(?-i:[A-ZÄÖÜÁÉÍÓÚ][\w'’-]+))", re.I)


def _titled_other(s: str, names: Sequence[str]) -> bool:
    titled = _TITLED.match(s)
    if not titled:
        return False
    name = titled["name"].lower().rstrip("'’")
    said = {name, re.sub(r"['’]?s$", "", name)}  # "Frau Krügers Mutter", "Herr Albers' Hund"
    return not any(w.lower() in said for n in names for w in str(n).split())


def third_person_note(sentence: str, known_names: Sequence[str], variants: dict[str, set[str]] | None = None,
                      ) -> tuple[str | None, str, Any] | None:
    """A free-note sentence about someone ("Anna's dog Max has surgery on Friday").

    Returns ``(person or None, text, classification)``; person None means "he/she": the
    capture step gives it to the only other attendee, if there is exactly one.
    """
    s = clean_markup(FILLER.sub("", NOTE_OPENER.sub("", sentence.strip()))).rstrip(" .")
    if _not_shared(s, known_names) or _gossip(s, known_names) or _titled_other(s, known_names):
        return None
    labelled = LABEL.match(s)
    # "Sam: his wife Funmi's visa came through": a label that names one attendee says whose line it is
    by_label = attendees_named(s[:labelled.end()], known_names, variants) if labelled else {}
    label_person = next(iter(by_label)) if len(by_label) == 1 else None
    if labelled and (_opens_with_attendee(s[labelled.end():], known_names, variants)
                     or (_PRONOUN_START.match(s[labelled.end():]) and not PLAN_LABEL.match(s))):
        s = _capitalise(s[labelled.end():])  # "Personal updates: Anna Berg mentioned she has adopted a greyhound", "The big news: she ..."
    s = without_writers_aside(s)
    if anothers_news(s):
        return None  # "Chloe: her boss is off on mat leave from Mon", "Steph's colleague had twins on Sat"
    if _OBSERVED.match(s):
        return None  # a clinician's examination ("O: flat affect, tearful"): what they saw, not what was shared
    cls = classify(s)
    if not cls.is_topic or _skip_reason(s, cls.sensitivity == SENSITIVE):
        return None
    named = attendees_named(sentence, known_names, variants)
    # an attendee the sentence names comes first; only then a capitalised possessive that names nobody here, which
    # may be a place ("moved to hospice (St Luke's)", "works at Sainsbury's")
    raw_person = label_person or names_in(sentence, known_names, possessive=False) or _short_name_in(
        sentence, known_names, variants) or (next(iter(named)) if len(named) == 1 else None) or (
        None if _PRONOUN_START.match(s) else names_in(sentence, known_names))  # "Jörgs Tochter", "Herr Albers' Hund",
    # "SK reports ..." (but "He's running the Bath Half with the Foundation's team" is about him)
    person = clean_markup(raw_person) if raw_person else None
    text = s
    if person:
        # "Anna mentioned (that) her son ..." -> "Her son ..."
        m = _TOLD_BY_NAME.match(text)
        said_by = text.split()[0] if m else ""
        if m and HYPOTHETICAL_START.match(m["rest"]):
            return None  # "Gonzalo dice que si el libro vende en inglés se compra un velero"
        if m and (person.split()[0] == said_by or _short_name_in(said_by, [person], variants)):
            text = _capitalise(_dass_as_main(m["rest"]) if _after_dass(text, m) else m["rest"])
        if _by_affiliation(text, known_names, variants):
            return None  # "Nadia mentioned Huw from finance is apparently moving to Bristol": Huw's news, told by Nadia
        if re.match(r"^(?:i|we|my|our|me\s*:|ich|wir|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|yo|mi|mis|nosotr[oa]s|nuestr\w+)\b", text, re.I):
            return None  # a note about the writer, with a name elsewhere in it ("ich bin im April auf Mallorca, Wolle
            # macht solange die Mails", "yo: vacaciones del 26/12, Caro cubre")
        return person, text, cls
    # "She mentioned ...", and a clinician's "Pat. berichtet: ...", "Pt. reports ...", "Me cuenta que ...", "Erzählt, dass ..."
    m = re.match(rf"^(?:(?:she|he|they|sie|er|ella|él|pat\.|pt\.|pac\.|kl\.|patient(?:in)?|klient(?:in)?|paciente|client)\s+"
                 rf"|(?:me|nos)\s+(?=(?:cuenta|contó|dice|dijo|comenta|comentó)\b))"
                 rf"(?:{_REPORTING})(?:,? (?:that|que|dass))?[,:]?\s+(?P<rest>.+)$", text, re.I)
    if m and HYPOTHETICAL_START.match(m["rest"]):
        return None  # "She said that if the promotion comes through she'd buy a flat"
    if m:
        return None, _capitalise(_dass_as_main(m["rest"]) if _after_dass(text, m) else m["rest"]), cls
    if re.match(r"^(?:she|he|they|her|his|their|sie|er|ihr|ihre|sein|seine|ella|él|su|sus|pt|pat|patient|client)\b", text, re.I):
        return None, _capitalise(text), cls  # ... and a clinician's "Pt was laid off in December", "Pt's grandmother ..."
    if (_SUBJECTLESS.match(text) or _SUBJECTLESS_ES_DE.match(text) or _RELATIVE_FIRST.match(text)
            or _clinical(text, cls) or _THIRD_PERSON_INSIDE.search(text)) and not _said_in_first_person(_QUOTED.sub(" ", text)):
        # (a German or Spanish verb that opens it is written as the sentence's start: "sammelt ..." -> "Sammelt ...")
        return None, _capitalise(text) if _SUBJECTLESS_ES_DE.match(text) else text, cls  # a clinician's "Started sertraline Mon", "Reports mother's dx": the only other attendee
    return None


def _raw_lines(ref: str | None) -> list[str]:
    """The lines of the transcript file itself, when ``ref`` names one (the parsed text joins a turn's
    lines into one): to cite the line a sentence is on."""
    from pathlib import Path

    try:
        path = Path(ref) if ref else None
        if path is None or not path.is_file() or path.stat().st_size > 5_000_000:
            return []
        return path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except (OSError, ValueError):
        return []


def _place_of(sentence: str, u: Utterance, ref: str, lines: Sequence[str]) -> str:
    """``file:line`` of a sentence of a turn: the turn's own line, or the line further down the turn
    the sentence starts on (a turn written over several lines cites the line that says it)."""
    head = " ".join(re.sub(r"<[^>]+>", "", sentence).split())[:24]
    for k in range(u.line - 1, min(len(lines), u.line + 40)) if head and u.line else ():
        if head in lines[k]:  # (lines already without markup and runs of spaces)
            return f"{ref}:{k + 1}"
    return f"{ref}:{u.line}"


_PRONOUN_START = re.compile(r"^(?:[-*+]\s+)?(?:she|he|her|his|sie|er|ihr|ihre|sein|seine|ella|él|su|sus)\b", re.I)
# The grammatical gender a third-person pronoun gives away ("su", "sus", "they" give none).
_FEMININE = re.compile(r"^(?:she|her|hers|sie|ihr|ihre\w*|ella)$", re.I)
_MASCULINE = re.compile(r"^(?:he|him|his|er|ihn|ihm|sein|seine\w*|él)$", re.I)
_PRONOUN_WORD = re.compile(r"\b(?:she|her|he|him|his|sie|ihr|ihre\w*|er|ihn|ihm|sein|seine\w*|ella|él)\b", re.I)
# A relative a "she"/"he" in the next sentence may be about instead ("Bernie's sister is visiting. She has
# dementia." says nothing about Bernie).
_FEMALE_KIN = re.compile(
    r"\b(?:sister|mother|mum|mom|mama|daughter|wife|aunt|niece|grand(?:mother|ma|daughter)|gran|nan|girlfriend|fianc[ée]e|"
    r"partner|boss|friend|neighbou?r|schwester|mutter|mama|tochter|frau|tante|nichte|oma|enkelin|freundin|partnerin|"
    r"nachbarin|chefin|hermana|madre|mamá|hija|mujer|esposa|tía|sobrina|abuela|nieta|novia|pareja|amiga|vecina|jefa|suegra)\b", re.I)
_MALE_KIN = re.compile(
    r"\b(?:brother|father|dad|papa|son|husband|uncle|nephew|grand(?:father|pa|son)|grandad|boyfriend|fianc[ée]|partner|boss|"
    r"friend|neighbou?r|bruder|vater|papa|sohn|mann|onkel|neffe|opa|enkel|freund|partner|nachbar|chef|hermano|padre|papá|"
    r"hijo|marido|esposo|tío|sobrino|abuelo|nieto|novio|pareja|amigo|vecino|jefe|suegro)\b", re.I)


def _said_in_first_person(text: str) -> bool:
    """Whether ``text`` says "I" or "my": a Spanish imperfect ("tenía", "estaba") is also the third person's ("Se le
    murió el perro, tenía 14 años"), so it says so only with nothing else of the third person."""
    found = [m.group().lower() for m in FIRST_PERSON.finditer(text)]
    return any(w not in ("tenía", "estaba") for w in found) or bool(found) and not _SUBJECTLESS_ES_DE.match(text)


def _nobody_in(sentence: str) -> bool:
    """Whether an English sentence names nobody a later "she"/"he" could mean: no name past its first word,
    no relative or friend, no third-person pronoun ("We sat with that for a while.", "No need to fix anything.").
    (German capitalises every noun, so a German sentence seldom passes: the safe side.)"""
    words = re.findall(r"[\w'’]+", clean_markup(sentence))
    return (bool(words) and not any(w[:1].isupper() and w not in ("I", "I'm", "I’m") for w in words[1:])
            and not _FEMALE_KIN.search(sentence) and not _MALE_KIN.search(sentence) and not _PRONOUN_WORD.search(sentence))


def _pronoun_gender(word: str) -> str | None:
    return "f" if _FEMININE.match(word) else "m" if _MASCULINE.match(word) else None


# "S. disclosed", "S's wedding", a couple's therapist's bare "E was laid off" (not "I" nor the article "A")
_INITIAL_AS_NAME = re.compile(r"(?<![\w.'’])(?-i:([A-ZÀ-Þ]))(?:\.|['’]s|(?<![AI]))(?=\s+(?-i:[a-zà-þ]))")
_TITLE_OR_NAME_BEFORE = re.compile(r"(?:\b(?:Herr|Frau|Hr|Fr|Mr|Mrs|Ms|Dr|Sr|Sra)\.?|(?-i:[A-ZÀ-Þ])[\w-]+)\s*$")


def attendees_named(sentence: str, attendees: Sequence[str], variants: dict[str, set[str]] | None = None) -> dict[str, int]:
    """Every attendee a note's sentence names - by full name, first name, nickname or short form, first name and
    initial ("Julia S.", "Daniel R."), or title and surname ("Frau Lindner") - with where (in the sentence without
    markup) they are first named, in that order. A first name two attendees share names neither, unless an
    initial after it or their full name elsewhere in the sentence says which."""
    from .names import initials_of, same_first_name, surnames_in

    text = clean_markup(sentence)
    at: dict[str, int] = {}
    for n in attendees:
        full = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
        if full and len(n.split()) > 1:
            at[n] = full.start()
    for m in re.finditer(r"(?<![\w@])(?-i:[A-ZÀ-Þ])[\w-]+", text):
        word = re.sub(r"['’]s$", "", m.group())
        fits = [n for n in attendees if same_first_name(word, n, variants)
                or (word.endswith("s") and n.split() and word[:-1] == n.split()[0])  # German "Jörgs Vater"
                or initials_of(word, n)]  # a clinician's "SK reports ...", "SK's mother" (not "GP", "HR")
        if len(fits) > 1:
            initial = re.match(r"\s+(?-i:([A-ZÀ-Þ]))(?:\.|(?![\w-]))", text[m.end():])
            fits = [n for n in fits if (n.split()[-1][:1].upper() == initial.group(1)) if len(n.split()) > 1] \
                if initial else [n for n in fits if n in at]
        if len(fits) == 1:
            at.setdefault(fits[0], m.start())
    for m in _INITIAL_AS_NAME.finditer(text):
        # a family therapist's "S. disclosed ...", "K. lit up re robotics", an HR note's "S's wedding": one attendee's first initial (not a
        # surname's after a title or a first name: "Hr. B. seit gestern ...", "Julia S. plays")
        if not _TITLE_OR_NAME_BEFORE.search(text, 0, m.start()):
            fits = [n for n in attendees if initials_of(m.group(1) + ".", n)]
            if len(fits) == 1:
                at.setdefault(fits[0], m.start())
    by_surname = surnames_in(text, attendees)
    for m in re.finditer(r"\b(?P<title>Herr|Frau|Hr\.|Fr\.|Mr|Mrs|Ms)\.?\s+(?P<w>[A-ZÀ-Þ][\w-]+)", text):
        # "Herr Aydıns Mutter", "Herr Albers' Hund" (with its own title, which may tell a couple apart)
        for w in {m["w"], m["w"][:-1] if m["w"].endswith("s") else m["w"]}:
            by_surname |= surnames_in(f"{m['title'].rstrip('.')} {w}", attendees)
    if len(by_surname) == 1:  # ("Frau Schmidt" with Anja and Thomas Schmidt there names neither)
        n = next(iter(by_surname))
        at.setdefault(n, max(0, text.find(n.split()[-1][:4])))
    return dict(sorted(at.items(), key=lambda kv: kv[1]))


# Where a note's sentence turns to another attendee: "Ama is getting married at the end of the month and
# Dorothy is flying out to Ghana on the 24th", "Sepp wird 70 und Ahmad bekommt seine Urkunde".
_TURN_TO_NAME = re.compile(r"(?:,\s*|;\s*|\s+)(?:(?:and|und|y|e|while|whereas|während|mientras)\s+)$|;\s*$", re.I)


def split_at_attendee(sentence: str, attendees: Sequence[str], variants: dict[str, set[str]] | None = None) -> list[str]:
    """A note's sentence cut where an attendee's name opens a clause of its own ("..., and Dorothy is flying
    out to Ghana on the 24th"): one fact each, when each part names a topic and says something (four words
    or more). Only at a name - after "and she ..." the "she" may be the relative just named."""
    text = clean_markup(sentence)
    cuts = []
    for at in attendees_named(text, attendees, variants).values():
        before = text[:at]
        m = _TURN_TO_NAME.search(before)
        if at and m and re.match(r"[\w-]+(?:['’]s)?\s+(?-i:[a-zäöüßáéíóúñ])", text[at:]):
            cuts.append((m.start(), at))
    parts, start = [], 0
    for end, nxt in cuts:
        parts.append(text[start:end])
        start = nxt
    parts.append(text[start:])
    parts = [p.strip(" ,;") for p in parts]
    if len(parts) < 2 or not all(len(p.split()) >= 4 and classify(p).is_topic for p in parts):
        return [sentence]
    return parts


# A note's sentence that tells two facts: "Frau Demir war über Ostern in Izmir; ihre Tochter fängt am 1. Mai als
# Ärztin an", "Basti erzählt, dass er im August 50 wird und dass sein Vater im Krankenhaus liegt", "cuenta que se
# mudaron a Getxo y que la boda de su hermano es en septiembre", "She said they moved in March and that her son starts
# school in May". Each fact is a memory of its own (its own date, category, follow-up). Cut at a semicolon before a
# clause about someone else (a relative by a possessive, a name; not "; he moved into a flat", which mostly goes on
# with the same matter) and where the teller goes on with a second
# "that"/"dass"/"que" (that part keeps the teller's words before it: "Basti erzählt, dass sein Vater ..."). A part that
# names no topic of its own, or says little ("; está nerviosa porque ..."), stays with the fact before it.
_NOTE_FACT_CUT = re.compile(
    r";\s+(?=(?:her|his|their|ihre?\w*|seine?\w*|su|sus)\s+\w|(?-i:[A-ZÄÖÜÁÉÍÓÚ][a-zäöüßáéíóúñ]+)\b)"
    # (after a dash only a name that is the subject: "... lymphoma — Wren's doing a little bucket list"; not "– Enkelin
    # Frieda, 3.400 g", "– Alba, 3,2 kg")
    r"|\s[—–]\s+(?=(?:her|his|their)\s+\w|(?-i:[A-Z][a-z]+)['’]s\s+\w+ing\b|(?-i:[A-Z][a-z]+) (?:is|has|was)\b|"
    r"(?:cumple|cumplió|wird|turns|turned)\s+\d)"  # ("... — cumple 50 el 3 de agosto": a birthday of its own)
    r"|,?\s+(?:and|und|y)\s+(?=(?P<conj>that|dass|que)\s)", re.I)
_TELLER_HEAD = re.compile(rf"^.*?\b(?:(?:that|dass|que)|(?:{_REPORTING})(?:,?\s+(?:that|dass|que))?)\b,?\s+", re.I)


def split_note_facts(sentence: str) -> list[str]:
    """The facts of a note's sentence, one each (see _NOTE_FACT_CUT); the sentence itself when it tells one."""
    cuts = list(_NOTE_FACT_CUT.finditer(sentence))
    if not cuts:
        return [sentence]
    bounds = [0, *(m.start() for m in cuts), len(sentence)]
    raw = [sentence[bounds[i]:bounds[i + 1]] for i in range(len(bounds) - 1)]  # each later part with its cut
    parts = [raw[0]]
    for m, piece in zip(cuts, raw[1:], strict=True):
        rest = re.sub(r"^(?:that|dass|que)\s+", "", piece[m.end() - m.start():], flags=re.I)
        # (the teller's words of the clause the "that" goes on: "...; dice que va bien y que ..." is "dice que")
        head = _TELLER_HEAD.match(parts[0][parts[0].rfind(";") + 1:].lstrip()) if m["conj"] else None
        if m["conj"] and not head:
            parts[-1] += piece  # "... and that's it": no teller to go on
            continue
        fact = (head.group(0) + rest) if head else _capitalise(rest)
        if len(rest.split()) >= 4 and classify(rest).is_topic:
            parts.append(fact)
        else:
            parts[-1] += piece
    if len(parts) < 2 or not classify(parts[0]).is_topic:
        return [sentence]
    return [p.strip(" ;,") for p in parts]


def _subject_of(sentence: str, named: dict[str, int], heading: str | None) -> str | None:
    """Whom a note's sentence naming several attendees is about: the one a heading above it names, else the one
    it opens with ("Wolle hat nach Ostern seine Hüft-OP, Kiosk übernimmt solange Ahmad"); else nobody for
    certain."""
    first, at = next(iter(named.items()))
    opening = clean_markup(NOTE_OPENER.sub("", FILLER.sub("", sentence.strip())))
    opens = at <= len(clean_markup(sentence)) - len(opening) + 1
    if heading in named and not (opens and first != heading and _REPORTS_AFTER_NAME.match(opening)):
        return heading  # (but "Rodrigo comparte que ..." under Lorena's heading is what Rodrigo shared)
    return first if opens else None


# An attendee's name that opens a note's sentence as the one who tells it ("Rodrigo comparte que ...", "Mira erzählt,
# dass ...", "Sam mentioned ...")
_REPORTS_AFTER_NAME = re.compile(rf"^(?-i:[A-ZÀ-Þ])[\w'’-]*(?: (?-i:[A-ZÀ-Þ])[\w'’-]*)?\s+(?:{_REPORTING})\b", re.I)


class _Thread:
    """Who a note's prose is about from one sentence to the next: a "She ..." sentence goes on about the
    attendee the sentences just before it named - in group notes too, where "she" is not simply the only
    other attendee. The thread holds while each sentence names that one attendee or goes on with a pronoun;
    it breaks at a new heading, a sentence naming someone else or nobody (the writer's own "I told Brenda ..."),
    a pronoun of the other gender than the one the notes use for them, and where the sentence before names a
    relative or friend of the pronoun's gender ("Bernie's sister is visiting. She has dementia.": she may be
    the sister). After an aside that names nobody ("We sat with that for a while."), a pronoun of the gender the
    notes gave the attendee takes the thread up again."""

    def __init__(self) -> None:
        self.person: str | None = None
        # the attendee a sentence naming nobody set aside ("We sat with that for a while."): a pronoun of their
        # known gender takes them up again, if nothing between could be who the pronoun means
        self.aside: str | None = None
        self.last = ""  # the sentence before
        self.line = 0  # and its line
        self.place: object = None
        self.gender: dict[str, set[str]] = {}

    def at(self, place: object) -> None:
        if place != self.place:
            self.person, self.aside, self.place = None, None, place

    def who(self, sentence: str) -> str | None:
        """The attendee a pronoun-led ``sentence`` goes on about, if the thread says so for certain."""
        m = _PRONOUN_START.match(sentence.strip())
        if not m:
            return None
        word = m.group().split()[-1]
        gender = _pronoun_gender(word)
        if not self.person:
            # after an aside naming nobody, only a pronoun of the gender the notes gave that attendee
            return self.aside if self.aside and gender and self.gender.get(self.aside) == {gender} else None
        known = self.gender.get(self.person, set())
        if gender and len(known) == 1 and gender not in known:
            return None
        if gender and (_FEMALE_KIN if gender == "f" else _MALE_KIN).search(self.last):
            return None
        return self.person

    def goes_on(self, sentence: str, lineno: int) -> str | None:
        """A sentence with no subject ("Se van en enero de luna de miel", "Fliegt im Mai nach Lima") right after one
        about the attendee, on the same line: theirs too (a new line or bullet may be about anything)."""
        s = FILLER.sub("", sentence.strip())
        if self.person and lineno == self.line and (_SUBJECTLESS_ES_DE.match(s) or _SUBJECTLESS.match(s)):
            return self.person
        return None

    def follow(self, sentence: str, named: dict[str, int], person: str | None, lineno: int) -> None:
        """Carry the thread past ``sentence`` (naming ``named``, given to ``person``)."""
        if len(named) == 1:
            (name, at), = named.items()
            self.person, self.aside = name, None
            # the first pronoun after the name, with no relative between, is theirs: "Bernie's back from her cruise"
            after = clean_markup(sentence)[at:]
            pm = _PRONOUN_WORD.search(after)
            if pm and not (_FEMALE_KIN.search(after[:pm.start()]) or _MALE_KIN.search(after[:pm.start()])):
                gender = _pronoun_gender(pm.group())
                if gender:
                    self.gender.setdefault(name, set()).add(gender)
        elif named or not ((person and person == self.person) or self.who(sentence)):
            # (a "He said it quite lightly" with nothing to keep goes on about them too)
            self.aside = (self.person or self.aside) if not named and _nobody_in(sentence) else None
            self.person = None
        self.last, self.line = sentence, lineno


def _heading_person(heading: str, attendees: Sequence[str], variants: dict[str, set[str]] | None) -> str | None:
    """The one attendee a heading names ("Kasia", "Dami - family", "[[Anna Berg]]"), else None."""
    from .names import same_first_name

    if not heading:
        return None
    for candidate in (heading, re.split(r"\s[-–—(:|/]\s?|,", heading)[0].strip()):
        words = candidate.split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        fits = [n for n in attendees if same_first_name(candidate, n, variants)]
        if len(fits) == 1:
            return fits[0]
    # a first name and an initial where two attendees share the first name: "## Daniel R."
    named = attendees_named(heading, attendees, variants)
    if len(named) == 1 and len(heading.split()) <= 3 and next(iter(named.values())) == 0:
        return next(iter(named))
    # an item naming the meeting with one attendee's full name: "reunión seguimiento [[Francisco Romero]]"
    full = [n for n in attendees if len(n.split()) > 1 and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", heading, re.I)]
    return full[0] if len(full) == 1 and MEETING_TITLE.match(heading) else None


def _under_heading(sentence: str) -> tuple[str | None, str, Any] | None:
    """A bare line under a heading naming the person ("two kids, twins, starting primary school in
    September"): theirs when it names a personal topic and is not about the writer, a task, a
    question, a hypothetical or a negation."""
    from .markers import is_task

    s = without_writers_aside(clean_markup(FILLER.sub("", sentence.strip())).rstrip(" ."))
    if FIRST_PERSON.search(s):
        # "hasst Kaffee, trinkt nur Mate – fand unseren Kaffee furchtbar": the writer's aside is theirs
        s = " - ".join(p for p in re.split(r"\s+[-–—]+>?\s+|;\s*", s) if not FIRST_PERSON.search(p)).strip()
    cls = classify(s)
    if not cls.is_topic or FIRST_PERSON.search(s) or is_task(s) or _not_shared(s) or _skip_reason(s, cls.sensitivity == SENSITIVE):
        return None
    if cls.category in ("work", "education") and cls.sensitivity != SENSITIVE:
        return None  # "thesis chapter 3 draft due Friday": the work the meeting is about
    if not _fact_of_its_own(s):
        return None  # only a relative doing something ("Mama hat den Plan mitgebracht"), no detail of life
    if re.match(r"^(?-i:[A-ZÀ-Þ])[\w'’-]+\s+(?:and|und|y)\s+(?-i:[A-ZÀ-Þ])", s):
        return None  # "Dami and Kasia own the rollout": about two people
    return None, _capitalise(s), cls


# "my daughter", "our son", "meine Tochter", "mi hija": the speaker's relative, whom a "she" may go on about.
OWN_RELATIVE = re.compile(
    r"\b(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w+)\s+(?:\w+\s+)?(?P<rel>daughter|son|wife|husband|partner|mum|mom|"
    r"mother|dad|father|sister|brother|grandmother|grandfather|gran|grandma|grandpa|girlfriend|boyfriend|fianc[ée]e?|"
    r"tochter|sohn|frau|mann|mutter|vater|schwester|bruder|oma|opa|freundin|freund|hija|hijo|mujer|marido|esposa|esposo|"
    r"pareja|madre|padre|hermana|hermano|abuela|abuelo|novia|novio|mam[áa]|pap[áa]|mama|papa|mami|papi|viej[oa]|"
    r"cousin|aunt|uncle|niece|nephew|grandson|granddaughter|cousine|tante|onkel|nichte|neffe|enkel(?:in)?|schwager|schwägerin|"
    r"prim[oa]|t[íi][oa]|sobrin[oa]|niet[oa]|suegr[oa]|cuñad[oa])\b", re.I)
# A relative or a pet the speaker names: "my son Dani", "our dog Mango", "unser Sohn Elias", "mi perra Luna",
# "Rufus, my old spaniel", "Jonas, mein Mann".
_KIN_OR_PET = (r"daughter|son|kid|child|boy|girl|baby|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|"
               r"grandmother|grandfather|gran|grandma|grandpa|granddaughter|grandson|niece|nephew|girlfriend|boyfriend|"
               r"fianc[ée]e?|youngest|eldest|oldest|little one|dog|cat|puppy|kitten|horse|pony|rabbit|bunny|hamster|parrot|"
               r"tortoise|beagle|spaniel|terrier|retriever|labrador|lab|collie|poodle|dachshund|greyhound|rescue|"
               r"tochter|sohn|kind|kleine|kleiner|frau|mann|mutter|vater|schwester|bruder|oma|opa|enkel\w*|nichte|neffe|"
               r"freundin|freund|hund|hündin|katze|kater|welpe|pferd|kaninchen|"
               r"hija|hijo|niñ[oa]|peque(?:ñ[oa])?|mujer|marido|esposa|esposo|pareja|madre|padre|hermana|hermano|abuela|abuelo|"
               r"niet[oa]|sobrin[oa]|novia|novio|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|caballo|conejo|cachorro")
_OWN = r"(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr\w+)"
_ADJ = r"(?:(?:little|old|new|eldest|oldest|youngest|baby|rescue|klein\w*|alt\w*|jüngst\w*|ältest\w*|pequeñ[oa]|mayor|viej[oa])\s+)?"
_NAME = r"(?-i:[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
OWN_NAMED = re.compile(
    rf"\b{_OWN}\s+{_ADJ}(?P<rel>{_KIN_OR_PET})(?:s)?,?\s+(?:called\s+|named\s+|namens\s+|que se llama\s+|llamad[oa]\s+)?(?P<name>{_NAME})\b"
    rf"|(?<![\w’'])(?P<name2>{_NAME}),\s+{_OWN}\s+{_ADJ}(?P<rel2>{_KIN_OR_PET})\b"
    rf"|\b(?:a|an|un|una|ein|eine|einen)\s+{_ADJ}(?P<rel3>{_KIN_OR_PET})\s+(?:called|named|namens|que se llama|llamad[oa])\s+"
    rf"(?P<name3>{_NAME})\b", re.I)

# A "he"/"she"/"his"/"her" further into a note's sentence ("Seit seine Frau im Frühjahr gestorben ist, ist er viel
# allein", "Since the move his knee has been better"): about someone in particular, in a 1:1's notes the other
# person (a group's notes give it to nobody unless a heading says who). German "Sie" capitalised is "you".
# (only a subject, or "his"/"her" with a relative, a pet or a body part: "landlord ignoring her" is about the landlord)
_THIRD_PERSON_INSIDE = re.compile(
    r"\b(?:he|she|er|(?-i:sie)|ella|él)\b|\b(?:his|her|sein\w*|(?-i:ihr\w*))\s+(?:\w+\s+)?(?:" + _KIN_OR_PET + r"|"
    r"mum|mother|father|parents|grand\w+|twins|knee|hip|back|shoulder|ankle|heart|frau|mann|mutter|vater|eltern|tochter|sohn|"
    r"kinder|enkel\w*|schwester|bruder|oma|opa|hund|katze|knie|hüfte|rücken|schulter|herz)s?\b", re.I)


_SHE_HE = re.compile(r"^(?:and |so |but |also |und |y |pero )?(?:she|he|sie|er|ella|él)\b(?!['’]d)", re.I)
# Spanish drops the "she": a sentence that opens with a verb of the third person, or with its object pronoun
# ("Se casa en junio", "Empieza la uni en octubre", "La operaron el martes", "Le dieron el alta") goes on about
# the relative just named.
# (A capitalised first word is taken for a verb only before what follows a verb - an article, a preposition, a
# number, a time: "Empieza el cole", "Cumple 40 el sábado"; "Elena tiene gripe" opens with a name.)
_DROPPED_SHE_HE = re.compile(r"^(?:(?:y|pero|también|ya|ahora|recién|justo|por fin|al final|encima)\s+)*(?:(?:se|lo|la|le|les)\s+)?"
                             r"(?:(?-i:[a-záéíóúñ])[a-záéíóúñ]{2,}(?:a|e|ó|ió|aron|ieron|an|en|aba|ía)\b|[a-záéíóúñ]{3,}(?:a|e|ó|ió|aron|"
                             r"ieron|an|en|aba|ía)(?=\s+(?:el|la|los|las|un|una|al|del|de|en|a|con|por|para|mañana|hoy|ayer|este|"
                             r"esta|otra vez|ya|\d)\b))", re.I)


def about_relative(sentence: str, rel: str) -> tuple[str, Any] | None:
    """A speaker's "she"/"he" sentence right after they named their relative ("... my daughter turns
    18 in May. And she just got into McGill"): about that relative, so a detail of the speaker's
    life. Kept verbatim, labelled with the relative it goes on about."""
    s = statement(sentence)
    opening = FILLER.sub("", s)
    if not (_SHE_HE.match(opening) or (_DROPPED_SHE_HE.match(opening) and not speaks_of_self(s, spoken=True))) or _is_question(
            s) or REPORTED.search(s) or GOSSIP.search(s):
        return None
    cls = classify(f"{rel} {s}")
    if _skip_reason(s, cls.sensitivity == SENSITIVE) or not re.search(r"\w{3,}", s):
        return None
    if not (_names_a_topic(s) or re.search(r"\d|(?<=\w )(?-i:[A-ZÀ-Þ])\w+", s)):
        return None  # a concrete fact (a topic, a name, a number), not "she cries when I pick her up"
    return f'{_capitalise(rel.lower())}: "{s.rstrip(" .")}"', cls


# Where only a child goes: a first name doing something there is the speaker's child ("Ellie's started ballet
# on Saturdays", "Lukas hat Diabetes-Schulung in der Kinderklinik", "Martina empieza el cole"), not a colleague.
CHILD_SETTING = re.compile(
    r"\b(?:school|nursery|pre-?school|kindergarten|daycare|day care|playgroup|cr[èe]che|childminder|children['’]s hospital|"
    r"paediatric\w*|pediatric\w*|ballet|swimming lessons|youth team|under-?\d{1,2}s|kita|kinderg\w+|kinderklinik|"
    r"kinderarzt\w*|kinderärzt\w*|\w*schule|einschulung|eingewöhnung|hort|[a-f]-jugend|colegio|cole|guarder[íi]a|escuela|"
    r"pediatra|primaria|infantil|ikastola)\b", re.I)
# ... but not an adult working there ("Priya starts at the school as a teacher")
_WORKS_THERE = re.compile(r"\b(?:teach\w*|taught|teacher|head|staff|lehrer\w*|erzieher\w*|profe\w*|maestr[oa]|works?|worked|"
                          r"working|job|arbeitet|trabaja\w*|as an?|als|como|district)\b", re.I)
_NAME_AT = re.compile(rf"(?:^|[,;:]\s+|\s[-–]\s+)(?:(?:and|so|but|also|now|und|auch|y|pero|también|ahora)\s+)?"
                      rf"(?P<name>{_NAME})(?:['’]s?|s)?\s+(?=(?-i:[a-zäöüßáéíóúñ]))")
_NOT_A_NAME = {"the", "this", "that", "there", "then", "today", "yesterday", "tomorrow", "school", "work", "mum", "dad", "mom",
               "everyone", "everything", "nobody", "someone", "it", "he", "she", "they", "das", "der", "die", "es", "er",
               "sie", "heute", "morgen", "gestern", "ella", "él", "eso", "esto", "hoy", "mañana", "ayer", "mamá", "papá",
               "mama", "papa", "oma", "opa", "also", "aber", "und", "pero", "sorry", "yes", "yeah", "okay", "ok", "thanks"}


def _date_said(text: str) -> Any:
    """The date phrase of ``text`` read against a fixed day: whether and how a day is said, not which one."""
    from datetime import date

    from .dates import find_date

    return find_date(text, date(2000, 1, 3))


def _names_a_day(text: str) -> bool:
    """Whether ``text`` names a day that resolves ("el domingo", "vor drei Wochen"; not "hace un rato", "soon")."""
    return _date_said(text).date is not None


def _says_when(text: str) -> bool:
    """Whether ``text`` names a day or a time ("next week", "am Dienstag", "el lunes"): something to follow up."""
    return bool(_date_said(text).phrase) or bool(
        re.search(r"\b(?:el|am|on the|the|ab dem|desde el)\s+\d{1,2}(?:st|nd|rd|th|\.)?(?!\s*(?:%|€|euros?|years?|años|jahre))\b", text, re.I))


def _looks_like_name(word: str, clause: str = "") -> bool:
    """A capitalised word that can be someone's first name: not a word people open sentences with ("Been
    playing padel", "Finally", "Started nursery"), not a topic ("Football"), not "Mum"."""
    w = word.lower()
    if re.match(rf"{re.escape(word)}\s+(?:el|la|los|las|un|una|al|del|der|die|das|den|dem|ein|eine|einen|the|an)\s", clause or word):
        return False  # a name is followed by its verb; "Empieza el cole", "Kommt die Tage" open with a verb
    return not (w in _NOT_A_NAME or w in SUBJECT_ADVERBS or w in COMMON_VERBS or w in _PAST_FORMS
                or re.search(r"(?:ing|ed|ly)$", w) or DROPPED_I.match(clause or word) or FIRST_PERSON.fullmatch(word)
                or OWN_KIN.fullmatch(word) or classify(word).is_topic
                or bool(clause and _RELATIVE_FIRST.match(clause)))  # "Knee's finally ...", "Wife's expecting ..."


def about_named(sentence: str, names: dict[str, str], taken: set[str] | frozenset[str] = frozenset()) -> tuple[str, Any] | None:
    """A speaker's sentence about a relative or pet of theirs called by first name: one they introduced
    (``names``: "my son Dani" ... "Dani has diabetes"; "unser Hund Bruno" ... "Bruno wird am Freitag
    operiert"), or a child named doing something where only children go (``CHILD_SETTING``: "Ellie's
    started ballet on Saturdays"). The name opens the sentence or a clause of it; what follows must be a
    statement (no question, report, hypothetical, negation or joke) that says something concrete. Kept
    verbatim from the name on, labelled with the name and its relation. A first name nobody introduced,
    in any other setting, is not taken as the speaker's: it may be a colleague ("Dani has diabetes" about a
    team member is nobody's to store as the speaker's life)."""
    s = statement(sentence)
    for m in _NAME_AT.finditer(s):
        name = m["name"]
        rel = names.get(name)
        if rel is None and (name.lower() in taken or not _looks_like_name(name, s[m.start("name"):])
                            or not CHILD_SETTING.search(s[m.start("name"):])
                            or _WORKS_THERE.search(s[m.start("name"):])):
            continue
        said_ = _closing_mark(s[m.start("name"):].strip())
        if _is_question(said_) or _reported(said_) or GOSSIP.search(said_) or TOLD_BY.match(said_):
            return None
        cls = classify(f"{rel or 'child'} {said_}")
        if not cls.is_topic or _skip_reason(said_, cls.sensitivity == SENSITIVE) or JOKE.search(said_):
            return None
        if not (_names_a_topic(said_) or re.search(r"\d", said_) or (rel is None and CHILD_SETTING.search(said_))
                or (rel and _says_when(said_))):
            return None  # "Dani was grumpy this morning": nothing to keep
        label = f"{_capitalise(rel.lower())} {name}" if rel else name
        return f'{label}: "{said_}"', cls
    return None


GENERIC_SPEAKER = re.compile(r"^(?:unknown speaker|speaker\s*\d+|guest(?:\s*\d+)?|participant\s*\d*|unknown|\?+)$", re.I)


def is_generic_speaker(speaker: str | None) -> bool:
    """"Unknown Speaker", "Speaker 2": a turn nobody can be attributed to."""
    return bool(speaker) and bool(GENERIC_SPEAKER.match(speaker.strip()))


# A speaker label that says "me" in the user's own notes or transcript ("Me: ...", "Ich: ...", "Yo: ...").
_SELF_LABELS = {"me", "myself", "ich", "yo", "moi", "me (notes)", "me (note)"}


def _is_me(speaker: str | None, me_names: Iterable[str]) -> bool:
    if not speaker:
        return False
    sp = " ".join(speaker.lower().split())
    if sp in _SELF_LABELS:
        return True
    for name in me_names:
        n = " ".join(str(name).lower().split())
        if not n:
            continue
        if sp == n or sp.split()[0] == n or n.split()[0] == sp or (
            len(sp.split()) > 1 and len(n.split()) > 1 and sp.split()[0] == n.split()[0] and sp.split()[-1][:1] == n.split()[-1][:1]
        ):
            return True
    return False


# A line that heads what follows: a Markdown heading, a line all in bold ("**Kasia**"), or a short
# "Name:" alone on its line.
_HEAD_LINE = re.compile(r"^(?:#{1,6}\s+(?P<h>.+?)\s*#*|(?:\*\*|__)(?P<b>[^*_]{1,60})(?:\*\*|__):?|(?P<c>(?-i:[A-ZÀ-Þ])[\w'’. -]{1,40}):)\s*$")


def note_sections(text: str) -> dict[int, str]:
    """Line number -> the heading above it (Markdown heading, bold line or "Name:" line), for the lines
    under one."""
    out: dict[int, str] = {}
    current = ""
    lines = text.splitlines()
    plain = ""  # a plain line over a list ("Priya" then "- shadowing Tom ..."): heads that list only
    for i, line in enumerate(lines, start=1):
        m = _HEAD_LINE.match(line.strip())
        if m and not line.startswith((" ", "\t")) and not re.match(r"^\s*[-*+]\s", line):
            current, plain = clean_markup(m["h"] or m["b"] or m["c"] or "").strip(" :"), ""
            continue
        if _PLAIN_HEAD.match(line) and (i == 1 or not lines[i - 2].strip()) and i < len(lines) \
                and re.match(r"^\s*[-*+•]\s", lines[i]):
            plain = line.strip()
            continue
        if plain and not re.match(r"^\s*[-*+•]\s", line):
            plain = ""
        if plain or current:
            out[i] = plain or current
    return out


# A short plain line with no sentence's end, over a list: "Priya", "hotel stuff", "Familie"
_PLAIN_HEAD = re.compile(r"^(?-i:[^\W\d_])[\w'’&/ -]{0,30}$")


# The writer's own sections of a clinician's or coach's note: SOAP's O, A and P ("**A:** Acute grief ...",
# "P:" and the list under it), an assessment, a plan, "My reflections", "Einschätzung", "Valoración". What is
# written there is the writer's observation or plan, not something the person shared; S ("Subjective")
# is the person's own account.
_OWN_SECTION = (r"o|a|p|objective|assessment|plan|imp|impressions?|clinical impressions?|formulation|observations?|"
                r"reflections?|my reflections|my thoughts|my impressions?|einschätzung|beurteilung|eindruck|eigene gedanken|"
                r"reflexi[óo]n(?:es)?|valoraci[óo]n|impresi[óo]n(?:es)?|observaciones|plan de acci[óo]n")
_SECTION_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?P<label>s|subjective|" + _OWN_SECTION + r")\s*:?\s*(?:\*\*|__)?\s*(?::|$)",
                            re.I)
# ... and, as headings, the writer's own to-dos and own life ("## ToDo", "## Action items", "## Tareas", "## Ich", "## Yo")
_OWN_HEADING = re.compile(rf"^(?:{_OWN_SECTION}|to ?-?dos?|my tasks|tasks|action items|actions|next steps|my actions|"
                          r"aufgaben|todos|nächste schritte|tareas|pendientes|próximos pasos|ich|yo|me|für mich|para mí)$", re.I)


def writers_own_lines(text: str) -> set[int]:
    """Line numbers of a note that lie in the writer's own sections (see _OWN_SECTION): from the label or
    heading to the next label or heading. A label runs on past its own line only in a note laid out in
    such sections (two labels or more, "S:" ... "A:"), or when it stands alone above what it heads ("**P:**");
    a lone "Plan: GP appointment re sleep" is its line only."""
    own: set[int] = set()
    current = False
    lines = text.splitlines()
    labels = {m["label"].lower() for m in map(_SECTION_LABEL.match, lines) if m}
    laid_out = len(labels) >= 2
    for i, line in enumerate(lines, start=1):
        label = _SECTION_LABEL.match(line)
        heading = _HEAD_LINE.match(line.strip())
        if label:
            mine = label["label"].lower() not in ("s", "subjective")
            alone = not line[label.end():].strip(" *_:")
            current = mine and (laid_out or alone)
            if mine:
                own.add(i)
            continue
        if heading and not re.match(r"^\s*[-*+]\s", line):
            current = bool(_OWN_HEADING.match(clean_markup(heading["h"] or heading["b"] or heading["c"] or "").strip(" :")))
            continue
        if current:
            own.add(i)
    return own


def note_parents(text: str) -> dict[int, list[str]]:
    """Line number -> the outline items it is nested under, nearest first ("- [[Ingrid Halvorsen]]"
    above an indented "- her dad turned 80 in March"), as plain text."""
    from .markers import outline_parents

    return {i: [clean_markup(t) for t in items] for i, items in outline_parents(text).items()}


# A note's first line that names the meeting, not a detail: short, no verb, with a day or a word for the meeting
_TITLE_WORD = re.compile(r"\b(?:notes?|mtg|meeting|session|sesión|sitzung|1:1|1-1|1on1|call|clinic|supervision|tutoría|"
                         r"besprechung|termin|check-?in|catch-?up|stand-?up|review|therapy|therapie|terapia|physio|fisio|"
                         r"coaching|consulta|reunión|visita|visit|appointment)\b", re.I)


def _title_line(line: str) -> bool:
    words = re.findall(r"[\w'’.]+", line)
    if said_with_a_verb(line):
        return False
    if _TITLE_WORD.search(line):
        return len(words) <= 12
    # ... or a name and the day set apart by dashes ("Hugh P — physio — 8/12", "Anna K – 2.3.")
    return len(words) <= 9 and bool(re.search(r"\s[—–-]\s", line)) and bool(re.search(r"\d", line))


def _note_lines(text: str) -> Iterable[tuple[int, str]]:
    """Prose lines of a note (front matter, code, headings, fields and marker lines left out)."""
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    in_code = False
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    for i in range(start, len(lines)):
        line = lines[i]
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        stripped = prose_before_marker(line.strip()) if MARKER_WORDS.search(line) else line.strip()
        if in_code or not stripped or stripped.startswith("#") or "::" in stripped:
            continue
        if i == first and i + 1 < len(lines) and _title_line(stripped):
            continue  # "Physio — Anna K — 2 Mar", "Therapy — D.V. — 27.3.26": the note's title, written as a line
        if i == first and i + 1 < len(lines) and re.match(r"\s*[\w-]+::", lines[i + 1]) and not said_with_a_verb(stripped):
            continue  # a Logseq block's title, its properties under it ("- Supervisión clínica [[Pablo]]", "  fecha:: ...")
        if re.match(r"^(?:attendees|participants|present|date|when|with|agenda|title|cc|teilnehmer|anwesend|datum|"
                    r"asistentes|participantes|presentes|fecha)\s*:", stripped, re.I):
            continue
        yield i + 1, re.sub(r"^(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?", "", stripped)


# A day said as the one just named ("I turn forty that day", "ese día no me conecto", "an dem Tag hat er Spätdienst"):
# its date is the sentence before it's, which capture reads when the sentence names none of its own
THAT_DAY = re.compile(r"\b(?:that (?:very |same )?(?:day|morning|afternoon|evening|night)|the same day|"
                      r"(?:ese|aquel) (?:mismo )?día|esa (?:misma )?(?:mañana|tarde|noche)|"
                      r"an (?:dem|diesem|jenem) (?:Tag|Morgen|Vormittag|Nachmittag|Abend)|am (?:selben|gleichen) Tag)\b", re.I)


def _said_before(out: list[Candidate], start: int, history: list[str]) -> None:
    """Give the candidates ``out[start:]``, proposed from the sentence ``history[-1]``, the sentence said before it
    when they speak of "that day"."""
    if len(history) < 2:
        return
    for c in out[start:]:
        if THAT_DAY.search(c.text):
            c.context = history[-2]


def propose(text: str, context: dict[str, Any]) -> list[Candidate]:
    """Proposed memories from a transcript (by speaker) or a free note (by name)."""
    notes: MeetingNotes | None = context.get("notes")
    ref = (notes.ref if notes else None) or None
    me = [n for n in context.get("me") or [] if n]
    attendees = [n for n in context.get("attendees") or [] if n and not _is_me(n, me)]
    utterances: list[Utterance] = list(context.get("utterances") or (notes.utterances if notes else []) or [])
    variants = context.get("name_variants") or {}
    out: list[Candidate] = []
    if utterances:
        file_lines = [" ".join(re.sub(r"<[^>]+>", "", line).split())
                      for line in _raw_lines(ref) or (text or (notes.text if notes else "") or "").splitlines()]
        relative: dict[str, tuple[str, int]] = {}  # speaker -> (their relative named last, at which turn)
        kin_names: dict[str, dict[str, str]] = {}  # speaker -> {first name: relation} they introduced
        taken = {w.lower() for n in [*attendees, *me] for w in str(n).split()}
        history: list[str] = []  # every sentence said so far, the user's too
        marked = 0  # out[marked:] came from the sentence history[-1]
        for turn, u in enumerate(utterances):
            where = f"{ref}:{u.line}" if ref and u.line else ref
            if is_generic_speaker(u.speaker):
                u = Utterance(None, u.text, u.start, u.end, u.line)
            if u.speaker and _is_me(u.speaker, me):
                relative.clear()  # the user spoke: "she" may now be anyone
                _said_before(out, marked, history)
                history.extend(split_sentences(u.text))
                marked = len(out)
                continue
            turn_sentences = split_sentences(slips_mended(u.text))
            fragment_of: set[int] = set()  # fragments told with the sentence before them
            starts: list[int] = []  # where each sentence's candidates begin in ``out``
            for k, said_ in enumerate(turn_sentences):
                starts.append(len(out))
                _said_before(out, marked, history)
                history.append(said_)
                marked = len(out)
                if k in fragment_of:
                    continue
                where = _place_of(said_, u, ref, file_lines) if ref and u.line else ref
                sentence = news_asked_as_statement(said_) if u.speaker else said_
                if MARKER_WORDS.search(sentence) and (u.speaker is None or WRITTEN_MARKER.search(sentence)):
                    continue  # a marker (notes pasted in, or "Kate: remember: ..." notes): read as one
                if u.speaker:
                    for intro in OWN_NAMED.finditer(sentence):
                        name = intro["name"] or intro["name2"] or intro["name3"]
                        if name.lower() not in taken:
                            kin_names.setdefault(u.speaker, {})[name] = intro["rel"] or intro["rel2"] or intro["rel3"]
                    about = about_named(sentence, kin_names.get(u.speaker, {}), taken) if not disclosure(sentence) else None
                    if about:
                        out.append(Candidate(
                            text=about[0], person=u.speaker, speaker=u.speaker, category=about[1].category,
                            sensitivity=about[1].sensitivity, source="transcript", source_ref=where, confidence=0.6,
                        ))
                        continue
                    named_kin = OWN_RELATIVE.search(sentence)
                    earlier = relative.get(u.speaker)
                    if named_kin:
                        relative[u.speaker] = (named_kin["rel"], turn)
                    elif earlier and turn - earlier[1] <= 1:
                        found = about_relative(sentence, earlier[0])
                        if found:
                            out.append(Candidate(
                                text=found[0], person=u.speaker, speaker=u.speaker, category=found[1].category,
                                sensitivity=found[1].sensitivity, source="transcript", source_ref=where, confidence=0.6,
                            ))
                            continue
                    found = disclosure(sentence)
                    if not found and k + 1 < len(turn_sentences) and _own_fragment_next(sentence, turn_sentences[k + 1]):
                        found = disclosure(f"{sentence.rstrip()} {turn_sentences[k + 1].strip()}")
                        if found:
                            fragment_of.add(k + 1)
                    facts = separate_facts(sentence) if found else []
                    if len(facts) > 1:
                        several = [fact_disclosure(read, words) for read, words in facts]
                        # each fact keeps the care the whole sentence needs: a trip to be with a sick father is
                        # no light opener
                        whole = found[1].sensitivity
                        cut = len(out)
                        for text_, cls in (f for f in several if f):
                            out.append(Candidate(
                                text=text_, person=u.speaker, speaker=u.speaker, category=cls.category,
                                sensitivity=max(cls.sensitivity, whole, key=_SENSITIVITY_RANK.__getitem__),
                                source="transcript", source_ref=where, confidence=0.7,
                            ))
                        _with_the_care_of(out[cut:], sentence)
                        continue
                    if found:
                        said_next = turn_sentences[k + 1] if k + 1 < len(turn_sentences) else None
                        found = _with_day_said_next(_with_name_said_next(found, said_next), said_next)
                        for text_, cls in (found, *_reason_given(sentence, found[1])):
                            out.append(Candidate(
                                text=text_, person=u.speaker, speaker=u.speaker, category=cls.category,
                                sensitivity=cls.sensitivity, source="transcript", source_ref=where,
                                confidence=0.7,
                            ))
                        continue
                named = third_person_note(sentence, attendees, variants)
                if named and named[0] and not _is_me(named[0], me) and (u.speaker is None or named[0] != u.speaker):
                    person, text_, cls = named
                    if u.speaker is None or FIRST_PERSON.search(sentence) is None or person:
                        out.append(Candidate(
                            text=text_, person=person, speaker=u.speaker, category=cls.category,
                            sensitivity=cls.sensitivity, source="transcript", source_ref=where, confidence=0.5,
                        ))
            ends = [*starts[1:], len(out)]
            for k in range(1, len(starts)):
                _after_the_care_of(out[starts[k]:ends[k]], turn_sentences[k], turn_sentences[k - 1])
                if starts[k] == ends[k] and RECOVERY_COUNTED.search(turn_sentences[k]):
                    # a recovery told after what it lets happen puts it in its light ("Pauline's doing the Race for
                    # Life in July. Three years clear this spring")
                    _kept_from_small_talk(out[starts[k - 1]:ends[k - 1]], turn_sentences[k])
        _said_before(out, marked, history)
        return out
    sections = note_sections(text)
    parents = note_parents(text)
    own_sections = writers_own_lines(text)
    thread = _Thread()
    all_lines = text.splitlines()
    seen = 0
    said_before = ""  # the sentence written before, for one that goes on from it ("Since then ...")
    for lineno, line in _note_lines(text):
        for k in range(seen + 1, lineno):  # a marker line, a field: the thread hears whom they name
            if all_lines[k - 1].strip() and not all_lines[k - 1].lstrip().startswith("#"):
                thread.follow(all_lines[k - 1], attendees_named(all_lines[k - 1], attendees, variants), None, k)
        seen = lineno
        # a heading or an outline item that names one attendee ("## Kasia", "- [[Ingrid Halvorsen]]")
        # makes the lines under it about them
        heading = next((p for p in (_heading_person(t, attendees, variants) for t in parents.get(lineno, [])) if p),
                       None) or _heading_person(sections.get(lineno, ""), attendees, variants)
        thread.at((sections.get(lineno), tuple(parents.get(lineno, []))))
        if lineno > 1 and not all_lines[lineno - 2].strip() and re.match(r"\s*(?:[-*+•]|\d+[.)])\s", all_lines[lineno - 1]):
            thread.person = None  # a list after a blank line starts afresh (paragraphs of prose go on)
        if lineno in own_sections:
            continue  # the writer's assessment, observations or plan: nothing the person shared
        for whole in _names_joined(split_sentences(line)):
            sentence_start = len(out)
            for sentence in (fact for part in split_at_attendee(whole, attendees, variants) for fact in split_note_facts(part)):
                named_here = attendees_named(sentence, attendees, variants)
                named = third_person_note(sentence, attendees, variants)
                if not named and heading and not _by_affiliation(sentence, attendees, variants):
                    named = _under_heading(sentence)
                if not named:
                    thread.follow(sentence, named_here, None, lineno)
                    continue
                person, text_, cls = named
                if person and len(named_here) > 1:
                    person = _subject_of(sentence, named_here, heading)
                elif person in attendees and person not in named_here:
                    # a first name two attendees share ("Julia fährt Ski" with Julia Kraus and Julia Seidel there):
                    # whoever the one name the sentence does tell apart, else nobody for certain
                    person = next(iter(named_here), None)
                elif not person and len(named_here) == 1 and not _is_me(next(iter(named_here)), me):
                    person = next(iter(named_here))  # "Ayşes Vater liegt auf der Intensivstation", "Herr Aydıns Mutter"
                elif not person:
                    # a heading naming one attendee says who; else "She ..." goes on about the attendee just named
                    # (in a 1:1, capture gives a sentence with no person to the only other attendee)
                    person = heading or (len(attendees) > 1 and (thread.who(sentence) or thread.goes_on(sentence, lineno))
                                         ) or None
                thread.follow(sentence, named_here, person, lineno)
                if person and _is_me(person, me):
                    continue
                out.append(Candidate(
                    text=text_, person=person, category=cls.category, sensitivity=cls.sensitivity,
                    source="notes", source_ref=f"{ref}:{lineno}" if ref else f"line {lineno}", confidence=0.6,
                ))
            _with_the_care_of(out[sentence_start:], whole)
            _after_the_care_of(out[sentence_start:], whole, said_before)
            said_before = whole
    return out


# A sentence that goes on from the one before it: what it says happened because of, since, or to get over that.
GOES_ON_FROM = re.compile(
    r"^\W*(?:(?:and|so|but|und|y|pero)\W+)?(?:since then|ever since|since that\b|that['’]s (?:when|why|how)|after that|"
    r"because of (?:that|it|this)|seitdem|seither|danach|deshalb|deswegen|darum|desde entonces|desde eso|"
    r"despu[ée]s de eso|por eso|a ra[íi]z de (?:eso|ello))\b"
    r"|\b(?:it|that|which|this|das|eso|esto)\W+(?:really\W+)?(?:helps|is helping|has helped|helped|hilft|ayuda)\b"
    r"|\b(?:helps|hilft|ayuda) (?:me|him|her|mir|ihr|ihm|le) (?:cope|a lot|abzuschalten|desconectar)"
    r"|\bto (?:cope|get through (?:it|this|that)|take (?:my|his|her|their) mind off)|\bum (?:abzuschalten|damit klarzukommen)"
    r"|\bpara (?:desconectar|sobrellevarlo|distraerse|distraerme)"
    r"|\b(?:to|zum|para) (?:celebrate|feiern|celebrarlo)\s*[.!]?\s*$", re.IGNORECASE)


def _after_the_care_of(found: list[Candidate], said: str, before: str) -> None:
    """Facts of a sentence that goes on from a delicate one ("My dad passed in March. Since then I've been doing a lot
    of woodwork", "Seitdem gehe ich viel wandern") keep its care: a light one stored personal, so it never opens a
    conversation whose reason is the sentence before."""
    if found and before and GOES_ON_FROM.search(said):
        _kept_from_small_talk(found, before)


def _with_the_care_of(found: list[Candidate], said: str) -> None:
    """The facts of one sentence cut apart ("Since the split I've joined a salsa class ..., and we're off to Lisbon",
    "Max: Burnout im Sommer; macht jetzt Yoga") keep the care of the whole, its words of the caution net too: a light
    one stored personal, so it never opens a conversation with its reason left behind."""
    if len(found) > 1:
        _kept_from_small_talk(found, said)


def _kept_from_small_talk(found: list[Candidate], reason: str) -> None:
    """Store the light ones of ``found`` personal when ``reason``, the sentence they owe their care to, is delicate
    (sensitive by the lexicon or a word of the caution net)."""
    light = [c for c in found if c.sensitivity == "light"]
    if light and (classify(reason).sensitivity == SENSITIVE or caution(reason) is not None):
        for c in light:
            c.sensitivity = "personal"
