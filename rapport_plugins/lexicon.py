"""What a remembered detail is about, and how carefully to bring it up.

A small, general lexicon: words and phrases mapped to a category (pet, family, hobby, ...) and
a sensitivity (light / personal / sensitive). The briefing uses sensitivity for pacing: light
details make openers, personal ones are follow-ups, sensitive ones are "let them lead".
docs/lexicon.md documents the rules; they are written from general usage, not fitted to examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIGHT, PERSONAL, SENSITIVE = "light", "personal", "sensitive"
# Relation words (daughter, mum, partner) say *who* a detail is about, not what: they make a
# detail "family" / personal only when nothing else in it names a topic.
RELATIONS = "relations"
_RANK = {LIGHT: 0, PERSONAL: 1, SENSITIVE: 2}
# A sport's veterans' class ("rows masters sculling"): a pastime, not a master's degree
_MASTERS_SPORT = r"sculling|rowing|swimming|athletics|cycling|hockey|running"


@dataclass(frozen=True)
class Entry:
    """One lexicon group: phrases (regular-expression fragments, matched on word boundaries)."""

    category: str
    sensitivity: str
    phrases: tuple[str, ...]


# A topic the person would rather not talk about ("prefers not to talk about her brother", "Vater nicht
# ansprechen", "no le menciones la boda"): sensitive whatever the topic, and kept in mind, never asked about.
AVOID_PHRASES = (
    r"(?:prefers|would rather|doesn['’]t want|does not want|don['’]t want) (?:not )?to (?:talk|speak) about",
    r"(?:don['’]t|do not|never) (?:mention|bring up|ask about)", r"(?:nicht|nie) (?:ansprechen|erwähnen)",
    r"(?:möchte|will|mag) nicht (?:\w+ ){0,3}(?:reden|sprechen)", r"spricht (?:\w+ )?nicht gern über",
    r"(?:prefiere|quiere) no hablar", r"no quiere hablar", r"no (?:le )?(?:menciones|saques el tema|preguntes por)",
    r"sore (?:point|subject|spot)", r"touchy subject", r"wunde[rn]? punkt", r"heikle[sn]? thema", r"tema (?:delicado|sensible)",
)
TOPIC_TO_AVOID = re.compile(r"(?<![\w-])(?:" + "|".join(AVOID_PHRASES) + r")(?![\w-])", re.IGNORECASE)


# Order matters only to break ties between groups of equal sensitivity: earlier wins.
# Pastimes, crafts, games, music and dance groups, clubs and customs people take part in, English, German and
# Spanish (regional ones too: shinty, Hornussen, Schafkopf, castellers, costalero): a list written from general
# knowledge by a helper who read neither the extractor nor the evaluation set, less the entries the lexicon
# already had; words that are also everyday words or names are left out ("Bridge") or kept in a phrase ("dog agility").
PASTIMES: tuple[str, ...] = (
    # instruments the lexicon lacked, and a named walk, ride or challenge someone does ("doing the West Coast Trail",
    # "the Pan-Mass Challenge again", "the Edinburgh Kiltwalk on the 27th")
    r"ukelele", r"mandolina", r"caj[óo]n", r"charango", r"bandone[óo]n", r"tin whistle", r"fiddle", r"mundharmonika",
    r"dudelsack", r"hackbrett", r"steirische(?: harmonika)?", r"gaita gallega", r"tocar la gaita",
    # folk dances and regional sports the list had not named
    r"baile charro", r"charrer[íi]a", r"ballet folkl[óo]rico", r"danza folkl[óo]rica", r"cueca", r"chacarera", r"kapa haka",
    r"\w*berglauf\w*", r"hincha (?:de|del) (?-i:[A-Z])\w*",
    r"(?:doing|did|done|do|walking|walked|walk|hiking|hiked|hike|cycling|cycled|riding|rode|running|ran|swimming|swam) the "
    r"(?:(?-i:[A-Z][a-zäöüA-Z'’-]+) ){1,3}(?-i:Trail|Way|Challenge|Kiltwalk|Moonwalk|Sportive|Ultra|Triathlon|Walk|Marathon)",
    r"shinty", r"rounders", r"Aussie rules", r"ultimate frisbee", r"skittles", r"petanque", r"croquet",
    r"fell running", r"Nordic walking", r"Munro bagging", r"caving", r"geocaching", r"windsurfing",
    r"clay pigeon shooting", r"mountain biking", r"roller derby", r"show jumping", r"dressage", r"taekwondo",
    r"kickboxing", r"tai chi", r"spin class", r"paragliding", r"motocross", r"paintball", r"escape rooms",
    r"whist drive", r"cribbage", r"canasta", r"poker night", r"mahjong", r"games night", r"LARP", r"cosplay",
    r"pub quiz", r"quiz night", r"embroidery", r"quilting", r"lacemaking", r"woodturning", r"woodcarving",
    r"scrapbooking", r"stained glass", r"model railways", r"metal detecting", r"trainspotting",
    r"amateur astronomy", r"bell ringing", r"handbell ringing", r"open mic night", r"lindy hop",
    r"amateur dramatics", r"am[- ]?dram", r"community theatre", r"pantomime", r"improv comedy",
    r"operatic society", r"bonsai", r"falconry", r"canicross", r"Girl Guides", r"bonfire society", r"scouting",
    r"girl guides", r"(?:cub|beaver|venture) scouts", r"scout (?:leader|troop|group|camp)s?", r"rambling club",
    r"ramblers", r"dog agility", r"agility (?:training|classes|class|trials?|competitions?)", r"playing pool",
    r"women['’]s institute", r"the WI", r"highland games", r"eisteddfod(?:au)?", r"karaoke (?:night|bar)s?",
    r"bingo (?:night|hall)s?", r"(?:plays?|playing) dominoes", r"juggl(?:ing|es)",
    r"(?:artistic|rhythmic) gymnastics", r"gymnastics (?:club|class|classes|meet|competition)s?",
    r"Federball spielen", r"Prellball", r"Radball", r"Boule spielen", r"Eisstockschießen", r"Stockschießen",
    r"Kickern", r"Schwingklub", r"Hornussen", r"Fahnenschwingen", r"Rhönradturnen", r"Lauftreff",
    r"Orientierungslauf", r"Mountainbiken", r"Eiskunstlauf", r"Kajakfahren", r"Wellenreiten", r"Sporttauchen",
    r"Voltigieren", r"Kickboxen", r"Aquafitness", r"Wassergymnastik", r"Gleitschirmfliegen", r"Schützenbruderschaft",
    r"Bogenschießen", r"Skat", r"Skatabend", r"Schafkopf", r"Doppelkopf", r"Jassen", r"Jassrunde", r"Binokel",
    r"Preiswatten", r"Pokerabend", r"Spieleabend", r"Brettspielabend", r"Pen[- ]?and[- ]?Paper[- ]?Rollenspiel",
    r"Kneipenquiz", r"Quizabend", r"Häkeln", r"Klöppeln", r"Holzschnitzen", r"Kalligrafie", r"Aquarellmalerei",
    r"Hobbyfotografie", r"Modellbau", r"Modelleisenbahn", r"Briefmarkensammeln", r"Vogelbeobachtung",
    r"Ahnenforschung", r"Lesekreis", r"Musikkapelle", r"Spielmannszug", r"Fanfarenzug", r"Posaunenchor",
    r"Schalmeienkapelle", r"Guggenmusik", r"Shantychor", r"Liederkranz", r"Jodlerklub", r"Tanzgruppe",
    r"Standardtanz", r"Lateinamerikanische Tänze", r"Volkstanz", r"Volkstanzgruppe", r"Schuhplatteln", r"Discofox",
    r"Stepptanz", r"Bauchtanz", r"Gardetanz", r"Tanzgarde", r"Prinzengarde", r"Funkenmariechen", r"Narrenzunft",
    r"Fasnet", r"Büttenrede", r"Trachtengruppe", r"Brauchtumspflege", r"Maibaumaufstellen", r"Landjugend",
    r"Perchtenlauf", r"Krampuslauf", r"Theatergruppe", r"Laienspielgruppe", r"Laientheater", r"Amateurtheater",
    r"Bauerntheater", r"Freilichtbühne", r"Improtheater", r"Passionsspiele", r"Falknerei", r"Hundesport",
    r"Kaninchenzucht", r"Kleintierzucht", r"Freiwillige Feuerwehr", r"Jugendfeuerwehr", r"Bergwacht",
    r"Pfadfinder\w*", r"Sticken", r"Weben", r"Gärtnern", r"Rodeln", r"Jonglieren", r"Fechten", r"Puppenspiel\w*",
    r"ehrenamtlich", r"im Ehrenamt", r"Agility-\w+", r"Hundesport\w*",
    r"tenis de mesa", r"cesta punta", r"jai alai", r"bolo palma", r"bolos leoneses", r"bola canaria",
    r"petanca", r"juego de la rana", r"carreras de montaña", r"montañismo", r"alpinismo", r"espeleología",
    r"cicloturismo", r"vela ligera", r"regatas de traineras", r"piragüismo", r"submarinismo", r"pesca deportiva",
    r"pesca con mosca", r"tiro con arco", r"kárate", r"taekwondo", r"lucha canaria", r"lucha leonesa",
    r"deporte rural vasco", r"aizkolaris", r"sokatira", r"doma clásica", r"doma vaquera", r"patinaje artístico",
    r"patinaje sobre hielo", r"esquí de fondo", r"parapente", r"motociclismo", r"gimnasia rítmica", r"tute",
    r"chinchón", r"brisca", r"guiñote", r"julepe", r"póquer", r"canasta", r"dominó", r"parchís", r"mahjong",
    r"juegos de mesa", r"noche de juegos", r"juegos de rol", r"noche de trivia", r"hacer punto",
    r"ganchillo", r"bordado", r"punto de cruz", r"encaje de bolillos", r"macramé", r"alfarería",
    r"talla de madera", r"caligrafía", r"acuarela", r"fotografía amateur", r"aeromodelismo",
    r"modelismo ferroviario", r"filatelia", r"numismática", r"observación de aves", r"astronomía amateur",
    r"micología", r"genealogía", r"club de lectura", r"taller de escritura", r"charanga", r"chirigota",
    r"tuna universitaria", r"rondalla", r"orfeón", r"ochote", r"banda de cornetas y tambores", r"batucada",
    r"tamborrada", r"banda de gaitas", r"txistu", r"dulzaina", r"baile de salón", r"bailes latinos", r"bachata",
    r"sevillanas", r"bailar jota", r"sardana", r"muiñeira", r"chotis", r"grupo de danzas", r"coros y danzas",
    r"danza del vientre", r"claqué", r"castellers", r"colla castellera", r"gigantes y cabezudos", r"correfoc",
    r"moros y cristianos", r"fallero", r"fallera", r"comisión fallera", r"casal fallero", r"peña festera",
    r"peña flamenca", r"peña taurina", r"costalero", r"salir en una cofradía", r"hermandad rociera",
    r"grupo de teatro", r"teatro aficionado", r"teatro amateur", r"improvisación teatral", r"jardinería",
    r"bonsái", r"cetrería", r"colombofilia", r"adiestramiento canino", r"canicross", r"escultismo", r"esgrima",
    r"esquiar", r"esquí(?: alpino| de fondo| de travesía)?(?= |$)", r"títeres", r"voluntariado",
    r"hace voluntariado", r"(?:de|como) voluntari[oa]s?",
)

# Life events, family words, homes, schooling and pets said the ways people say them across the Englishes, German
# and Spanish ("tying the knot", "unter die Haube", "la guagua nace", "Chindsgi", "trasteo", "Fellnase"): a list
# written from general knowledge by a helper who read neither the extractor nor the evaluation set, less the entries
# the lexicon already had and the words that are also everyday words ("ESO", "gran", "arriendo" are left out).
LIFE_EVENTS: dict[str, tuple[str, ...]] = {
    "milestone": (
        r"tying the knot", r"got hitched", r"popped the question", r"hen do", r"stag do", r"civil partnership",
        r"roka ceremony", r"gender reveal", r"godh bharai", r"a bun in the oven", r"up the duff",
        r"went into labour", r"gave birth", r"new arrival", r"convocation ceremony", r"the debs", r"SQA results day",
        r"Leaving Cert results", r"standesamtliche Trauung", r"Ziviltrauung", r"Verlobung",
        r"den Bund fürs Leben schließen", r"unter die Haube kommen", r"Polterabend", r"Junggesellenabschied", r"JGA",
        r"Silberhochzeit", r"guter Hoffnung", r"in anderen Umständen", r"entbunden", r"das Licht der Welt erblickt",
        r"es ist ein Dirndl", r"Babyparty", r"Bar Mizwa", r"Schultüte", r"Maturaball", r"Sponsion",
        r"Billett gemacht", r"dimos el sí", r"despedida de soltera", r"despedida de soltero",
        r"en estado de buena esperanza", r"encargamos un bebé", r"dar a luz", r"vino al mundo", r"la guagua nace",
        r"la guagua llega", r"revelación de género", r"bar mitzvá", r"fiesta de quince", r"mis quince", r"me gradué",
        r"me recibí", r"ceremonia de grado", r"acto de grado", r"fiesta de egresados", r"fiesta de promoción",
        r"EBAU", r"EvAU", r"PAES", r"pruebas Saber 11", r"ICFES", r"jura de nacionalidad",
    ),
    "family": (
        r"wee one", r"bairn", r"wean", r"young fella", r"nipper", r"ankle biter", r"littlies", r"mokopuna", r"nanna",
        r"grandad", r"poppa", r"nani", r"mammy", r"mam", r"my folks", r"the missus", r"hubby", r"my other half",
        r"my better half", r"sister[- ]?in[- ]?law", r"co[- ]?brother", r"rellies", r"whānau", r"die Lütte", r"Bub",
        r"Bua", r"Bueb", r"Madl", r"Meitli", r"Steppke", r"Knirps", r"Sprössling", r"Bobbele", r"Gschrappen",
        r"Goofen", r"Omi", r"Grosi", r"Grossmami", r"Grossätti", r"Neni", r"Gotte", r"Götti", r"Göd",
        r"mein Schatz und ich", r"meine bessere Hälfte", r"Göttergatte", r"Lebensgefährtin", r"chamaco",
        r"chamaquito", r"escuincle", r"chilpayate", r"chibolo", r"los pelaítos", r"gurí", r"gurises", r"pibe",
        r"los cabros chicos", r"los chamos", r"carajito", r"nene", r"los peques", r"los críos", r"chaval",
        r"abuelita", r"yaya", r"yayo", r"mi viejo", r"mi vieja", r"los viejos", r"mi jefecita", r"consuegra",
        r"cuñis", r"mi media naranja", r"mi costilla",
    ),
    "family_events": (
        r"visiting the grandparents", r"familienfest", r"asado familiar", r"patchworkfamilie",
    ),
    "home": (
        r"moving day", r"moved in together", r"flat[- ]?hunting", r"house[- ]?hunting", r"apartment hunting",
        r"first[- ]?time buyer", r"settlement day", r"sale agreed", r"gazumped", r"open for inspection",
        r"housewarming party", r"griha pravesh", r"doing up the house", r"fixer[- ]?upper", r"downsizing",
        r"signing the lease", r"removal van", r"U[- ]?Haul", r"moved back home", r"übersiedeln", r"Übersiedlung",
        r"Wohnungssuche", r"Wohnungsbesichtigung", r"Eigenheim", r"Eigentumswohnung", r"Hausbau", r"Spatenstich",
        r"Richtfest", r"Gleichenfeier", r"Aufrichte", r"Kernsanierung", r"Einweihungsparty",
        r"Mietvertrag unterschrieben", r"Nachmieter", r"WG[- ]?Zimmer", r"WG[- ]?Casting",
        r"trasteo", r"trastearse", r"escriturar", r"firmar la escritura", r"escrituración", r"crédito hipotecario",
        r"crédito Infonavit", r"casa propia", r"buscar piso", r"alquilar un piso", r"arrendar un departamento",
        r"rentar un departamento", r"el depa", r"entrega de llaves", r"estrenar casa", r"los tijerales",
        r"compañero de piso", r"independizarse", r"emanciparse",
    ),
    "education": (
        r"preschool", r"pre[- ]?K", r"kindy", r"junior kindergarten", r"reception class", r"junior infants",
        r"primary 1", r"prep year", r"first grade", r"sixth form", r"Leaving Cert", r"HSC", r"ATAR", r"NCEA",
        r"gap year", r"CEGEP", r"apprenticeship", r"tuition classes", r"freshers['’] week", r"Kita", r"Kinderkrippe",
        r"Eingewöhnung", r"Chindsgi", r"Grundschule", r"Volksschule", r"Primarschule", r"Übertrittszeugnis",
        r"Gymnasium", r"Gymi", r"Neue Mittelschule", r"Kantonsschule", r"Zentralmatura", r"Azubi",
        r"Ersti", r"Fachhochschule", r"Disputation", r"la guarde", r"guardería", r"sala cuna", r"kínder", r"el cole",
        r"la secu", r"la prepa", r"bachillerato", r"el insti", r"liceo", r"la facu", r"preuniversitario",
        r"ciclo formativo", r"Erasmus", r"(?:started|starts|starting|start) nursery",
    ),
    "pet": (
        r"adopted a rescue", r"obedience class", r"Crufts", r"gotcha day", r"doggo", r"moggy", r"bearded dragon",
        r"Tierheim", r"aus dem Tierheim adoptiert", r"Tierschutzhund", r"Pflegestelle", r"Hundeschule",
        r"Hundetraining", r"Hundeausstellung", r"Katzenausstellung", r"Hundegeburtstag", r"Gassi gehen", r"Fellnase",
        r"Samtpfote", r"Stubentiger", r"Zwergkaninchen", r"refugio de animales", r"protectora de animales",
        r"hogar de tránsito", r"exposición canina", r"perrhijo", r"michi", r"minino", r"firulais", r"pichicho",
        r"cobaya", r"guardería canina",
    ),
}

LEXICON: tuple[Entry, ...] = (
    # --- sensitive: loss, health, mental health, relationship breakdown, money trouble, trauma
    Entry("loss", SENSITIVE, (
        # from the curated list of care words (care.CAUTION_CLASSES), the ones the entry lacked
        r"Abdankung", r"Aufbahrung", r"Begräbnis", r"Bestatter", r"Grabstein", r"Halbwaise", r"Jahresgedächtnis",
        r"Leichenschmaus", r"Leidmahl", r"Partezettel", r"QEPD", r"Seelenmesse", r"Sterbefall", r"Suizid",
        r"Todesanzeige", r"Todesfall", r"Totenmesse", r"Urnenbeisetzung", r"Vollwaise", r"Witwe", r"Witwer",
        r"cabo de año", r"celebration of life", r"condolence meeting", r"descanse en paz", r"en paz descanse",
        r"entschlafen", r"enviudó", r"esquela", r"está con Dios", r"eulogy", r"friedlich eingeschlafen",
        r"funeraria", r"hat ihre Mutter verloren", r"hat seinen Vater verloren", r"hat sich das Leben genommen",
        r"heimgegangen", r"huérfana", r"huérfano", r"is no more", r"ist von uns gegangen", r"lápida", r"mourning",
        r"no longer with us", r"nos dejó", r"obituario", r"obituary", r"pasó a mejor vida", r"perdió a su esposo",
        r"perdió a su madre", r"perdió a su mamá", r"perdió a su padre", r"plötzlicher Kindstod", r"quedó viuda",
        r"se fue con Dios", r"se nos fue", r"se quitó la vida", r"sepelio", r"sitting shiva", r"sorry business",
        r"sorry for your loss", r"sorry for your trouble", r"tanatorio", r"tangi", r"tehravi", r"took her own life",
        r"took his own life", r"velatorio", r"velorio", r"verwitwet", r"viuda", r"viudo", r"went to God",
        r"went to be with the Lord",
        r"passed away", r"passed on", r"(?<!laptop )(?<!phone )(?<!battery )(?<!server )(?<!car )(?<!build )died(?! (?:on stage|laughing|of (?:embarrassment|shame|laughter))\b)", r"dies", r"dying", r"death", r"funeral", r"grie(?:f|ving|ve)",
        # Indian English "her grandmother expired" (died); not a passport or a contract
        r"(?:grand(?:mother|father|ma|pa)|granny|nani|nana|dadi|dada|mother|father|mum|mom|dad|uncle|aunty|auntie|aunt|"
        r"brother|sister|wife|husband|son|daughter|cousin|(?:father|mother)-in-law)['’]?s? (?:\w+ )?expired",
        r"bereave\w*", r"lost (?:my|me|her|his|their|our) (?:mum|mom|mam|mammy|ma|mother|dad|da|father|husband|wife|partner|son|"
        r"daughter|brother|sister|grandma|grandmother|grandpa|grandfather|friend|baby|dog|cat)",
        r"miscarriage", r"memorial", r"anniversary of (?:his|her|their|my) death", r"put down", r"put to sleep",
        r"(?:had|have|has) to put (?:our|my|his|her|their|the) (?:old )?(?:dog|cat|pet|horse)(?: \w+)? down",
        r"(?:wife|husband|partner|mum|mom|mother|dad|father|brother|sister|son|daughter|gran|grandma|grandmother|"
        r"grandpa|grandfather|grandad|granddad|granny|gran|nana|nanna|nanny|papa|poppa|pop|mama|momma|mam|mammy|abuela|abuelo|cousin|"
        r"baby|mate|koro|kuia)(?: (?-i:[A-Z])\w+)? passed(?! (?:her|his|my|their|it|them|out)\b)"
        r"(?! an? (?!(?:fortnight|week|month|year|day|few|couple)\b))(?! the (?!(?:\w+day|day|week|weekend|night|morning|spring|"
        r"summer|autumn|winter|year)\b))",
        # care to the very end: "they minded my mum at the end", "was with her dad at the end"
        r"(?:my|her|his|their|our) (?:mum|mom|mother|dad|father|gran\w*|nan|husband|wife|partner|brother|sister|son|daughter)"
        r"(?: \w+)? (?:at|until|till|right up to) the (?:very )?end\b(?! of)",
        r"misa de (?:un año|cabo de año|aniversario|difuntos)",
        # the burial and the last weeks, said plainly: "we laid my uncle to rest", "enterramos a mi abuela", "her last weeks
        # with us", "perdió a su papá", "hat ihre Mutter verloren"
        r"laid (?:my|her|his|our|their) (?:\w+ ){1,2}to rest", r"enterr(?:amos|aron|é|ó|ado) a (?:mi|su|sus|mis|nuestr\w+|la|el)\b",
        r"(?:her|his|their) (?:last|final) (?:days|weeks|months|hours)(?= (?:with us|at home|in (?:the |a )?(?:hospice|hospital|"
        r"care|unit|home)|of (?:her|his|their) life)\b)",
        r"perdi(?:ó|eron|mos|) a (?:su|mi|sus|mis|nuestr\w+) (?:papá|padre|madre|mamá|abuel\w+|herman\w+|hij\w+|espos\w+|"
        r"marido|mujer|pareja)",
        r"(?:ihre[nm]?|seine[nm]?|meine[nm]?|unsere[nm]?) (?:mutter|vater|mann|frau|sohn|tochter|bruder|schwester|oma|opa|eltern) "
        r"(?:\w+ )?verloren",
        # "he passed in 2023", "she passed last spring"; the grave they visit ("out to the cemetery")
        r"(?:he|she|they) passed(?= (?:in|last|away|on|when|just|(?:\w+ )?(?:years?|months?|weeks?|days?) ago|\d{4})\b)",
        r"cemetery", r"graveside", r"friedhof", r"cementerio",
        # German, Spanish
        r"gestorben", r"verstorben", r"starb", r"gstorb\w*", r"beerdigung", r"trauerfeier", r"trauer\w*", r"tod",
        r"falleci\w+", r"muri[óo]", r"(?<!\ba )(?<!\bde )muerte", r"funeral", r"entierro", r"duelo", r"luto",
        # grief anniversaries: the first of anything without someone, a birthday they would have had
        r"first (?:[\w'’-]+ ){0,2}without (?:her|his|their|my|our) (?:mum|mom|mother|dad|father|husband|wife|partner|son|"
        r"daughter|brother|sister|gran\w*|nan|grand(?:ma|pa|mother|father)|best friend|dog|cat)",
        r"erste[snmr]? (?:\w+ ){0,2}ohne (?:ihre[nm]?|seine[nm]?|meine[nm]?|unsere[nm]?) (?:mutter|vater|mann|frau|sohn|"
        r"tochter|bruder|schwester|oma|opa|großmutter|großvater|hund|katze)",
        r"primer[oa]? (?:\w+ ){0,2}sin (?:su|sus|mi|mis|nuestr[oa]s?) (?:madre|padre|marido|mujer|esposa|esposo|hij[oa]|"
        r"herman[oa]|abuel[oa]|perr[oa]|gat[oa])",
        r"would have (?:turned|been) (?:\d+|[a-z]+ty)(?! minutes| mins| seconds| hours| years? (?:old|ago))",
        r"hätte (?:\w+ ){0,3}\d+ (?:geworden|werden)", r"(?:habr[íi]a|hubiera) cumplido (?:los )?\d+",
        # the farewell, the burial and the remembrance, and a pet's death said gently
        r"burial", r"cremat(?:ed|ion)", r"beisetzung\w*", r"einäscherung", r"cremaci[óo]n", r"novenari\w+",
        r"misa (?:de (?:difuntos|cuerpo presente|aniversario|r[ée]quiem|funeral)|por (?:su|sus|mi|mis|el alma))",
        r"misa (?:de|por) (?:su|sus|mi|mis) (?:madre|padre|abuel[oa]|herman[oa]|marido|mujer|espos[oa]|hij[oa]|t[íi][oa])",
        r"requiem", r"r[ée]quiem", r"jahrgedächtnis", r"sechswochenamt", r"month['’]s mind", r"verstorben\w*", r"difunt[oa]s?",
        r"in (?:loving )?memory of (?:her|his|their|my|our)", r"(?:in|im|zum) gedenken an",
        r"en (?:memoria|recuerdo) de (?:su|sus|mi|mis|nuestr\w+)", r"rainbow bridge", r"regenbogenbrücke",
        r"(?:cruz\w+|pas\w+) el (?:puente del )?arco ?[íi]ris", r"eingeschläfert", r"had to say goodbye to",
        r"(?:birthday|geburtstag|cumpleaños|cumple) would have been",
        r"(?:\w+['’]s|her|his|their|my|our) passing(?! (?:through|by|the|her|his|a|an|on|it)\b)", r"(?:memorial|anniversary) mass", r"novena",
        r"mussten uns (?:\w+ ){0,3}verabschieden", r"tuv(?:e|imos|ieron|o) que despedir\w*",
        r"would have (?:turned|been) (?:(?:her|his|their|my|our) )?(?:\w+['’]s )(?:\d+|[a-z]+ty)(?:st|nd|rd|th|ieth)?",
    )),
    Entry("health", SENSITIVE, (
        # from the curated list of care words (care.CAUTION_CLASSES), the ones the entry lacked
        r"AFib", r"Asthmaspray", r"inhalers?", r"inhalador(?:es)?", r"inhalator(?:en)?", r"hospicio", r"Pflegebett",
        r"dement", r"grommets", r"palpitations", r"Herzrasen", r"palpitaciones", r"doctor['’]s orders", r"yeso (?:de|en) (?:la|el|su|mi) (?:muñeca|pierna|brazo|tobillo|pie|mano|rodilla)",
        r"(?:empieza|empezó|empezar|hace|haciendo|sesiones de) rayos", r"broke (?:the|a) (?:hip|arm|leg|wrist|ankle|collarbone)", r"Biopsie", r"Blutvergiftung", r"Brustkrebs", r"CPAP", r"CPAP machine",
        r"CPAP[- ]?Gerät", r"DVT", r"Darmkrebs", r"Drehschwindel", r"EPOC", r"Eutirox", r"Gicht", r"Glaukom",
        r"Gürtelrose", r"Hashimoto", r"Hashimoto['’]s", r"Herzrhythmusstörungen", r"Herzschwäche", r"Hirnschlag",
        r"Insulinpumpe", r"Ischias", r"Katarakt", r"Krankschreibung", r"Kreislaufprobleme", r"L[- ]?Thyroxin",
        r"Leistenbruch", r"Lungenembolie", r"Lungenkrebs", r"MRI scan", r"Metastasen", r"Metformin", r"Morbus Crohn",
        r"Nierenversagen", r"PCOS", r"Post[- ]?Covid", r"Prostatakrebs", r"Schlafapnoe", r"Schrittmacher",
        r"Strahlentherapie", r"Unterzucker", r"Vollnarkose", r"Vorhofflimmern", r"anestesia general", r"angiogram",
        r"angioplastia", r"angioplasty", r"apnea del sueño", r"arritmia", r"ataque al corazón", r"ataque de gota",
        r"atrial fibrillation", r"autoinyector de adrenalina", r"biopsia", r"blood clot", r"cardiac arrest",
        r"cateterismo", r"chest pains", r"convulsiones", r"culebrilla", r"dolor de pecho", r"el azúcar alta",
        r"embolia pulmonar", r"en remisión", r"feeling poorly", r"fibrilación auricular", r"gout", r"grüner Star",
        r"herniated disc", r"herpes zóster", r"hipertiroidismo", r"hipotiroidismo", r"hoher Blutdruck",
        r"hypertension", r"hypothyroidism", r"incapacidad médica", r"le dan radio", r"le falta el aire",
        r"le subió el azúcar", r"leucemia", r"levothyroxine", r"levotiroxina", r"linfoma", r"metformin",
        r"metformina", r"metástasis", r"mini[- ]?stroke", r"máquina de CPAP", r"nebuliser", r"nebulizador",
        r"nebulizer", r"neumonía", r"ovario poliquístico", r"preinfarto", r"pulmonía", r"se desmayó", r"sepsis",
        r"sesiones de radio", r"shingles", r"shock anafiláctico", r"sleep apnea", r"sleep apnoea", r"stage 4",
        r"stoma", r"the big C", r"tiene gota", r"vertigo", r"vértigos",
        # a body part giving trouble: "her knee is playing up again", "Sein Knie macht wieder Probleme", "le duele la rodilla"
        r"(?:knee|hip|back|shoulder|ankle|wrist|neck|elbow|foot|feet)s? (?:is |are |has been |have been )?(?:playing up|giving "
        r"(?:her|him|them) (?:trouble|grief)|acting up|(?:really |very )?(?:sore|painful)|hurting)",
        r"(?:knie|hüfte|rücken|schulter|sprunggelenk|handgelenk|nacken|ellbogen|fuß|füße) (?:macht|machen) (?:\w+ ){0,2}"
        r"(?:probleme|ärger|zicken|beschwerden|schmerzen)",
        r"(?:le|me|les) duel(?:e|en) (?:la|el|las|los) (?:rodilla|cadera|espalda|hombro|tobillo|muñeca|cuello|codo|pie|pies)s?",
        r"(?:la rodilla|la cadera|la espalda|el hombro|el tobillo) (?:le |me )?(?:da|dan|está dando) (?:problemas|guerra|lata)",
        r"hospital\w*", r"(?<!constituency )(?<!advice )(?<!councillor['’]s )(?<!mp['’]s )surgery", r"an operation", r"operation on", r"(?:hip|knee|heart|eye|back|shoulder|foot|hand|brain) operation", r"cancer", r"chemo\w*", r"tumou?r", r"diagnos\w+", r"illness",
        r"\bill\b", r"sick(?! of)", r"flu", r"chickenpox", r"measles", r"pneumonia", r"concussion", r"infection", r"injur\w+", r"broke (?:his|her|my|their) (?:arm|leg|wrist|ankle|hip)",
        r"physio\w*", r"therapy", r"therapist", r"counsell?ing", r"medication", r"meds", r"anxiety", r"anxious(?! (?:about|that|he|she|they|we|i|it|for|whether|to|if|because)\b)",
        r"depress\w*", r"panic attacks?", r"crisis de (?:angustia|ansiedad|p[áa]nico)", r"ataques? de (?:p[áa]nico|ansiedad)", r"burn(?:ed|t)? ?out", r"mental health", r"insomnia",
        r"(?:not|haven't been|hasn't been|can't stop|trouble) sleeping", r"ptsd", r"trauma\w*", r"rehab",
        r"addiction", r"sober", r"sobriety", r"relapse\w*", r"ivf", r"fertility",
        r"chronic pain", r"migraines?", r"recovering from", r"scan results", r"biopsy", r"dementia",
        r"alzheimer'?s", r"stroke", r"heart attack", r"covid", r"long covid", r"doctor's appointment", r"gp appointment",
        # end of life care: a relative's, too, is a sensitive health matter
        r"hospice", r"palliative(?: care)?", r"end[- ]of[- ]life", r"terminal(?:ly)? ill", r"terminal (?:cancer|illness|diagnosis)", r"weeks to live",
        r"months to live", r"care home", r"nursing home",
        # conditions and what must be kept in mind (never small talk)
        r"\w*allerg(?:ic|y|ies|ie|ien)\w*", r"wheelchair", r"disabilit(?:y|ies)", r"disabled", r"hearing aid",
        r"mobility (?:issues|problems|aid)", r"walking stick", r"crutches", r"anaphyla\w+", r"epipen", r"intoleran(?:t|ce)", r"coeliac", r"celiac", r"diabet(?:es|ic)", r"pre-?diabet\w*",
        r"(?:i['’]m|i am|she['’]s|he['’]s|she is|he is|being) type (?:1|one|2|two)(?![\w-])",
        r"asthma", r"epilep\w+", r"seizures?", r"parkinson'?s", r"multiple sclerosis", r"arthritis",
        r"panic", r"sertraline", r"antidepressants?", r"prozac", r"insulin", r"dialysis", r"transplant",
        r"(?:hip|knee|heart|eye|back|shoulder) (?:replacement|surgery)",
        # a joint rebuilt or replaced, the joint said first ("my knee reconstruction", "ACL reconstruction", "Knee's
        # finally cooperating since the replacement")
        r"(?:hip|knee|shoulder|ankle|wrist|elbow|acl|cruciate|ligament|spinal|spine) (?:reconstruction|repair|fusion|"
        r"arthroscopy)", r"(?:hip|knee|shoulder)(?:['’]s| is| has been| feels| was) [^.;!?]{0,50}?\b(?:since|after) the (?:replacement|"
        r"reconstruction|op|operation|surgery)\b",
        # a diet a doctor set ("el médico me tiene a dieta", "le mandaron dieta por el colesterol", "the doctor has me on a
        # diet", "der Arzt hat mich auf Diät gesetzt")
        r"(?:me|le|nos|les) (?:tiene[n]? a|(?:ha|han) puesto a|puso a|pusieron a|mand(?:ó|aron|an|a)) dieta",
        r"(?:doctor|gp|consultant)(?:['’]s| has| had)? (?:put )?(?:me|him|her|them) on (?:a|this|the) (?:[\w-]+ )?diet",
        r"(?:arzt|ärztin|doktor)\w* (?:hat|hatte) (?:mich|ihn|sie|uns) auf diät gesetzt",
        r"(?:haven't|hasn't|not|barely|hardly) slept", r"sleeping badly", r"grieving",
        r"lumbago", r"hexenschuss", r"ci[áa]tica", r"sciatica", r"slipped disc", r"bandscheibenvorfall",
        r"hernia", r"endometriosis", r"lactose", r"laktose\w*", r"lactosa", r"deaf", r"hard of hearing", r"hearing loss",
        r"adhd", r"adhs", r"autis\w+", r"dyslexi\w+", r"legastheni\w+", r"bandscheibe\w*", r"krankgeschrieben",
        r"suicid\w*", r"selbstmord", r"self-harm", r"eating disorder", r"anorexi\w+", r"bulimi\w+", r"pregnancy loss",
        r"physiotherap\w+", r"fisioterapia", r"rehabilitaci[óo]n", r"baja médica", r"de baja",
        r"ibs", r"fodmap", r"crohn'?s", r"colitis", r"dx", r"chemotherapy", r"radiotherapy", r"radiation(?: therapy| treatment)?",
        r"rounds? of (?:chemo|radiation|treatment|infusions?|immunotherapy)", r"mastectomy", r"miscarried",
        # medicine by the shape of its words, and the classes issue 8 names: procedures, conditions,
        # tests and scans, wards, specialists, end-of-life and family care, mental health, addiction
        r"\w+(?:ectomy|ectomies|oscopy|otomy|ostomy|itis)", r"(?:carcin|melan|lymph|sarc|gli|my|glauc|mesotheli)omas?",
        r"\w*(?:leuk|an|sept|isch)a?emia", r"(?:psych|neur|thromb|fibr|scoli|cirrh|tubercul|osteopor|endometri|sclero)osis",
        r"(?:an? |the |her |his |my |their )(?:mri|ct scan|x-?rays?|ultrasound|mammogram|smear test|blood tests?|scan)",
        # (a product's "A/B test results", "load test results" are work)
        r"(?<!a/b )(?<!ab )(?<!a-b )(?<!load )(?<!unit )(?<!user )(?<!usability )(?<!pen )(?<!smoke )(?<!beta )(?<!split )test results",
        r"results came back", r"a lump", r"(?:has|with|is) stage (?:[1-4]|one|two|three|four|iv|iii)",
        r"stage (?:[1-4]|iv|iii|four|three) (?:\w+ )?(?:cancer|tumou?r)", r"remission",
        r"a&e", r"(?-i:ER)", r"(?-i:ICU)", r"intensive care", r"emergency room", r"outpatients?", r"in a coma", r"induced coma",
        r"ventilator", r"life support", r"critical condition", r"c-section", r"caesarean", r"cesarean",
        r"(?:seeing|sees|saw|see|seen) (?:a|an|the|her|his|my|their) (?:psychiatrist|psychologist|oncologist|cardiologist|"
        r"neurologist|specialist|counsell?or|gp|doctor)", r"psychiatri\w+", r"oncolog\w+",
        r"(?:heart|lung|kidney|liver|skin|chronic|medical|rare|genetic|autoimmune|mental health|pre-existing) condition",
        r"schizophreni\w+", r"bipolar", r"(?-i:OCD)", r"psychosis", r"(?:nervous|mental) breakdown",
        r"(?:feeling|felt|been|so|really|very|pretty|quite) low(?! on| key| cost| carb)", r"(?:feeling|felt) down", r"low mood",
        r"struggling (?:mentally|with (?:my|his|her|their) mental)", r"in recovery(?! mode)",
        r"(?:\d+|one|two|three|four|five|six|ten) (?:years?|months?|weeks?|days?) (?:clean|sober)", r"alcoholi\w+",
        r"drinking problem", r"(?-i:AA) meetings?", r"overdose\w*", r"(?-i:ALS|COPD|HIV|ME/CFS)", r"has (?-i:MS)",
        r"off sick", r"(?<!\bit )(?<!\bthem )(?<!\bthis )(?<!\bthat )signed off(?! (?:on|by|the|this|that|it)\b)", r"sick note", r"fit note", r"blind(?! date| spot| tasting)", r"partially sighted",
        r"visually impaired", r"stammer\w*", r"stutter\w*", r"fever", r"glandular fever", r"mono(?:nucleosis)?",
        r"lost (?:the|our|a|their|her|his) (?:baby|pregnancy)", r"still(?:birth|born)", r"widow(?:ed|er)?",
        r"had a fall", r"fractured?", r"comfort care", r"(?-i:DNR)", r"do not resuscitate",
        r"(?:caring|care) for (?:my|her|his|their|our) (?:mum|mom|mother|dad|father|parents?|husband|wife|partner|"
        r"son|daughter|gran|grandma|grandmother|grandpa|grandfather)", r"(?:full-time |family )?carers?'?",
        r"respite care", r"assisted living", r"long[- ]term care", r"sheltered housing", r"memory care", r"(?:care|residential) facility",
        r"residential care", r"(?:got|gets|get|given|had|has) the all[- ]clear", r"(?:le|les|me|nos|te) (?:han |ha )?(?:dado|dieron|dio|dan|van a dar) el alta",
        r"dad[oa] de alta", r"(?:est[áa]|sigue|lleva|ingres[óo]|ingresad[oa]) (?:\w+ )?en (?:la|una) cl[íi]nica",
        # the same classes in German and Spanish (German medicine often sits at the end of a compound)
        r"\w*(?:fieber|entzündung|erkrankung|krankheit|infektion|operation|schmerzen|tumor)",
        r"\w*(?:bein|arm|hand|fuß|fuss|rippen|wirbel|knochen|schädel|hüft|nasen|finger|zehen|becken|kiefer|gelenk|ellbogen|"
        r"knöchel|schulter|knie)bruch\w*", r"(?:ein |einen |der |den )?bruch (?:am|im|des|der)",
        r"intensivstation", r"notaufnahme", r"psychiater\w*", r"entzug", r"(?-i:Sucht\w*)", r"(?:alkohol|spiel|drogen|kauf|mager|ess|internet|nikotin|tabletten)sucht\w*", r"im sterben", r"stirbt",
        r"pflegefall", r"pflegebedürftig", r"alzheimer", r"fiebre", r"fractura",
        r"windpocken", r"masern", r"scharlach", r"röteln", r"mumps", r"keuchhusten", r"grippe", r"varicela", r"sarampi[óo]n",
        r"paperas", r"escarlatina", r"gripe",
        # scans by name: "me hacen una resonancia", "MRT am Montag", "eine Tomografie"
        r"(?:me|te|le|la|lo|nos|les|se) (?:van a |acaban de |tienen que |han |ha |he )?oper\w+", r"oper(?:é|aron)",
        r"resonancia(?: magn[ée]tica)?", r"tomograf[íi]a", r"radiograf[íi]a", r"mamograf[íi]a", r"(?-i:MRT|CT)", r"röntgen\w*",
        r"kernspin\w*", r"tomografie", r"mammografie", r"alzh[ée]imer", r"(?-i:UCI)",
        r"urgencias", r"psiquiatr\w+", r"muri[ée]ndose", r"se est[áa] muriendo", r"ingresad[oa] en",
        r"residencia de (?:ancianos|mayores)", r"residencia de (?:su|mi|sus|mis|tu) (?:madre|padre|padres|abuel[oa]s?)",
        r"desintoxicaci[óo]n", r"entgiftung", r"(?:pregnancy|cancer|health|heart|covid) scare", r"\w+itis",
        # German
        r"krankenhaus", r"klinik(?:um)?", r"\w+-(?-i:OP)", r"(?-i:OP)", r"operiert", r"krebs\w*", r"chemo", r"\w*diagnose\w*",
        r"krank", r"erkrankt", r"herzinfarkt", r"schlaganfall", r"hospiz", r"palliativ\w*", r"reha", r"therapie",
        r"depression\w*", r"allergi\w+", r"zöliakie", r"unverträglich\w*", r"demenz", r"pflegeheim",
        # Spanish
        r"hospital(?:izad[oa])?", r"operan", r"operaci[óo]n", r"oper[óo]", r"cirug[ií]a", r"c[áa]ncer", r"quimio\w*",
        r"diagn[óo]stic\w+", r"enferm[oa]", r"enfermedad", r"infarto", r"ictus", r"paliativos?", r"cuidados paliativos",
        r"al[ée]rgic[oa]", r"alergia", r"asma", r"terapia(?! ocupacional)", r"medicaci[óo]n", r"cel[ií]ac[oa]", r"diab[ée]tic[oa]", r"depresi[óo]n", r"ansiedad",
        # injuries and body parts people name instead of a diagnosis
        r"(?:in|wears?|wearing|out of) (?:a|her|his|my|their) (?:plaster )?(?:cast|brace|sling)", r"plaster cast",
        r"sprain\w*", r"torn (?:\w+ )?(?:acl|ligaments?|hamstring|muscle|meniscus|tendon|cartilage)", r"ligaments?",
        r"hamstring", r"meniscus", r"(?-i:ACL)", r"slipped disc", r"bad back", r"kidney stones?", r"gallstones?",
        r"appendix", r"blood pressure", r"tinnitus", r"nicu", r"neonatal", r"premature(?:ly)?",
        r"hörsturz", r"kreuzband\w*", r"meniskus", r"bänderriss", r"verstaucht", r"gebrochen\w*", r"gips",
        r"esguince", r"escayola", r"menisco", r"ligamentos?", r"lesi[óo]n", r"lesionad[oa]", r"torcedura",
        r"(?:se )?(?:rompi[óo]|ha roto|rompe|fractur[óo]) (?:la|el) (?:pierna|brazo|mu[ñn]eca|tobillo|cadera|pie|rodilla|hombro|mano)",
        r"prematur[oa]", r"neonatolog\w+",
        # fertility, pregnancy loss, mental health and care of a relative, in German and Spanish too
        r"fehlgeburt\w*", r"kinderwunsch\w*", r"künstliche befruchtung", r"fertilidad", r"reproducci[óo]n asistida",
        r"aborto espont[áa]neo", r"panik\w*", r"p[áa]nico", r"angststörung\w*", r"essstörung\w*", r"trastorno\w*",
        r"psychotherapie", r"(?:zum|beim) psychologen", r"psicoterapia", r"(?:va|voy|iba|fue|ir) (?:al|a la) psic[óo]log[oa]",
        r"(?:va|voy|vamos|iba|fue|empez[óo]|empieza) (?:a )?terapia", r"terapia de pareja", r"einschläfern\w*",
        r"fase terminal", r"enferm[oa] terminal", r"terminalmente", r"est[áa] terminal",
        r"(?:alten|alters|senioren|pflege)heim\w*", r"betreutes wohnen", r"sterbebegleitung", r"asilo", r"geri[áa]trico",
        r"en una residencia(?! de estudiantes| universitaria)",
        r"(?:pflegt|pflegen|pflege) (?:seine|ihre|meine|unsere|die) (?:mutter|vater|eltern|frau|mann|oma|opa|großmutter|großvater)",
        r"cuida(?:ndo|r)? (?:a|de) (?:su|mi|sus|mis) (?:madre|padre|padres|abuel[oa]s?|marido|mujer|esposa|esposo|pareja)",
        r"(?:baja|licencia) por", r"de baja",
        r"(?:looking after|taking care of|look after|looks after|take care of|takes care of) (?:my|her|his|their|our) "
        r"(?:mum|mom|mother|dad|father|parents?|husband|wife|partner|gran|grandma|grandmother|grandpa|grandfather|nan)",
        r"kümmer\w* sich um (?:seine|ihre|meine|unsere) (?:mutter|vater|eltern|frau|mann|oma|opa)",
        r"(?:mum|mom|mother|dad|father|husband|wife|partner|gran|grandma|grandmother|grandpa|grandfather|nan|brother|sister)"
        r" (?:isn['’]t|is not|['’]s not|hasn['’]t been|has not been|is still not|still isn['’]t|is really not) (?:\w+ )?"
        r"(?:doing )?(?:well|great|good)(?! at| news)",
        r"not doing (?:so |too |very )?(?:well|great)", r"(?:memory is going|losing (?:her|his|their) memory)",
        r"in a (?:care )?home(?! office| game| match| town| country)", r"needs? (?:full-time |round-the-clock |24/7 )?care",
        r"on oxygen", r"waiting (?:for|on) (?:the |his |her |their )?(?:results|biopsy|scan)",
        r"geht es (?:\w+ )?(?:nicht|gar nicht|schlecht) gut|geht es (?:\w+ )?schlecht", r"no (?:est[áa]|anda|se encuentra) (?:nada |muy |tan )?bien",
        r"hosp", r"hospitali[sz]ed", r"pre-?eclampsia", r"bed rest", r"high-risk pregnancy", r"stress leave",
        r"präeklampsie", r"preeclampsia", r"reposo absoluto", r"ingresad[oa]", r"demencia", r"p[áa]rkinson", r"esclerosis", r"radioterapia", r"di[áa]lisis", r"trasplante",
        r"derrame cerebral", r"convalec\w+", r"muletas?", r"silla de ruedas", r"discapacidad", r"rollstuhl", r"dialyse",
        r"transplantation", r"bestrahlung", r"pflegegrad", r"gehbehindert", r"krücken", r"behinderung", r"koma", r"coma",
        r"(?:car|bike|cycling|skiing|road|motorbike|climbing|riding) accident", r"(?:had|has|was in|been in) an? (?:\w+ )?accident",
        r"unfall\w*", r"accidente", r"nil by mouth", r"(?:knee|hip|shoulder|heart valve|valve|joint) (?:was |were |got |had )?replaced",
        r"(?:had|having|has|get|getting|gets|got) (?:his|her|their|my|the) (?:tonsils|appendix|gallbladder|wisdom teeth)"
        r"(?: \w+)?(?: out| removed| taken out)?", r"tonsils", r"(?:needed|needs|got|had|has) (?:\d+ |a few |some )?stitches",
        r"until the end(?! of)", r"(?:die|dying|pass away|passes away) at home", r"final (?:days|weeks|months)",
        r"(?:doesn['’]t|does not|don['’]t|do not) have long(?: left)?", r"not long left", r"end is near",
        r"schlafe (?:\w+ )?(?:kaum|schlecht|nicht)", r"kann (?:\w+ )?nicht (?:\w+ )?schlafen", r"schlafprobleme?", r"schlafstörung\w*",
        r"(?:no|apenas|casi no) (?:puedo )?(?:duermo|dormir|duerme)", r"duerm[eo] (?:muy )?(?:mal|poco)", r"insomnio",
        r"beim (?:\w+ )?\w*(?:arzt|kardiologen|onkologen|neurologen|orthopäden|chirurgen|hausarzt|psychologen|psychiater)",
        r"stents?", r"herzkatheter\w*", r"bypass",
        # procedures said plainly: dental work, teeth out, "has his hip done"; a condition by its shorthand; a limp
        r"dental (?:work|surgery|treatment|abscess|implants?|extraction)", r"root canal", r"wisdom teeth",
        r"(?:teeth|tooth) (?:out|pulled|removed|extracted)", r"(?:two|three|four|\d+|some|a few) teeth out",
        r"(?:has|have|had|having|get|gets|getting|got) (?:his|her|their|my|a|the) (?:hip|knee|eyes?|cataracts?|shoulder|"
        r"bunions?|varicose veins|gallbladder|hernia|ankle|wrist|back) (?:done|seen to|fixed|sorted|operated on)",
        r"(?:has|have|with|got) type (?:1|2|one|two)(?! (?:error|font|fun))", r"limp(?:s|ing|ed)?",
        r"zahn(?:ärzt\w*|arzt\w*|op|entzündung|wurzel\w*)", r"(?:zähne|zahn) (?:gezogen|raus)", r"weisheitszähne",
        r"(?:humpelt|hinkt)", r"(?:ir|va|fue|llevar\w*) al dentista", r"muelas? del juicio", r"endodoncia", r"cojea\w*",
        # medical diets: gluten, lactose, FODMAP, coeliac, diabetes - whatever the language or compound
        r"(?:[\w'’-]+ )?diseases?", r"(?:eating|sleep|sleeping|anxiety|panic|personality|bipolar|stress|mood|seizure|autoimmune|genetic|rare|blood|"
        r"thyroid|heart|kidney|liver|lung|bowel|neurological|degenerative) disorders?", r"asma", r"terapia", r"low-fodmap",
        r"because of (?:her|his|my|their|a|the) (?:bad |dodgy |injured |sore )?(?:knee|back|hip|shoulder|ankle|foot|heart|health|eyes)",
        r"wegen (?:seines|ihres|meines|seiner|ihrer|meiner) (?:knies|rückens|hüfte|schulter|herzens|gesundheit|augen)",
        r"por (?:la|su|mi) (?:rodilla|espalda|cadera|salud|coraz[óo]n)", r"\w*unverträglich\w*", r"vertr(?:ä|a)g\w* (?:\w+ ){0,2}(?:kein\w*|nicht)", r"no pued\w+ (?:comer|tomar)",
        r"can(?:'|’)?t (?:eat|have|tolerate) (?:gluten|dairy|lactose|nuts|wheat|eggs)", r"intoleran\w+ (?:al|a la|to) gluten", r"gluten intoleran\w+",
        r"intoleran(?:cia|te)s?", r"celiaqu[ií]a", r"cel[ií]ac[oa]s?", r"diab[eé]t\w*", r"diabetes-\w+", r"lactose-free", r"sin lactosa",
        r"hay fever", r"heuschnupfen", r"alergias?",
        r"(?:diabetes|krebs|demenz|alzheimer|parkinson|asthma|allergie|dialyse|chemo|herz|sucht|zöliakie|laktose|migräne)-\w+",
        r"dej[óo] (?:el alcohol|de beber|de tomar)", r"(?:ha|he|has) dejado el alcohol", r"keinen alkohol mehr",
        # conditions people name plainly
        r"(?:high|low) blood pressure", r"presi[óo]n (?:alta|baja|arterial)",
        r"bluthochdruck", r"tensi[óo]n (?:alta|baja)", r"hipertensi[óo]n",
        r"rheuma\w*", r"reuma\w*", r"migr(?:aine|äne|aña)s?", r"pacemaker", r"herzschrittmacher", r"marcapasos",
        r"blood thinners", r"blutverdünner\w*", r"anticoagula\w+", r"(?:hat|tiene) (?-i:MS)", r"alkoholiker\w*",
        r"alcoh[óo]lic[oa]s?", r"frail", r"gebrechlich", r"delicad[oa] de salud", r"malit[oa]", r"pachuch[oa]",
        r"(?:kidney|liver|heart|lung|bone marrow) (?:donor|transplant)", r"transplant list", r"onc[óo]log[oa]s?",
        # procedures and appointments: a minor one too, and fasting before it
        r"(?:medical|minor|day|outpatient|keyhole|dental|small) procedure", r"(?:before|after) (?:the|her|his|my|their) procedure",
        r"eingriff\w*", r"\w+spiegelung", r"(?:nach|vorsorge)untersuchung\w*", r"nüchtern", r"en ayunas",
        r"\w+oscopia", r"\w+ectom[íi]a", r"intervenci[óo]n(?: quir[úu]rgica)?", r"operad[oa]", r"operar(?:le|la|lo|se)?",
        r"(?:le|la|lo|me|te|nos) (?:van a )?operar\w*", r"(?:unas |las )?pruebas m[ée]dicas", r"(?:haciendo|hacer|hacerse|hace) (?:unas |las )?pruebas",
        r"an[áa]lisis de sangre", r"anal[íi]tica", r"ecograf[íi]a", r"ultraschall\w*", r"(?:anomaly|dating|\d+[- ]week) scan",
        r"(?:stitches|cast|plaster|brace|sling) (?:off|out|removed)", r"(?:mole|cyst|lump|polyp)s? (?:removed|checked|taken out)",
        r"(?:hospital|doctor'?s|gp|clinic|specialist|consultant|dentist'?s?) appointment", r"arzttermin\w*",
        r"(?:eine |zur |auf )kur", r"(?:hip|knee|heart|eye|back|shoulder|foot|hand|brain|wrist|ankle|cataract|hernia|"
        r"gallbladder|bypass)[- ]op", r"(?:his|her|my|their|mum's|dad's|mom's) op(?! art)",
        r"cataracts?", r"cataratas?(?!\s+del?\s)",  # (not the falls: "las cataratas del Iguazú")
        r"grau(?:e[nr]?|er) star", r"(?:operación de|tiene|operar(?:se|le)? de) cataratas", r"check-?ups?",
        r"revisi[óo]n m[ée]dica", r"chequeo", r"vorsorge\w*", r"morning sickness", r"schwangerschaftsübelkeit",
        r"(?:having|has|started|starts|finished|after) (?:the |her |his )?radiation", r"radiation (?:therapy|treatment)",
        r"antidepressiva", r"antidepresivos?", r"chronic (?:fatigue|illness|condition|pain)", r"fatiga cr[óo]nica",
        r"prosthe\w+", r"prothese\w*", r"pr[óo]tesis", r"(?:uses|walks with|with) a cane", r"(?:geht|läuft) am stock",
        r"bast[óo]n", r"(?:stopped|quit|gave up|giving up) drinking(?! (?:coffee|tea|cola|soda|fizzy|energy))",
        r"dej[óo] de beber", r"(?:ha|has|he) dejado de beber", r"sin beber", r"aufgehört zu trinken", r"trinkt nicht mehr",
        r"(?:a bit|bit|been|so|really|very|pretty) down(?! to| the| under| there| here| in| at| from| on)",
        r"not (?:herself|himself|themselves|myself|themself) (?:lately|recently|at the moment)",
        r"(?:quemad[oa]|ausgebrannt)", r"(?:seeing|sees|saw) (?:someone|somebody) about", r"todestag",
        r"aniversario de (?:la|su) muerte",  r"(?:a |her |his |my |their )?new (?:hip|knee|heart valve)", r"(?:eine |ein )?neue[ns]? (?:hüfte|knie|herzklappe)",
        r"waiting (?:for|on) (?:a |an )?(?:kidney|liver|heart|lung|donor|transplant)", r"\w*(?:arzt|ärztin)termin\w*",
        r"(?:cita|consulta) (?:con el|con la|en el|del|de la) (?:m[ée]dic[oa]|especialista|onc[óo]log[oa]|cardi[óo]log[oa]|"
        r"ginec[óo]log[oa]|traumat[óo]log[oa]|neur[óo]log[oa]|psiquiatra|hospital)",
        # spoken German and Spanish as Austria, Switzerland and Latin America say it: "im Spital", "im Krankenstand",
        # "internada desde el lunes", "en el sanatorio"; an injury named by its body part ("me torcí el tobillo",
        # "hab mir das Knie verdreht")
        r"spit(?:al|äler|älern)\w*", r"krankenstand\w*", r"internad[oa]s?", r"internaron", r"internaci[óo]n", r"sanatorio",
        r"(?:me|se|le|te) (?:rompí|rompió|fracturé|fracturó|torcí|torció|disloqué|dislocó|lesioné|lesionó|esguincé|quebré|quebró)"
        r" (?:el|la|los|las|un|una) \w+",
        r"(?:mir|sich|ihm|ihr) (?:\w+ ){0,3}(?:den|das|die|einen|ein) \w+ (?:verdreht|ausgekugelt|gezerrt|angebrochen|geprellt|"
        r"verstaucht|gebrochen|gerissen)",
        # conditions by the shape of their names in German and Spanish ("Arthrose", "artrosis"), organ failure,
        # syndromes and neurodivergence, hearing aids, amputation; medicines that tell of illness
        r"\w*(?:arthr|osteopor|thromb|skler|fibr|tuberkul|zirrh|skoli|sten|endometri|borreli|spondyl|mukoviszid)ose",
        r"\w*(?:artr|osteopor|tromb|escler|fibr|tubercul|cirr|escoli|esten|endometri)osis", r"arthrosis",
        r"(?:fibro)?m[yi]alg(?:ia|ie)", r"neuralg\w+", r"lupus", r"(?:kidney|renal|heart|liver|organ|respiratory) failure",
        r"\w*insuffizienz", r"insuficiencia (?:renal|card[íi]aca|respiratoria|hep[áa]tica)", r"colic", r"kolik", r"c[óo]lico",
        r"amput\w+", r"(?:down(?:['’]s)?|tourette(?:['’]s)?|asperger(?:['’]s)?) syndrome", r"down-syndrom", r"trisom\w+",
        r"s[íi]ndrome de (?:down|asperger|tourette)", r"on the (?:autism )?spectrum", r"espectro autista", r"(?-i:TDAH|TEA)",
        r"dislexi\w+", r"hearing aids", r"hörgerät\w*", r"cochlear implants?", r"implante coclear",
        r"on (?:steroids|antibiotics)", r"kortison", r"cortisona", r"antibiotika", r"antibi[óo]ticos",
        # a stay for treatment: "zur Kur", "Mutter-Kind-Kur", "lo ingresaron", "está internada", "post-op"
        r"(?:die|der|in|von der|aus der) kur", r"\w+-kur", r"kurklinik\w*", r"kuraufenthalt\w*",
        r"(?:lo|la|le|los|las) (?:ingresaron|internaron)", r"est[áa] internad[oa]", r"post-?op(?:erative)?", r"pre-?op(?:erative)?",
        r"postoperat\w+",
        # fertility treatment by its names, and sobriety said plainly
        r"fiv", r"icsi", r"embryo transfer", r"transferencia embrionaria", r"ovodonaci[óo]n", r"eizellspende",
        r"(?-i:AA) (?:sponsor|chip|group)", r"alcoholics anonymous", r"anonyme alkoholiker", r"alcoh[óo]licos an[óo]nimos",
        r"seit (?:\w+ ){0,3}(?:trocken|clean)", r"trockene[rn]? alkoholiker\w*", r"(?:years?|months?) (?:dry)",
        r"lleva (?:\w+ ){0,3}(?:limpi[oa]|sobri[oa])", r"sobriedad", r"ya no bebe",
        r"(?:no longer|doesn['’]t|does not) drinks?(?: alcohol)? any ?more", r"trinkt (?:\w+ )?(?:nichts|keinen alkohol) mehr",
        r"mit dem trinken aufgehört",
        # an animal or a person hit by a vehicle, an animal off its food, a treatment by its medicine, an organ,
        # care leave, an appointment written short ("midwife appt")
        r"(?:got|gets|was|been|get) (?:hit|run over|knocked (?:down|over)) by (?:a|the) \w+", r"angefahren", r"atropell\w+",
        r"(?:frisst|fressen|fraß) (?:\w+ ){0,3}(?:kaum|nicht mehr|nichts mehr)", r"insulina",
        r"(?:est[áa]|sigue|lleva) (?:con|en) tratamiento", r"tratamiento (?:de|con) (?:insulina|quimio\w*|radio\w*|"
        r"antibi[óo]ticos|cortisona|hormonas)", r"tiroides", r"\w*schilddrüse\w*", r"thyroid", r"ves[íi]cula", r"gallbladder",
        r"presi[óo]n (?:alta|arterial)",
        r"(?:hospital|doctor['’]?s|gp|clinic|specialist|consultant|dentist['’]?s?|midwife|physio|scan) (?:appointment|appt)",
        r"hebammentermin\w*",
        # a sick person by a German compound ("zuckerkrank", "herzkrank"), Reha and heart sport, a support group,
        # a trip for treatment ("flies to Houston for treatment"), a clinician's shorthand
        r"\w+krank(?:e[nrms]?)?", r"krank(?:e[nrms]?)?", r"reha(?:-?\w+)?", r"herzsport\w*", r"koronarsport\w*",
        r"cardiac rehab", r"support groups?", r"selbsthilfe(?:gruppe)?\w*", r"grupos? de apoyo",
        r"(?:to|nach|a) (?-i:[A-ZÄÖÜÁÉÍÓÚ])\w+(?: (?-i:[A-Z])\w+)? (?:for|zur|para (?:el|un|su)|por (?:el|su)) "
        r"(?:cancer |medical |further |specialist |more )?(?:treatment|behandlung|tratamiento)", r"(?:heart|cancer|kidney) thing", r"est[áa] (?:muy )?grave",
        r"(?-i:Tx|Rx)", r"ingreso (?:en planta|hospitalario|en (?:la )?uci|en urgencias)", r"painkillers",
        r"schmerzmittel\w*", r"analg[ée]sicos?", r"ac[úu]fenos", r"(?:\w+-)+kur",
        r"(?:pflegt|pflegen|pflege) (?:seine[nm]?|ihre[nm]?|meine[nm]?|unsere[nm]?|die|den) (?:mutter|vater|eltern|frau|mann|"
        r"oma|opa|großmutter|großvater|schwieger\w+)", r"(?:ins|im) heim", r"(?:moved?|moving|moves|went|gone|going|go) into (?:a|the) home(?! office| of| for| gym)",
    )),
    Entry("family", SENSITIVE, (
        r"divorc\w+", r"separat(?:ed|ing|ion)", r"split up", r"breaking up", r"broke up", r"custody",
        r"sorgerecht\w*", r"custodia", r"(?:la|su|nuestra|mi|tu) separaci[óo]n",
        # a child in trouble at school: bullied, suspended, expelled
        r"bullied", r"bullying", r"(?:suspended|suspension|expelled|excluded|exclusion) from (?:school|college)",
        r"mobbing", r"gemobbt", r"schulverweis", r"von der schule (?:geflogen|verwiesen)",
        r"acoso(?: escolar| en (?:el|la) (?:colegio|cole|instituto|escuela|clase))?", r"(?:le|les|me) hacen bullying",
        r"expulsad[oa] del? (?:colegio|cole|instituto)",
        r"affair", r"abus\w+", r"break-?ups?", r"beziehung ist (?:vorbei|aus|zu ende)", r"solter[oa] otra vez", r"scheiden",
        r"schluss gemacht", r"ha(?:n)? roto", r"ruptura", r"scheidung", r"geschieden",
        r"getrennt(?! (?:veranlagt|zahlen|bezahlen|abrechnen|abgerechnet|gesammelt|voneinander|schreiben|geschrieben))",
        r"(?:nos|se|me|te) (?:separamos|separaron|separ[óé]|separ[ao]|hemos separado|han separado|ha separado|vamos a separar)",
        r"trenn(?:en|t|ung)(?: uns| sich)?",
        r"split amicably", r"amicable split",
        r"(?:they|we)(?:['’]ve| have)? (?:just |recently )?split(?! the| it| into| between| our| their| up the| costs?| \w+ bills?)",
        r"divorcio", r"divorciad[oa]", r"separad[oa]", r"(?:nos|se|me) (?:hemos |han |ha )?separ(?:amos|aron|ó|ado|ando|an)",
    )),
    # war and displacement: a worry to let them raise, never small talk
    Entry("other", SENSITIVE, (
        r"(?:the|a|civil|world) war(?! of | games?| room| stories| paint| horse| chest)", r"war zone", r"air raids?", r"shelling", r"bombing\w*", r"bombed",
        r"refugees?", r"evacuat\w+", r"occupied territor\w+", r"front ?line", r"krieg(?:e|es|s\w+)?", r"flüchtling\w*",
        r"luftalarm", r"guerra", r"refugiad[oa]s?", r"bombarde\w+",
        # crime, disaster and status worries: nothing to chat about
        r"burgl(?:ed|ary|aries)", r"broken into", r"break-in", r"robbed", r"mugged", r"(?:was|were|got) (?:\w+ )?stolen",
        r"(?:house|flat|home|basement|kitchen) (?:flooded|burned down|burnt down)", r"flood damage", r"house fire",
        r"eingebrochen", r"einbruch\w*", r"bestohlen", r"überfallen", r"überschwemm\w*", r"hochwasser", r"abgebrannt",
        r"(?:nos|les|le|me) robaron", r"robo", r"atracad[oa]", r"asaltad[oa]", r"se inund\w+", r"inundaci[óo]n", r"incendio",
        r"asylum", r"deport(?:ed|ation|ations|ing|s)", r"deportiert\w*", r"deportad[oa]s?", r"deportaci[óo]n(?:es)?", r"asyl\w*", r"abschiebung", r"visa (?:worries|problems|trouble|rejected|refused|denied|issues|appeal|expir\w+|ran out|runs out)",
        r"(?:ärger|probleme?|stress) mit (?:dem|ihrem|seinem|meinem|unserem) (?:visum|aufenthaltstitel|aufenthalt)",
        r"visum (?:abgelehnt|verweigert|läuft ab|ist abgelaufen)", r"papeles de residencia", r"sin papeles",
        # the law: a court case, a tribunal, being sued, a trial
        r"court (?:case|date|hearing|order|battle)", r"(?:going|go|goes|went) to court", r"(?:taking|take|takes|took|taken) (?:\w+ ){1,3}to court",
        r"in court", r"(?:employment )?tribunal", r"lawsuit", r"(?:being|was|were|got|been) sued", r"on trial",
        r"criminal charges", r"gerichts(?:termin|verfahren|verhandlung|prozess)\w*", r"vor gericht", r"rechtsstreit\w*",
        r"(?:el|un|del|al|su|mi|tu) juicio(?! final)", r"demanda judicial", r"pleito",
        r"(?:tiene|tengo|hay) juicio", r"sentenc(?:ing|ed)", r"verurteilt", r"urteilsverkündung", r"(?:zum|beim) prozess", r"prozess gegen", r"condenad[oa]",
        # a topic to steer clear of is sensitive, whatever the topic
        *AVOID_PHRASES,
    )),
    Entry("work", SENSITIVE, (
        r"laid off", r"lay ?offs?", r"fired(?! up)", r"redundan\w+", r"lost (?:my|his|her|their) job", r"unemployed",
        r"(?<!tech )(?<!technical )(?<!design )debt", r"bankrupt\w*", r"can't afford", r"money (?:trouble|problems|worries)", r"repossess\w*",
        r"eviction", r"evicted", r"foreclos\w+", r"gekündigt", r"arbeitslos", r"entlassen", r"despedidos?", r"(?:fue|ha sido|han|la|me|nos|les|fueron) despedid[oa]s?", r"en paro",
        r"(?:was|were|got|been|being|been) let go(?! of)", r"between jobs", r"furlough\w*", r"kurzarbeit", r"(?-i:ERTE)",
        r"despido", r"me despidieron", r"sin trabajo", r"jobless",
        r"(?:keinen|keine) (?:job|arbeit|stelle) mehr", r"(?:job|arbeit|stelle|arbeitsplatz) verloren", r"ohne (?:job|arbeit)",
        r"perdi(?:ó|o|eron|do) (?:el|su|mi|sus) (?:trabajo|empleo|puesto)", r"sin empleo", r"(?:me|se|nos) qued(?:é|ó|amos) sin trabajo",
        r"schulden", r"deudas?", r"money(?:'|’)s (?:tight|short)", r"(?:tight|short) (?:with|on|of) money", r"money is (?:tight|short)",
        r"knapp bei kasse", r"(?:geld|kohle) (?:ist )?knapp", r"(?:ando|andamos|estamos|estoy) (?:cort\w+|justos?) de (?:plata|dinero|pasta)", r"desahuci\w+", r"zwangsräumung", r"räumungsklage", r"behind on (?:the |her |his |their |my )?(?:rent|mortgage|bills|payments)",
        r"can(?:'|’)?t pay (?:the |her |his |their |my )?(?:rent|mortgage|bills)", r"ran out of money", r"(?:el )?negocio va mal",
        r"geschäft läuft (?:\w+ )?schlecht", r"(?:business|company|shop|startup) is struggling", r"financial (?:trouble|difficulties|problems|worries|hardship)", r"struggling (?:financially|with money)",
        r"money (?:is )?(?:tight|short)", r"(?:business|company|shop|restaurant) (?:failed|went under|went bust|folded)", r"pleite",
        r"insolven\w+", r"(?:en )?quiebra", r"en la ruina",
        r"money['’]s tight", r"(?:tight|short) on (?:money|cash)", r"struggling to pay",
        r"(?:to )?(?:cover|pay|afford) (?:the |my |our |his |her |their )?rent", r"behind on (?:the |my |our )?(?:rent|bills|mortgage)",
        r"knapp bei kasse", r"(?:das )?geld (?:ist )?knapp", r"keine[n]? (?:job|arbeit|stelle) mehr",
        r"desahucio", r"no llego a fin de mes", r"me (?:echaron|corrieron|rajaron)",
        r"(?:la|lo|le|les|nos) (?:echaron|corrieron|rajaron) del? (?:trabajo|curro|laburo|chamba|empresa)",
        r"rausgeworfen", r"rausgeschmissen", r"gefeuert", r"(?:ando|vamos|estamos|estoy) (?:muy )?(?:justos?|justas?|mal) de dinero", r"no tengo trabajo",
        r"debts", r"(?:make|making|makes) ends meet", r"pay(?:ing|s)? off (?:the|her|his|their|my|our) (?:debts?|loans?|credit cards?)",
        r"(?:lo|la|los|las|le|les) despidieron",
    )),
    # --- personal: family, relationships, work changes, home moves, milestones
    Entry("milestone", PERSONAL, (
        *LIFE_EVENTS["milestone"],
        r"getting married", r"got married", r"engaged", r"engagement", r"wedding", r"honeymoon",
        # the River Plate's graduation ("se recibe de veterinaria"), a medal or a belt earned
        r"(?:se|me|te|nos) recib(?:e|o|ió|ieron|imos|í|irá|ieron|en)\s+de\b", r"recibirse",
        r"(?:got|earned|won|gets|getting) (?:her|his|their|my|our) (?:[\w-]+ ){0,2}(?:medal(?:lion)?|black belt|belt|badge)\b",
        # the River Plate's wedding, a child's swimming badge ("hat sein Seepferdchen gemacht")
        r"casamiento", r"seepferdchen(?:abzeichen)?", r"freischwimmer",
        r"expecting a baby", r"having a baby",
        # a birth said as an arrival: "our wee girl arrived on Saturday", "the baby came early"
        r"(?:wee|little|baby|new) (?:girl|boy|one|lass|lad|fella|daughter|son)\b (?:\w+ ){0,2}(?:arrived|came|was born)",
        r"baby (?:\w+ )?(?:arrived|came)", r"pregnan\w+", r"expecting (?:our|their|her|his|my|a) (?:first|second|third)", r"new baby", r"baby (?:is )?due", r"born", r"graduat\w+",
        r"retir\w+", r"first day", r"started school", r"starts? school", r"starting school",
        r"(?:start|starts|started|starting) (?:at )?(?:secondary|primary|high school|middle school|kindergarten|nursery|"
        r"reception|year \d+|uni|university|college|kita|grundschule|gymnasium|el cole|la guarde|grade \d+|p\d|primary \d|first grade|"
        r"krabbelstube|krippe)",
        r"(?:in die|in der|zur) (?:krabbelstube|krippe|kita)",
        # the licence to drive, got or tried for: "got his learner's permit", "carnet de conducir"
        r"learner['’]?s permit", r"(?:driver['’]?s|driving) licen[cs]e", r"driving test", r"road test", r"führerschein\w*",
        r"carn[eé] de conducir", r"licencia de (?:conducir|manejo)", r"examen de manejo",
        # becoming a parent or grandparent: "ha sido padre", "became a grandad"
        r"(?:ha sido|fue|será|se convirtió en) (?:padre|madre|abuel[oa])", r"became a (?:dad|father|mum|mom|mother|grand\w+)",
        r"(?:kommt|kam|kommen) (?:\w+ ){0,3}auf die welt", r"enkerl\w*",
        # a baby's firsts: "started crawling over the weekend", "krabbelt jetzt", "ya gatea", "first steps"
        # (not "started talking about the budget", "the first steps of the migration", "los primeros pasos del proyecto")
        r"(?:start(?:ed|s|ing)?|began) (?:crawling|walking|talking(?! (?:about|to|with|through|over|of|shop|again)\b))",
        r"(?:her|his|their|baby['’]s|took|take|takes|taking) first (?:steps|words?|tooth)", r"krabbelt",
        r"(?:seine|ihre|macht|machte|gemacht)\w* erste(?:n)? schritte", r"gatea\w*", r"(?:sus|dio|dar) primeros pasos",
        r"passed (?:her|his|my|their|the) (?:[\w-]+ ){0,3}(?:driving test|exams?|bar|boards|finals|certification|qualification)",
        r"(?:prüfung|examen|führerschein|abschluss) (?:\w+ ){0,2}bestanden", r"(?:schul|uni|studien|bachelor|master|meister|berufs)abschluss\w*",
        r"abschlussfeier", r"bestanden",
        r"aprob(?:ó|é|aste|amos) (?:\w+ ){0,3}(?:examen|oposiciones|carnet|selectividad|el mir)", r"citizenship", r"bar mitzvah",
        r"bat mitzvah", r"christening", r"baptism", r"graduates?", r"graduation",
        # a gathering of family or old classmates: "whānau reunion in Rotorua", "Klassentreffen", "reencuentro"
        r"(?<!team )(?<!staff )(?<!board )reunion", r"familientreffen", r"klassentreffen", r"reencuentro",
        r"reuni[óo]n (?:familiar|de (?:la )?familia|de (?:ex)?alumnos|de antiguos alumnos)",
        r"first communion", r"confirmation (?:service|ceremony|class)", r"erstkommunion", r"konfirmation", r"firmung", r"jugendweihe",
        r"primera comuni[óo]n", r"confirmaci[óo]n", r"quincea[ñn]era",
        r"adopt(?:ed|ing|s)? (?:a |an |our |their |two |three )?(?:little |baby |[\w-]+-year-old )?(?:boy|girl|son|daughter|child|children|kids?|baby|siblings|twins)\b",
        r"adoption (?:papers|agency|panel|order|hearing|is final|was finali[sz]ed|came through|went through)", r"(?:kind|baby|sohn|tochter|mädchen|jungen|geschwister) adoptiert",
        r"adopci[óo]n", r"adopt(?:amos|ado|ada|é|aron) a (?:un|una|dos) (?:niñ|bebé|herman)\w*",
        r"(?:wife['’]s|wife is|partner['’]s|partner is|baby['’]s|baby is|we['’]re|we are|i['’]m|i am) due (?:in|on|at the end of|early|mid|late|any day)",
        # ... and the due day said straight after ("my wife Kayla is due May 3rd", "she's due the 14th")
        r"(?:wife|partner|girlfriend|she|baby)(?: (?-i:[A-Z])\w+)?(?:['’]s| is) due (?:on )?(?:the )?(?:(?-i:[A-Z])[a-z]+ )?\d{1,2}(?:st|nd|rd|th|\.)?",
        r"(?:first|12-week|twelve-week|20-week|twenty-week|dating|anomaly|baby) (?:scan|ultrasound)", r"ultraschall", r"ecograf[íi]a",
        r"(?:work|student|spouse|family|partner) visa", r"visa (?:application|interview|(?:(?:has |had |finally |just )+)?came through|(?:finally )?(?:was|got|has been) approved)",
        r"green card", r"residence permit", r"citizenship", r"einbürgerung", r"eingebürgert", r"aufenthaltstitel",
        r"permiso de residencia", r"nacionalidad (?:española|alemana)", r"black belt", r"schwarzen gürtel", r"cintur[óo]n negro",
        r"(?:we're|we are|she's|she is|they're|they are|wife is|partner is) expecting", r"due date", r"proposed(?! (?:a|an|the|that|to|we|it)\b)",
        r"gemel[oa]s", r"melliz[oa]s", r"esperando (?:un beb[ée]|gemelos|mellizos)", r"luna de miel", r"flitterwochen",
        r"zwillinge", r"nachwuchs", r"foster(?:ing|ed)?(?= (?:a|an|two|three|kids|children|child|boy|girl|baby|siblings)\b)",
        r"(?:started|start|been|are|we're|we are|began) fostering", r"pflegekind\w*", r"pflegefamilie", r"familia de acogida",
        r"(?:en |de )?acogida(?= (?:a|de) (?:un|una|dos) (?:niñ|chic|bebé))", r"(?:erwarte\w*|bekomm\w*|kriegen) (?:\w+ ){0,4}(?:kind|baby)",
        r"(?:esperamos|esperando|vamos a tener|tendremos) (?:\w+ ){0,2}(?:beb[ée]|hij[oa]|niñ[oa])",
        r"heirate\w*", r"geheiratet",
        r"(?:kommt|kam|kommen) (?:\w+ ){0,3}in (?:den kindergarten|die kita|die krippe)", r"matura", r"abi",
        r"staatsexamen", r"meister(?:brief|schule)", r"(?:den|meinen|seinen|ihren) meister (?:gemacht|bestanden)",
        r"(?:me|se|te|nos) recib(?:í|ió|imos|ieron|iste) de", r"(?:entra|entró|empieza|empezó) (?:al|el|la) (?:jard[íi]n|kínder|"
        r"guarde|primaria|secundaria|prepa)",
        r"(?:me|le|nos|les) (?:salió|dieron|aprobaron) (?:la|el) (?:visa|visado|residencia|nacionalidad|ciudadan[íi]a)",
        r"visum (?:bekommen|genehmigt)", r"aufenthaltserlaubnis", r"(?:kommt|kommen|komme) (?:\w+ ){0,3}in die schule", r"eingeschult", r"schulanfang",
        r"(?:empieza|empezó|empiezan|entra|entró) (?:\w+ ){0,2}(?:al cole|el cole|el colegio|al colegio|la escuela|primaria|la guarde)",
        r"hochzeit", r"verlobt", r"schwanger", r"geburt", r"abitur", r"einschulung", r"rente",
        r"(?:kommt|kommen|geht|gehen|wechselt|wechseln) (?:\w+ ){0,3}(?:in die|aufs|ins|auf die|in den) (?:volksschule|grundschule|"
        r"schule|gymnasium|gymi|realschule|oberstufe|kita|kindergarten|krippe|hort)\b",
        r"se casa\w*", r"casarse", r"(?:me|nos|te) cas(?:o|amos|as|é|aron)", r"se cas(?:ó|aron|ará|arán)", r"casamos", r"boda", r"prometid[oa]", r"embarazad[oa]", r"naci[óo]", r"graduaci[óo]n",
        r"se grad[úu]a", r"\w+prüfung", r"(?:vater|mutter|papa|mama|oma|opa|großvater|großmutter|tante|onkel) geworden",
        r"became (?:a |an )?(?:grand)?(?:mother|father|dad|mum|mom|parents?|grandma|grandad|granny|grandpa|aunt|uncle)",
        r"(?:bekommen|kriegen) (?:unser|ein) (?:erstes |zweites |drittes )?(?:kind|baby)", r"(?:unser|unseres) (?:zweites|drittes) kind",
        r"jubil\w+", r"ruhestand", r"in rente", r"pensioniert", r"abiball", r"abschlussball", r"prom", r"bautizo", r"comuni[óo]n",
        # German and Spanish as people say it: born, a great-grandparent now, engaged, retired, naturalised
        r"geboren", r"(?:zur|auf die) welt gekommen", r"dio a luz", r"(?:ha|han|había) nacido",
        r"(?:a |ein |en )(?:madl|mädel|mädchen|meitli|bub|bua|bueb|buben|jungen?|baby) (?:kriegt|gekriegt|kriagt|griagt|bekommen|übercho)",
        # born, as it is said in the south: "is auf d'Welt kemma", "isch uf d Wält cho"
        r"(?:auf|uf) d['’]?\s?w[eä]lt (?:kemma|kumma|kumman|cho|gekommen|kommen)",
        r"(?:bin|ist|sind|wird|werde|werden) (?:jetzt |nun |endlich |gerade |bald )?(?:ur)?(?:opa|oma|großvater|großmutter|"
        r"großeltern)(?: geworden)?", r"(?:soy|es|somos|son|seré|será) (?:ya )?(?:bis)?abuel[oa]s?",
        r"(?:me comprometí|nos comprometimos|se comprometi(?:ó|eron))(?! a\b| con\b)", r"(?:pidió|pedí|pidieron) (?:la mano|matrimonio)",
        r"pedida de mano", r"heiratsantrag\w*", r"rentner\w*", r"in pension", r"einbürgerung\w*", r"ciudadan[íi]a",
        # a christening and godparents, a driving licence, (early) retirement in Austria, a birth said as "we had a baby"
        r"(?:werde|wirst|wird|werden) (?:\w+ ){0,3}(?:papa|mama|vater|mutter|oma|opa|eltern|großvater|großmutter)(?![\w-])",
        r"tauf(?:e|en|fest|feier|pat\w*)", r"getauft", r"bautiz\w+", r"bautismo", r"patenkind\w*", r"padrino", r"madrina",
        r"carnet de conducir", r"licencia de (?:conducir|manejo)", r"registro de conducir", r"führerschein\w*",
        r"erste[nrs]? (?:schul|kita|kindergarten|krippen|arbeits|uni)tag", r"(?:seine[nm]?|ihre[nm]?|meine[nm]?|unsere[nm]?) ersten tag",
        r"primer d[íi]a (?:de|del|en el|en la) (?:cole|colegio|guarde|guarder[íi]a|k[íi]nder|jard[íi]n|trabajo|escuela|uni|instituto)",
        r"frühpension\w*", r"frisch verheiratet", r"frischvermählt\w*", r"reci[ée]n casad[oa]s?", r"just married",
        r"newlyweds?", r"pensionsantritt", r"(?:geh\w*|gegangen) in (?:die )?pension",
        r"(?:tuv(?:e|imos|o|ieron|iste)|hemos tenido|han tenido|ha tenido|acabamos de tener) (?:un|una|el|la|nuestr[oa]|otr[oa]|"
        r"gemelos|mellizos)(?: \w+)? (?:beb[ée]|nen[ea]|niñ[oa]|hij[oa]|varoncito|nenit[oa]|chiquit[oa]|gemelos|mellizos|criatura)",
        r"(?:haben|hab|habe|hat) (?:seit \w+|jetzt|endlich|nun) (?:\w+ )?ein (?:baby|kind)", r"(?:ya )?tenemos (?:un |una )?(?:bebé|beba)",
        r"nacieron", r"naci[óo](?! (?:la|el|una|un) (?:idea|proyecto|empresa|iniciativa))", r"(?:haben|hat|habe|hab|hatte|hatten) (?:\w+ ){0,4}(?:tochter|sohn|baby|mädchen|madl|jungen|buben|bub|kind|"
        r"zwillinge|nachwuchs) bekommen", r"(?:kam|kamen|kommt|kommen) (?:\w+ ){0,4}(?:auf|zur) (?:die )?welt",
        # an appointment about papers to stay is immigration news, like a visa interview
        r"ausländerbehörde", r"extranjer[íi]a", r"(?:visa|visado|visum|embassy|botschaft|embajada|consulado|konsulat) ?"
        r"(?:termin|appointment|interview|entrevista|cita)", r"waiting (?:for|on) (?:the|her|his|their|a) visa",
        r"visa renewal", r"(?:work|residence) permit", r"residence card", r"green card", r"renovar (?:el|la|su|mi) "
        r"(?:visado|permiso de residencia|tarjeta de residencia|nie)", r"aufenthalts(?:erlaubnis|genehmigung)",
        r"(?:el|un|su|mi) visado", r"(?:das|dem|ein|einem|sein|seinem|ihr|ihrem|mein|meinem) visum",
        # what comes before a birth: the due date, the classes, an adoption under way
        r"entbindungstermin", r"geburtstermin", r"(?:sale|salgo|salimos|salir) de cuentas", r"prenatal", r"antenatal",
        r"schwangerschafts\w+", r"geburtsvorbereitung\w*", r"rückbildung\w*", r"(?:para|de) embarazadas",
        r"preparaci[óo]n al parto", r"adoptier\w* (?:ein|einen|eine|zwei) (?:kind|baby|mädchen|jungen|geschwister)",
        r"adoptando (?:a )?(?:un|una|dos) (?:niñ|bebé|herman)\w*",
    )),
    # giving up smoking: health news, but no illness ("seit Neujahr hab ich mit dem Rauchen aufgehört", "dejó de fumar")
    Entry("health", PERSONAL, (r"(?:quit|stopped|gave up|giving up|quitting) smoking", r"(?:mit dem |mit )?rauchen aufgehört",
                               r"aufgehört(?:,)? zu rauchen", r"(?:stopped|quit) (?:drinking|vaping)",
                               r"(?:dej[óoé]|dejamos|he dejado|ha dejado) de fumar", r"nichtraucher\w*", r"rauchfrei",
                               # "off the smokes", "on the patches", "ya no fumo", "el último cigarro"
                               r"off the (?:smokes|fags|cigs|cigarettes)", r"nicotine (?:patch\w*|gum)", r"on the patches",
                               r"(?:ya )?no fumo", r"(?:el )?último cigarro", r"dejar el tabaco", r"nikotinpflaster",
                               r"rauche (?:\w+ )?nicht mehr", r"die letzte zigarette")),
    Entry("birthday", LIGHT, (r"birthday", r"b-?day", r"turns? \d+", r"turning \d+",
                              r"turn(?:s|ing)? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
                              r"turned (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?! of\b)",
                              r"(?:turn(?:s|ed|ing)?|wird|cumple) (?:thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
                              r"dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|treinta|cuarenta|cincuenta|"
                              r"sesenta|setenta|ochenta|noventa|cien)(?![\w-])",
                              r"geburtstag", r"wird \d+", r"(?:werd|wer) i \d{2}\b", r"\bi werd (?:\w+ ){0,3}\d{2}(?![\d:]|\.\d)",
                              r"(?:werd|werde) (?:am |im )(?:[\w.]+ ){1,3}\d{1,3}(?![\d:]|\.\d)",
                              # "Ich werd im Februar fünfzig": an age in words, after the spoken "werd"
                              r"(?:werd|werde) (?:am |im )?(?:[\w.]+ ){0,3}(?:dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|"
                              r"neunzig|hundert)(?![\w-])",
                              r"cumpl(?:o|imos|irá|iré|e) (?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien)\b",
                              # a round birthday said by its decade, Austrian, Bavarian and Swiss: "meinen Vierziger feiern"
                              r"(?:meinen|seinen|ihren|deinen|unseren|den|zum) (?:dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)(?!\w)",
                              # a round birthday celebrated, said by its number: "feiert im Mai seinen 50.", "dass er seinen 60. feiert"
                              r"feier\w* (?:\S+ ){0,5}(?:seinen|ihren|meinen|unseren|deinen) \d{2}\.", r"(?:seinen|ihren|meinen|unseren|deinen) \d{2}\. feier\w*", r"(?:bin|ist|sind|wurde|wurden) (?:\w+ ){0,3}\d{1,3} geworden", r"cumpleaños", r"cumple \d+",
                              r"wird (?:am |im )(?:[\w.]+ ){1,3}\d{1,3}", r"cumple (?:el|los|años)", r"(?:su|mi|tu|el|del|al) cumple", r"cumpl(?:o|imos|irá|irá) \d+", r"cumple (?:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince) años?",
                              r"(?:(?<=['’]s )|(?<=his )|(?<=her )|(?<=our )|(?<=my )|(?<=their )|(?<=\bme ))(?:\d0th|21st|18th|16th|twenty-first|eighteenth|sixteenth|fortieth|fiftieth|sixtieth|seventieth|"
                              r"eightieth|ninetieth|hundredth)(?! anniversary)",
                              r"cumpl(?:o|í|imos|e|ió|irá|iré) (?:los )?\d+")),
    Entry("anniversary", PERSONAL, (r"anniversary", r"hochzeitstag", r"jahrestag", r"aniversario", r"años de casad[oa]s",
                                    r"bodas de (?:plata|oro|diamante)", r"(?:silberne|goldene|diamantene) hochzeit")),
    Entry("home", PERSONAL, (
        *LIFE_EVENTS["home"],
        r"kaufvertrag\w*", r"(?:wohnung|haus|häuschen) (?:\w+ )?gekauft", r"auszug", r"(?:ziehe|zieht|ziehen|zog) (?:(?:am|im|zum|nächste\w*|diese\w*|ende) \w+ )?aus\b", r"zieh (?:ich|i) (?:\w+ ){0,2}aus\b",
        r"(?:such|suche|sucht|suchen) (?:gerade |grad |jetzt |noch )?(?:eine|ne|'ne) (?:neue )?wohnung",
        r"mov(?:e|es|ed|ing) (?:flats|houses|apartments)", r"mov(?:e|ed|ing) (?:house|home|flat|apartment|abroad|in with|out of (?:my|our|their|the) (?:house|flat|place))",
        r"mov(?:e|ed|ing) (?:back |out |over |down |up )?to (?!(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december|next|tomorrow)\b)(?-i:[A-Z])\w+", r"the (?:house )?move(?! to\b)", r"the move to (?-i:[A-Z])\w+", r"new (?:rented |rental )?(?:house|flat|apartment|place|home)",
        # buying a home, said as the closing ("we close on the condo in Kits on June 30th"), and the condo itself
        r"clos(?:e|es|ed|ing) on (?:the|our|a|their|her|his) (?:new )?(?:condo|house|flat|apartment|place|home|townhouse)",
        r"condos?",
        # Indian English "shifted to a new flat"
        r"shift(?:ed|ing|s)? (?:in)?to (?:a |the |their |her |his |our )?(?:new )?(?:\w+ )?(?:flat|house|apartment|place|home)",
        r"renovat\w+", r"refurbish\w*", r"build(?:ing)? (?:a|our|their|my) (?:own )?(?:house|home)", r"bau(?:en|t|e) (?:\w+ ){0,3}(?:ein|unser) haus",
        r"(?:construyendo|construimos|construir) (?:una|nuestra) casa", r"bungalow", r"remodel\w*", r"loft conversion", r"mortgage", r"landlord", r"house ?hunting",
        r"buying a (?:house|flat|home)", r"bought a (?:house|flat|home)", r"relocat\w+",
        r"(?:sell|sells|selling|sold|buy|buys|buying|bought) (?:our|my|the|their|her|his|a) (?:first |new |own |dream )?(?:flat|house|home|apartment|place)",
        r"(?:compramos|comprado|comprar|compré) (?:un|una|el|la|nuestr[oa]) (?:primer[oa]? )?(?:piso|casa)", r"(?:wohnung|haus) gekauft",
        r"completion day", r"(?:our|my|their|his|her) (?:very )?first (?:own )?(?:house|home|flat|apartment|place)",
        r"(?:haus|wohnung|eigentumswohnung|häuschen) (?:\w+ ){0,3}gekauft", r"(?:ein|unser) (?:eigenes )?haus gebaut", r"eingezogen",
        r"(?:compr\w+) (?:\w+ ){0,2}(?:piso|casa|apartamento|chalet)", r"nuestr[oa] (?:primer[oa] )?(?:piso|casa) propi[oa]",
        r"(?:nos|me) (?:hemos )?(?:mudado|cambiado de casa)", r"exchang(?:e|ing|ed) contracts", r"(?:get|gets|got|getting|collect\w*) the keys",
        r"closed on (?:a|the|our|my|their) (?:new )?(?:flat|house|home|apartment|place)",
        r"mov(?:e|ed|ing) (?:in)?to a (?:new |small |bigger |smaller )?(?:flat|house|apartment|place|home)",
        r"mov(?:e|ed|ing) (?:in)?to (?:the|our|their|his|her|my) (?:new )?(?:flat|house|apartment|place|home|condo|bungalow|cottage)",
        r"umz(?:ug|iehen)", r"umgezogen",
        # a separable move ("ziehen im März um", read again as "umziehen"), a Swiss move ("zügeln"), building work at home
        r"(?:um|aus|ein|zusammen)ziehen", r"zusammengezogen", r"z[üu]gel(?:n|e|t|te|ten)?", r"z[üu]gle", r"gezügelt",
        r"reform(?:ando|amos|ar|aron|é|ó|ado) (?:el|la|los|las|nuestr[oa]|mi|todo el|toda la) (?:casa|piso|cocina|baño|"
        r"departamento|depa|apartamento|terraza|jard[íi]n)", r"(?:la casa|el piso|el depa) (?:está )?en obras", r"ziehen? (?:nach|um)", r"neue wohnung", r"hauskauf", r"renovier\w+",
        r"(?:haus|wohnung|eigentumswohnung|grundstück|häuschen|hütte) gekauft", r"her(?:gezogen|gekommen)", r"hierher gezogen",
        r"(?:nos |me )?compr(?:amos|é|aron|ó|ado) (?:un|una|el|la|nuestr[oa]|mi) (?:primer[oa] )?(?:piso|casa|casita|"
        r"departamento|depa|apartamento|chalet|terreno|finca)", r"(?:se|me|nos) (?:vino|vinieron|vine|vinimos) a vivir",
        r"kaufvertrag\w*", r"notartermin\w*", r"hipoteca", r"(?:firm\w+ )?(?:la )?escritura (?:del|de la) (?:piso|casa|depa\w*)",
        r"neue[ns]? (?:haus|wohnung|zuhause|heim)", r"(?:haus|wohnung) bezogen", r"bezogen (?:\w+ ){0,2}(?:haus|wohnung)",
        r"(?:estoy |estamos )?viviendo (?:en|con) (?:lo de |casa de )?(?:mi|mis|nuestr\w+|(?-i:[A-ZÁÉÍÓÚ]))\w*",
        r"(?:wohne|wohnen) (?:\w+ ){0,2}(?:bei|mit) (?:meine\w*|unsere\w*)", r"(?:living|staying) with (?:my|our) \w+ (?:until|till|for now)",
        r"(?:dieron|entregaron|entregan|dan|tenemos|recibimos) las llaves(?! de(?:l| la) (?:oficina|local|despacho|nave|almac[ée]n|tienda|sede))", r"schlüssel(?:übergabe| bekommen| gekriegt)",
        r"\d-bed(?:room)?(?: (?:flat|house|semi|terrace|place))?", r"(?:offered|got|given|allocated) (?:them |her |him )?a (?:council )?(?:flat|house)",
        r"mudanza", r"mud(?:o|ó|é|amos|an|ar|aron|ado|ada|ando|ará|arán|aremos)(?:nos|se)?", r"se muda\b", r"nos mudamos", r"piso nuevo", r"casa nueva", r"reforma",
        r"mov(?:e|ed|ing) (?:here |over |back )?from (?-i:[A-Z])\w+",
        r"mov(?:e|ed|ing) (?:closer|nearer|out of (?:the )?(?:city|town|london)|to the (?:city|country|coast|countryside|suburbs))", r"(?:nach|von) (?-i:[A-ZÄÖÜ])\w+ (?:\w+ )?(?:gezogen|zogn|zogen|zoge|umzogn)",
        r"(?:kaufen|kauft|kaufe|kauf) (?:uns )?(?:a|an|eine|ein) (?:wohnung|haus|häusl|häuserl|hütte)",
        # a purchase completed, as North Americans say it: "we closed on the cottage"
        r"closed on (?:the|a|our|their|her|his|my) (?:new )?(?:house|home|flat|apartment|condo|cottage|cabin|place|townhouse)",
        r"(?:sind|bin|ist) (?:\w+ ){0,3}\w*gezogen", r"zieh\w* (?:\w+ ){0,3}nach (?-i:[A-ZÄÖÜ])\w+(?: \w+)? um", r"(?:ziehe|ziehen|zieht) (?:\S+ ){0,8}nach (?-i:[A-ZÄÖÜ])\w+",
        r"(?:me|nos|se|te) (?:voy|vamos|va|van|vas|fui|fuimos|fue|fueron|iré|iremos) a vivir", r"irse a vivir", r"a vivir a (?-i:[A-Z])", r"nos (?:hemos )?(?:mudado|vinimos|fuimos) (?:a|de|desde)",
    )),
    # family coming to stay ("my parents arrive from Kochi on the 18th, they're staying three months")
    Entry("family", PERSONAL, (
        r"(?:parents|mum|mom|mother|dad|father|in-laws|mother-in-law|father-in-law|grandparents|sister|brother|family) "
        r"(?:arrive|arrives|arriving|are arriving|is arriving|land|lands|are coming|is coming|come over|comes over|are visiting|"
        r"is visiting|are staying|is staying|fly in|flies in)",
        *LIFE_EVENTS["family_events"],
    )),
    Entry(RELATIONS, PERSONAL, (
        *LIFE_EVENTS["family"],
        r"daughters?", r"sons?", r"kids?", r"children", r"child", r"baby", r"toddler", r"teenagers?", r"twins",
        r"wife", r"husband", r"(?:my|her|his|their) partner", r"girlfriend", r"boyfriend", r"fianc[eé]e?", r"spouse",
        r"mum", r"mom", r"mother", r"dad", r"father", r"parents?", r"in-laws?", r"mother-in-law",
        r"father-in-law", r"brother", r"sister", r"siblings?", r"grand(?:ma|pa|mother|father|son|daughter|kids?|children|child|baby|babies)",
        r"nan", r"granny", r"aunt", r"uncle", r"niece", r"nephew", r"cousin", r"stepson", r"stepdaughter",
        r"family", r"(?:my|our|her|his|their) (?:youngest|eldest|oldest|middle one|little one|little ones)",
        r"tochter", r"töchter", r"sohn", r"söhne", r"kinder", r"frau(?! (?-i:[A-ZÄÖÜ]))", r"mann", r"ehemann", r"ehefrau", r"partnerin", r"(?:mein|ihr|sein|unser|dein)(?:e|em|en|er)? partner",
        r"freund(?:in)?", r"mutter", r"mama", r"vater", r"papa", r"eltern", r"bruder", r"schwester", r"geschwister",
        r"oma", r"opa", r"gro(?:ß|ss)mutter", r"gro(?:ß|ss)vater", r"gro(?:ß|ss)eltern", r"enkel\w*", r"tante", r"onkel", r"neffe", r"nichte", r"familie",
        r"hij[oa]s?", r"espos[oa]", r"marido", r"mujer", r"pareja", r"novi[oa]", r"madre", r"mam[áa]", r"padre",
        r"pap[áa]", r"padres", r"herman[oa]s?", r"abuel[oa]s?", r"niet[oa]s?", r"t[íi][oa]", r"sobrin[oa]",
        r"familia", r"ur(?:opa|oma|enkel\w*|großvater|großmutter|großeltern)", r"bisabuel[oa]s?", r"bisniet[oa]s?",
        r"schwieger\w+", r"schwager", r"schwägerin", r"suegr[oa]s?", r"cuñad[oa]s?", r"yerno", r"nuera",
        r"(?:mein|unser)e?[rns]? (?-i:(?:Jüngst|Ältest|Klein|Groß)e[rns]?)", r"mi (?:hij[oa] )?(?:mayor|menor|más chic[oa])",
        # raising children alone is family news, not a crisis in itself
        r"single (?:dad|mum|mom|parent|father|mother)", r"alleinerziehend\w*", r"(?:madre|padre) soltera?o?",
    )),
    Entry("education", PERSONAL, (
        *LIFE_EVENTS["education"],
        r"degree", rf"master'?s(?! (?:{_MASTERS_SPORT}|team|league|race|squad)\b)", r"mba", r"phd", r"thesis", r"dissertation", r"university", r"college",
        r"(?:an? |online |evening )course", r"bootcamp", r"exams?", r"studying", r"certification", r"night school", r"enrolled",
        r"(?:nursing|medical|med|law|business|grad|graduate|art|drama|cookery|culinary|dental|vet|veterinary) school",
        r"studium", r"studiert", r"prüfung(?:en)?", r"universität", r"uni", r"ausbildung",
        # an apprenticeship ("fangt mit da Lehre o", "macht eine Lehre als Tischler"), not a lesson drawn ("die Lehre daraus")
        r"(?:mit (?:da|der) |eine |a |seine |ihre |die |seiner |ihrer )lehre\b(?! (?:daraus|ist|war))", r"lehrstelle",
        r"carrera", r"universidad", r"gcses?", r"a[- ]levels?", r"leaving cert(?:ificate)?", r"junior cert", r"abitur", r"matura", r"highers", r"dofe", r"duke of edinburgh", r"ex[áa]men(?:es)? de (?:admisi[óo]n|ingreso|grado)", r"selectividad", r"prueba de acceso", r"m[áa]ster", r"ex[áa]menes", r"oposiciones", r"estudia\w*",
        r"maestr[íi]a", r"doctorado", r"licenciatura", r"posgrado", r"diplomado", r"masterstudium", r"bachelor\w*",
        # the thesis that ends a degree: "Masterarbeit abgegeben", "defendió la tesis", "entregó el TFM"
        r"(?:master|bachelor|doktor|diplom|abschluss)arbeit", r"tesis", r"tfm", r"tfg",
    )),
    Entry("work", PERSONAL, (
        r"reservist", r"in-camp training", r"reserve duty", r"wehrübung",
        r"new job", r"new role", r"got a (?:new )?job", r"starts? a new job", r"promot\w+(?! (?:conversation|case|process|committee|discussion|cycle|packet|criteria|talk|panel|round))", r"job offer", r"job hunting", r"job search", r"interviewing", r"job interview", r"vorstellungsgespräch", r"entrevista de trabajo",
        r"quit", r"quitting", r"resign\w*", r"notice period", r"sabbatical", r"parental leave", r"excedencia", r"sabbatjahr", r"(?:familien)?pflegezeit", r"pflegeurlaub",
        r"maternity leave", r"paternity leave", r"career", r"new manager",
        r"performance review", r"stressful", r"stressed", r"overwhelmed", r"workload",
        r"retrain\w*", r"career change", r"handing in (?:my|her|his|their) notice", r"(?:taken|taking|on) (?:\w+ )?leave",
        r"compassionate leave", r"sick leave",
        r"neue stelle", r"neuen job", r"beförder\w+", r"elternzeit", r"kündig\w+",
        r"nuevo trabajo", r"ascen(?:so|dieron)", r"baja de (?:paternidad|maternidad)",
        # a new or changed job, self-employment, part time, a post won, parental leave in Austria, training for a new job
        r"cambi(?:é|ó|amos|aron|ar|ado) de (?:trabajo|curro|chamba|laburo|empleo|empresa|puesto)",
        r"(?:trabajo|curro|laburo|empleo|puesto) nuevo", r"chamba nueva", r"nuev[oa] (?:chamba|curro|laburo|empleo|puesto|empresa)",
        r"(?:me|le|nos) (?:dieron|han dado) (?:la|una) plaza(?! de (?:parking|aparcamiento|garaje|proveedor|socio|partner))",
        r"(?:saqu[ée]|sac[óo]|gan[ée]|gan[óo]) (?:la|una) plaza(?! de (?:parking|aparcamiento|garaje|proveedor|socio|partner))",
        r"plaza fija", r"neue[nrs]? (?:job|arbeit|arbeitsstelle|firma|arbeitgeber)", r"selbst(?:st)?ändig", r"teilzeit",
        r"(?:bildungs|väter|eltern)?karenz\w*", r"excedencia", r"mutterschutz", r"mutterschaftsurlaub", r"baja maternal", r"weiterbildung\w*", r"umschulung\w*", r"fortbildung\w*",
    )),
    # --- light: pets, hobbies, travel, food, books, music, preferences
    Entry("pet", LIGHT, (
        *LIFE_EVENTS["pet"],
        r"(?:racing |homing )?pigeons", r"taubenschlag", r"(?:my|our|new|the|a|his|her|their) (?:[\w-]+ )?pup\b", r"dogs?", r"puppy", r"puppies", r"cats?", r"kittens?", r"rescue (?:dog|cat)", r"pets?", r"hamsters?",
        r"rabbits?", r"(?<!bad )bunny", r"guinea pigs?", r"parrots?", r"budgie", r"horses?", r"pony", r"tortoise",
        r"turtle", r"goldfish", r"chickens", r"lizard", r"gecko", r"walkies", r"labrador", r"spaniel",
        r"terrier", r"retriever", r"collie", r"kelpie", r"(?:blue |red )?heeler", r"staffy", r"jack russell", r"frenchie", r"cavoodle", r"dachshund", r"poodle", r"greyhound", r"cockapoo", r"cavapoo", r"labradoodle",
        r"\w+doodle", r"beagle", r"pug", r"husky", r"whippet", r"corgi", r"schnauzer", r"chihuahua", r"bulldog", r"dackel",
        r"boxer (?:dog|puppy)", r"sheepdog", r"lurcher", r"vizsla", r"weimaraner", r"ragdoll", r"maine coon",
        r"hund", r"hündin", r"katze", r"katz", r"kater", r"welpe\w*", r"haustier\w*",
        r"hündchen", r"kätzchen", r"katzen", r"kaninchen", r"meerschweinchen", r"wellensittich\w*", r"pferd\w*", r"stute",
        r"perrit[oa]s?", r"gatit[oa]s?", r"cachorr\w*", r"conejit[oa]s?", r"conejos?", r"periquitos?", r"loros?",
        r"tortugas?", r"hámster", r"caballos?", r"yeguas?",
        r"perr[oa]s?", r"gat[oa]s?", r"cachorro", r"mascota",
        # breeds said the Spanish and Latin American way: "mi xolo", "una galga rescatada", "un salchicha"
        r"xolos?", r"xoloitzcuintles?", r"galg[oa]s?", r"podenc[oa]s?", r"pastor alem[áa]n",
    )),
    # (after the animals themselves) an animal's operation: a pet's health, which reads as personal
    # (a visit to the vet is the animal's health too)
    Entry("pet", PERSONAL, (r"vets?", r"vet['’]s", r"\w*tierarzt\w*", r"veterinari[oa]", r"spay\w*", r"neuter\w*", r"kastrier\w*", r"steriliz\w+", r"esteriliz\w+", r"castrar\w*")),
    Entry("travel", LIGHT, (
        r"holiday", r"vacation", r"trip", r"travell?ing", r"flying to", r"fly(?:ing)? (?:out|back)", r"flight",
        r"road ?trip", r"backpacking", r"cruise", r"camping", r"visiting (?:my|her|his|their|our|family|friends|relatives)", r"abroad", r"honeymoon",
        r"skiing trip", r"ski trip", r"safari", r"weekend away", r"getaway", r"going (?:home )?(?:to|for) (?:christmas|easter|the holidays)",
        r"(?:off|flying|heading|travelling|traveling|going) (?:out )?to (?-i:[A-Z])\w+", r"trek\w*", r"with the tent",
        r"(?:going|flying|heading|travel\w*|back) home to (?-i:[A-Z])\w+", r"pilgrimage", r"camino",
        r"me voy (?:\w+ ){0,3}a (?-i:[A-Z])\w+", r"(?:fahr(?:e|t|en)|fährt|flieg(?:e|t|en)|reis(?:e|t|en))(?: \w+){0,4} nach (?-i:[A-Z])\w+",
        r"urlaub", r"reise", r"wohnmobil\w*", r"wohnwagen\w*", r"camper ?vans?", r"autocaravana", r"ski ?(?:holiday|ferien|urlaub)",
        r"skiferien", r"vacaciones de esqu[íi]", r"fliegen? nach", r"fahren? nach", r"flug", r"(?:fahren|fliegen|reisen)(?: \w+){1,4} nach (?-i:[A-Z])\w+", r"(?:fahre|fliege|reise|fahren|fliegen|reisen)(?: [\w.]+){1,4} nach (?-i:[A-ZÄÖÜ])\w+",
        r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|\d+|a few|couple of|ein\w*|zwei|drei|vier|"
        r"fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|unas)"
        r" (?:weeks?|days?|nights?|months?|wochen|tage|nächte|monate|semanas|d[íi]as|noches|meses)(?: (?-i:[a-zäöüß]+))? (?:in|im|en|auf|on) (?-i:[A-ZÁÉÍÓÚÄÖÜ])\w+",
        r"(?:going|go|goes|went|heading|head|fly|flying|back) (?:back )?(?:home )?to (?-i:[A-Z])\w+ for (?:a|an|one|two|three|four|a few|\d+) "
        r"(?:weeks?|days?|months?|nights?)",
        r"fl(?:y|ies|ew) (?:back |out |home )?to (?-i:[A-Z])\w+", r"fl(?:y|ies|ew|ying|own) home\b",
        # "we went up to Whistler for the long weekend", "heading down to Cork", "drove over to Skye"
        r"(?:went|go|goes|going|heading|headed|drove|driving|drive|popped|popping) (?:up|down|over|out|across) to (?-i:[A-Z])\w+",
        # what people travel in ("mit dem Wohnmobil", "in the campervan", "en autocaravana"), through a country
        r"wohnmobil\w*", r"wohnwagen\w*", r"bulli", r"camper(?:van)?s?", r"motorhome", r"campervan", r"autocaravana",
        r"caravana", r"(?:fahre|fahren|fährt|reise|reisen|reist|radle|radeln|wandere|wandern|trampen|gereist|gefahren|"
        r"geradelt)(?: [\w.]+){0,4} durch (?-i:[A-ZÄÖÜ])\w+", r"(?:viaj\w+|recorr\w+) (?:\w+ ){0,3}por (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:a|one|two|three|four|five|six|\d+|a few|couple of|ein\w*|zwei|drei|vier|fünf|una|dos|tres|cuatro|unas) "
        r"(?:weeks?|days?|months?|wochen|tage|monate|semanas|d[íi]as|meses)(?: [\w.]+){1,4} (?:in|im|en|auf|durch|por) "
        r"(?-i:[A-ZÁÉÍÓÚÄÖÜ])\w+",
        r"\w*urlaub(?:e|s)?", r"(?:ski|sport|sommer|winter|herbst|oster|pfingst|familien|bade|strand|wander|segel|camping)ferien",
        r"(?:viajo|viajamos|vuelo|volamos|voy|vamos) (?:\w+ ){0,3}a (?-i:[A-ZÁÉÍÓÚ])\w+ (?:el|este|esta|la|en|a finales|a principios)\b",
        r"vacaciones", r"viaje", r"nos vamos (?:\w+ ){0,4}a (?-i:[A-ZÁÉÍÓÚ])", r"nos vamos a", r"me voy a (?-i:[A-Z])", r"volamos a", r"vuelo",
        # back from a place: "volví el domingo de Mar del Plata", "regresamos de Cancún", "bin gestern aus Mallorca zurück"
        r"(?:volv[íi]|volvimos|volvió|volvieron|regres[ée]|regresamos|regresó|llegu[ée]|llegamos)(?: \w+){0,3} de (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:zurück|heim)(?:gekommen|gekehrt)? (?:aus|von) (?-i:[A-ZÄÖÜ])\w+|(?:aus|von) (?-i:[A-ZÄÖÜ])\w+(?: \w+)? zurück(?:gekommen)?",
        # a term or year abroad: "regresa de su intercambio en Canadá", "Auslandsjahr", "exchange semester"
        r"intercambio(?! de (?:ideas|opiniones|correos|informaci[óo]n|mensajes|datos|experiencias|impresiones)\b)", r"exchange (?:year|semester|student|programme|program)", r"auslands(?:jahr|semester)", r"austauschjahr",
        r"(?:me|nos|se) (?:voy|vamos|va|van|fui|fuimos|fue|fueron) de (?:viaje|mochiler[oa]s?|excursi[óo]n|crucero|gira)",
        r"mochiler[oa]s?", r"rucksackreise",
        # Indian English "going to native place", Scottish "I'm away to Skye"
        r"native place", r"home ?town", r"(?:i['’]m|we['’]re|he['’]s|she['’]s|they['’]re) away to (?-i:[A-Z])\w+",
        # back from a place, away for a while, off to the village
        r"(?:volv\w+|regres\w+|vine|vinimos|vengo|venimos|llegu[ée]|llegamos) de (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:me|nos|se) (?:fui|fuimos|fue|fueron|va|van|vamos|voy|iré|iremos) (?:\w+ ){0,3}(?:a|al) (?:los |las |la |el )?"
        r"(?:pueblo|playa|sierra|monte|campo|montaña|costa|(?-i:[A-ZÁÉÍÓÚ])\w+)",
        r"(?:estuve|estuvimos|estuvo|estuvieron) (?:\w+ ){0,2}en (?-i:[A-ZÁÉÍÓÚ])\w+(?= (?:del|de|el|la|unos|unas|con|para|por|\d))",
        r"zurück (?:aus|von) (?-i:[A-ZÄÖÜ])\w+", r"verreist", r"verreisen",
        r"wohnmobil\w*", r"camper ?van", r"motorhome", r"autocaravana", r"caravana", r"camper",
        r"caravan(?:s|ning)?(?! (?:of|park (?:owners?|management)))",  # "taking the caravan up to Portstewart"
        # a destination with an article ("an die Ostsee", "in die Türkei", "ans Meer"), a participle after it ("in die
        # Türkei geflogen"), back from a place German-fashion ("aus Thailand zurück"), a feast spent somewhere, a pilgrimage
        r"(?:fahre|fliege|reise|fahren|fliegen|reisen|fährt|fliegt|reist|fuhren|flogen|geflogen|gefahren|gereist)(?: [\w.]+){0,4} "
        r"(?:in die|in den|ins|an die|an den|ans|auf die|auf den) (?!(?-i:Arbeit|Stadt|Innenstadt|Schule|Büro|Kita|Firma|Klinik|"
        r"Krankenhaus|Uni|Praxis|Zentrale|Werk|Filiale|Sitzung|Besprechung)\b)(?-i:[A-ZÄÖÜ])\w+",
        r"(?:nach|in die|in den|ins|an die|an den|ans|auf die) (?-i:[A-ZÄÖÜ])\w+ (?:\w+ )?(?:geflogen|gefahren|gereist|gesegelt)",
        r"(?:aus|von) (?-i:[A-ZÄÖÜ])\w+(?: \w+)? zurück(?:gekommen|gekehrt)?", r"zurück(?:gekommen|gekehrt)? (?:aus|von) \w+",
        r"(?:ostern|pfingsten|weihnachten|silvester|semana santa|navidad(?:es)?|nochevieja|pascua|el puente|el finde) "
        r"(?:\w+ ){0,2}(?:in|en|auf|am|an der) (?-i:[A-ZÁÉÍÓÚÄÖÜ])\w+",
        r"(?:fui|fuimos|fueron|iré|iremos|vamos a ir|voy a ir|nos vamos|me voy) (?:\w+ ){0,2}a (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"pas(?:é|amos|aron|ó|aremos) (?:el|la|los|las|unos|unas|un|una) (?:\w+ ){0,2}(?:finde|fin de semana|semana santa|"
        r"navidad(?:es)?|verano|invierno|puente|vacaciones|d[íi]as|semanas?|mes|año nuevo|pascua|nochevieja|luna de miel|"
        r"cumple\w*|aniversario)(?: \w+)? en (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:back|returned|returning|home) from (?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z])\w+",
        r"(?:in|auf) (?-i:[A-ZÄÖÜ])\w+ verbracht", r"(?:spent|spend|spending) (?:easter|christmas|new year|(?:the|a|our|my) "
        r"(?:summer|winter|holidays|weekend|week|fortnight|month|bank holiday|half[- ]term|few days)) in (?-i:[A-Z])\w+", r"jakobsweg", r"camino de santiago", r"pilger\w*", r"peregrinaci[óo]n",
        r"(?:tage|wochen|woche|wo\.|monate) (?:weg|verreist|im urlaub)",
    )),
    # a faith practice (a fast, a pilgrimage, keeping kosher, a conversion) and a trip to be with someone
    # who needs it are personal: followed up gently, never small talk
    Entry("preference", PERSONAL, (
        r"ramad[aá]n", r"(?:fasting|fasts|fast|fastet|fasten|ayun\w+) (?:for|during|im|zum|während|en|durante) (?:the )?"
        r"(?:ramad[aá]n|lent|fastenzeit|cuaresma|yom kippur)", r"keep(?:s|ing)? kosher", r"convert(?:s|ing|ed)? to (?:judaism|islam|"
        r"catholicism|christianity|buddhism)", r"konvertier\w*", r"(?:se )?convirti(?:ó|endo)? al (?:judaísmo|islam|catolicismo)",
    )),
    Entry("travel", PERSONAL, (
        r"hajj", r"umrah", r"to be with (?:her|him|them|his|my|our|their)\b", r"um bei (?:ihr|ihm|ihnen|der|dem|seiner|ihrer|"
        r"seinem|ihrem) (?:\w+ )?zu sein", r"para (?:estar con|acompañar)(?:la|lo|las|los)?\b",
    )),
    Entry("hobby", LIGHT, (
        *PASTIMES,
        r"marathon", r"half[- ]marathon", r"crosswords?", r"kreuzworträtsel\w*", r"crucigramas?", r"sudokus?",
        r"brieftauben\w*", r"pigeon racing", r"palomas mensajeras", r"alphorn\w*", r"jodel\w*", r"marinera", r"cueca",
        r"(?:go|goes|went|going|took up|taken up|started|love|loves|enjoy|enjoys|into|back into) (?:running|swimming|cycling|climbing|reading)",
        r"running (?:club|group|shoes|a (?:marathon|half|5k|10k|race))", r"10k", r"5k", r"triathlon", r"cycling", r"trail ?running", r"trailrunning", r"(?:corre|corro|läuft) trail", r"ultra ?trail", r"ultramarat\w+",
        r"bike ride", r"climbing", r"bouldering", r"hiking", r"swimming", r"yoga", r"pilates", r"gym",
        r"klett(?:ern|ert|erst|ere|ersteig\w*)", r"kletterhalle", r"boulder(?:n|t|halle)", r"paddl(?:e|es|ing) (?:\w+ ){0,2}with (?:my|her|his|a) club",
        r"football", r"soccer", r"tennis", r"golf", r"chess", r"surfing", r"sailing", r"skiing", r"snowboard\w*",
        r"garden(?:ing)?", r"allotment", r"baking", r"bakes?", r"sourdough", r"cooking", r"knitting",
        r"crochet", r"pottery", r"ceramics", r"painting", r"drawing", r"sketching", r"photography",
        r"guitar", r"piano", r"violin", r"cello", r"viola", r"saxophone", r"sax", r"trumpet", r"flute", r"clarinet", r"drums", r"ukulele", r"harp", r"bass(?:ist| guitar)", r"play(?:s|ing)? (?:the )?bass", r"trio", r"jazz", r"quartet", r"orchestra", r"choir", r"singing", r"band", r"gig",
        r"concert", r"konzert\w*", r"ballet", r"ballett\w*", r"aerobics", r"aqua ?aerobics", r"zumba", r"crossfit", r"spinning", r"aquagym", r"kegeln", r"kegelclub", r"bowling",
        r"karneval\w*", r"fasching\w*", r"carnaval\w*", r"comparsa", r"murga", r"bell-?ringing", r"glockenläut\w*",
        r"(?:sunday|saturday|weekend|morning|long|bike|group|club) rides?",
        # a pastime taken up, whatever it is: "I've taken up bell-ringing", "hat mit Bogenschießen angefangen"
        r"(?:taken|took|taking|take|takes) up (?!(?:the|a|an|my|our|his|her|their|your|space|time|room|position|post|role|offer|"
        r"job|issue|matter|it|that|this|more|less|most|all|so|too)\b)[\w-]+",
        # a club by its German prefix: "beim FC St. Pauli", "im TSV"
        r"(?:beim|bei der|im|vom|zum) (?-i:(?:1\. )?(?:FC|SC|SV|TSV|VfB|VfL|TuS|SpVgg|BSC|TSG|SG|ETSV|DJK))\b",
        r"concierto\w*", r"in (?:einer|meiner|unserer|der) band", r"(?:grupo|banda) de (?:rock|m[úu]sica|jazz|pop|punk|metal)",
        r"(?:mi|nuestro|nuestra) (?:grupo|banda)\b", r"(?:my|our) (?:covers? )?band", r"vinyl", r"(?:collect|collects|collecting|sammle|sammelt|sammeln|colecciono|colecciona|coleccionar)\b",
        r"(?:lerne|lernt|lernen) (?:gerade |jetzt |seit \w+ )?(?-i:[A-ZÄÖÜ])\w+isch",
        r"(?:aprendo|aprendiendo|aprender|estudio|estudiando) (?:\w+ ){0,1}(?:ingl[ée]s|alem[áa]n|franc[ée]s|italiano|japon[ée]s|chino|portugu[ée]s|[áa]rabe|ruso|euskera|catal[áa]n|coreano)",
        r"(?:the|a|sea|open[- ]water|christmas|christmas day|new year'?s day|morning|daily|cold[- ]water) swim", r"faustball",
        r"cycle tour", r"cer[áa]mica", r"lawn bowls", r"(?:going to|goes to|plays?|playing) bowls", r"bowls club",
        r"cycl(?:es|ed|ing) to (?:the )?(?:office|work)", r"bikes? to (?:the )?(?:office|work)", r"(?-i:Velo)(?:fahren|tour\w*)?",
        r"(?:ran|running|did) (?:the )?(?-i:Boston|London|Berlin|Chicago|New York|Tokyo|Paris|Valencia|Sydney|Comrades)\b",
        # a game's rounds and cups: "spielen den Final vom Regionalcup", "das Pokalspiel", "el torneo"
        r"turnier\w*", r"pokal\w*", r"(?-i:[A-ZÄÖÜ][a-zäöüß]+cup)", r"(?:den|das|ins|im) finale?", r"torneo",
        r"batería", r"schlagzeug", r"festival", r"woodwork\w*", r"video games?", r"gaming", r"board games?", r"dungeons",
        r"d&d", r"lego", r"birdwatching", r"birding", r"fishing",
        # a pastime said as what one got into ("I've gotten really into smoking brisket", "she's into bouldering")
        r"(?:got|gotten|getting|gets|get|i['’]m|is|are|been) (?:really |so |quite |properly |very |big |heavily )?into (?:\w+ )?\w+ing\b", r"volunteer\w*", r"book club", r"novels?",
        # a language learnt in class ("I start Mandarin classes"), a race run by its distance ("my first 21k", "corrí
        # 10k"; not "a 50k budget")
        r"(?:mandarin|cantonese|spanish|french|german|italian|japanese|chinese|portuguese|arabic|korean|russian|dutch|welsh|"
        r"irish|greek|turkish|hindi|polish|swedish|sign language|bsl|asl) (?:classes|lessons|course)",
        r"(?:ran|run|runs|running|corr\w+|lauf\w*|lief|my first|mis primeros|meinen ersten) (?:\w+ ){0,2}\d{1,3}\s?k\b",
        r"podcast", r"learning (?:to|spanish|french|german|italian|japanese|the)", r"(?:piano|guitar|swimming|driving|dance|singing|language|surf|cooking) lessons", r"dance",
        r"dancing", r"salsa", r"marathons", r"training for", r"ikebana", r"calligraphy", r"meditat\w+", r"(?:silent|yoga|meditation) retreat",
        r"beekeep\w*", r"bees", r"imker\w*", r"bienen", r"apicultura", r"abejas", r"ultra(?:marathon)?s?",
        r"(?-i:[A-Z])\w+ half", r"climb(?:s|ing)? (?:mountains|hills)",
        # a named outing done for itself ("doing the Pikes Peak Ascent again", "the Tongariro Crossing", "the nude solstice swim")
        r"(?:do|does|doing|did|done|run|running|ran|walk\w*|hik\w*|cycl\w*|rid\w*|swim\w*|swam) the (?:(?-i:[A-Z][a-zà-ÿ'’-]+) ){1,3}"
        r"(?:ascent|crossing|trail|traverse|challenge|sportive|classic|walk|swim|ride|triathlon)\b",
        r"the (?:\w+ ){1,2}swim\b", r"bodhr[áa]n", r"uilleann pipes", r"txistu", r"dulzaina", r"gaita", r"alphorn", r"hackbrett",
        r"zither", r"concertina", r"accordion", r"akkordeon", r"acorde[óo]n", r"mountaineering", r"hillwalking", r"bergsteigen",
        r"schrebergarten", r"kleingarten", r"(?:kirchen|gospel|männer|frauen|kammer|jugend)chor", r"mit dem (?:fahr)?rad",
        r"radtour", r"bici(?:cleta)?", r"ciclismo", r"surf(?:ing)?", r"cyclist", r"\w+-fishing", r"pádel", r"padel",
        r"(?:a |an )?(?:keen|avid|passionate|obsessive|serious|big|huge) \w+(?:er|ist|or)s?", r"gardener", r"skifahren",
        # a card game, and a fan of a club in any language: "BVB-Fan", "hincha del Betis", "socio del Levante"
        r"(?:plays?|playing|played) bridge", r"bridge (?:club|night|evening|player)", r"[\w]+-fan", r"hincha",
        r"socio del? (?-i:[A-Z])\w+", r"aficionad[oa] (?:del?|al) (?-i:[A-Z])\w+",
        r"ski(?:ing|er|ers)?", r"langlauf\w*", r"\w+-marathon", r"\w*marathon\w*", r"marat[óo]n", r"trail runn\w+", r"runner", r"rowing", r"kayak\w*", r"canoe\w*",
        r"paddleboard\w*", r"archery", r"fencing", r"judo", r"karate", r"boxing(?! day)", r"martial arts", r"jiu-jitsu",
        r"handball", r"balonmano", r"(?:\d+|five|six|seven|eleven)-a-side", r"futsal", r"f[úu]tbol sala", r"baloncesto", r"voleibol", r"tischtennis", r"table tennis", r"ping pong", r"eishockey",
        r"ice hockey", r"water polo", r"wasserball", r"hurling", r"camogie", r"gaelic (?:football|games)", r"(?-i:GAA)",
        r"\w*volleyball", r"skitour\w*", r"ski touring", r"scuba", r"(?:scuba |free ?|cave |wreck )?diving", r"(?-i:PADI)",
        r"open water (?:cert\w*|course)", r"(?:rough water|ocean|lake|sea|channel|ice|winter) swims?", r"segel(?:t|te|ten|st)\b",
        r"k-?dramas?", r"anime", r"telenovelas?", r"morenada", r"caporales", r"diablada", r"tinku", r"regatta\w*", r"regata", r"keramik\w*", r"sechseläuten",
        # a season ticket, a club membership, a fan's own word: "tengo abono", "Dauerkarte", "a Collingwood tragic"
        r"season tickets?", r"(?:tengo|tiene|tenemos|con) (?:el |un )?abono", r"(?:a|an) (?-i:[A-Z])\w+ tragic",
        r"(?:soy|es|somos|son) abonad[oa]s?", r"surfe(?:ar|o|a|amos|an)\b", r"scull(?:s|ing|er|ers)\b", rf"masters (?:{_MASTERS_SPORT})",
        # a race by its distance after its name ("running the Around the Bay 30K"), an old moped to tinker with
        r"(?:running|run|racing|race|doing) the (?-i:[A-Z])[\w' -]{0,30}? \d{1,3} ?k\b", r"(?:\w+-)?t[öo]ffli", r"oldtimer",
        r"climb(?:ed|s)? (?:mount |mt\.? )?(?-i:[A-Z])\w+", r"summit(?:ed|ing)", r"(?:got|took|take|taking|gets) (?:the|his|her|their|my|our) boat out",
        # an instrument or a game said after its verb with the subject between ("abends spiel ich übrigens Saz")
        r"(?:spiel|spiele) (?:ich|er|sie|wir) (?:\w+ ){0,3}(?:noch |immer noch |wieder )?(?!(?-i:Rolle|Karte|Wort|Zeit))(?-i:[A-ZÄÖÜ])\w+", r"\w*orchester", r"(?:cello|geigen|gitarren|schlagzeug|tanz|reit|schwimm|ballett|trompeten|flöten|saxofon|harfen|akkordeon)unterricht",
        r"couch to 5k", r"lacrosse", r"baseball", r"softball", r"curling", r"darts", r"snooker",
        r"pelota(?: vasca)?", r"front[óo]n", r"(?:juego|jugamos|juega|juegan|jugar|jugando) (?:a|al) \w+", r"ajedrez", r"schach",
        r"nataci[óo]n", r"sailboat", r"sailing boat", r"(?:a|my|our|his|her|their) (?:own )?(?:boat|yacht|narrowboat|kayak)",
        r"\w*segelboot", r"segeln", r"velero",
        r"(?:sommelier|barista|cookery|cooking|pottery|wine|photography|dance|art|life drawing|woodwork) (?:course|class(?:es)?)",
        r"badminton", r"squash", r"hockey", r"rugby", r"cricket", r"basketball", r"volleyball", r"netball",
        r"skating", r"skateboard\w*", r"parkrun", r"orienteering", r"birdwatch\w*", r"birder", r"flamenco", r"tango",
        r"orqu[íi]deas?", r"orchids?", r"galgos?", r"three peaks", r"peaks challenge", r"bouldern", r"rudern",
        r"laufen", r"joggen", r"schwimmen", r"radfahren", r"klettern", r"wandern", r"chor", r"fußball", r"gitarre",
        r"klavier", r"garten", r"backen", r"stricken", r"angeln", r"verein", r"\w+verein(?:e|en|s)?", r"alphorn", r"waldhorn", r"tuba",
        r"(?:spiele|spielt|spielen|spielte|spielten) (?:(?:gern|gerne|seit \w+|jetzt|auch|wieder|noch|leidenschaftlich) )?"
        r"(?!(?-i:Rolle|Karte|Wort))(?-i:[A-ZÄÖÜ])\w+",
        # instruments and bands, riding, diving, bikes in German and Spanish
        r"posaune", r"trompete", r"geige", r"querflöte", r"saxofon", r"akkordeon", r"harfe", r"schlagzeug", r"orchester",
        r"musikverein", r"blaskapelle", r"trompeta", r"viol[íi]n", r"violonchelo", r"bater[íi]a", r"saxof[óo]n", r"flauta",
        r"acorde[óo]n", r"orquesta", r"banda (?:municipal|de m[úu]sica)", r"tauch\w*", r"reit(?:en|stunden?|verein)",
        r"segelschein", r"bucea\w*", r"buceo", r"escalar", r"patinar", r"equitaci[óo]n", r"montar a caballo",
        r"e-bike", r"rennrad", r"mountainbike", r"fahrrad\w*",
        r"triatl[óo]n", r"entren(?:o|ando|amos|a) para", r"fan[áa]tic[oa]s? (?:de|del|de la) (?-i:[A-ZÁÉÍÓÚ])\w+", r"motorrad\w*", r"motorbikes?", r"motorcycles?", r"moto(?:cicleta)?s?",
        r"ski (?:fahren|gefahren)", r"snowboarden", r"(?-i:Hunderl|Katzerl|Kätzle|Büsi|Büsli)",
        # a game, a club by its abbreviation ("beim FC St. Pauli", "en el CD Leganés"), a team's result ("ganó el
        # Nacional", "los Pumas perdieron"), youth teams ("F-Jugend", "die Bambini"): events and play, with their days
        r"heimspiel\w*", r"stadion", r"estadio", r"(?-i:FC|SV|TSV|SC|VfB|VfL|TuS|SpVgg|CF|CD|UD|RCD|SD) (?-i:[A-ZÄÖÜ])[\w.]+", r"(?-i:[A-ZÁÉÍÓÚÄÖÜ]\w+) (?-i:UD|CF|FC|SC|SV|CD|AC|SD|RC)(?![\w-])",
        r"(?:ganó|ganaron|perdió|perdieron|empató|empataron|descendió|ascendió) (?:otra vez )?(?:el|la|los|las) (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:el|la|los|las) (?-i:[A-ZÁÉÍÓÚ])\w+ (?:ganó|ganaron|perdió|perdieron|empató|empataron)",
        r"[a-g]-jugend", r"jugendmannschaft", r"bambini", r"kreisliga", r"bezirksliga",
        r"kegel\w*", r"bowling", r"remo", r"gimnasio", r"fitnessstudio", r"schwingfest", r"schwinget",
        r"(?:me|se|nos) (?:he |ha |hemos |han )?apunt(?:ado|é|ó|amos|aron) (?:a|al|en) (?:un |una |clases de |el |la )?\w+",
        # feasts and festivals
        r"karneval", r"fasching", r"fastnacht", r"carnaval", r"comparsa", r"sanfermines", r"san ferm[íi]n", r"fallas",
        r"semana grande", r"aste nagusia", r"oktoberfest", r"wiesn", r"schützenfest", r"kirtag", r"kirchweih", r"kerwe",
        r"romer[íi]a", r"feria de abril", r"fiestas (?:del pueblo|patronales|de (?-i:[A-Z])\w+)",
        r"cer[áa]mica", r"correr", r"nadar", r"escalada", r"senderismo", r"coro", r"f[úu]tbol", r"guitarra", r"piano",
        r"huerto", r"jard[íi]n", r"handball", r"segeln", r"segelboot", r"pelota(?: vasca)?", r"reg(?:g|u)?[ae]t[óo]n", r"wild swimming", r"cocinar",
        r"(?:toc[oa]r?|toca|tocando|aprend\w+ a tocar) (?:el|la|los|las) \w+", r"aprend\w+ a tocar \w+",
        r"restor(?:e|es|ing|ed) (?:a|an|my|our|his|her|the|this|that) (?:old |vintage |classic |\d{4} )?\w+", r"oldtimer\w*",
        r"classic cars?", r"vintage cars?", r"pintar", r"tejer", r"clases de",
        r"(?:run|runs|running|ran|cycle|cycles|cycling|ride|rides|riding|swim|swims|swimming|row|rows|rowing|play|plays|"
        r"playing|sing|sings|singing|climb|climbs|train|trains|training|dance|dances|dancing) (?:with|in|for|at) (?:a|the|my|our|his|her|their) "
        r"(?:[\w-]+ ){0,2}(?:club|team|choir|band|league|group|crew|squad|orchestra)",
        r"(?:my|her|his|their|our|first|weekly|private|next) (?:first )?(?:[\w-]+ )?lessons?(?! learn\w*)",
        r"oud", r"sitar", r"tabla", r"ba[ğg]lama", r"accordion", r"banjo", r"mandolin", r"harmonica", r"bagpipes", r"erhu", r"koto",
        r"shamisen", r"balalaika", r"bouzouki", r"didgeridoo", r"steel pan", r"zither", r"lute", r"ironman", r"half ironman",
        r"onsen", r"hot springs?", r"sauna\w*", r"spa days?",
        r"(?:started |start |starting |been )?learning (?-i:[A-Z])\w+", r"(?:sprach|tanz|koch|yoga|töpfer|mal|näh|kletter|schwimm|tauch|segel|surf|ski|foto|gitarren|klavier|gesangs|back|"
        r"salsa|tango|pilates|zeichen|italienisch|spanisch|englisch|französisch|japanisch|chinesisch)kurs(?:e|en)?", r"töpfer\w*", r"unterricht", r"gesangsunterricht", r"klavierunterricht", r"verein(?!bar|igt|ig|zel)\w*", r"clases? de \w+", r"(?:a|the|running|cycling|boat|bike) race(?! condition)", r"league", r"season ticket",
        # a sport done as a habit, said with the verb ("I row on the Thames on Sundays", "I swim at Helen's Bay every
        # morning", "ich rudere seit Januar"), the stage ("the open mic", "doing stand-up"), a team of its own
        # ("castells", "waka ama", "dragon boat"), a band by its kind ("meine Tamburica-Band")
        r"(?:i|we) (?:row|swim|surf|sail|paddle|box|skate|climb|dance|sing) (?:on|at|in|with|every|most|twice|three times)\b",
        r"(?:i|we) (?:row|swim|surf|sail|paddle|box|skate|climb|dance|sing) (?:\w+ ){0,3}(?:every|each) (?:morning|evening|night|week|weekend|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday)",
        r"ruder(?:e|t|n|st|club|verein|boot|achter)\b", r"rema(?:r|mos|ndo)\b", r"open[- ]mic\w*", r"(?:doing|do|did|try|tried|trying) stand-?up",
        r"stand-?up (?:comedy|set|gig|night|show)", r"improv(?: theatre| theater| class(?:es)?| group| troupe)?\b", r"castells?", r"colla castellera",
        r"waka ama", r"outrigger", r"palomos", r"palomas mensajeras", r"colombicultura", r"colombofilia", r"pescar", r"de pesca", r"tiple", r"(?:estoy|está|estamos|sigo|sigue) aprendiendo", r"eisbaden", r"winterschwimmen", r"ice baths?", r"cold[- ]water swim\w*", r"wild swim\w*",
        r"(?:es|soy|son|somos) (?:del|de la) (?-i:[A-ZÁÉÍÓÚ])\w+ (?:hasta la médula|de toda la vida|a muerte)", r"dragon ?boat\w*", r"drachenboot\w*", r"bell-?ringing", r"tamburica", r"tamburitza",
        r"[\w]+-(?:band|chor|orchester)\b",
    )),
    Entry("preference", LIGHT, (
        r"(?<!like )(?<!as )(?:much )?(?:more of )?an? (?:gin|tea|coffee|wine|beer|whisk(?:e)?y|dog|cat|beach|mountain|morning|night|"
        r"breakfast) person",
        r"long black", r"flat white", r"(?<!palo )cortado", r"macchiato", r"cappuccino", r"americano",
        r"favou?rite", r"loves?", r"obsessed with", r"(?:big|huge|massive) (?:\w+ )?fan", r"fan of",
        r"kosher", r"koscher", r"dry january", r"sober october", r"veganuary", r"dry july", r"halal", r"ramadan", r"ramad[áa]n", r"fasting", r"fastet", r"fastenzeit", r"ayuno",
        r"prefers?", r"can['’]t stand", r"(?:can['’]t|cannot) (?:bear|abide|stomach)", r"hates?", r"hasse", r"hasst",
        r"nicht (?:ausstehen|leiden)", r"mag (?:keine?n?|nicht)", r"odio", r"odia", r"detest[oa]", r"adoro", r"adora",
        r"no (?:\w+ )?(?:lo |la |los |las )?(?:soport\w+|aguant\w+)", r"me encanta\w*", r"le encanta\w*", r"vegan", r"vegetarian", r"whisky", r"meat",
        r"(?:don't|doesn't|do not|does not|never) drink(?:s)?(?! (?:coffee|tea|milk|water))", r"teetotal\w*",
        r"tee", r"kaffee", r"vegetarisch\w*", r"vegetarier\w*", r"veganer(?:in)?", r"vegan", r"schweinefleisch", r"fleisch", r"wein", r"bier",
        r"lieblings\w+", r"vegetarian[oa]s?", r"ramad[aá]n", r"halal", r"kosher", r"jain", r"pescatarian", r"pescetari\w+",
        r"(?:no|kein|sin) (?:pork|schweinefleisch|cerdo|beef|rindfleisch|ternera)", r"[\w-]*gluten(?:frei\w*|-free)",
        r"sin gluten", r"gluten", r"vegan[oa]s?", r"(?:trinkt|trinke|trinken) (?:\w+ )?(?:keinen |kein )?alkohol",
        r"no (?:bebe|bebo|toma|tomo) (?:\w+ )?alcohol", r"(?:isst|esse|essen) (?:\w+ )?(?:kein|keine|keinen) \w+",
        r"no (?:come|como|comen) (?!nada|mucho|bien|hoy)(?:\w+ )?\w+", r"(?<!a )(?<!the )(?<!in )(?<!at )(?<!un )(?<!el )(?<!im )(?<!ins )caf[ée]", r"té", r"(?<!se )(?<!me )(?<!nos )(?<!te )(?<!no )(?<!ya )(?<!que )(?<!nadie )vino(?! a\b)(?! al\b)(?! ayer\b)(?! hoy\b)", r"cerveza", r"carne", r"favorit[oa]",
        r"(?:loves?|favou?rite|prefers?|hates?|can't stand|drinks?|only drinks|fan of|obsessed with) (?:\w+ ){0,2}"
        r"(?:coffee|tea|espresso|matcha|wine|whisky|beer|cocktails?|sushi|pizza|chocolate|food|cuisine)",
        r"favou?rite (?:restaurant|book|author|album|band|film|movie|show|song)", r"books? by (?-i:[A-Z])", r"author", r"album", r"music",
        r"songs?", r"playlist", r"films?", r"movies?", r"tv show", r"binge\w*",         r"(?<!on )supports? (?:arsenal|united|city|liverpool|chelsea|(?-i:[A-Z])\w+)",
        # a team they follow, by the pattern people say it in: "supports Hertha", "a Celtic fan", "ist Fan vom VfL",
        # "hält zu Schalke", "soy del Betis", "hincha de Boca", "socio del Athletic"
        r"(?:season ticket|dauerkarte\w*|(?-i:[A-ZÄÖÜ])\w*-dauerkarte\w*|abono de temporada|abonad[oa] (?:del|de la|al))", r"fan (?:von|vom|der|des)\b",
        r"(?:halte|hält|halten) (?:\w+ )?zu (?-i:[A-ZÄÖÜ])\w+", r"fieber\w* (?:\w+ )?mit (?:dem |der )?(?-i:[A-ZÄÖÜ])\w+",
        r"soy (?:del|de la) (?-i:[A-ZÁÉÍÓÚ])\w+", r"soy de (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:ganó|ganaron|perdió|perdieron|empató|empataron) (?:otra vez )?(?:el|la|los|las) (?-i:[A-ZÁÉÍÓÚ])\w+",
        r"(?:el|la|los|las) (?-i:[A-ZÁÉÍÓÚ])\w+ (?:ganó|ganaron|perdió|perdieron|empató|empataron)",
        r"(?:the|a) (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|world|final|big|cup|league)\b)"
        r"(?-i:[A-Z])\w+ (?:game|match)(?:es)?\b", r"(?:hincha|aficionad[oa]|forof[oa]|socio|socia) (?:del?|de la|al|a la) (?-i:[A-ZÁÉÍÓÚ])\w*",
        # (German and Spanish as people say it) "großer Union-Fan", "Schwing-Fan", "soy muy fan de"
        r"[\w.]+-fan(?:in)?", r"(?:große[rn]?|grosse[rn]?|riesige[rn]?|totale[rn]?|treue[rn]?|echte[rn]?|leidenschaftliche[rn]?) "
        r"(?:[\w.-]+ ){0,2}fan(?:in)?", r"(?:soy|es|somos|son|sos) (?:muy |re |súper |super |bien )?(?:fan|hincha|forof[oa])",
        r"(?:big|huge|lifelong|die-hard|massive) (?-i:[A-Z])\w+ (?:fan|supporter)", r"(?-i:[A-Z])\w+ (?:fan|supporter)s?\b(?! (?:club|page|base|mail))",
    )),
)

# The vet is an animal's doctor: a vet's appointment is the animal's health even when the animal is named only by
# its name ("Mozart hat am Freitag Tierarzttermin", "Luna va al veterinario").
VET = re.compile(r"(?<![\w-])(?:vets?|vet['’]s|veterinar\w+|\w*tierarzt\w*|\w*tierärzt\w*|tierklinik\w*)(?![\w-])", re.I)
A_VET_BY_TRADE = re.compile(r"\b(?:is|as|['’]s|became|become|becomes) an? (?:\w+ )?(?:vet|veterinarian)\b", re.I)  # a job
# Pets are family to many people, but an animal's illness is still gentler than a person's:
# a pet's health reads as "personal" so the briefing follows it up rather than hiding it.
_ANIMAL_HEALTH = PERSONAL
ALLERGY = re.compile(r"\b(?:allerg\w+|al[ée]rgic[oa]s?|alergias?|anaphyla\w+)", re.I)  # allergic to cats: the person's health


def _compile(entry: Entry) -> re.Pattern[str]:
    body = "|".join(entry.phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


_COMPILED = tuple((e, _compile(e)) for e in LEXICON)

# A trip or a move said with no travel or move word: being somewhere for a while ("is in Lisbon from the 12th",
# "will be in Osaka for most of May", "ist ab dem 12. in Wien", "está en Lisboa hasta el domingo"), back from a
# place ("just back from Porto", "de vuelta de Japón"), living somewhere now ("sind jetzt in Graz", "wohnt seit
# Mai in Kiel", "se fue a vivir a Bilbao", "lives in Leeds now"). A place is a capitalised word that is not a
# month or a weekday - nor, in German where every noun is capitalised, a state one is "in" (Rente, Reha,
# Elternzeit, Behandlung ...). A stay needs a time with it; a trip for work (a conference, a client, a trade
# fair) is work talk, not a detail of someone's life.
_MONTH_OR_DAY = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
                 r"wednesday|thursday|friday|saturday|sunday|januar|februar|märz|mai|juni|juli|oktober|dezember|montag|"
                 r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                 r"septiembre|octubre|noviembre|diciembre|easter|christmas|ostern|weihnachten)\b")
_PLACE = (rf"(?!{_MONTH_OR_DAY})(?!(?-i:Rente|Reha|Kur|Pension|Karenz|Haft|Ruhe|Sorge|Arbeit|Urlaub|Quarantäne|Therapie|"
          r"Teilzeit|Vollzeit|Kurzarbeit|Mutterschutz|Elternzeit|Ausbildung|Behandlung|Schule|Kita|Klinik|Uni|Rehab|Hospital|"
          r"Surgery|Recovery|Remission|Treatment|Therapy|Office|Town|Accounting|Finance|Sales|Marketing|Engineering|Legal|"
          r"Operations|Support|Product|Design|Research|Management|Charge|Court|Prison|Jail|Detox|Führung)\b)"
          r"(?-i:[A-ZÁÉÍÓÚÄÖÜ][a-záéíóúñäöüß])[\w-]*(?![\w-])(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!zeit)(?<!tät)(?<!nis)")
_STAY_TIME = (r"(?:(?:from|over|for (?:a|an|the|two|three|four|five|six|\d+|a few|a couple of|most of|the rest of|"
              r"all of)|this|next|all|on the \d+(?:st|nd|rd|th)?|between)\b"
              # a day kept there: "in Lisbon for Paddy's Day"
              r"|for (?-i:[A-Z])[\w'’]+ (?-i:Day)\b)")
PRESENCE = re.compile(
    # English: "is in Lisbon from the 12th", "will be in Osaka for most of May", "is meant to be in Aviemore on the 5th"
    rf"\b(?:am|is|are|was|were|be|been|['’]m|['’]s|['’]re|['’]ll be)\s+(?:(?:still|now|already|currently|back|away|out|off|over)\s+)?"
    rf"in\s+{_PLACE}(?:\s+(?-i:[A-Z])[\w-]+)?\s+{_STAY_TIME}"
    # (where someone is now, until a day, is the moment of the meeting: "I'm in Singapore until Thursday")
    rf"|\b(?:was|were|be|been|['’]ll be)\s+(?:(?:still|back|away|out|off|over)\s+)?in\s+{_PLACE}\s+(?:until|till|through)\b"
    rf"|\b(?:just |recently )?back from {_PLACE}|\b(?:got|came|flew|returned|returns|returning|gets) (?:back|home) from {_PLACE}"
    # German: "ist ab dem 12. in Wien", "war über Ostern in Krakau", "sind bis Sonntag auf Sylt"
    rf"|\b(?:bin|ist|sind|war|waren|wird|werden)\s+(?:(?:noch|gerade|schon|wieder)\s+)?(?:ab|über|vom|von|nächste\w*|"
    rf"kommende\w*|diese\w*|zwei|drei|vier|\d+)\s+(?:[\w.]+\s+){{0,3}}?(?:in|auf)\s+{_PLACE}"
    rf"|\b(?:bin|ist|sind|war|waren)\s+(?:[\w.]+\s+){{0,2}}?(?:in|auf)\s+{_PLACE}\s+(?:ab|vom|über)\b"
    rf"|\b(?:war|waren|wird|werden)\s+(?:[\w.]+\s+){{0,3}}?(?:in|auf)\s+{_PLACE}\s+(?:bis|seit)\b"
    rf"|\b(?:war|waren|wird|werden)\s+(?:bis|seit)\s+(?:[\w.]+\s+){{0,3}}?(?:in|auf)\s+{_PLACE}"
    # Spanish: "está en Lisboa hasta el domingo", "estará en Osaka todo mayo", "de vuelta de Japón"
    rf"|\b(?:estoy|estamos|estaré|estaremos|está|están|estará|estarán|estaba|estaban|estuvo|estuvieron)\s+(?:\w+\s+){{0,2}}?en\s+{_PLACE}\s+"
    rf"(?:del|todo|toda|la semana que viene|el \d|unos|unas|dos|tres|quince|\d)\b"
    rf"|\b(?:estaré|estaremos|estará|estarán|estaba|estaban|estuvo|estuvieron)\s+(?:\w+\s+){{0,2}}?en\s+{_PLACE}\s+(?:hasta|desde)\b"
    rf"|\bde vuelta (?:de|en) {_PLACE}"
    # the days said first: "del 2 al 9 de mayo estoy en Lourdes", "from the 2nd to the 9th I'm in Porto", "vom 2. bis
    # 9. Mai bin ich in Lourdes"
    rf"|\b(?:del|from the|vom) \d{{1,2}}(?:\.|st|nd|rd|th)? (?:al|to the|bis(?: zum)?) \d{{1,2}}(?:\.|st|nd|rd|th)?,?\s+"
    rf"(?:(?:de |of )?\w+,?\s+)?(?:estoy|estaré|estamos|estaremos|i['’]m|i am|i['’]ll be|we['’]re|we are|we['’]ll be|bin ich|"
    rf"sind wir)\s+(?:\w+\s+)?(?:en|in|auf)\s+{_PLACE}", re.IGNORECASE)
LIVING_NOW = re.compile(
    rf"\b(?:sind|ist|wohnt|wohnen|lebt|leben)\s+(?:jetzt|nun|inzwischen|mittlerweile)\s+(?:[\w.]+\s+)?in\s+{_PLACE}"
    rf"|\b(?:wohnt|wohnen|lebt|leben)\s+(?:seit \w+|seit dem \S+)\s+(?:[\w.]+\s+)?in\s+{_PLACE}"
    rf"|\b(?:lives?|living) in {_PLACE} (?:now|these days)\b|\bnow lives? in {_PLACE}|\b(?:has|have) lived in {_PLACE} since\b"
    rf"|\b(?:se|nos|me)\s+(?:(?:ha|han|hemos|he|fue|fueron|fuimos|va|van|vamos|iba)\s+)?(?:ido\s+)?a vivir (?:a|en|con)\b"
    rf"|\b(?:viven?|vivimos)\s+(?:ahora|ya|desde \w+)\s+en\s+{_PLACE}|\b(?:ya|ahora) (?:viven?|están?) en {_PLACE}", re.IGNORECASE)
WORK_TRIP = re.compile(
    r"\b(?:conference|congress|summit|trade ?fair|trade ?show|expo|offsite|off-site|client|customer|kick-?off|workshop|"
    r"business trip|for work|on business|sales|roadshow|konferenz|kongress|messe|tagung|kunde\w*|dienstreise|geschäftsreise|"
    r"beruflich|congreso|feria|cliente\w*|conferencia|viaje de (?:trabajo|negocios)|por trabajo)\b", re.I)
_STAY = Entry("travel", LIGHT, ("(a stay somewhere)",))
_LIVING = Entry("home", PERSONAL, ("(living somewhere now)",))


@dataclass(frozen=True)
class Classification:
    category: str
    sensitivity: str
    matched: tuple[str, ...]  # the words that decided it, for explanations and tests

    @property
    def is_topic(self) -> bool:
        """True when some lexicon word matched (the text is about something personal)."""
        return bool(self.matched)


# A job in health care is career news, not a health matter: "my sister became a nurse", "she got a
# job at the children's hospital". Such phrases are set aside before the topic words are looked for.
CAREER = re.compile(
    r"(?<![\w-])(?:(?:(?:job|role|work(?:s|ing)?|shift|placement|post|position|stelle|arbeitet|plaza|puesto|empleo|trabajo|"
    r"trabaja\w*|trabajar|residencia)(?: [\w'’-]+){0,3}|(?:started|starts|starting|joined|joins|joining)(?: work| working)?) (?:at|in|on|as|als|an|am|im|auf|de|en) (?:the |a |an |der |dem |el |la )?"
    r"(?:[\w'’-]+ ){0,2}(?:hospital|hospice|care home|nursing home|clinic|klinik\w*|uniklinik|krankenhaus|ward|a&e|icu|"
    r"pharmacy|surgery|notaufnahme|intensivstation|station|uci|urgencias|(?:research )?(?:lab|labs|laboratory|institute|"
    r"centre|center|charity|foundation|department|unit)|\w*(?:forschungszentrum|zentrum|institut|labor)|laboratorio|instituto|"
    r"fundaci[óo]n|departamento|servicio|oncolog[íi]a|cardiolog[íi]a|pediatr[íi]a|neurolog[íi]a|traumatolog[íi]a)"
    r"(?:[ ]+(?-i:[A-Z])\w*){0,3}"
    r"|(?:residente|adjunt[oa]|enfermer[oa]|m[ée]dic[oa]) (?:en|de) (?:[\w-]+ ){0,2}(?:oncolog|cardiolog|pediatr|neurolog|"
    r"traumatolog|urgencias|psiquiatr|cirug|ginecolog|medicina)\w*|(?:preparando|aprob[óo]|sac[óo]|haciendo) el (?-i:MIR)"
    r"|(?:pediatric |paediatric |night-shift |trainee |student |head |senior |junior |icu |a&e |er |oncology |cardiac |"
    r"theatre |ward |district |community |school |practice |scrub |charge |night |neonatal |nicu |hospice |palliative )?"
    r"(?:nurse|doctor|paramedic|"
    r"pharmacist|midwife|surgeon|physician|radiologist|physiotherapist|dentist|registrar|\w+ologist|\w+iatrist|"
    r"radiographer|sonographer|phlebotomist|an(?:a)?esthetist|optometrist|dietitian|dietician|hygienist|porter|"
    r"(?:occupational|speech|respiratory) therapist|healthcare assistant|junior doctor|medical student|med student|"
    r"care worker|care assistant|carer)(?: (?:at|in|on) (?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:hospital|hospice|clinic|"
    r"care home|nursing home|ward|icu|a&e|practice|pharmacy))?"
    r"|residency in \w+|medical school|med school|(?:ober|assistenz|fach)?ärzt(?:in)?|(?:ober|assistenz|fach)?arzt|"
    r"\w+olog(?:e|in)|\w+[óo]log[oa]|\w+iatra|"  # "arbeitet als Onkologe", "es cardióloga", "trabaja de pediatra"
    r"(?:krankenpfleger(?:in)?|krankenschwester|hebamme|\w*sanitäter(?:in)?|pfleger(?:in)?|enfermer[oa]s?|m[ée]dic[oa]s?|"
    r"matrona|farmac[ée]utic[oa]|param[ée]dic[oa]|physiotherapeut(?:in)?|apotheker(?:in)?|pflege(?:fach)?kraft|"
    r"altenpfleger(?:in)?|zahnärztin|zahnarzt|fisioterapeuta|celador(?:a)?|radi[óo]log[oa]|auxiliar de enfermer[íi]a)(?: (?:in|auf|im|en) (?:der |dem |el |la |un |una |einem |einer )?(?:notaufnahme|intensivstation|"
    r"uci|urgencias|klinik\w*|krankenhaus|hospital)\w*)?"
    r"|work(?:s|ing)?(?: nights| shifts)? as an? [\w-]+|retrain(?:ing|s)? as an? (?:[\w-]+ ){0,2}[\w-]+"
    # research and training in medicine are jobs too: "die Stelle am Krebsforschungszentrum", "in der Krebsforschung",
    # "cancer research", "entró de residente en oncología", "hace el MIR"
    r"|\w*(?:krebs|demenz|alzheimer|herz|diabetes|hiv|aids)-?forschung\w*|(?:cancer|dementia|alzheimer['’]?s|medical|clinical) "
    r"research(?: \w+)?|investigaci[óo]n (?:del|sobre el|contra el|en|de) c[áa]ncer|residente (?:de|en) (?:\w+olog[íi]a|\w+iatr[íi]a|medicina\w*|cirug[íi]a|urgencias|anestesi\w+|enfermer[íi]a)|"
    r"(?-i:MIR)|facharztausbildung"
    r"|(?:retir\w+|volunteer\w*|placement|internship|rotation|residency)(?: [\w'’-]+){0,2} (?:at|in|from|on) "
    r"(?:the |a |an )?(?:[\w'’-]+ ){0,2}(?:hospital|hospice|clinic|care home|nursing home|ward|surgery|practice|pharmacy)"
    r"|head of (?:surgery|nursing|cardiology|oncology|a&e|\w+ology|the \w+ (?:ward|department|unit)))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# ... only when the sentence is about a job: "the nurse said my dad needs surgery" stays health.
_CAREER_CUE = re.compile(
    r"\b(?:job|became|become|becomes|started|starts|new|works?|working|qualified|graduated|trained|training|"
    r"residency|as a|as an|is an?|she['’]s an?|he['’]s an?|they['’]re an?|are|stelle|angefangen|arbeitet|als|trabajar|trabaja|de|"
    r"retired|retiring|volunteers?|volunteering|placement|internship|rotation|promoted|head|"
    r"es|ist|son|sind|como|empezó|empieza|comenzó|entró|begonnen|fängt|residencia|ascend\w*|befördert|bin|soy|stelle|"
    r"research|forschung|investigaci[óo]n)\b", re.I)


CAREER_NEWS = Entry("work", PERSONAL, ())


# "allergic to this sprint", "allergisch gegen Meetings", "alérgica a las reuniones": a joke, not a health matter
FIGURATIVE_ALLERGY = re.compile(
    r"\b(?:allergic|allergisch|al[ée]rgic[oa])\s+(?:to|gegen|a|al)\s+(?:(?:this|that|these|those|any|all|the|la|las|el|los|"
    r"diese[nmrs]?|jede[nmrs]?|lange[nr]?|long|endless|unnecessary|unnötige[nr]?)\s+)?(?:\w+\s+)?"
    # office work, software and exercise: no allergen
    r"(?:sprints?|meetings?|decks?|slides?|spreadsheets?|powerpoint|emails?|mondays?|mornings?|paperwork|admin|"
    r"bureaucracy|jargon|buzzwords?|acronyms?|deadlines?|process(?:es)?|work|small talk|dashboards?|clicks?|forms?|"
    r"fields?|tickets?|jira|reports?|status updates?|stand-?ups?|calls?|zoom|red tape|corporate speak|burpees?|squats?|"
    r"lunges?|cardio|planks?|reuniones|meetings|montage?|papierkram|bürokratie|formulare?n?|pflichtfelder(?:n)?|\w*felder(?:n)?|"
    r"folien(?:sätze|sätzen)?|präsentationen?|berichte?n?|telkos?|lunes|papeleo|burocracia|formularios?|informes?|"
    r"correos?|plazos?|trámites?|sentadillas?|abdominales|excel)\b", re.I)


# Dislikes: "hates flying", "can't stand coffee", "not a fan of", "hasst Fliegen", "mag keinen Kaffee",
# "odia correr", "no soporta el café". Never something they enjoy. "Used to hate" is past.
DISLIKE = re.compile(
    r"(?<!used to )(?<!solía )\b(?:hat(?:es|ed|ing|e)|can(?:'|’)?t stand|cannot stand|can(?:'|’)?t bear|can(?:'|’)?t abide|"
    r"dislik(?:es?|ed)|detests?|loathes?|(?:not|no|isn(?:'|’)?t|never) (?:a |much of a |the biggest |a big |a huge )?fan of|"
    r"(?:not|isn(?:'|’)?t|never) (?:really |that |very )?(?:into|keen on|big on)|(?:doesn(?:'|’)?t|don(?:'|’)?t|does not|"
    r"do not|never) (?:really )?(?:like|enjoy)s?|"
    r"hass(?:t|e|en)|verabscheu\w+|mag (?:\w+ )?(?:kein\w*|nicht)|kann (?:\w+ ){0,3}nicht (?:ausstehen|leiden)|"
    r"(?:ist|bin) kein (?:gro(?:ß|ss)er )?fan|"
    r"odi(?:a|o|an|amos)|detest(?:a|o|an)|no (?:le |me |les |te )?gusta\w*|no (?:soport|aguant)\w+|"
    r"no (?:es|soy) (?:muy |nada )?fan)\b", re.IGNORECASE)


def dislikes(text: str) -> bool:
    """Whether ``text`` says the person dislikes something ("hates flying"): an animal's dislike
    ("the dog hates video calls") is an anecdote about the animal, not theirs."""
    m = DISLIKE.search(text)
    if not m:
        return False
    pets = next(p for e, p in _COMPILED if e.category == "pet")
    return not pets.search(text[: m.start()])


_RELATION_WORDS = next(p for e, p in _COMPILED if e.category == RELATIONS)
_PET_WORDS = next(p for e, p in _COMPILED if e.category == "pet")


def relation_before(text: str, at: int) -> bool:
    """Whether a relation word (daughter, Mutter, padre) comes before position ``at`` of ``text``,
    in the same sentence: the detail is about that relative."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("!", 0, at)) + 1
    return bool(_RELATION_WORDS.search(text[start:at]))


