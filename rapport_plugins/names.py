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
    "wolfgang": ("wolfi",),
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
               "jack", "nick", "rob", "sandy", "kit", "kat", "cat", "pepe", "dick", "pip", "bert", "max"}


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the built-in table (a full name or one of its short forms), and
    not an everyday word as well ("Will", "Bill", "May")."""
    w = _fold(word)
    return w in _FIRST_NAMES and w not in _WORD_NAMES


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
    if " " in w:
        return False
    first = parts[0]
    known = nicknames(first) | {_fold(v) for v in (extra or {}).get(_fold(first), set())}
    if len(parts) > 2:
        known |= nicknames(" ".join(parts[:2]))  # "Chema" of José María Ortiz
        # a second given name is the one many go by: "Lupe" of María Guadalupe Torres, "Pipe" of Andrés Felipe Mejía
        # (a surname in its place has no nicknames, and only a plain short form of it counts)
        known |= nicknames(parts[1]) if parts[1][:1].isupper() else set()
    return w in known or is_short_form(written, first) or (
        len(parts) > 2 and parts[1][:1].isupper() and _fold(parts[1]) in _SECOND_GIVEN and is_short_form(written, parts[1]))


# Letters that are acronyms far more often than anyone's initials
_ACRONYMS = {"GP", "HR", "PR", "QA", "UK", "US", "EU", "AA", "ER", "OK", "PM", "AM", "IT", "VP", "OT", "PT", "BP",
             "TV", "PA", "EA", "CV", "ID", "UN", "NY", "LA", "SF", "DC", "DJ", "MC", "PE", "RE", "AI", "ML", "UX", "UI",
             "PS", "NB", "CEO", "CTO", "CFO", "COO", "NHS", "DNR", "ICU", "ENT", "MRI", "OOO", "WFH", "FYI", "ASAP",
             "ETA", "KPI", "OKR", "SLA", "API", "QBR", "RSVP", "BBQ", "USA", "GDPR", "CPR", "ADHD", "IVF", "MS", "AD",
             "TBC", "TBD", "EOD", "EOW", "AOB", "HQ", "PTO", "ASD", "OCD", "PTSD", "CBT", "MND", "COPD"}


def initials_of(written: str, full_name: str) -> bool:
    """Whether ``written`` is ``full_name``'s initials: "SK" or "S.K." of Siobhán Kelly, "K." of
    Katherine Walsh (one letter only with its full stop). Common acronyms ("GP", "HR") are nobody's."""
    letters = written.replace(".", "").replace(" ", "")
    if not letters.isalpha() or not letters.isupper() or not 1 <= len(letters) <= 3 or letters in _ACRONYMS:
        return False
    if len(letters) == 1 and not written.rstrip().endswith("."):
        return False
    initials = "".join(_fold(part)[:1] for part in full_name.replace("-", " ").split()).upper()
    full = "".join(_fold(part)[:1] for part in full_name.split()).upper()
    if len(letters) == 1:
        return initials[:1] == letters
    return letters in (initials, full) or (len(full) > 2 and letters == full[0] + full[-1])


_TITLE = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau", "sr", "sra", "srta", "don", "doña", "señor",
          "señora")


def without_title(written: str) -> str:
    """"Mr Okafor" -> "Okafor", "Frau Weiß" -> "Weiß", "Dr. Lee" -> "Lee"."""
    words = written.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in _TITLE:
        return " ".join(words[1:])
    return written


def is_surname(written: str, full_name: str) -> bool:
    """Whether ``written`` (a title allowed: "Mr Okafor", "Frau Weiß") is ``full_name``'s surname: its last word,
    or its last words with their small words ("de Vries" of Wilhelmina de Vries)."""
    w = _fold(without_title(written))
    parts = [_fold(p) for p in full_name.split()]
    if len(parts) < 2 or len(w) < 3 or not w.replace(" ", "").replace("-", "").replace("'", "").isalpha():
        return False
    return any(w == " ".join(parts[i:]) for i in range(1, len(parts)))


_BY_SURNAME = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Sr|Sra|Srta)\.?\s+(?P<t>[A-ZÀ-Þ][\w'’-]+)"
                         r"|(?P<p>[A-ZÀ-Þ][\w-]{2,})['’]s\b)")


def surnames_in(text: str, names: Sequence[str]) -> set[str]:
    """The ``names`` whose surname ``text`` writes with a title ("Mr Okafor", "Frau Weiß") or as a possessive
    ("Okafor's mum"): a bare capitalised word is too often a place or a month to count, and "Dr Okeke
    explained the scan results" is a clinician at work."""
    return {n for m in _BY_SURNAME.finditer(text) for n in names if is_surname(m["t"] or m["p"], n)}
