"""Short forms and nicknames of first names: "Kate" is Katherine, "Bill" is William, "Sepp" is Josef.

Notes say "Kate's dad is in hospice" about the attendee Katherine Lindqvist. Capture matches such
a name to an attendee when it is a known nickname of the attendee's first name (the small table
below, plus whatever ``rapport_name_variants`` plugins add, e.g. rapport-nicknames), or when it is
plainly a short form of it: the first letters of the name ("Chris", "Kathi", "Steffi") or, for
longer names, its ending ("Seun" for Oluwaseun, "Rik" for Henrik) or a part of its middle ("Dami" for
Oluwadamilare, "Basti" for Sebastian). Capture only uses such a match when exactly one
attendee fits, so two Katherines in a meeting make "Kate" nobody.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# full first name -> the short forms people use for it (English, German, Spanish, a few others)
NICKNAMES: dict[str, tuple[str, ...]] = {
    "katherine": ("kate", "katie", "kathy", "kat", "kit", "kitty"),
    "catherine": ("cate", "kate", "cathy", "cat", "katie"),
    "kathryn": ("kate", "kathy", "katie"),
    "katharina": ("kathi", "kati", "käthe", "kate", "katja", "trina"),
    "elizabeth": ("liz", "lizzie", "lizzy", "beth", "betty", "bess", "eliza", "elsie", "libby", "lisa"),
    "elisabeth": ("lisa", "liesl", "sisi", "sissi", "elli", "betti", "liz"),
    "william": ("bill", "billy", "will", "willy", "liam"),
    "wilhelm": ("willi", "willy", "wim"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "richard": ("rick", "ricky", "rich", "dick"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny", "jon"),
    "jonathan": ("jon", "jonny", "nathan"),
    "johannes": ("hannes", "hans", "jo"),
    "margaret": ("maggie", "meg", "peggy", "marge", "greta", "daisy"),
    "alexander": ("alex", "sasha", "sascha", "sandy", "xander", "lex"),
    "alexandra": ("alex", "sasha", "sandra", "sandy", "lexi", "ali"),
    "aleksander": ("olek", "alek", "alex"),
    "aleksandra": ("ola", "ala", "sasha"),
    "christopher": ("chris", "kit", "topher"),
    "christina": ("chris", "tina", "chrissy"),
    "christine": ("chris", "tina", "chrissy", "christl"),
    "joseph": ("joe", "joey", "jo"),
    "josef": ("sepp", "seppi", "joe", "pepi"),
    "josé": ("pepe", "chepe"),
    "jose": ("pepe", "chepe"),
    "josefa": ("pepa",),
    "francisco": ("paco", "pancho", "curro", "fran", "quico"),
    "francesca": ("fran", "frankie", "cesca"),
    "frances": ("fran", "frankie", "fanny"),
    "franziska": ("franzi", "fränzi"),
    "stefanie": ("steffi", "steff", "steph"),
    "stephanie": ("steph", "steffi", "stevie"),
    "michael": ("mike", "mikey", "mick", "micha", "michi"),
    "nicholas": ("nick", "nicky", "nico"),
    "nikolaus": ("niko", "klaus"),
    "edward": ("ed", "eddie", "ted", "ned"),
    "anthony": ("tony",),
    "antonio": ("toni", "toño", "tony"),
    "thomas": ("tom", "tommy"),
    "tomás": ("tomi", "tomasito"),
    "benjamin": ("ben", "benji", "benny"),
    "daniel": ("dan", "danny"),
    "david": ("dave", "davey"),
    "matthew": ("matt", "matty"),
    "matthias": ("matze", "hias", "matti"),
    "andrew": ("andy", "drew"),
    "andreas": ("andi", "andy"),
    "patricia": ("pat", "patty", "trish", "tricia"),
    "patrick": ("pat", "paddy"),
    "jennifer": ("jen", "jenny"),
    "susan": ("sue", "suzy", "susie"),
    "susanne": ("susi", "sanne"),
    "rebecca": ("becky", "becca", "bex"),
    "victoria": ("vicky", "vic", "tori"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "henry": ("harry", "hank"),
    "harold": ("harry", "hal"),
    "charles": ("charlie", "chuck"),
    "frederick": ("fred", "freddie"),
    "peter": ("pete",),
    "steven": ("steve",),
    "stephen": ("steve",),
    "lawrence": ("larry",),
    "timothy": ("tim", "timmy"),
    "gregory": ("greg",),
    "jacob": ("jake", "kuba"),
    "jakob": ("kuba", "jake"),
    "joshua": ("josh",),
    "nathaniel": ("nate", "nat"),
    "zachary": ("zach", "zack"),
    "abigail": ("abby", "gail"),
    "deborah": ("deb", "debbie"),
    "penelope": ("penny",),
    "jessica": ("jess",),
    "dorothy": ("dot", "dottie", "dolly", "dora"),
    "dorothea": ("dora", "thea"),
    "leonard": ("leo", "len", "lenny"),
    "leonhard": ("leo", "leon"),
    "friedrich": ("fritz",),
    "heinrich": ("heinz", "heini"),
    "barbara": ("babs", "bärbel", "barbie"),
    "gabriele": ("gabi",),
    "gabriela": ("gabi", "gaby"),
    "isabella": ("bella", "isa", "izzy"),
    "isabel": ("isa", "bel", "chabela"),
    "guadalupe": ("lupe", "lupita"),
    "dolores": ("lola",),
    "ignacio": ("nacho",),
    "manuel": ("manolo", "manu"),
    "jesús": ("chucho", "chus"),
    "concepción": ("concha", "conchi"),
    "enrique": ("quique", "kike"),
    "eduardo": ("edu", "lalo"),
    "guillermo": ("memo", "guille"),
    "alejandro": ("ale", "álex", "alex"),
    "alejandra": ("ale", "álex", "alex"),
    "rosario": ("charo",),
    "mercedes": ("merche",),
    "katarzyna": ("kasia",),
    "małgorzata": ("gosia",),
    "ekaterina": ("katya",),
    "svetlana": ("sveta",),
    "tatiana": ("tanya",),
    "natalia": ("natasha", "nata"),
    "natalie": ("nat",),
    "sebastian": ("basti", "sebi", "bastian"),
    "sebastián": ("sebas", "seba"),
    "maximilian": ("max", "maxi"),
    "konstantin": ("konsti", "kosta"),
    "johanna": ("hanna", "hanne", "jo"),
    "magdalena": ("lena", "magda", "leni"),
    "margarete": ("grete", "gretl", "greta"),
    "hannelore": ("hanne", "lore"),
    "ursula": ("uschi", "ulla"),
    "bernhard": ("bernd",),
    "dominik": ("domi",),
    "florian": ("flo",),
    "tobias": ("tobi",),
    "benedikt": ("bene",),
    "cornelia": ("conny", "nele"),
    "veronika": ("vroni", "vera"),
    "theresa": ("resi", "tess", "tessa"),
    "therese": ("resi",),
    "rafael": ("rafa",),
    "santiago": ("santi",),
    "nicolás": ("nico",),
    "federico": ("fede",),
    "agustín": ("agus",),
    "fernando": ("nando", "fer"),
    "alberto": ("beto",),
    "roberto": ("beto", "rober"),
    "gonzalo": ("gonza",),
    "montserrat": ("montse",),
    "inmaculada": ("inma",),
    "pilar": ("pili",),
    "carmen": ("mamen", "menchu"),
    "beatriz": ("bea",),
    "beatrix": ("bea", "trixie"),
    "ramón": ("moncho",),
    "alfonso": ("poncho",),
    "salvador": ("chava", "salva"),
    "teodoro": ("teo",),
    "theodore": ("theo", "ted", "teddy"),
    "oliver": ("ollie", "olly"),
    "olivia": ("liv", "livvy", "liv"),
    "amelia": ("millie", "amy"),
    "eleanor": ("ellie", "nell", "nora"),
    "alfred": ("alf", "alfie", "fred", "freddie"),
    "archibald": ("archie",),
    "gwendolyn": ("gwen",),
    "nicola": ("nicky", "nic"),
    "jacqueline": ("jackie",),
    "siddharth": ("sid",),
    "venkatesh": ("venky",),
    "dmitri": ("dima",),
    "dmitry": ("dima",),
    "mikhail": ("misha",),
    "vladimir": ("vova", "volodya"),
    "yevgeny": ("zhenya",),
    "anastasia": ("nastya", "stacy"),
    "yelena": ("lena",),
    "elena": ("lena",),
    "olga": ("olya",),
    "chukwuemeka": ("emeka",),
    "babatunde": ("tunde",),
    "adebayo": ("bayo",),
    "oluwadamilare": ("dami", "lare"),
    "oluwafemi": ("femi",),
    "oluwatobi": ("tobi",),
    "temitope": ("tope",),
    "nomvula": ("vula",),
    "giuseppe": ("beppe", "peppe", "pino"),
    "giovanni": ("gianni", "nanni"),
    "francesco": ("franco", "cecco"),
    "salvatore": ("totò", "turi", "salvo"),
    "vincenzo": ("enzo",),
    "alessandro": ("sandro", "ale"),
    "domenico": ("mimmo",),
    "federica": ("fede",),
    "elisabetta": ("betta", "elisa"),
    "margherita": ("rita", "ghita"),
    "joão": ("jão",),
    "antónio": ("tó", "toni"),
    "agnieszka": ("aga",),
    "wojciech": ("wojtek",),
    "krzysztof": ("krzysiek",),
    "grzegorz": ("grześ",),
    "przemysław": ("przemek",),
    "aleksandr": ("sasha", "sacha"),
    "yekaterina": ("katya",),
    "nikolai": ("kolya",),
    "pavel": ("pasha",),
    "sergei": ("seryozha",),
    "ivan": ("vanya",),
    "sarah": ("sally", "sadie"),
    "sara": ("sally",),
    "mary": ("polly", "molly", "mollie", "mae", "mamie"),
    "amanda": ("mandy", "manda"),
    "albert": ("bert", "bertie"),
    "angus": ("gus",),
    "augustus": ("gus",),
    "gerald": ("gerry", "jerry", "ged"),
    "jeremy": ("jerry", "jez"),
    "ulrich": ("uli", "ulli"),
    "hans": ("hansi",),
    "anton": ("toni", "tony"),
    "karl": ("kalle", "charly"),
    "caitlin": ("cait", "kate", "cat"),
    "roberta": ("bobbie", "bobby", "berta"),
    "virginia": ("ginny", "ginnie"),
    "joanna": ("jo",),
    "joanne": ("jo",),
    "josephine": ("jo", "josie"),
    "jakub": ("kuba",),
    "ademola": ("dele",),
    "rosemary": ("rosie",),
    "valentina": ("vale",),
    "maría luisa": ("marisa",),
    "mohammed": ("mo", "moe", "hamoudi"),
    "mohamed": ("mo", "moe"),
    "muhammad": ("mo", "moe"),
    "mohammad": ("mo", "moe"),
    "maurice": ("mo", "moe"),
    "cornelis": ("kees",),
    "jacobus": ("koos", "jaap"),
    "willem": ("wim",),
    "francisca": ("paca", "paquita", "fran"),
    "consuelo": ("chelo",),
    "ignacia": ("nacha",),
    "jorge": ("coque",),
    "mercè": ("merche",),
    "josep": ("pep",),
    # more Spanish, German and English short forms
    "javier": ("javi", "xavi"),
    "xavier": ("xavi",),
    "luis": ("lucho", "luisito"),
    "socorro": ("coco",),
    "asunción": ("asun", "chon"),
    "encarnación": ("encarna",),
    "milagros": ("mila",),
    "remedios": ("reme",),
    "purificación": ("puri",),
    "trinidad": ("trini",),
    "soledad": ("sole",),
    "cristina": ("cris", "tina"),
    "cristian": ("cris",),
    "daniela": ("dani",),
    "gabriel": ("gabi",),
    "rodrigo": ("rodri",),
    "adolfo": ("fito",),
    "ernesto": ("neto",),
    "humberto": ("beto",),
    "gilberto": ("beto",),
    "ricardo": ("richi", "rica"),
    "catalina": ("cata",),
    "carolina": ("caro",),
    "verónica": ("vero",),
    "lourdes": ("lulú", "lulu"),
    "teresa": ("tere", "teté"),
    "margarita": ("marga", "rita"),
    "josefina": ("pepa", "pepita", "fina", "josefa"),
    "jacinto": ("chinto",),
    "eugenio": ("geño",),
    "joaquín": ("quino", "joaco"),
    "maximiliano": ("maxi",),
    "johann": ("hansi", "hans", "hannes"),
    "helene": ("leni", "lene"),
    "helena": ("leni", "lena"),
    "brigitte": ("gitti", "biggi"),
    "christiane": ("chris", "christl", "jane"),
    "christian": ("chris",),
    "gertrud": ("trude", "gerti"),
    "hildegard": ("hilde",),
    "waltraud": ("traudl", "waltraut"),
    "franz": ("franzl",),
    "georg": ("schorsch",),
    "rosemarie": ("rosi",),
    "roswitha": ("rosi",),
    "annemarie": ("annemie",),
    "friederike": ("rike", "frieda", "friedl"),
    "ulrike": ("ulli", "uli", "rike"),
    "henrike": ("rike",),
    "dietrich": ("dieter",),
    "joachim": ("achim", "jo"),
    "ludwig": ("lutz", "wiggerl"),
    "leopold": ("poldi", "leo"),
    "reinhard": ("reini",),
    "cornelius": ("conny",),
    "elfriede": ("friedl",),
    "theodor": ("theo",),
    "sophia": ("sophie", "sofi"),
    "sofía": ("sofi",),
    "anna": ("anni", "anke"),
    "christoph": ("chris",),
    "stefan": ("steff",),
    "stephan": ("steff",),
    "wolfgang": ("wolfi", "wolle"),
    "gottfried": ("friedel",),
    "nathalie": ("nati",),
    "evelyn": ("evie",),
    "catriona": ("cat",),
    "siobhán": ("shiv",),
    "caoimhe": ("kiva",),
    "oluwaseun": ("seun",),
    "olufunmilayo": ("funmi",),
    "oluwakemi": ("kemi",),
    "adetokunbo": ("tokunbo", "tk"),
    "nkechinyere": ("nkechi",),
    "ngozi": ("ngo",),
    # compound first names
    "josé maría": ("chema", "josema"),
    "josé luis": ("pepelu", "joselu"),
    "maría josé": ("majo",),
    "maría teresa": ("maite",),
    "maría isabel": ("maribel",),
    "maría dolores": ("lola", "loli"),
    "juan carlos": ("juanca",),
    "juan pablo": ("juampi",),
    "hans peter": ("hape",),
    "karl heinz": ("kalle",),
}


def _fold(name: str) -> str:
    """Lower case without accents: "José" and "Jose" are one name."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_TABLE: dict[str, set[str]] = {}