# "not coeliac or anything", "keine Allergie", "no soy celíaca": the condition is denied
NEGATED_CONDITION = re.compile(
    r"\b(?:not|isn(?:'|’)?t|aren(?:'|’)?t|never|nicht|no (?:es|soy|somos|son))\s+(?:\w+\s+)?(?:coeliac|celiac|allergic|"
    r"intolerant|diabetic|cel[ií]ac[oa]s?|al[ée]rgic[oa]s?|allergisch|intolerantes?|diab[ée]tic[oa]s?)\b", re.I)
# The pandemic as a time ("since before Covid", "vor Corona", "antes de la pandemia"): no illness of anyone's
PANDEMIC_AS_TIME = re.compile(
    r"\b(?:since|before|after|during|pre|post|vor|seit|nach|während|antes de(?: la)?|desde(?: la)?|después de(?: la)?)[\s-]+"
    r"(?:before\s+)?(?:the\s+)?(?:covid(?:-19)?|corona|the pandemic|pandemic|pandemia|lockdown)\b", re.I)
# What people are allergic to (foods, pollen, animals, stings, medicines, materials): "allergic to" anything
# else is a figure of speech ("allergic to dashboards", "allergisch gegen Pflichtfelder", "alérgica a los lunes").
ALLERGEN = re.compile(
    r"(?<![\w-])(?:food|foods|\w*nuts?|almonds?|cashews?|pistachios?|pecans?|sesame|soy|soya|shellfish|seafood|prawns?|"
    r"shrimps?|crabs?|lobsters?|mussels?|oysters?|clams?|fish|eggs?|milk|dairy|lactose|wheat|gluten|celery|mustard|lupin|"
    r"sulph?ites?|strawberr\w+|kiwis?|bananas?|tomato\w*|peach\w*|apples?|fruits?|mango\w*|avocados?|citrus|pineapples?|"
    r"chocolate|coconuts?|corn|garlic|onions?|spices?|pollen|hay ?fever|grass(?:es)?|trees?|birch|ragweed|dust|mites?|"
    r"mou?ld|cats?|dogs?|horses?|animals?|pet hair|fur|feathers?|bees?|wasps?|stings?|insects?|latex|penicillin|\w+cillin|\w+mycin|\w+oxacin|\w+profen|"
    r"antibiotics?|aspirin|ibuprofen|nsaids?|codeine|morphine|sulfa|medications?|medicines?|drugs?|anaesthe\w+|anesthe\w+|"
    r"contrast|iodine|nickel|metals?|perfumes?|fragrances?|sun|sunlight|plasters?|adhesives?|wool|cacahuates?|camarones?|frutillas?|duraznos?|paltas?|ma[íi]z|"
    r"krabben|muscheln|tomaten|zitrus\w*|"
    r"\w*n[üu]ss\w*|sesam|soja|schalentier\w*|meeresfrüchte\w*|krebstier\w*|garnelen|fisch\w*|eiern?|ei|milch\w*|"
    r"laktose|weizen|sellerie|senf|lupinen?|erdbeer\w*|äpfel|obst|pollen|gräser\w*|birke\w*|hausstaub\w*|milben|"
    r"schimmel\w*|katze\w*|hunde?\w*|pferde?\w*|\w*haare?n?|bienen\w*|wespen\w*|insekten\w*|penicillin|antibiotika|"
    r"medikamente?n?|nickel|duftstoffe?n?|"
    r"frutos secos|cacahuetes?|man[íi]|nueces|nuez|pi[ñn]as?|marisco|almendras?|avellanas?|s[ée]samo|mariscos?|crust[áa]ceos?|gambas?|pescados?|"
    r"huevos?|leche|l[áa]cteos|lactosa|trigo|apio|mostaza|fresas?|melocot[óo]n|polen|gram[íi]neas|[áa]caros|polvo|moho|"
    r"gatos?|perros?|caballos?|pelo|abejas?|avispas?|picaduras?|l[áa]tex|penicilina|antibi[óo]ticos?|aspirina|ibuprofeno|"
    r"medicamentos?|n[íi]quel)(?![\w-])", re.I)
