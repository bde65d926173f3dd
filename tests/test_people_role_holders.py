"""Role descriptions and the person who holds the role (issue 13), on text we wrote: a role in
apposition before a name with the place it is of ("The headteacher of St Ailbe's College, Priya
Raghunathan"), an age written before a role and a name ("the 45-year-old architect Leonie
Brandt-Ibsen"), and a past holder ("the former governor"), who is never the present one."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


def _written(qualifier: str, role: str) -> str:
    """A qualifier of the lexicon written before a role: "former governor", "ex-governor"."""
    return f"{qualifier}{role}" if qualifier.endswith("-") else f"{qualifier} {role}"


# --- former roles: the lexicon's former_qualifiers, one test per entry -------------------------


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().former_qualifiers))
def test_a_former_qualifier_makes_a_past_holders_role(qualifier: str) -> None:
    text = f"Later the 67-year-old {_written(qualifier, 'governor')} spoke to reporters."
    assert [(r, a) for _, _, r, a in names.role_descriptions(text)] == [("former governor", 67)]


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().former_qualifiers))
def test_a_past_holder_is_not_the_present_one(qualifier: str, claimcheck_run: Runner) -> None:
    written = _written(qualifier, "mayor")
    result = claimcheck_run(
        article(
            "Mayor Ingrid Solvang, 44, opened the new tram depot on Saturday.\n\n"
            "The depot was first proposed twelve years ago.\n\n"
            f"The 68-year-old {written} told the crowd she had signed the first contract.\n"
        )
    )
    assert not result.findings("CC201")
    solvang = person(links_of(result), "Ingrid Solvang")
    assert [a for a, _ in solvang.ages] == [44.0]
    assert all(m.form != "role" for m in solvang.mentions)


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().former_qualifiers))
def test_a_title_with_a_former_qualifier_is_a_past_holders(qualifier: str) -> None:
    title = _written(qualifier.capitalize(), "Governor")
    assert names.title_role(title) == "former governor"
    text = f"The rally was led by {_written(qualifier, 'governor')} Aleki Vainikolo on Sunday."
    assert names.held_role(text, text.index("Aleki"), "governor") == "former governor"


def test_outgoing_and_acting_keep_the_present_holder(claimcheck_run: Runner) -> None:
    """ "the outgoing governor" is the present holder until the successor takes office: the same person."""
    assert "outgoing" not in lexicons.people().former_qualifiers
    result = claimcheck_run(
        article(
            "Governor Sione Taufa, 52, signed the levee budget on Tuesday.\n\n"
            "The vote was close.\n\n"
            "The 57-year-old outgoing governor said the money was long overdue.\n"
        )
    )
    assert len(result.findings("CC201", "fail")) == 1


def test_a_past_holder_introduced_as_one_is_described_as_one(claimcheck_run: Runner) -> None:
    """ "Vainikolo, a former governor, 71" and "the 74-year-old former governor": one person, two ages;
    the present governor keeps his own."""
    result = claimcheck_run(
        article(
            "Aleki Vainikolo, a former governor, 71, walked the flooded streets with Governor Tevita Mahe, 49, on Tuesday.\n\n"
            "Two towns were cut off overnight.\n\n"
            "The 74-year-old former governor said the levees had been neglected.\n"
        )
    )
    links = links_of(result)
    assert sorted(a for a, _ in person(links, "Aleki Vainikolo").ages) == [71.0, 74.0]
    assert [a for a, _ in person(links, "Tevita Mahe").ages] == [49.0]
    assert len(result.findings("CC201", "fail")) == 1


def test_a_present_holder_is_not_a_past_holder_introduced_before(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Former Governor Aleki Vainikolo, 71, and Governor Tevita Mahe, 49, walked the flooded streets.\n\n"
            "The 49-year-old governor said the state would pay for the repairs.\n"
        )
    )
    assert not result.findings("CC201")
    assert "former governor" in person(links_of(result), "Aleki Vainikolo").roles


# --- a role in apposition before a name, with the place or body it is of ------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The headteacher of St Ailbe's College, Priya Raghunathan, aged 52, said", "headteacher"),
        ("The chairman of the trust, Idris Mbeki, 61, said", "chair"),
        ("Its director, Hanne Solberg, aged 47, said", "director"),
        ("The spokeswoman for the Fenmoor council, Ada Quist, said", "spokesperson"),
        ("A 71-year-old retired postman, Eamon Threlkeld, found", "postman"),
        ("The former treasurer of the club, Olaf Brenning, 70, said", "former treasurer"),
        ("The museum's director, Hanne Solberg, 47, said", "director"),
        ("Harrow Rowing Club's captain, Siosaia Fonua, 34, said", "captain"),
    ],
)
def test_a_role_before_a_name_is_its_holders(text: str, role: str) -> None:
    name_at = next(i for i in range(len(text)) if text.startswith(", ", i) and text[i + 2].isupper()) + 2
    found = names.role_before_name(text, name_at, text.index(",", name_at))
    assert found is not None and found[2] == role


def test_a_role_after_a_before_a_speakers_name_is_not_theirs() -> None:
    text = "He was a fine teacher, Maud Ellery said on Monday."
    assert names.role_before_name(text, text.index("Maud"), text.index(" said")) is None


@pytest.mark.parametrize(
    "text",
    [
        "A friend of the curator, Benedikt Aaltonen, 41, lent two paintings",  # the friend is named
        "The mayor of Fenmoor met her counterpart from Ashby, Ann Roe, on Monday",  # a clause, not a place
        "The mayor of Fenmoor said on Monday that Ashby, Ann Roe and Tom Bell",
        "The wife of the headteacher, Ann Roe, said",  # a relative of the headteacher
    ],
)
def test_no_role_before_a_name_that_is_someone_elses(text: str) -> None:
    name_at = text.index("Ann") if "Ann" in text else text.index("Benedikt")
    assert names.role_before_name(text, name_at) is None


@pytest.mark.parametrize("relation", sorted(lexicons.people().relation_nouns))
def test_a_name_after_a_relation_of_a_role_is_the_relations(relation: str) -> None:
    """Every ``relation_nouns`` entry: "A friend of the curator, Benedikt Aaltonen," names the friend."""
    text = f"A {relation} of the curator, Benedikt Aaltonen, 41, lent two paintings."
    assert names.role_before_name(text, text.index("Benedikt")) is None


def test_a_name_after_a_thing_of_a_role_is_the_roles() -> None:
    text = "She hid the accounts of the former harbour treasurer, Olaf Brenning, for years."
    found = names.role_before_name(text, text.index("Olaf"))
    assert found is not None and found[2] == "former treasurer"


def test_a_hyphenated_office_is_not_its_last_word() -> None:
    text = "said the governor-general of Tarrow province, Abel Okonkwo, on Monday."
    assert names.role_before_name(text, text.index("Abel")) is None


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("The headteacher of St Ailbe's College, Priya Raghunathan, aged 52,", "The 55-year-old headteacher"),
        ("The chairman of the Marsh Lane trust, Idris Mbeki, 61,", "The 64-year-old chairman"),
        ("The principal of Glenbrook School, Oyelola Fairbairn, 58,", "The 56-year-old principal"),
        ("The bellringer of St Oswin's, Ana Pruitt, 48,", "The 51-year-old bellringer"),
    ],
)
def test_a_role_before_a_name_corefers_with_a_later_description(first: str, later: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f'{first} spoke at the meeting.\n\n"We have waited a long time," she said.\n\n{later} said more.\n')
    )
    assert len(result.findings("CC201", "fail")) == 1


@pytest.mark.parametrize(
    ("text", "role", "described"),
    [
        (
            "Priya Raghunathan, headteacher of St Ailbe's College, 52, said",
            "headteacher",
            "headteacher of St Ailbe's College",
        ),
        (
            "Priya Raghunathan, the headteacher of St Ailbe's College, aged 52,",
            "headteacher",
            "the headteacher of St Ailbe's College",
        ),
        ("Idris Mbeki, chairman of the trust. He", "chair", "chairman of the trust"),
        ("Idris Mbeki, a former chairman of the trust, 61,", "former chair", "a former chairman of the trust"),
        ("Idris Mbeki, who has been acting mayor since May,", "mayor", "who has been acting mayor"),
    ],
)
def test_a_role_after_a_name_takes_the_place_it_is_of(text: str, role: str, described: str) -> None:
    found = names.role_apposition(text, text.index(","))
    assert found is not None and found[2] == role and text[found[0] : found[1]] == described


@pytest.mark.parametrize(
    "text",
    [
        "Idris Mbeki, chairman and founder, said",  # a bare role needs the place it is of
        "Idris Mbeki, mother of two, said",  # a relation
        "Idris Mbeki, chairman of the trust said the accounts",  # no clause mark closes it
        "Idris Mbeki, who was looking forward to the match, said",  # a verb, not the position
    ],
)
def test_no_bare_role_after_a_name_without_its_place(text: str) -> None:
    assert names.role_apposition(text, text.index(",")) is None


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("Niamh Oyelowo-Grant, warden of Kestle Priory, aged 49, reopened the garden.", "The 46-year-old warden"),
        (
            "Priya Raghunathan, the headteacher of St Ailbe's College, 52, opened the wing.",
            "The 55-year-old headteacher",
        ),
    ],
)
def test_an_age_after_a_role_and_its_place_is_the_holders(opening: str, later: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f'{opening}\n\n"It took years," she said.\n\n{later} said more.\n'))
    assert len(result.findings("CC201", "fail")) == 1


# --- an age before a role and a name ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the 45-year-old architect Leonie Brandt-Ibsen",
        "the 38-year-old striker Tomas Oyelaran",
        "the 38-year-old former striker Tomas Oyelaran",
        "a 52-year-old bellringer Ana Pruitt",
        "the 60-year-old retired teacher Maud Ellery",
        "the 61-year-old Portuguese sculptor Inês Carvalho-Mbatha",
    ],
)
def test_only_a_role_between_an_age_and_a_name(text: str) -> None:
    end = text.index("-year-old") + len("-year-old")
    start = text.index(" ".join(text.split()[-2:]))  # the name: the last two words
    assert names.role_between(text, end, start)


@pytest.mark.parametrize(
    "text",
    [
        "the 45-year-old told reporter Ines Varga",  # a verb: the 45-year-old is someone else
        "the 45-year-old and Ines Varga",
        "the 45-year-old architect's client Ines Varga",
        "the 45-year-old architect, Ines Varga and Tom Bell",  # a list, not an apposition
        "the 45-year-old lawyers Ines Varga",  # a plural
    ],
)
def test_not_only_a_role_between_an_age_and_a_name(text: str) -> None:
    end = text.index("-year-old") + len("-year-old")
    start = text.index("Ines")
    assert not names.role_between(text, end, start, start + len("Ines Varga"))


def test_an_age_before_a_role_in_apposition_to_a_name() -> None:
    text = "a 70-year-old pensioner, Maud Ellery, said"
    end, start = text.index(" pensioner"), text.index("Maud")
    assert names.role_between(text, end, start, start + len("Maud Ellery"))


@pytest.mark.parametrize(
    "opening",
    [
        "The 38-year-old striker Tomas Oyelaran scored twice on Saturday.",
        "Rovers won after the 38-year-old former striker Tomas Oyelaran came off the bench.",
        "A 38-year-old retired striker, Tomas Oyelaran, opened the stand on Saturday.",
        "A 38-year-old pensioner, Tomas Oyelaran, opened the stand on Saturday.",
    ],
)
def test_an_age_before_a_role_and_name_is_the_names(opening: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"{opening}\n\nThe club was founded in 1911.\n\nOyelaran, 41, thanked the fans.\n"))
    assert [a for a, _ in person(links_of(result), "Tomas Oyelaran").ages] == [38.0, 41.0]
    assert len(result.findings("CC201", "fail")) == 1


def test_an_age_of_someone_elses_role_is_not_the_names(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "The 45-year-old architect's client, Ines Varga, 60, paid for the new library.\n\n"
            "It opens in the spring.\n\n"
            "Varga, 60, said the town had waited long enough.\n"
        )
    )
    assert not result.findings("CC201")
    assert [a for a, _ in person(links_of(result), "Ines Varga").ages] == [60.0, 60.0]


# --- near variants: a predecessor, a former qualifier joined to a title, compounds, "head teacher"


@pytest.mark.parametrize(
    "text",
    [
        "Taufa's predecessor as governor, Aleki Vainikolo, 71, said",
        "His successor as mayor, Aleki Vainikolo, 71, said",
    ],
)
def test_a_predecessor_in_a_role_is_not_its_present_holder(text: str) -> None:
    assert names.role_before_name(text, text.index("Aleki")) is None


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().former_qualifiers))
def test_a_former_role_right_before_an_untitled_name(qualifier: str) -> None:
    text = f"On Monday {_written(qualifier, 'governor')} Aleki Vainikolo toured the levee."
    found = names.former_role_before(text, text.index("Aleki"))
    assert found is not None and found[2] == "former governor"


def test_ex_and_a_role_is_no_given_name() -> None:
    assert [n for _, _, n, _ in names.people_in("Ex-governor Aleki Vainikolo toured the levee.")] == ["Aleki Vainikolo"]


def test_a_past_holder_joined_by_a_hyphen_is_described_as_one(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Ex-governor Aleki Vainikolo, 71, toured the levee with Governor Sione Taufa, 52, on Monday.\n\n"
            "Two towns flooded.\n\n"
            "The 74-year-old former governor said he had warned about the levees.\n"
        )
    )
    [hit] = result.findings("CC201", "fail")
    assert "Aleki Vainikolo" in hit.message


@pytest.mark.parametrize(
    "opening",
    [
        "The 45-year-old Danish-born architect Leonie Brandt-Ibsen designed it.",
        "The 45-year-old award-winning architect Leonie Brandt-Ibsen designed it.",
    ],
)
def test_a_compound_modifier_before_a_role_and_name(opening: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"{opening}\n\nIt opens in spring.\n\nBrandt-Ibsen, 48, said more.\n"))
    assert len(result.findings("CC201", "fail")) == 1


def test_head_teacher_in_two_words_is_the_headteacher() -> None:
    assert [r for _, _, r, _ in names.role_descriptions("Later the 55-year-old head teacher said")] == ["headteacher"]