for _full, _shorts in NICKNAMES.items():
    _TABLE.setdefault(_fold(_full), set()).update(_fold(s) for s in _shorts)


_FIRST_NAMES = set(_TABLE) | {v for vs in _TABLE.values() for v in vs}
# first names that are also everyday words, too often a heading of their own ("## Will", "## Bill", "## May")
_WORD_NAMES = {"will", "may", "bill", "mark", "art", "grace", "hope", "joy", "faith", "rich", "pat", "sue", "chase",
               "april", "june", "august", "rose", "ray", "dawn", "eve", "ruby", "frank", "earnest", "ernest", "bob",
               "jack", "nick", "rob", "sandy", "kit", "kat", "cat", "pepe", "dick", "pip", "bert", "max", "jan", "iris",
               "victoria", "trinidad", "santiago", "florence", "sydney", "jordan", "georgia", "carolina", "lourdes"}


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the built-in tables (the nickname table's names and short forms, the
    first names of one gender below), and not an everyday word as well ("Will", "Bill", "May")."""
    w = _fold(word)
    return (w in _FIRST_NAMES or w in _GENDERED) and w not in _WORD_NAMES


def nicknames(first_name: str) -> set[str]:
    """The built-in table's short forms of ``first_name`` (folded: lower case, no accents)."""
    return set(_TABLE.get(_fold(first_name), ()))