# "allergic to it", "allergisch dagegen": the thing just named, whatever it is
_PRONOUN_OBJECT = re.compile(r"^(?:it|them|that|this|those|these|something|anything|everything|most|lots|many|several|"
                             r"es|das|dies|alles|etwas|eso|esto|ello|todo|algo)\b", re.I)
_ALLERGIC_TO = re.compile(r"\b(?P<word>allergic|allergisch|al[ée]rgic[oa]s?)\s+(?:to|gegen|auf|a|al)\s+"
                          r"(?P<object>[\w'’-]+(?:\s+[\w'’-]+){0,3})", re.I)


# Death as a figure of speech: "dying to see it", "a film to die for", "del Levante a muerte" (diehard), "me muero
# de ganas", "muerto de risa", "zu Tode gelangweilt", "ich sterbe vor Hunger".
FIGURATIVE_DEATH = re.compile(
    r"\b(?:dying (?:to|for)|to die for|(?:a|hasta la) muerte(?! (?:de|del|súbita|cerebral))|(?:me|se|te|nos) muer(?:o|e|es|en) "
    r"(?:de|por)|muert[oa]s? de (?:risa|hambre|sueño|cansancio|miedo|vergüenza|frío|calor|ganas)|zu tode \w+|"
    r"sterbe (?:vor|fast vor) \w+)\b", re.I)


