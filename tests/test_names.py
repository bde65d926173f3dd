"""Name normalisation: keys and cross-outlet variants of one person's name."""

from __future__ import annotations

import pytest

from checker.language import names
from checker.language.names import is_name, name_key, people_in, same_person, surname


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bashar Assad", "Bashar al-Assad"),
        ("Bashar al Assad", "BASHAR AL-ASSAD"),
        ("George W. Bush", "George Bush"),
        ("John Kirby", "Kirby"),
        ("Muammar Gaddafi", "Moammar Qadhafi"),
        ("Muammar Gaddafi", "Muammar al-Qaddafi"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Mohamed Morsi", "Muhammad Mursi"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Osama bin Laden", "Usama bin Ladin"),
        ("Ludwig van Beethoven", "Ludwig Beethoven"),
        ("J. Kirby", "John Kirby"),
        ("José Martí", "Jose Marti"),
        ("Theresa May", "May"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Kirby", "John Kerry"),
        ("Putin", "Patton"),
        ("John Smith", "Jane Smith"),
        ("Barack Obama", "Michelle Obama"),
        ("", "John Kirby"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_name_key_ignores_particles_case_and_accents() -> None:
    assert name_key("Bashar al-Assad") == name_key("Bashar Assad") == "bashar assad"
    assert name_key("José Martí") == "jose marti"
    assert surname("Bashar al-Assad") == "assad"


def test_al_qaeda_is_not_a_person() -> None:
    assert not is_name("al Qaeda")
    assert people_in("Fighters of al Qaeda in Syria and al-Qaeda attacked.") == []


def test_people_in_gives_titles_and_offsets() -> None:
    text = "Talks between Kerry and Russian Foreign Minister Sergei Lavrov broke down."
    [(start, end, name, title)] = people_in(text)
    assert (text[start:end], name, title) == ("Sergei Lavrov", "Sergei Lavrov", "Russian Foreign Minister")


@pytest.mark.parametrize(
    ("a", "b", "respelt"),
    [
        ("Imogen Rathbourne", "Imogen Rathborne", True),
        ("Renata Gonzales", "Renata Gonzalez", True),
        ("Imogen Rathbourne", "Ines Rathborne", False),  # another given name too
        ("Imogen Rathbourne", "Imogen Rathbourne", False),
        ("Muammar Gaddafi", "Muammar Qaddafi", False),  # romanised by letter
        ("Muammar Qadhafi", "Muammar Qadafi", False),
        ("Yevgeny Sergeyev", "Yevgeny Sergeev", False),  # a glide
        ("Yevgeny Kolesnikov", "Yevgeny Kolesnikow", False),
        ("Bashar Assad", "Bashar al-Assad", False),  # a particle
        ("Renata Gonzales", "Renata Gonzalves", True),
        ("Renata Gonzales", "Renata Gozalves", False),  # two letters: not one name respelt
    ],
)
def test_a_surname_respelt_is_one_letter_no_romanisation_explains(a: str, b: str, respelt: bool) -> None:
    assert names.respelt_surname(a, b) is respelt
    assert names.respelt_surname(b, a) is respelt


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mark Felt Sr", "Mark Felt Jr"), ("Mac Pro", "Mac Pros"), ("Tar Heel", "Tar Heels"), ("Ana Roe", "Ana Rae")],
)
def test_a_plural_a_generation_or_a_short_word_is_no_surname_respelt(a: str, b: str) -> None:
    assert not names.respelt_surname(a, b)


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Verlaine Oduya left after his mother arrived.", "male"),
        ("Oduya said She would stay.", "female"),
        ("Oduya thanked the crew; they cheered HIM loudly.", "male"),
        ("Oduya thanked the crew and they cheered.", None),  # "they" gives no gender
        ("Oduya spoke of Shelley and Hershey, then of her plan.", "female"),  # not inside longer words
    ],
)
def test_gendered_pronoun_is_the_first_pronoun_that_gives_a_gender(text: str, gender: str | None) -> None:
    assert names.gendered_pronoun(text, len("Oduya"), len(text)) == gender


def test_gendered_pronoun_reads_only_its_range_and_cuts_words_at_its_ends() -> None:
    text = "Brannock said she left; he stayed."
    assert names.gendered_pronoun(text, 0, text.index("she")) is None
    assert names.gendered_pronoun(text, text.index(";"), len(text)) == "male"
    # a range opening inside "them" reads "hem"; one closing inside "sheds" reads "she"
    assert names.gendered_pronoun("Kell saw them go", 10, 16) is None
    assert names.gendered_pronoun("Kell sheds", 4, 8) == "female"
    assert names.gendered_pronoun("Kell washe left", 8, 15) == "male"  # "washe" cut at 8: "he"


