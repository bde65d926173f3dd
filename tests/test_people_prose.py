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


@pytest.mark.parametrize(
    "text",
    [
        "Harbour plan rejected\n\nMirela Tansley welcomed the decision on Friday.\n\nTansley said the town had been heard.\n",
        "Harbour Plan Rejected\nMirela Tansley welcomed the vote, the council said.\n\nTansley said the town had been heard.\n",
    ],
)
def test_a_plain_text_lead_under_a_headline_keeps_its_full_name(text: str, claimcheck_run: Runner) -> None:
    # the reader takes the one-sentence lead for a standfirst: written as a sentence, its names count
    result = claimcheck_run(text, published="2024-05-02", story="s")
    assert [c.name for c in result.claims("person")] == ["Mirela Tansley", "Tansley"]
    assert result.findings("CC601") == []


def test_a_name_wrapped_across_a_line_inside_a_plain_text_paragraph_stays_one_name(claimcheck_run: Runner) -> None:
    text = (
        "Harbour plan rejected\n\nThe harbour board's chair, Mirela\nTansley, welcomed the decision on Friday "
        "and said the vote was fair.\n\nTansley said the town had been heard.\n"
    )
    result = claimcheck_run(text, published="2024-05-02", story="s")
    assert [c.name for c in result.claims("person")][-1] == "Tansley"
    assert result.findings("CC601") == []


def test_a_title_case_headline_gives_no_names(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        "Harbour Board Rejects Plan\n\nThe vote was close.\n\nThe board will meet again in June.\n",
        published="2024-05-02",
        story="s",
    )
    assert result.claims("person") == []