def is_short_form(written: str, first_name: str) -> bool:
    """True when ``written`` is plainly a shortened ``first_name``: "Chris" of Christopher, "Kathi" of
    Katharina, "Steffi" of Stefanie (its first letters, a letter or two changed at the end), "Seun"
    of Oluwaseun (the end of a long name), "Dami" of Oluwadamilare, "Basti" of Sebastian (four letters or
    more from its middle)."""
    w, f = _fold(written), _fold(first_name)
    if not w.isalpha() or len(w) < 3 or len(w) >= len(f) or w in _WORDS:
        return False
    common = 0
    for a, b in zip(w, f, strict=False):
        if a != b:
            break
        common += 1
    if common >= 3 and common >= len(w) - 2:
        return True
    if len(f) >= 6 and f.endswith(w) and w not in _WORDS:
        return True
    # the middle of a long name, a letter of endearment added or not: "Dami" of Oluwadamilare, "Basti" of
    # Sebastian
    return (len(f) >= 7 and len(w) >= 4 and w not in _WORDS
            and any(f.find(w[:n], 2) > 0 for n in (len(w), len(w) - 1) if n >= 4))


_DIMINUTIVE_LONG = ("ito", "ita", "cito", "cita", "erl", "chen")  # Juanito, Carmencita, Sepperl, Gretchen
_DIMINUTIVE_SHORT = ("i", "l", "le", "y", "ie")  # Franzl, Rosi, Swabian "Kätle"


