"""Names across a story's articles (checker/linkers/story_names.py): a surname written alone for a
person another article names in full, and a given name changed with the same surname unless the
text marks two people."""

from __future__ import annotations

import pytest

from checker.linkers import story_names
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


def _story(a: str, b: str) -> dict[str, str]:
    return {"a.md": article(a, story="mill"), "b.md": article(b, story="mill", outlet="Coastal Ledger")}


def test_a_surname_alone_in_another_article_becomes_a_mention_of_the_person(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "On Monday the ferryman Gregory Talbrook retired after forty years.\n",
            "Passengers gave Talbrook a clock.\n\nTalbrook had crossed the estuary twice a day.\n",
        )
    )
    mentions = [m for m in person(links_of(result), "Gregory Talbrook").mentions if m.article.endswith("b.md")]
    assert [(m.text, m.form, m.variant, m.claim) for m in mentions] == [
        ("Talbrook", "surname", None, None),
        ("Talbrook", "surname", None, None),
    ]
    assert result.findings("CC601") == []


def test_a_misspelt_surname_in_another_article_is_reported_with_the_story_counts(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "On Monday the ferryman Gregory Talbrook retired after forty years.\n",
            "Passengers gave Tallbrook a clock.\n\nTallbrook had crossed the estuary twice a day.\n",
        )
    )
    hits = result.findings("CC601")
    assert [h.line for h in hits] == [7, 9]
    assert "“Tallbrook” 2 times, “Talbrook” 1 time" in hits[0].message
    assert "check which spelling is right" in hits[0].message


@pytest.mark.parametrize(
    "b",
    [
        "The Talbrook Arms reopened on Friday.\n",  # inside a longer proper name
        "Crowds gathered in Tallbrook for the regatta.\n",  # after a place word
        "Whether the ferry runs depends on the tide.\n",  # a sentence's first word, then "the"
        "Tallbrook, Wexcombe and Harford sent boats.\n\nThe tallbrook is a kind of eel trap.\n",  # a common word
    ],
)
def test_a_look_alike_word_in_another_article_is_no_mention(b: str, claimcheck_run: Runner) -> None:
    a = "On Monday the ferryman Gregory Talbrook retired. Whetter Ansley, 61, takes over.\n"
    result = claimcheck_run(_story(a, b))
    links = links_of(result)
    assert [m for m in person(links, "Gregory Talbrook").mentions if m.article.endswith("b.md")] == []
    assert result.findings("CC601") == []


def test_a_second_given_name_where_the_first_person_would_stand_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Rosalind Featherby, the warden, opened the nature reserve on Saturday.\n\n"
            "The reserve covers forty acres.\n\n"
            "Joanna Featherby said the reserve had taken six years to plan.\n"
        )
    )
    [hit] = result.findings("CC601")
    assert hit.line == 11
    assert "“Joanna Featherby” here but “Rosalind Featherby”" in hit.message
    assert "check which is right" in hit.message


def test_a_second_given_name_in_another_article_is_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        _story(
            "Rosalind Featherby, the warden, opened the nature reserve on Saturday.\n",
            "Joanna Featherby said the reserve had taken six years to plan.\n",
        )
    )
    [hit] = result.findings("CC601")
    assert hit.path.endswith("b.md")


@pytest.mark.parametrize(
    "second",
    [
        "Her daughter, Joanna Featherby, said the reserve had taken six years.",  # kinship word
        "Joanna Featherby, 34, a volunteer, said the reserve had taken six years.",  # introduced
        "Volunteer Joanna Featherby said the reserve had taken six years.",  # a title of her own
        "Joanna Featherby is no relation. She said the reserve had taken six years.",  # "no relation"
        "The volunteers were Ian Cole, Joanna Featherby and Rhys Evans.",  # a list of names
        "Most of the work was done by Joanna Featherby.",  # not where the warden would stand
        "The Featherby family has farmed here since 1850. Joanna Featherby said so.",  # a family
    ],
)
def test_a_second_given_name_the_text_marks_as_another_person_is_no_finding(
    second: str, claimcheck_run: Runner
) -> None:
    result = claimcheck_run(
        article(f"Rosalind Featherby, the warden, opened the nature reserve on Saturday.\n\n{second}\n")
    )
    assert result.findings("CC601") == []
    assert {e.canonical for e in links_of(result).entities} >= {"Rosalind Featherby", "Joanna Featherby"}


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Parents said the school had improved.", False),  # a kinship group that speaks
        ("The sisters said the school had improved.", True),
        ("Twins Ann and Bea Roe said so.", True),
        ("His son runs the forge.", True),
        ("She is no relation of the judge.", True),
        ("The staff said the school had improved.", False),
    ],
)
def test_relation_cues(text: str, marked: bool) -> None:
    assert story_names._marks_relatives(text) is marked