# Words that look like a topic's and are not: "¡Madre mía!", Spanish "son las once" (they are), German "das krieg ich
# hin" (get, not "Krieg", war), a family by its name ("Familie Weber zieht weg", "la familia Mendoza": a client's,
# a pupil's, not the person's own), "Sun City retirees" (customers)
FALSE_FRIENDS = re.compile(
    r"\bmadre m[ií]a\b|\bmamma mia\b|\bson(?=\s+(?:las|los|unos|unas|muy|más|tan|todos|todas)\b)|"
    r"\bkrieg(?:e|st)?(?=\s+(?:ich|du|er|sie|es|wir|ihr|man)\b)|"
    r"\b(?:familie|familia)\s+(?-i:[A-ZÄÖÜÁÉÍÓÚ][a-zäöüßáéíóúñ]+)|\bretirees\b", re.I)


def literal(text: str) -> str:
    """``text`` without figures of speech that borrow a topic's word: "allergic to this sprint",
    every "allergic to" whose object is no allergen, "dying to see it", "del Levante a muerte"."""
    text = FALSE_FRIENDS.sub(" ", FIGURATIVE_DEATH.sub(" ", FIGURATIVE_ALLERGY.sub(" ", text)))
    return _ALLERGIC_TO.sub(lambda m: m.group(0) if ALLERGEN.search(m["object"]) or _PRONOUN_OBJECT.match(m["object"]) else " " + m["object"], text)


