"""Person mentions read from the article's prose, never from its markup or metadata: a surname the
front matter, a link target or an image file writes in lower case is no common word."""

from __future__ import annotations

import pytest

from checker.testing import Runner

FRONT = "---\ntitle: T\npublished: 2024-05-02\noutlet: Harrowgate Post\nstory: {story}\n---\n"


@pytest.mark.parametrize(
    ("story", "extra"),
    [
        ("penhallow-depot", ""),
        ("s", "\n\n[Read the letter](https://example.org/penhallow/letter)"),
        ("s", "\n\n![The depot gates](images/penhallow-gates.jpg)"),
    ],
)
def test_a_surname_in_lower_case_only_in_markup_is_still_an_unknown_person(
    story: str, extra: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        FRONT.format(story=story) + "Drivers walked out at the depot on Monday.\n\n"
        "Penhallow said the strike would go on." + extra + "\n"
    )
    [hit] = result.findings("CC601")
    assert "Penhallow" in hit.message


def test_a_word_the_prose_writes_in_lower_case_is_a_common_word(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        FRONT.format(story="s") + "Councillor Vera Lindqvist opened the appeal on Monday.\n\n"
        "Harvest said the shelves were bare. Volunteers will bring in the harvest next week.\n"
    )
    assert result.findings("CC601") == []