def test_an_alternation_as_a_tree_matches_as_the_words_longest_first() -> None:
    import re

    words = ["chief", "police chief", "chief executive", "chief executive officer", "chair", "c.e.o.", "mayor"]
    flat = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b")
    tree = re.compile(r"\b(?:" + names.alternation(words) + r")\b")
    text = (
        "The chief executive officer met the police chief, the chief executives, the chair and "
        "the chairman; the c.e.o. and the Mayor and the mayor chiefly agreed with the chief."
    )
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.group(0) for m in tree.finditer(text)][:3] == ["chief executive officer", "police chief", "chief"]
    assert re.fullmatch(names.alternation([]), "") is None  # no words: matches nothing


@pytest.mark.parametrize(
    "text",
    [
        "The 52-year-old organist played; the organist Ana Pruitt sang, and the organists rested.",
        "Later the church organist and the beekeeper's hives: the local beekeeper-in-chief smiled.",
        "the very old quiet organist, the site where beekeeper Tamm stood, the organist’s bench, the quiet organ",
        "Theorganist, the organistX, the Fenmoor organist.\nThe organist - Ana - left.",
        "the 1234-year-old organist and the 40-year-old  church  organist",
    ],
)
def test_learned_descriptions_are_those_of_the_pattern_of_their_roles(text: str) -> None:
    roles = frozenset({"organist", "beekeeper", "organ"})
    found = names.learned_descriptions(text, roles)
    assert found == names._learned_descriptions_pattern(text, roles)
    assert found  # every text describes someone so


def test_learned_descriptions_give_place_role_and_age() -> None:
    text = "Ana Pruitt, the church organist, spoke. Later the 52-year-old organist left."
    assert names.learned_descriptions(text, frozenset({"organist"})) == [
        (12, 31, "organist", None),
        (46, 70, "organist", 52),
    ]


# -- the capital-first scans (speed, issue 16) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A. J. Smith met T.J. DiLeo and Ban Ki-moon; xA. Smith, É. Smith and 'Ann Lee' did not.",
        "Former President George W. Bush spoke with O'Leary McDonald-Hayes in al-Assad's Damascus.",
        "-Ann Lee, ’Bo Vey and U.S. Army officials met in Washington, D.C. on Monday.",
    ],
)
def test_runs_and_initials_open_with_their_capital_as_the_lookbehind_forms_did(text: str) -> None:
    import re

    from conftest import FIXTURES

    from checker.language import names

    token, particle = names._TOKEN, names._PARTICLE
    run = re.compile(rf"(?<![\w’'-]){token}(?:\s+(?:[A-Z]\.\s+)?{particle}?{token})+")
    initials = re.compile(rf"(?<![\w’'.-])(?P<i>(?:[A-Z]\.\s?){{1,2}})(?P<s>{token})(?![\w’'-])(?!\s+[A-Z][a-z])")
    paragraphs = [text]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt", ".html"):
            paragraphs += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    for paragraph in paragraphs:
        for fast, slow in ((names._RUN, run), (names._INITIALS_NAME, initials)):
            found = [(m.span(), m.groupdict()) for m in fast.finditer(paragraph)]
            assert found == [(m.span(), m.groupdict()) for m in slow.finditer(paragraph)]
    assert [m.group(0) for m in names._INITIALS_NAME.finditer(text)] == {
        "A": ["A. J. Smith", "T.J. DiLeo"],
        "F": ["W. Bush"],
        "-": ["U.S. Army"],  # left out later: initials of a place or body
    }[text[0]]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # British style drops the abbreviation's full stop: the title is a title all the same
        ("The Rev Jonas Aldermire said the roof was safe.", "Jonas Aldermire", "Rev"),
        ("Revd Ada Pell led the service.", "Ada Pell", "Revd"),
        ("Msgr Tomas Ruiz said mass.", "Tomas Ruiz", "Msgr"),
        ("The Rev. Ida Kell said it.", "Ida Kell", "Rev."),
    ],
)
def test_a_title_written_without_its_full_stop_is_no_given_name(text: str, name: str, title: str) -> None:
    assert [(found, t) for _, _, found, t in names.people_in(text)] == [(name, title)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("according to Brankovic, the association's chairman.", "chairman"),  # a lexicon role, closing the sentence
        ("Trevithick, the parish council's treasurer, said", "treasurer"),  # closed by a comma
        ("praised by Vandersloot, the trust's chief executive, who", "executive"),
        ("said Marchetti, the stall's beekeeper.", "beekeeper"),  # a person noun by its ending
        ("Okafor, the club's commodore since 2019, said", "commodore"),  # a short phrase after the role
        ("Liddell, the harbour's new owner who bought it in May", "owner"),  # a relative clause after the role
    ],
)
def test_a_definite_role_in_apposition_is_a_reminder_of_a_person(text: str, role: str) -> None:
    word = text.split(",")[0].split()[-1]
    assert names.role_aside(text, text.index(word) + len(word)) == role


