"""An age stated with a copula after a name (checker.language.ages.stated): "Ola Brisk is 29.", "Ola Brisk,
the club's new forward, is 29 years old" — the figures extractor tags it, the people linker gives it to
the name. Text we wrote."""

from __future__ import annotations

import pytest

from checker.extractors.figures import find_figures


def _ages(text: str) -> list[tuple[str | None, str]]:
    return [(f.of, text[f.start : f.end]) for f in find_figures(text) if f.category == "age"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ola Brisk is 29.", ("Ola Brisk", "29")),
        ("Ola Brisk, the club's new forward, is 29.", ("Ola Brisk", "29")),
        ("Ola Brisk is 29 years old.", ("Ola Brisk", "29 years old")),
        ("Anders Holm is 26 and has played for four clubs.", ("Anders Holm", "26")),
        ("Tove Rask turned 40, her agent said.", ("Tove Rask", "40")),
    ],
)
def test_copula_ages(text: str, age: tuple[str, str]) -> None:
    assert _ages(text) == [age]


@pytest.mark.parametrize(
    "text",
    [
        "Lund FC is 3 points clear at the top.",
        "The score is 3.",
        "Lund is 26 and 27 in the two polls.",
        "Rask's daughter is 4.",  # whose age: the daughter's, no name before the verb
    ],
)
def test_no_copula_age(text: str) -> None:
    assert _ages(text) == []