def is_diminutive(written: str, first_name: str) -> bool:
    """True when ``written`` is ``first_name`` (or one of its table short forms) with a diminutive ending:
    Spanish "Juanito", "Anita", "Carmencita", "Pepito" (of Pepe, José), German "Sepperl" (of Sepp, Josef),
    "Franzl", English "Tommy", "Johnny" (the last letter doubled). The stem keeps at least two letters before
    a long ending ("-ito", "-erl") and three before a short one ("-i", "-l", "-y")."""
    w = _fold(written)
    if not w.isalpha() or w in _WORDS:
        return False
    for base in {_fold(first_name), *nicknames(first_name)}:
        if " " in base or len(base) < 2:
            continue
        stems = {base, base[:-1]} if base[-1] in "aeiouy" else {base}
        for stem in stems:
            if any(w == stem + suf for suf in _DIMINUTIVE_LONG) and len(stem) >= 2:
                return True
            if any(w == stem + suf for suf in _DIMINUTIVE_SHORT) and len(stem) >= 3 and w != base:
                return True
        if base[-1] not in "aeiouy" and len(base) >= 3 and w in (base + base[-1] + "y", base + base[-1] + "ie"):
            return True
    return False


# capitalised words that open sentences and sit inside names ("Ella" in Gabriella): never a short form
_WORDS = {"ella", "ellas", "ellos", "esta", "este", "esto", "todo", "toda", "nada", "para", "pero", "bien", "mama",
          "papa", "also", "aber", "auch", "sind", "only", "just", "then", "there", "here",
          # relatives and everyday nouns, capitalised in German and at a sentence's start: "Frau" is no Franziska
          "frau", "herr", "mann", "tochter", "sohn", "mutter", "vater", "bruder", "schwester", "kinder", "familie",
          "freund", "freundin", "partner", "partnerin", "hochzeit", "geburtstag", "schule", "urlaub", "arbeit",
          "madre", "padre", "hija", "hijo", "hermana", "hermano", "mujer", "marido", "familia", "boda", "mother",
          "father", "sister", "brother", "daughter", "wife", "husband", "family", "wedding", "birthday",
          # months that are nobody's short name ("im Juli", "en mayo" are months)
          "januar", "january", "enero", "februar", "february", "febrero", "marz", "march", "marzo", "abril", "juni",
          "junio", "julio", "agosto", "september", "septiembre", "oktober", "october", "octubre", "november",
          "noviembre", "dezember", "december", "diciembre", "mayo"}


