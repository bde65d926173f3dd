"""People links on a fresh reviewer's fifth round of near variants (issue 13), on text we wrote:
dignities known with one name, British quotation marks, roles learned from an apposition,
sentence-initial surnames of any verb, and multi-word role phrases."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names
from checker.testing import Runner
from tests.test_people_links import article


@pytest.mark.parametrize(
    "title", sorted({t.form for t in lexicons.people().titles if t.dignity and t.form[:1].isupper()})
)
def test_a_dignity_and_one_name_is_no_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    """Every ``dignity`` entry: "Cardinal Richelieu" may be a figure known by the title and one name."""
    result = claimcheck_run(
        article(
            f"The letters go on show in June.\n\nThe oldest were written for {title} Quarrington, the curator said.\n"
        )
    )
    assert not result.findings("CC601")


@pytest.mark.parametrize("title", ["Mayor", "Councillor", "Senator", "Governor"])
def test_an_office_and_a_surname_is_still_a_missing_first_reference(title: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(f"The letters go on show in June.\n\nThe loan was approved by {title} Quarrington on Monday.\n")
    )
    [hit] = result.findings("CC601")
    assert "Quarrington" in hit.message


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Later the 61-year-old chief constable said", "chief constable"),
        ("the chief inspector at the station", "chief inspector"),
        ("The chief executive spoke", "chief executive"),
        ("The police chief spoke", "police chief"),
        ("The chief said", "chief"),
        ("The deputy mayor said", "deputy mayor"),
    ],
)
def test_a_role_description_is_the_whole_role_phrase(text: str, role: str) -> None:
    [(_, _, found, _)] = names.role_descriptions(text)
    assert found == role


@pytest.mark.parametrize(
    ("apposition", "role"),
    [(", the chief inspector at Fenmoor,", "chief inspector"), (", the chief constable,", "chief constable")],
)
def test_a_role_phrase_in_apposition_is_whole(apposition: str, role: str) -> None:
    text = f"Idris Pennock{apposition} spoke."
    found = names.role_apposition(text, len("Idris Pennock"))
    assert found is not None and found[2] == role


def test_a_role_phrase_is_a_kind_of_its_head_noun_not_of_its_first_word() -> None:
    assert names.title_role("Chief Constable") == "chief constable"
    assert names.role_fits("constable", "chief constable")
    assert not names.role_fits("chief", "chief constable")
    assert not names.role_fits("police chief", "chief constable")
    assert names.title_role("Acting Mayor") == "mayor"  # a qualifier leaves the office as it is


@pytest.mark.parametrize("qualifier", sorted(lexicons.people().role_qualifiers))
def test_a_role_qualifier_makes_no_role_phrase(qualifier: str) -> None:
    assert names.role_phrase(qualifier, "mayor") is None


def test_two_role_phrases_sharing_a_word_are_different_people(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Police Chief Rhona Basset, 55, spoke first on Monday.\n\n"
            "Later the 61-year-old chief constable said the force was short of officers.\n"
        )
    )
    assert not result.findings("CC201")