# Spoken German, as transcripts write it down: the first person's verb without its "-e" ("ich fahr",
# "flieg ich", "hab"), "nen"/"ne" for "einen"/"eine", "grad" for "gerade". Only verbs whose short form is
# no English or German word of its own are expanded (not "back", "plan", "such", "wander", "sing").
_SPOKEN_GERMAN_VERB = re.compile(
    r"(?<![\w'’-])(?-i:(?P<stem>fahr|flieg|reis|zieh|geh|mach|fang|hab|hör|spiel|lauf|kauf|lern|heirat|feier|bau|koch|"
    r"schwimm|kletter|trainier|renovier|komm|bleib|arbeit|wohn|besuch|freu|ruder|segel|tanz|zügel|zügl|meld|"
    r"hock|sitz|lieg|brauch|kenn|nehm|fühl|glaub|hoff|pfleg)|(?-i:Fahr|Flieg|Hab|Zieh|Mach|Geh|Fang|Komm|Bleib|Lern))"
    r"(?![\w'’-])(?!\s+(?:up|on|off|out|in|to)\b)")  # (capitalised only where no noun is spelt so: not "Bau", "Kauf")
_SPOKEN_GERMAN_WORDS = ((re.compile(r"(?<![\w'’-])['’]?nen(?=\s+\w)", re.I), "einen"),
                        (re.compile(r"(?<![\w'’-])['’]?ne(?=\s+(?-i:[a-zäöüA-ZÄÖÜ])\w)"), "eine"),
                        (re.compile(r"(?<![\w'’-])grad(?![\w'’-])"), "gerade"),
                        (re.compile(r"(?<![\w'’-])ham(?![\w'’-])"), "haben"))
