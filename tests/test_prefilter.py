"""The literal prefilter never rules out a text a case-insensitive pattern matches."""

from __future__ import annotations

import re

import pytest

from checker.language.prefilter import may_hold

_HALF = re.compile(r"\b(?:more\s+than\s+half|most)\b", re.I)


@pytest.mark.parametrize(
    "text",
    [
        "More than HALF of the 300 residents left.",
        "Most voters stayed home.",
        # characters re.IGNORECASE folds to ASCII letters and str.lower does not: "moſt" (long s)
        "Moſt voters stayed home.",
    ],
)
def test_a_text_the_pattern_matches_passes(text: str) -> None:
    assert _HALF.search(text)
    assert may_hold(text, ("half", "most"))


def test_a_text_without_the_words_is_ruled_out() -> None:
    text = "Forty residents left on Monday, the council said."
    assert not _HALF.search(text)
    assert not may_hold(text, ("half", "most"))


def test_a_text_with_a_word_but_no_match_passes_to_the_pattern() -> None:
    # "almost" holds "most": the prefilter lets the text through, the pattern decides
    assert may_hold("It almost rained.", ("half", "most"))
    assert not _HALF.search("It almost rained.")
