"""Name forms the people links read as one person, or as no person (issue 13, review 16): a title
the lexicon lacks before a known given name, a compound given name written with a hyphen or a
space, particles inside a surname, and places and vessels shaped like names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import lexicon_error

from checker.language import lexicons, names
from checker.testing import Runner
from tests.test_people_links import article, links_of


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(n, t) for _, _, n, t in names.people_in(text)]


# -- 1. a title before a given name -------------------------------------------------------------


@pytest.mark.parametrize("word", ["Sacristan", "Bosun", "Bursar", "Almoner", "Deaconess"])
def test_a_capitalised_word_no_given_name_before_a_known_given_name_is_no_part_of_the_name(word: str) -> None:
    """The word is not taken for the name's title either: a title makes a name a person's whatever
    follows it, and the word may be a company's ("Intel Ivy Bridge")."""
    assert not names.known_given_name(word)
    assert _people(f"On Friday {word} Bernadette Kilroy said the ward was full.") == [("Bernadette Kilroy", None)]


@pytest.mark.parametrize(
    "word", ["Matron", "Sister", "Warden", "Chaplain", "Coach", "Registrar", "Abbess", "Trooper", "Marshal"]
)
def test_a_title_of_the_lexicon_before_a_name_is_a_title(word: str) -> None:
    [(name, title)] = _people(f"{word} Philomena Garrity, 70, said the ward was full.")
    assert name == "Philomena Garrity" and title is not None and title.endswith(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anna Louise Farrow opened the library.", "Anna Louise Farrow"),  # two given names
        ("Robyn Alice Tennant found the dog.", "Robyn Alice Tennant"),  # a given name used for both
        ("Jordan Mary Ellison found the dog.", "Jordan Mary Ellison"),
        ("Bernadette Kilroy said the ward was full.", "Bernadette Kilroy"),  # no word before
    ],
)
def test_a_given_name_before_another_is_no_title(text: str, name: str) -> None:
    assert _people(text) == [(name, None)]


def test_a_story_joins_a_titled_name_and_the_bare_one(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Sacristan Wilhelmina Dorrance, 61, opened the chapel on Sunday.\n"),
            "b.md": article("Wilhelmina Dorrance, 64, said the bells would ring.\n", outlet="Coastal Ledger"),
        }
    )
    people = [e.canonical for e in links_of(result).entities]
    assert people == ["Wilhelmina Dorrance"]
    [hit] = result.findings("CC201")
    assert hit.path.endswith("b.md")


# -- 2. a compound given name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anne-Marie O'Neill", "Anne Marie O'Neill"),
        ("Jean-Luc Marchetti", "Jean Luc Marchetti"),
        ("Mary-Kate Dunleavy", "Mary Kate Dunleavy"),
        ("Lise-Lotte Brandt", "Lise Lotte Brandt"),
    ],
)
def test_a_compound_given_name_with_a_hyphen_or_a_space_is_one_name(a: str, b: str) -> None:
    assert names.name_key(a) == names.name_key(b)
    assert names.same_person(a, b) and names.same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mary-Kate Dunleavy", "Mary-Ann Dunleavy"),
        ("Mary-Kate Dunleavy", "Mary Ann Dunleavy"),
        ("Jean-Luc Marchetti", "Luc Marchetti"),
        ("Anne-Marie O'Neill", "Marie O'Neill"),
    ],
)
def test_another_compound_given_name_is_another_person(a: str, b: str) -> None:
    assert not names.same_person(a, b)


def test_a_fuller_name_with_one_more_middle_name_is_the_same_person() -> None:
    assert names.same_person("Hester Rodham Quarrie", "Hester Diane Rodham Quarrie")
    assert not names.same_person("Hester Ann Quarrie", "Hester Diane Rodham Quarrie")


@pytest.mark.parametrize("written", ["Anne-Marie O'Neill", "Anne Marie O'Neill"])
def test_a_compound_given_name_written_as_one_word_is_the_same_name(written: str) -> None:
    assert names.same_person("Annemarie O'Neill", written)
    assert not names.same_person("Annemarie O'Neill", "Annabel O'Neill")


def test_a_hyphenated_surname_stays_one_word() -> None:
    assert names.surname("Ngozi Okonjo-Iweala") == "okonjo-iweala"
    assert names.same_person("Okonjo-Iweala", "Ngozi Okonjo-Iweala")


