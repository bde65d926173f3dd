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
    # one finding for the spelling, at its first place, the second beside it
    assert [h.line for h in hits] == [7]
    assert [r.span.line for r in hits[0].finding.related if r.span and "spelled so here" in r.message] == [9]
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


@pytest.mark.parametrize(
    "prose",
    [
        "Oren Quillfeather spoke to his stepsons before the vote.",
        "The brothers of Oren Quillfeather were not at the hearing.",
        "Both siblings, Oren and Ada Quillfeather, signed it.",
        "Husband and wife Oren and Ada Quillfeather signed it.",
        "The Quillfeather family declined to comment.",
        "Oren Quillfeather, no relation, was also there.",
        "HIS DAUGHTER arrived later.",
        "Ada Quillfeather’s nephew spoke first.",
    ],
)
def test_a_relation_is_marked_in_any_case_and_form(prose: str) -> None:
    assert story_names._marks_relatives(prose)


@pytest.mark.parametrize(
    "prose",
    [
        "Oren Quillfeather spoke to reporters before the vote.",
        "Parents said the school would reopen.",  # a kinship word that relates nobody named
        "The grandsonic boom and the Sonata Ensemble played.",  # kinship letters inside other words
    ],
)
def test_prose_naming_no_relation_is_not_marked(prose: str) -> None:
    assert not story_names._marks_relatives(prose)


def test_every_kinship_word_and_relation_word_leads_the_pattern_to_be_tried() -> None:
    """The words that let the relation pattern be tried cover every kinship word of the lexicon,
    its plural, every plural kinship noun and every relation word, in a prose of any case."""
    from checker.language import lexicons

    people = lexicons.people()
    for kin in sorted({t.form for t in people.titles if t.cls == "kin"}):
        for written in (f"his {kin}", f"Her {kin.upper()}S", f"the {kin}s of Oren Quillfeather"):
            assert story_names._marks_relatives(f"Oren Quillfeather met {written} today."), written
    for group in sorted(people.kin_groups):
        assert story_names._marks_relatives(f"Oren Quillfeather met the {group} today."), group
    for word in story_names._RELATION_WORDS:
        assert story_names._marks_relatives(f"Oren Quillfeather, {word.capitalize()} of nobody."), word


def test_text_with_letters_that_fold_to_ascii_is_read_by_the_pattern_itself() -> None:
    # "ſ" (long s) matches "s" when case is ignored; lower-casing the text keeps it as it is
    assert story_names._marks_relatives("Oren Quillfeather visited hiſ ſiſter.")


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Young people gathered; the young left.", "young", True),
        ("Youngsters gathered.", "young", False),  # inside a longer word
        ("The Angels won; the Angels' coach spoke.", "the Angels", True),
        ("Theangels", "the angels", False),
        ("co-owner Quist_Art and Quist2", "quist", False),  # "_" and digits are word characters
        ("él, Mara; mara.", "mara", True),
        ("", "mara", False),
        # not ending in a word character: read as the pattern reads it (a boundary needs a word after)
        ("Mrs. Quist", "Mrs.", False),
        ("Mrs.Quist", "Mrs.", True),
    ],
)
def test_has_word_tells_what_a_word_boundary_pattern_tells(text: str, word: str, found: bool) -> None:
    import re

    assert story_names.has_word(text, word) is found
    assert (re.search(rf"\b{re.escape(word)}\b", text) is not None) is found