# Second given names people are called by (their short forms count too: "Guada" of María Guadalupe)
_SECOND_GIVEN = {"guadalupe", "fernanda", "josé", "jose", "luisa", "elena", "isabel", "carmen", "teresa", "felipe",
                 "alejandro", "andrés", "andres", "antonio", "manuel", "ignacio", "peter", "heinz", "maria", "marie"}


def same_first_name(written: str, full_name: str, extra: dict[str, set[str]] | None = None) -> bool:
    """Whether ``written`` (one word, or a leading part of a name) may name the person ``full_name``."""
    parts = full_name.split()
    w = _fold(written)
    if not parts or not w:
        return False
    if w == _fold(full_name) or _fold(" ".join(parts[: len(written.split())])) == w:
        return True  # "Thanh Huong" of "Thanh Huong Pham"
    initial = re.fullmatch(r"(?P<first>\S+)\s+(?P<initial>[^\W\d_])\.?", written.strip())
    if initial and len(parts) > 1 and " " not in initial["first"]:  # "Daniel R." of Daniel Reyes (two Daniels)
        return (_fold(parts[-1])[:1] == _fold(initial["initial"])
                and same_first_name(initial["first"], " ".join(parts), extra))
    if " " in w:
        return False
    first = parts[0]
    known = nicknames(first) | {_fold(v) for v in (extra or {}).get(_fold(first), set())}
    if len(parts) > 2:
        known |= nicknames(" ".join(parts[:2]))  # "Chema" of José María Ortiz
        # a second given name is the one many go by: "Lupe" of María Guadalupe Torres, "Pipe" of Andrés Felipe Mejía
        # (a surname in its place has no nicknames, and only a plain short form of it counts)
        known |= nicknames(parts[1]) if parts[1][:1].isupper() else set()
    return w in known or is_short_form(written, first) or is_diminutive(written, first) or (
        len(parts) > 2 and parts[1][:1].isupper() and _fold(parts[1]) in _SECOND_GIVEN and is_short_form(written, parts[1]))


def shared_by_another(written: str, full_name: str, names: Sequence[str],
                      extra: dict[str, set[str]] | None = None) -> bool:
    """Whether ``written`` (a first name as a note writes it) may also name another of ``names`` than
    ``full_name``: "Kate" with Kate Ortega and Katherine Brooks in one meeting, "Chris" with Chris Evans and
    Christiane Vogt. Such a name is nobody's until the user says whose: it is left for review, never guessed."""
    return any(n != full_name and same_first_name(written, n, extra) for n in names)


