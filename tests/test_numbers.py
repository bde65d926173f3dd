"""Numbers in words and digits, ordinals and fractions parsed to values."""

from __future__ import annotations

import re

import pytest

from checker.language import numbers
from checker.language.numbers import (
    FRACTION_RE,
    ORDINAL_WORDS_RE,
    WORDS_RE,
    digits_to_number,
    fraction_to_number,
    ordinal_to_number,
    to_number,
    words_to_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("twenty-one", 21),
        ("five-and-a-half", 5.5),
        ("two hundred", 200),
        ("one hundred and twenty", 120),
        ("Three hundred  and  thirty one", 331),
        ("two thousand and two hundred", 2200),
        ("fifty - two", 52),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("a quarter million", 250_000),
        ("five and a half million", 5_500_000),
        ("one million and a half", 1_500_000),
    ],
)
def test_words(text: str, value: float) -> None:
    assert words_to_number(text) == value
    assert re.fullmatch(WORDS_RE, text, re.IGNORECASE) or text.lower().startswith(("a ", "half"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("275,000", 275_000),
        ("2.7", 2.7),
        ("300m", 300_000_000),
        ("1.5bn", 1_500_000_000),
        ("20k", 20_000),
        ("-5", -5),
        ("1,234.5", 1234.5),
    ],
)
def test_digits(text: str, value: float) -> None:
    assert digits_to_number(text) == value


@pytest.mark.parametrize("text", ["", ".", "1,2", "abc", "12a", "1.2.3", "m"])
def test_not_digits(text: str) -> None:
    assert digits_to_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("2.7 million", 2_700_000), ("five thousand", 5000), ("3 bn", 3e9), ("275,000", 275_000), ("twelve", 12)],
)
def test_to_number_with_scales(text: str, value: float) -> None:
    assert to_number(text) == value


@pytest.mark.parametrize("text", ["people", "once", "and", "hundreds", "the first"])
def test_to_number_refuses_words_that_are_not_numbers(text: str) -> None:
    assert to_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("third", 3), ("twenty-first", 21), ("101st", 101), ("one hundredth", 100), ("one hundred twenty-fifth", 125)],
)
def test_ordinals(text: str, value: float) -> None:
    assert ordinal_to_number(text) == value
    if not text[0].isdigit():
        assert re.fullmatch(ORDINAL_WORDS_RE, text)


@pytest.mark.parametrize(
    ("text", "value"), [("two-thirds", 2 / 3), ("one quarter", 0.25), ("three fifths", 0.6), ("a fifth", 0.2)]
)
def test_fractions(text: str, value: float) -> None:
    assert fraction_to_number(text) == pytest.approx(value)


def test_a_third_alone_is_not_a_fraction_pattern() -> None:
    # "a third attack" is an ordinal; only "a third of" is a fraction
    assert re.fullmatch(FRACTION_RE, "a third") is None
    assert re.match(FRACTION_RE, "a third of the city")


@pytest.mark.parametrize(
    "words",
    [
        [*numbers.UNITS, *numbers.TENS],
        list(numbers.ORDINALS),
        ["a", "an", "and", "android", "b"],
        ["km", "k", "kilometre", "kilometres", "kilometer"],
    ],
)
def test_the_factored_alternation_matches_as_the_words_longest_first(words: list[str]) -> None:
    plain = "|".join(sorted(words, key=len, reverse=True))
    factored = numbers.longest_first(words)
    assert factored != plain
    # what follows the alternation decides which word it settles on, so the backtracking order shows
    texts = {w[:k] + tail for w in words for k in range(len(w) + 1) for tail in ("", "s", " ", "teen", "th", "-one")}
    for after in ("", r"\b", "s", r"(?:teen|ty)?\b", r"\s", "-one"):
        a, b = re.compile(f"(?:{plain}){after}", re.I), re.compile(f"(?:{factored}){after}", re.I)
        for text in texts | {t.upper() for t in texts}:
            ma, mb = a.match(text), b.match(text)
            assert (ma and ma.span()) == (mb and mb.span()), (after, text)


def test_the_word_alternations_kept_beside_the_module_are_the_ones_built_from_the_words() -> None:
    """They are read from a cache file written by an earlier run; they must be what the words give now."""
    assert numbers.longest_first([*numbers.UNITS, *numbers.TENS]) == numbers._WORD
    assert numbers.longest_first(numbers.ORDINALS) == numbers._ORD_WORD


def test_the_dates_openings_kept_beside_the_module_are_the_ones_built_from_the_words() -> None:
    from checker.extractors import dates

    assert f"(?:{numbers.longest_first(dates._FIRST_WORDS)})(?![a-z])" in dates._OPENING.pattern