@pytest.mark.parametrize(
    "text",
    [
        "Sadly, the mother of two died from injuries she sustained in the crash.",  # a clause after an adverb
        "Porthcurnick, the county's busiest fishing port, said",  # a place: no person noun
        "Haverstock, the engineering firm, said",  # an organisation
        "Fenwright, a fisherman, said",  # indefinite: an introduction, not a reminder
        "Quayle, the other, said",  # the lexicon's not_role_words describe without naming a role
    ],
)
def test_no_role_is_a_reminder_where_the_description_names_no_person(text: str) -> None:
    word = text.split(",")[0].split()[-1]
    assert names.role_aside(text, text.index(word) + len(word)) is None


@pytest.mark.parametrize(
    ("a", "b", "respelt"),
    [
        ("Evander Kostopoulos", "Evander Kostopolous", True),  # a letter moved
        ("Imogen Rathborne", "Imogen Rathbrone", True),  # two letters swapped
        ("Imogen Rathbourne", "Imogen Rathborne", True),  # one letter dropped
        ("Theron Papadopoulos", "Theron Papadopulos", False),  # a romanisation (ou / u)
        ("Sergei Sergeyev", "Sergei Sergeev", False),  # a glide
        ("Dana Kostopoulos", "Irene Kostopolous", False),  # another given name: not one name respelt
    ],
)
def test_a_surname_respelt_across_outlets(a: str, b: str, respelt: bool) -> None:
    assert names.respelt_surname(a, b) is respelt


@pytest.mark.parametrize(
    "name",
    ["Kasia Zielińska", "Wanda Jabłońska", "Łukasz Nowak", "Şahin Özdemir", "Nguyễn Văn Thiệu", "Émile Zola"],
)
def test_a_name_written_with_letters_beyond_ascii_is_read_whole(name: str) -> None:
    # a name cut at its first such letter ("Kasia Zieli") was another person than the name in full
    assert [found for _, _, found, _ in people_in(f"On Monday {name} said the port was full.")] == [name]


@pytest.mark.parametrize(
    ("text", "unrelated"),
    [
        ("Randa Khalidi, a teacher from Irbid who is no relation, will run it.", True),
        ("Randa Khalidi (not related) will run it.", True),
        ("Randa Khalidi, an unrelated teacher, will run it.", True),
        ("Randa Khalidi said there was no relation between the schools.", False),  # not her own clause
        ("Randa Khalidi, a teacher. There is no relation between them.", False),  # another sentence
    ],
)
def test_a_namesake_says_so_in_its_own_clause(text: str, unrelated: bool) -> None:
    assert names.unrelated_after(text, len("Randa Khalidi")) is unrelated


@pytest.mark.parametrize("name", ["Rabie A. Atti", "John A. Smith", "Ines O. Varga", "George W. Bush"])
def test_a_middle_initial_is_no_word_of_its_own(name: str) -> None:
    # "A." and "O." were read as the article "A" and the interjection "O", markers of no person's name
    assert [found for _, _, found, _ in people_in(f"said the spokesman, {name}, on Monday.")] == [name]


@pytest.mark.parametrize(
    ("name", "family"),
    [("Park Ji-hoon", "park"), ("Ban Ki-moon", "ban"), ("Yoon Seo-jin", "yoon"), ("Anne-Marie Duval", "duval")],
)
def test_a_korean_name_has_its_family_name_first(name: str, family: str) -> None:
    assert [found for _, _, found, _ in people_in(f"On Monday {name}, the harbourmaster, said the port was shut.")] == [
        name
    ]
    assert names.surname(name) == family
    assert same_person(family.capitalize(), name)


@pytest.mark.parametrize(
    ("a", "b", "respelt"),
    [
        ("Emre Şahbazoğlu", "Emre Şahbazzoğlu", True),  # a name in its own Latin alphabet has one spelling
        ("Emre Şahbazoğlu", "Emre Sahbazoglu", False),  # its accents dropped: house style
        ("Yusuf Haddadi", "Yusuf Hadadi", False),  # a romanisation doubles or drops a letter
    ],
)
def test_a_doubled_letter_is_a_respelling_only_in_a_native_latin_name(a: str, b: str, respelt: bool) -> None:
    assert names.respelt_surname(a, b) is respelt


def test_irish_particles_stand_inside_a_surname() -> None:
    assert [found for _, _, found, _ in people_in("Declan Ó Briain and Áine Ní Bhriain said so.")] == [
        "Declan Ó Briain",
        "Áine Ní Bhriain",
    ]
    # as written without the accent
    assert [found for _, _, found, _ in people_in("Seán O Briain and Aoife Ni Bhriain said so.")] == [
        "Seán O Briain",
        "Aoife Ni Bhriain",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Baker Brenda Tregarthen opened her shop.", "Brenda Tregarthen"),  # an occupation before her name
        ("Porter Ines Varga carried the cases.", "Ines Varga"),
        ("Hunter James Smith said so.", "Hunter James Smith"),  # a first and middle name of one gender
    ],
)
def test_a_given_name_that_is_an_occupation_before_a_full_name(text: str, name: str) -> None:
    assert [found for _, _, found, _ in people_in(text)] == [name]