# Letters that are acronyms far more often than anyone's initials
_ACRONYMS = {"GP", "HR", "PR", "QA", "UK", "US", "EU", "AA", "ER", "OK", "PM", "AM", "IT", "VP", "OT", "PT", "BP",
             "TV", "PA", "EA", "CV", "ID", "UN", "NY", "LA", "SF", "DC", "DJ", "MC", "PE", "RE", "AI", "ML", "UX", "UI",
             "PS", "NB", "CEO", "CTO", "CFO", "COO", "NHS", "DNR", "ICU", "ENT", "MRI", "OOO", "WFH", "FYI", "ASAP",
             "ETA", "KPI", "OKR", "SLA", "API", "QBR", "RSVP", "BBQ", "USA", "GDPR", "CPR", "ADHD", "IVF", "MS", "AD",
             "TBC", "TBD", "EOD", "EOW", "AOB", "HQ", "PTO", "ASD", "OCD", "PTSD", "CBT", "MND", "COPD"}


def initials_of(written: str, full_name: str, acronyms: bool = False) -> bool:
    """Whether ``written`` is ``full_name``'s initials: "SK" or "S.K." of Siobhán Kelly, "K." of
    Katherine Walsh (one letter only with its full stop). Common acronyms ("GP", "HR") are nobody's, unless
    ``acronyms`` (the note itself uses them as the person's label: "AM: fine with the deck")."""
    titled = _TITLED_INITIAL.fullmatch(written.strip())
    if titled:  # "Dr M", "Frau B.": a title and the surname's first letter
        parts = full_name.split()
        return len(parts) > 1 and _fold(parts[-1])[:1].upper() == _fold(titled["letter"]).upper()
    letters = written.replace(".", "").replace(" ", "")
    if not letters.isalpha() or not letters.isupper() or not 1 <= len(letters) <= 3 or (
            letters in _ACRONYMS and not acronyms):
        return False
    if len(letters) == 1 and not written.rstrip().endswith("."):
        return False
    initials = "".join(_fold(part)[:1] for part in full_name.replace("-", " ").split()).upper()
    full = "".join(_fold(part)[:1] for part in full_name.split()).upper()
    if len(letters) == 1:
        return initials[:1] == letters
    return letters in (initials, full) or (len(full) > 2 and letters == full[0] + full[-1])


_TITLED_INITIAL = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Sr|Sra|Srta|Don|Doña)\.?\s+(?P<letter>[A-ZÀ-Þ])\.?")
# how a note names a person, word by word: a capitalised word ("Kate's"), dotted initials ("A.K.", "S. K."), a title
# and an initial ("Dr M", "Frau B.")
_MENTION = re.compile(r"(?<![\w@])(?:" + _TITLED_INITIAL.pattern + r"(?![\w])|[A-ZÀ-Þ]\.(?:\s?[A-ZÀ-Þ]\.){1,2}|[A-ZÀ-Þ][\w-]+)")


def mentions(text: str) -> list[str]:
    """The words of ``text`` that may name a person: capitalised words (a possessive "'s" dropped), dotted
    initials ("A.K."), a title with an initial ("Dr M"), an initial's possessive ("J's 40th": "J.")."""
    return [re.sub(r"['’]s$", "", m.group(0)) for m in _MENTION.finditer(text)] + [
        m.group(1) + "." for m in _INITIAL_POSSESSIVE.finditer(text)]  # "J's 40th": the initial "J."


_INITIAL_POSSESSIVE = re.compile(r"(?<![\w.'’])([B-HJ-ZÀ-Þ])['’]s\b")


_TITLE = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "hr", "hrn", "fr", "sr", "sra", "srta", "don", "doña", "señor",
          "señora")


def without_title(written: str) -> str:
    """"Mr Okafor" -> "Okafor", "Frau Weiß" -> "Weiß", "Dr. Lee" -> "Lee"."""
    words = written.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in _TITLE:
        return " ".join(words[1:])
    return written