# -- 3. particles in a surname ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "José María de la Cruz",
        "Jose Maria De la Cruz",
        "Pieter van der Merwe",
        "Pieter Van der Merwe",
        "Inés del Olmo",
        "Maria Luisa dos Santos",
        "Ludwig von Roon",
        "Dick Van Dyke",
    ],
)
def test_particles_inside_a_surname_keep_the_name_whole(name: str) -> None:
    assert _people(f"On Monday {name} said talks would resume.") == [(name, None)]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("José María de la Cruz", "de la Cruz"),
        ("José María de la Cruz", "De la Cruz"),
        ("José María de la Cruz", "Cruz"),
        ("Jose Maria De la Cruz", "José María de la Cruz"),
        ("Pieter van der Merwe", "Van der Merwe"),
    ],
)
def test_a_surname_with_or_without_its_particles_is_the_same_person(full: str, short: str) -> None:
    assert names.same_person(full, short)


@pytest.mark.parametrize(
    "text",
    [
        "De la Cruz said talks would resume.",
        "de la Cruz said talks would resume.",
        "De La Cruz said talks would resume.",
        "Van der Merwe said the dam was full.",  # Van is a given name, but not before "der"
    ],
)
def test_a_particle_opening_a_surname_is_no_given_name(text: str) -> None:
    assert _people(text) == []


def test_a_capitalised_particle_that_is_a_given_name_opens_a_name() -> None:
    assert _people("Van Morrison sang on Friday.") == [("Van Morrison", None)]
    assert _people("Della Quist sang on Friday.") == [("Della Quist", None)]


def test_a_particle_that_is_the_last_word_is_the_surname() -> None:
    assert names.surname("Priyamvada Das") == "das"
    assert names.same_person("Das", "Priyamvada Das")
    assert not names.same_person("Priyamvada Das", "Priyamvada Roy")


def test_a_surname_only_reference_with_particles_is_the_person(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Union leader José María de la Cruz, 55, spoke on Monday. “We are not leaving the table,” "
            "de la Cruz said.\n\nDe la Cruz later met the owners. Cruz said the talks went well.\n"
        )
    )
    [person] = links_of(result).entities
    assert person.canonical == "José María de la Cruz"
    assert [m.form for m in person.mentions].count("surname") == 3
    assert result.findings("CC601") == []


@pytest.mark.parametrize("particle", sorted(lexicons.name_forms().particles))
def test_each_particle_joins_a_given_name_and_a_surname(particle: str) -> None:
    text = f"On Monday Ilse {particle} Marrow opened the hall."
    assert _people(text) == [(f"Ilse {particle} Marrow", None)]
    assert names.same_person(f"Ilse {particle} Marrow", "Marrow")


@pytest.mark.parametrize("particle", sorted(lexicons.name_forms().lower_only))
def test_a_lower_only_particle_capitalised_is_a_name_word(particle: str) -> None:
    assert _people(f"On Monday Ilse {particle.capitalize()} Marrow opened the hall.") == [
        (f"Ilse {particle.capitalize()} Marrow", None)
    ]
    assert particle.capitalize() + "-" not in names.PARTICLES


# -- 4. places and vessels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Kells Point on Friday.",
        "Waves broke over Harlow Head on Friday.",
        "Divers searched Dunmore Reef for hours.",
        "The ferry left Carrow Island at noon.",
    ],
)
def test_a_name_ending_in_a_coast_or_landform_word_is_a_place(text: str) -> None:
    [(start, end, _, _)] = names.people_in(text)
    assert names.not_a_person(text, start, end)


@pytest.mark.parametrize("prefix", sorted(lexicons.name_forms().vessel_prefixes))
def test_a_vessel_prefix_makes_a_vessel(prefix: str) -> None:
    text = f"The crew of {prefix} Orla Star were safe."
    start = text.index("Orla")
    assert names.not_a_person(text, start, start + len("Orla Star"))
    assert names.used_as_place(text, start, start + len("Orla Star"))


@pytest.mark.parametrize("noun", sorted(lexicons.name_forms().vessel_nouns))
def test_a_vessel_noun_makes_a_vessel(noun: str) -> None:
    text = f"They boarded the {noun} Orla Star at dawn."
    start = text.index("Orla")
    assert names.not_a_person(text, start, start + len("Orla Star"))