# A separable verb's particle closes its clause ("wir ziehen im März um", "ich fang im Mai bei X an", "kommen
# gerade aus Thailand zurück"): the verb is read again joined to it, "umziehen", as a dictionary writes it.
_SEPARABLE = re.compile(
    r"(?<![\w-])(?P<stem>zieh|zog|fang|fing|komm|kam|hör|flieg|flog|fahr|fuhr|geh|ging|meld|reis|zügel|zügl)\w*"
    r"(?P<mid>(?:\s+[^\s,.;:!?]+){0,8}?)\s+(?P<part>um|aus|ein|zusammen|zurück|an|auf|ab|weg|los|heim)(?=\s*(?:[,.;:!?]|$|"
    r"\s+(?:und|aber|weil|denn|dann)\b))", re.I)
_INFINITIVE = {"zog": "zieh", "fing": "fang", "kam": "komm", "flog": "flieg", "fuhr": "fahr", "ging": "geh", "zügl": "zügel"}


def spoken_standard(text: str) -> str:
    """``text`` with spoken German written out the way the lexicon knows it: "ich fahr" -> "ich fahre",
    "nen Hund" -> "einen Hund", and a separable verb split around its clause read once more joined
    ("wir ziehen im März um" + " umziehen")."""
    out = _SPOKEN_GERMAN_VERB.sub(lambda m: m.group(0) + "e", text)
    for pattern, word in _SPOKEN_GERMAN_WORDS:
        out = pattern.sub(word, out)
    # (not with an object right after the verb: "wir ziehen die Server um" moves no home)
    joined = [m["part"].lower() + _INFINITIVE.get(m["stem"].lower(), m["stem"].lower()) + "en" for m in _SEPARABLE.finditer(out)
              if not re.match(r"\s+(?:den|die|das|einen|eine|ein|unsere[nms]?|eure[nms]?|alle|sämtliche)\b", m["mid"], re.I)]
    return out + "".join(f" ({w})" for w in joined)