# First names of one gender only, in the languages notes are written in: a gendered title ("Frau Brandt",
# "Mr Lindner", "la Sra. Ortega") tells two attendees who share a surname apart only by these. A name missing
# here, or used for both (Andrea, Kim, Sascha, Toni, Alex), tells nothing.
_FEMALE = set("""
anna anne ana ann annie maria marie maría mary margaret margarete margarita margit elizabeth elisabeth isabel isabella
katherine catherine kathryn katharina katrin katja kate karin karen caroline carolina carla carmen clara claire
sarah sara susan susanne susana sophie sophia sofía sofia julia julie juliana laura lauren lisa linda lena helena
helene helen ellen eleanor emma emily emilia olivia charlotte amelia grace hannah johanna jennifer jessica rebecca
rachel ruth rosa rose rosemary rosemarie victoria patricia petra paula pauline nicole natalie natalia nina monika
monica mónica michelle melanie martina marta martha maren lucía lucia lucy louise lotte lina lea leah laila leila
katarzyna karolina kristina christina christine christiane cristina claudia brigitte barbara birgit beatriz beatrix
bettina dorothea dorothy doris diana daniela dana ursula ulrike ute uta ingrid inge irene iris jana jane janet
joanna joanne josefina josefa josephine judith jutta  gabriela gisela gertrud greta hanna heike heidi
hildegard franziska frances francesca fiona fatima farah emine elif eva eve evelyn esther erika elena elke
angelika angela agnes alicia alice alexandra amanda amy anja antje astrid aisha aroha  ayesha
priya priyanka anjali deepika kavya lakshmi sunita meera neha pooja shreya ifeoma ngozi chioma adaeze nneka
amaka funmi kemi yetunde  patience  thandiwe nomvula zanele  mei   keiko sakura
hyejin jiyeon soyeon mariana guadalupe lupe dolores lola pilar consuelo rocío rocio inés ines inmaculada montserrat
concepción concepcion mercedes nuria núria silvia sylvia sonia teresa theresa tere verónica veronica vero beatrice
bea pepa pepita lourdes ximena valentina valeria camila catalina fernanda gloria soledad remedios milagros amparo
encarnación purificación trinidad asunción ignacia francisca manuela rafaela antonia wiebke wilhelmina
mareike maike meike frauke silke ilse irmgard waltraud roswitha magdalena leonie mia marlene ida frieda emilie
nele jule svenja saskia tanja sandra  stefanie stephanie steffi sabine regina renate rita ramona ronja
""".split())
_MALE = set("""
john james william robert richard michael david daniel thomas peter paul mark matthew andrew anthony charles
christopher steven stephen george edward henry jack harry oliver samuel benjamin joseph josef jose josé
juan carlos luis miguel javier francisco manuel antonio pedro pablo alejandro fernando ricardo rafael sergio jorge
andrés andres diego alberto roberto eduardo enrique ignacio nacho pepe paco guillermo gonzalo rodrigo raúl raul
ramón ramon arturo alfonso salvador teodoro felipe emilio jesús jesus joaquín joaquin mateo santiago nicolás
hans hans-peter peter klaus jürgen juergen uwe wolfgang dieter günter gunter horst helmut heinz karl kurt werner
walter friedrich fritz franz georg sepp johann johannes jan jens jonas lukas lucas leon felix maximilian max
florian tobias sebastian stefan stephan markus marcus martin matthias moritz niklas nils philipp ralf reinhard
rolf rüdiger sven thorsten torsten ulrich volker andreas bernd bernhard christian christoph dirk frank gerhard
hartmut heiko henrik holger jörg joerg jörn  lars lutz manfred norbert olaf otto rainer
arjun rahul raj ravi rohan siddharth vikram amit anil sanjay suresh venkatesh kwame kwabena kofi emeka chukwuemeka
tunde babatunde oluwaseun   obinna bongani sipho thabo mehmet ahmet mustafa  hasan hüseyin emre
murat ahmad ahmed omar yusuf ibrahim khalid hiroshi takeshi kenji hyun-woo minho   bogdan dmitri dmitry
ivan sergei mikhail vladimir pavel tomasz piotr krzysztof wojciech marek jakub kuba bartholomew bart
patrick sean seán liam connor declan niall gareth rhys dylan callum hamish angus fraser euan
tom tim tyler ryan kevin brian gary greg gregory jason justin keith kenneth larry dennis douglas
frederick harold howard hugh ian jeremy jonathan joshua julian kieran leonard lewis luke malcolm neil nigel
oscar owen philip raymond roger ronald russell simon stuart terry timothy trevor victor vincent wayne
""".split())
_FEMALE |= set("""
zeynep ayşe ayse fatma merve büşra busra dilara derya dimitra eleni katerina despina agnieszka małgorzata malgorzata
magda giulia chiara federica alessandra chloé chloe manon élodie elodie amélie amelie sanne femke anouk
sigrid freja layla yasmin mariam zainab ananya divya kavita akosua abena efua ama chiamaka nandi thandeka renata
giovanna ilaria siobhán siobhan niamh aoife orla róisín roisin saoirse ciara ainhoa itziar nerea maite amaia
jelena milica ivana dragana snežana snezana ljiljana
corinne corinna regula verena vreni annette yvonne nadine nadja jasmin janine sabrina simone carola marion denise kathrin
mirjam miriam rahel nathalie bärbel gabi uschi kayleigh sheila ishbel morag kirsty eilidh shona mhairi
""".split())
_MALE |= set("""
burak cem emre serkan oğuz oguz georgios dimitris nikos yannis kostas paweł pawel łukasz lukasz giuseppe giovanni
marco matteo lorenzo alessandro pierre louis antoine nicolas julien mathieu joão joao gonçalo goncalo jeroen bram
sander joost erik magnus anders mohammed mohamed muhammad hassan hussein karim tariq youssef samir aditya karthik
rajesh kwaku yaw adebayo olumide sipho mateo sebastián emiliano thiago cian oisín oisin ciarán ciaran eoin
iñaki inaki aitor unai xabier dragan goran zoran dejan nikola
reto urs beat ruedi ueli jürg juerg marcel fabian dominik pascal rené rene roland sandro silvan adrian raphael elias
yannick dario mario marius gian andri
""".split())
_FEMALE_FOLDED = {_fold(n) for n in _FEMALE}
_MALE_FOLDED = {_fold(n) for n in _MALE}
_GENDERED = _FEMALE_FOLDED | _MALE_FOLDED