@pytest.mark.parametrize(
    "text",
    [
        "Captain Ines Ferrante, 44, said the crew was safe.",
        "The ship's captain, Ines Ferrante, said the crew was safe.",
        "The ferry operator Ines Ferrante said the crew was safe.",
        "Grace Point said the crew was safe.",  # a given name and the subject of a speech verb
        "The trade sent AAA SS Brandon Wood to the Padres.",  # a shortstop, not a steamship
    ],
)
def test_a_person_near_a_vessel_or_with_a_place_word_stays_a_person(text: str) -> None:
    [(start, end, _, _)] = names.people_in(text)
    assert not names.not_a_person(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Orla Star, a 90-metre ferry registered in Cyprus, ran aground.",
        "Rescuers reached Orla Star, the island's trawler, at dawn.",
        "Orla Star, a Greek-owned tanker, was refloated.",
        "Rescuers climbed aboard Orla Star at dawn.",
        "Twelve people were on board the Orla Star.",
    ],
)
def test_an_apposition_headed_by_a_vessel_noun_or_being_aboard_makes_a_vessel(text: str) -> None:
    start = text.index("Orla")
    assert names.not_a_person(text, start, start + len("Orla Star"))


@pytest.mark.parametrize(
    "text",
    ["Ines Ferrante, a ferry captain, said no.", "Ines Ferrante, the ferry's captain, said no."],
)
def test_a_vessel_noun_that_only_modifies_a_role_keeps_a_person(text: str) -> None:
    assert not names.not_a_person(text, 0, len("Ines Ferrante"))


def test_a_place_named_off_the_coast_is_a_place_though_its_first_word_is_a_given_name() -> None:
    text = "The ferry ran aground off Grace Point on Friday."
    start = text.index("Grace")
    assert names.used_as_place(text, start, start + len("Grace Point"))


def test_a_vessel_named_once_with_its_prefix_is_no_person_anywhere(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "The vessel MV Orla Star ran aground off Kells Point on Friday. Captain Ines Ferrante, 44, "
            "said the crew was safe.\n\nOrla Star was refloated on Saturday, coastguard Ian Doyle said.\n"
        )
    )
    assert sorted(e.canonical for e in links_of(result).entities) == ["Ian Doyle", "Ines Ferrante"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("version: 1\nparticles: [de, La]\n", "lower case"),
        ("version: 1\nparticles: [de]\nlower_only: [al]\n", "subset"),
        ("version: 1\nvessel_nouns: [ship, 3]\n", "'vessel_nouns' must be a list"),
    ],
)
def test_a_malformed_names_lexicon_is_an_error_naming_the_file(
    text: str, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = lexicon_error(tmp_path, monkeypatch, "names.yaml", lexicons.name_forms, text)
    assert re.search(says, message) and "names.yaml" in message


def test_the_given_names_of_both_genders_are_lower_case_and_apart_from_the_gendered_ones() -> None:
    both = lexicons.given_names_any()
    assert "robyn" in both and "bernadette" not in both
    assert not both & set(lexicons.given_names())
    assert names.known_given_name("Robyn") and names.known_given_name("Bernadette")
    assert not names.known_given_name("Matron")


@pytest.mark.parametrize("reference", ["De la Cruz", "de la Cruz", "Cruz"])
def test_a_surname_with_its_particles_in_another_article_is_the_person_named_there(
    reference: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        {
            "a.md": article("Union leader José María de la Cruz said talks would resume on Tuesday.\n"),
            "b.md": article(
                f"Talks resume on Tuesday.\n\nThe owners said {reference} had left early.\n", outlet="Coastal Ledger"
            ),
        }
    )
    [person] = links_of(result).entities
    assert [(m.article.rsplit("/", 1)[-1], m.form) for m in person.mentions] == [("a.md", "full"), ("b.md", "surname")]


def test_particles_before_a_word_are_found_as_written() -> None:
    text = "“We stay,” De la Cruz said, not the Banda la Cruz."
    assert text[names.particles_before(text, text.index("Cruz")) :].startswith("De la Cruz")
    assert names.particles_before(text, text.index("Banda")) == text.index("Banda")
    assert text[names.particles_before(text, text.rindex("Cruz")) :].startswith("la Cruz")
