"""vCard parsing against real exports (Apple 3.0, RFC 6350 4.0, a 2.1 phone export) and broken input."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport_plugins.errors import ParseError
from rapport_vcard import parse_vcards
from rapport_vcard.parser import decode_bytes, parse_date

DATA = Path(__file__).resolve().parent.parent / "data" / "vcard"


def load(name):
    path = DATA / name
    return parse_vcards(decode_bytes(path.read_bytes()), str(path))


def test_apple_3_0_export():
    ada, alan = load("apple_3.0.vcf")
    assert ada.name == "Ada Lovelace"
    assert ada.emails == ["ada@example.org", "Ada.Lovelace@Work.Example"]
    assert ada.aliases == ["Countess", "Ada L."]
    assert ada.org == "Analytical Engines Ltd, Research"
    assert ada.title == "Lead Mathematician"
    assert ada.uid == "ada-0001"
    assert ada.note == "Loves poetry, horses and\nher cat Puff."
    assert ada.dates == [
        {"kind": "birthday", "month": 12, "day": 10, "year": None},
        {"kind": "anniversary", "month": 7, "day": 8, "year": 2015},
        {"kind": "anniversary", "month": 3, "day": 1, "year": 2019, "label": "Sobriety"},
    ]
    assert ada.related == [{"type": "spouse", "value": "William"}]
    assert ada.source.endswith("apple_3.0.vcf:1")
    # N without FN builds the name; a folded NOTE is unfolded.
    assert alan.name == "Alan Mathison Turing"
    assert alan.dates == [{"kind": "birthday", "month": 6, "day": 23, "year": 1912}]
    assert alan.note == "Marathon runner: training for the autumn race."


def test_vcard_4_0():
    grace, katherine = load("v4.vcf")  # the third card has no name or email: nothing to match
    assert grace.name == "Grace Hopper"
    assert grace.emails == ["grace@navy.example", "grace@home.example"]
    assert grace.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert grace.dates == [
        {"kind": "birthday", "month": 12, "day": 9, "year": None},
        {"kind": "anniversary", "month": 6, "day": 15, "year": 1930},
        {"kind": "anniversary", "month": 7, "day": 4, "year": None},
    ]
    assert grace.related == [{"type": "spouse", "value": "Vincent Hopper"}]
    assert katherine.name == "Katherine Johnson"
    assert katherine.dates == [{"kind": "birthday", "month": 8, "day": 26, "year": None}]


def test_vcard_2_1_quoted_printable_and_charset():
    (jurgen,) = load("legacy_2.1.vcf")
    assert jurgen.name == "Jürgen Müller"
    assert jurgen.emails == ["juergen@example.de"]
    assert jurgen.note == "Sein Hund heißt Bello und ist sehr groß."
    assert jurgen.dates == [{"kind": "birthday", "month": 2, "day": 29, "year": 1980}]


def test_apple_related_label_is_the_relation():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nitem1.X-ABRELATEDNAMES:Max\nitem1.X-ABLabel:_$!<Child>!$_\n"
        "RELATED;TYPE=friend:urn:uuid:abc\nEND:VCARD\n"
    )
    (bo,) = parse_vcards(text, "mem")
    assert bo.related == [{"type": "child", "value": "Max"}, {"type": "friend", "value": "urn:uuid:abc"}]


@pytest.mark.parametrize(
    "value, omit, expected",
    [
        ("1990-05-17", None, (5, 17, 1990)),
        ("19900517", None, (5, 17, 1990)),
        ("--0517", None, (5, 17, None)),
        ("--05-17", None, (5, 17, None)),
        ("1604-05-17", "1604", (5, 17, None)),
        ("2000-05-17", "2000", (5, 17, None)),
        ("1990-05-17T00:00:00Z", None, (5, 17, 1990)),
        ("19900517T000000", None, (5, 17, 1990)),
        ("1990-13-01", None, None),
        ("May 17", None, None),
    ],
)
def test_date_forms(value, omit, expected):
    got = parse_date(value, omit_year=omit)
    assert (None if got is None else (got["month"], got["day"], got["year"])) == expected


def test_params_quoted_values_with_separators():
    text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN;X-NOTE="a;b:c":Semi Colon\r\nEMAIL;TYPE="home,pref":s@example.com\r\nEND:VCARD\r\n'
    (card,) = parse_vcards(text, "mem")
    assert card.name == "Semi Colon"
    assert card.emails == ["s@example.com"]


def test_malformed_names_file_and_line():
    path = DATA / "malformed.vcf"
    with pytest.raises(ParseError) as err:
        parse_vcards(path.read_text(), str(path))
    assert str(err.value).startswith(f"{path}:9: ")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("BEGIN:VCARD\nFN:A\n", 1, "no END:VCARD"),
        ("FN:A\n", 1, "outside"),
        ("BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n", 4, "without BEGIN"),
        ("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\n", 3, "inside the card"),
        ("BEGIN:VCARD\nFN:A\nBDAY:yesterday\nEND:VCARD\n", 3, "not a date"),
        ("BEGIN:VCARD\nF N:A\nEND:VCARD\n", 2, "bad property name"),
    ],
)
def test_structure_errors(text, line, words):
    with pytest.raises(ParseError) as err:
        parse_vcards(text, "cards.vcf")
    assert str(err.value).startswith(f"cards.vcf:{line}: ")
    assert words in str(err.value)


def test_empty_input_has_no_contacts():
    assert parse_vcards("", "empty.vcf") == []
    assert parse_vcards("\r\n\r\n", "empty.vcf") == []


def _escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line, width=20):
    return "\r\n ".join(line[i:i + width] for i in range(0, len(line), width))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1).filter(str.strip))
def test_any_note_survives_escaping_and_folding(note):
    text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\n" + _fold("NOTE:" + _escape(note)) + "\r\nEND:VCARD\r\n"
    (card,) = parse_vcards(text, "mem")
    assert card.note == note.strip()


def test_vcard_2_1_unindented_base64_photo():
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nokia;Old\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
        "/9j/4AAQSkZJRgABAQEASABIAAD\r\nAAQSkZJRgABAQEASABIAAD==\r\n\r\nEMAIL:old@example.com\r\nEND:VCARD\r\n"
    )
    (card,) = parse_vcards(text, "nokia.vcf")
    assert (card.name, card.emails) == ("Old Nokia", ["old@example.com"])


LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "FN:A", "N:B;C;;;", "EMAIL:a@b.c", "BDAY:--0229", "BDAY:19900101",
    "item1.X-ABDATE:2001-02-03", "item1.X-ABLabel:_$!<Anniversary>!$_", " folded", "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
    "X:y", ":", ";", "", "BDAY:x", "NICKNAME:a\\,b,c",
])


@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=25))
def test_any_input_gives_contacts_or_a_parse_error(lines):
    try:
        contacts = parse_vcards("\r\n".join(lines), "fuzz.vcf")
    except ParseError as exc:
        assert str(exc).startswith("fuzz.vcf:") and "\n" not in str(exc)
    else:
        assert all(c.name for c in contacts)
