"""Look-ups the events and outcomes linkers make in place of reading text, held to what they replace."""

from __future__ import annotations

import pytest

from checker.language import events as lang
from checker.language import frame_lexicons
from checker.language import outcomes as outcome_slots
from checker.language.numbers import to_number
from checker.linkers._text import _number_word, organisations


@pytest.mark.parametrize(
    "word",
    [
        "Nineteen",
        "Twenty-one",
        "Hundred",
        "Dozen",
        "Half",
        "One",
        "A",
        "And",
        "Ninety-Nine",
        "Oneida",
        "Tenby",
        "Half-Moon",
        "Million",
        "Kelso",
        "Twentyman",
        "Andover",
        "B1",
        "K",
        "Two-Thirds",
    ],
)
def test_number_word_is_to_number(word: str) -> None:
    assert _number_word(word) == (to_number(word) is not None)


def test_number_words_are_not_names() -> None:
    # "Nineteen workers" names no body; "Tenby Council" does, its first part no number
    assert organisations("Nineteen workers were hurt at the Tenby Council depot.") == frozenset({"Tenby Council"})


def _filtered(first: str, following: str | None) -> tuple[frame_lexicons.PolarityPhrase, ...]:
    """The filter the table stands for: one-word phrases, a slot second, or ``following`` second."""
    return tuple(
        p
        for p in frame_lexicons.polarity().by_first.get(first, ())
        if len(p.lemmas) == 1 or p.lemmas[1] == following or p.lemmas[1] in outcome_slots.SLOTS
    )


def test_phrases_before_table_is_the_filter() -> None:
    by_first = frame_lexicons.polarity().by_first
    assert "be" in by_first  # "was defeated", "was sacked": a first word whose phrases all need their second
    for first, phrases in by_first.items():
        seconds = {p.lemmas[1] for p in phrases if len(p.lemmas) > 1}
        for following in (*seconds, None, "weather", "guilty"):
            assert lang._phrases_before(first, following) == _filtered(first, following), (first, following)
    assert lang._phrases_before("weather", "be") == ()
    assert lang._phrases_before("be", "weather") == ()
    assert lang._phrases_before("be", "defeat")