def matches(text: str) -> list[tuple[Entry, str]]:
    """Every lexicon group that matches ``text``, with the first phrase found. A job in health care
    ("my sister became a nurse") is career news, not a health topic; "allergic to this sprint" a joke."""
    text = PANDEMIC_AS_TIME.sub(" ", NEGATED_CONDITION.sub(" ", literal(spoken_standard(text))))
    career: list[tuple[Entry, str]] = []
    if _CAREER_CUE.search(text):
        m = CAREER.search(text)
        if m:
            career = [(CAREER_NEWS, m.group(0).strip())]
        text = CAREER.sub(" ", text)
    found = list(career)
    for entry, pattern in _COMPILED:
        m = pattern.search(text)
        if m:
            found.append((entry, m.group(0)))
    cats = {e.category for e, _ in found}
    if not WORK_TRIP.search(text):
        for entry, pattern in ((_STAY, PRESENCE), (_LIVING, LIVING_NOW)):
            m = None if entry.category in cats else pattern.search(text)
            if m:
                found.append((entry, m.group(0)))
    return found


def names_a_relative(text: str) -> bool:
    """Whether ``text`` names a relative of the person ("my daughter", "seine Frau", "mi hija")."""
    return any(entry.category == RELATIONS for entry, _ in matches(text))