def gender_of(first_name: str) -> str | None:
    """"f" or "m" for a first name used for one gender only (the table above), else None."""
    w = _fold(first_name.split()[0]) if first_name.split() else ""
    female, male = w in _FEMALE_FOLDED, w in _MALE_FOLDED
    return "f" if female and not male else "m" if male and not female else None


_TITLE_GENDER = {"mr": "m", "herr": "m", "hr": "m", "hrn": "m", "sr": "m", "señor": "m", "don": "m", "mrs": "f", "ms": "f",
                 "miss": "f", "frau": "f", "sra": "f", "srta": "f", "señora": "f", "doña": "f", "fr": "f"}  # "Hr.", "Fr."
# "Fr." is "Frau" in a German note and a priest ("Father") in an Irish one; it only tells two attendees who share a
# surname apart (a couple: "Fr. Bachmann" of Urs Bachmann and Margrit Bachmann-Zemp), where a priest is not to be found


def title_gender(written: str) -> str | None:
    """The gender a title says: "Frau Brandt" "f", "Mr Lindner" "m", "Dr Brandt" None."""
    words = written.split()
    return _TITLE_GENDER.get(words[0].lower().rstrip(".")) if len(words) > 1 else None


def by_surname(written: str, names: Sequence[str]) -> list[str]:
    """The ``names`` whose surname ``written`` is ("Okafor", "Mr Okafor"); when several share it, only those
    whose first name has the gender the title says ("Frau Brandt" of Brigitte and Markus Brandt is Brigitte;
    "Dr Brandt" stays both)."""
    fits = [n for n in names if is_surname(written, n)]
    gender = title_gender(written) if len(fits) > 1 else None
    if gender:  # ... or the one not known to be of the other gender ("Fr. Bachmann" of Urs and Margrit)
        unknown = [n for n in fits if gender_of(n) is None]
        fits = [n for n in fits if gender_of(n) == gender] or (unknown if len(unknown) == 1 else [])
    return fits


def is_surname(written: str, full_name: str) -> bool:
    """Whether ``written`` (a title allowed: "Mr Okafor", "Frau Weiß") is ``full_name``'s surname: its last word,
    its last words with their small words ("de Vries" of Wilhelmina de Vries), or a double surname's first part."""
    w = _fold(without_title(written))
    parts = [_fold(p) for p in full_name.split()]
    if len(parts) < 2 or len(w) < 3 or not w.replace(" ", "").replace("-", "").replace("'", "").isalpha():
        return False
    # a double surname's first part too: "Frau Bachmann" of Margrit Bachmann-Zemp, "Hunziker" of Regula Hunziker-Frey
    return any(w == " ".join(parts[i:]) for i in range(1, len(parts))) or (
        "-" in parts[-1] and "-" not in w and w == parts[-1].split("-")[0])


_BY_SURNAME = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Hr|Hrn|Fr|Sr|Sra|Srta)\.?\s+(?P<t>[A-ZÀ-Þ][\w'’-]+)"
                         r"|(?P<p>[A-ZÀ-Þ][\w-]{2,})['’]s\b)")


def surnames_in(text: str, names: Sequence[str]) -> set[str]:
    """The ``names`` whose surname ``text`` writes with a title ("Mr Okafor", "Frau Weiß") or as a possessive
    ("Okafor's mum"): a bare capitalised word is too often a place or a month to count, and "Dr Okeke
    explained the scan results" is a clinician at work."""
    out: set[str] = set()
    for m in _BY_SURNAME.finditer(text):
        written = m.group(0) if m["t"] else m["p"]  # "Frau Weiß" with its title: it may tell two Weiß apart
        fits = by_surname(written, names)
        if not fits and m["t"] and written.endswith("s"):  # a German genitive: "Herr Lindners Hund"
            fits = by_surname(written[:-1], names)
        out.update(fits)
    return out