def classify(text: str) -> Classification:
    """Category and sensitivity of a detail: the most sensitive matching group decides.

    Nothing matched -> ``other`` / ``light`` (with ``is_topic`` False).
    """
    found = matches(text)
    if {e.category for e, _ in found} - {"birthday", RELATIONS} and _birthday_occasion(text):
        found = [(e, w) for e, w in found if e.category != "birthday"]  # "off to Iceland for my 40th birthday"
    if not found:  # no topic; said in confidence, it is still for no shared place
        return Classification("other", SENSITIVE if CONFIDENCE.search(text) else LIGHT, ())
    cats = {e.category for e, _ in found}
    topical = [(e, w) for e, w in found if e.category != RELATIONS]
    if not topical or (RELATIONS in cats and all(e is CAREER_NEWS for e, _ in topical)):
        return Classification("family", PERSONAL, tuple(w for _, w in found))  # a relative's job is family news
    best_rank = max(_RANK[e.sensitivity] for e, _ in topical)
    entry, _word = next((e, w) for e, w in topical if _RANK[e.sensitivity] == best_rank)
    category, sensitivity = entry.category, entry.sensitivity
    # An animal's health (vet, surgery, illness) with no person's relation mentioned - unless the
    # health word is the person's own ("the dog got me through my burnout").
    if (category == "health" and ("pet" in cats or (VET.search(text) and not A_VET_BY_TRADE.search(text))) and RELATIONS not in cats and not ALLERGY.search(text)
            and not persons_own_health(text, _word)):
        category, sensitivity = "pet", _ANIMAL_HEALTH
    # Said in confidence ("the team doesn't know yet", "noch geheim", "que no se entere nadie"): never
    # for a shared place, whatever it is about.
    if CONFIDENCE.search(text):
        sensitivity = SENSITIVE
    # A dislike of something light is a preference ("hates running" is no hobby), never a joy.
    if sensitivity == LIGHT and category in ("hobby", "travel", "preference", "other") and dislikes(text):
        category = "preference"
    # A birthday or milestone beats the generic family/work word it usually comes with.
    if sensitivity != SENSITIVE:
        for pref in ("birthday", "anniversary", "milestone"):
            if pref in cats:
                category = pref
                sensitivity = max((e.sensitivity for e, _ in topical if e.category == pref), key=_RANK.__getitem__)
                sensitivity = max(sensitivity, entry.sensitivity, key=_RANK.__getitem__)
                break
    return Classification(category, sensitivity, tuple(w for _, w in found))


# A confidence: the speaker asks to keep it quiet, or says nobody (or the team) knows yet.
CONFIDENCE = re.compile(
    r"\b(?:(?:nobody|no one|no-one) (?:else )?knows(?: about it)? yet|not (?:ours|mine) to share|"
    r"(?:nobody|no one|no-one|the team|the others|(?:his|her|their|my) (?:boss|team|family|parents)|work) "
    r"(?:doesn['’]t|don['’]t|does not|do not) know(?: about it)? yet|(?:doesn['’]t|don['’]t) know yet|not public yet|"
    r"keep (?:it|this) (?:quiet|to yourself|between us|under wraps)|(?:in|off the) (?:confidence|record)|"
    r"(?:weiß|wissen) (?:\w+ ){0,2}noch (?:niemand|nicht|keiner)|noch geheim|unter uns|(?:bitte )?nicht weitersagen|"
    r"(?:no|nadie) lo sabe(?:n)? (?:nadie|todav[íi]a|aún)|todav[íi]a no lo sabe\w*|que no se entere|entre nosotr[oa]s|"
    r"(?:no|ni) (?:se lo )?(?:digas|cuentes|comentes))\b", re.IGNORECASE)


# Whose health a health word is: a person's possessive right before it ("my knee surgery", "ihre
# Reha", "mi depresión"), or an animal that saw a person through it ("got me through", "half mir
# durch", "me ayudó con") - not "the dog's surgery" or "Mochi has kidney disease".
_PERSONS_OWN = re.compile(
    r"(?:\b(?:my|her|his|their|our|mein\w*|ihr\w*|sein\w*|unser\w*|mi|mis|su|sus|nuestr[oa]s?)\s+(?:[\w-]+\s+)?$)|"
    r"(?:\b(?:got|gets|get|helped|helps|help|kept|keeps|pulled|carried)\s+(?:me|her|him|them|us)\s+(?:through|going|with)"
    r"(?:\s+[\w'’-]+){0,3}\s+$)|(?:\b(?:durch|über)\s+(?:\w+\s+){0,3}$)|"
    r"(?:\b(?:me|le|les|nos)\s+(?:ayud[óoa]\w*|sac[óoa]\w*)\s+(?:a\s+(?:superar|salir\s+de)\s+|de\s+|con\s+)(?:\w+\s+){0,2}$)",
    re.IGNORECASE)


def persons_own_health(text: str, word: str) -> bool:
    """Whether the health ``word`` in ``text`` is the person's own rather than an animal's."""
    at = text.lower().find(word.lower())
    m = _PERSONS_OWN.search(text[max(0, at - 60):at]) if at >= 0 else None
    # "our spaniel got hit by a car", "su perro está con tratamiento": the possessive is the animal's
    return bool(m) and not _PET_WORDS.search(m.group(0))


def _birthday_occasion(text: str) -> bool:
    from .dates import is_birthday_occasion

    return is_birthday_occasion(text)


# Standing facts to keep in mind, true whatever day it is: a date in the same sentence belongs to
# something else ("for the dinner tonight: I am coeliac").
STANDING = re.compile(
    r"\b(?:\w*allerg\w*|al[ée]rgic[oa]|intoleran\w+|unverträglich\w*|coeliac|celiac|cel[ií]ac[oa]|zöliakie|"
    r"diab[eé]t\w+|vegan\w*|vegetari\w+|halal|kosher|teetotal|(?:don't|doesn't|do not|does not) (?:eat|drink)|"
    r"(?:esse|isst|trinke|trinkt) kein\w*|no (?:como|bebo|come|bebe)|"
    # a food a doctor took away, and what is left out for good ("el doctor me prohibió el ají", "darf keinen Zucker
    # mehr", "gluten-free", "no alcohol")
    r"(?:me|le|les|nos) (?:prohibió|prohibieron|ha prohibido|han prohibido|quitó|quitaron)|prohibid[oa]s?|"
    r"(?:darf|dürfen) (?:\w+ )?(?:kein\w*|nicht mehr)|(?:can['’]t|cannot|can no longer|not allowed to) (?:eat|drink|have)|"
    r"veggie|gluten-?free|glutenfrei|sin gluten|sugar-?free|zuckerfrei|sin azúcar|low-salt|salt-free|salzarm|sin sal|"
    r"no alcohol|alcohol-free|kein alkohol|alkoholfrei|sin alcohol)\b", re.IGNORECASE)

