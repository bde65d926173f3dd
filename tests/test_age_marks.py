"""Ages set off after a name, in either house style ("Ada Pell, 44," / "Ada Pell (44)"): one definition
read by the figures extractor and the people linker; and CC201 trusting whose age the links say it is."""

from __future__ import annotations

import pytest

from checker.extractors.figures import find_figures
from checker.language import ages
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


def _set_off(text: str, name: str, number: str) -> bool:
    word_end = text.index(name) + len(name)
    start = text.index(number, word_end)
    return ages.set_off(text, word_end, start, start + len(number))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Pell, 44, has left.", True),
        ("Ada Pell (44) has left.", True),
        ("Ada Pell ( 44 ) has left.", True),
        ("Ada Pell, 44 homes were built.", False),  # no closing comma
        ("Ada Pell (44 homes) has left.", False),  # the brackets hold more than the number
        ("Ada Pell (44, 45) has left.", False),
        ("Ada Pell said (44) more.", False),  # a word stands between the name and the mark
    ],
)
def test_an_age_is_set_off_by_matching_marks_right_after_the_name(text: str, expected: bool) -> None:
    assert _set_off(text, "Ada Pell", "44") is expected


def _ages(text: str) -> list[float | None]:
    return [f.value for f in find_figures(text) if f.category == "age"]


@pytest.mark.parametrize(
    "text",
    [
        "Corin Maddox (38) was named captain on Friday.",
        "The club said Corin Maddox (38) would stay.",
        "The mayor (38) was praised by inspectors.",
        "Corin Maddox, the club captain (38), was praised.",
    ],
)
def test_the_figures_extractor_reads_an_age_in_brackets(text: str) -> None:
    assert _ages(text) == [38]


@pytest.mark.parametrize(
    "text",
    [
        "Corin Maddox (1958-2021) founded the club.",  # a year range
        "Corin Maddox (38 goals) was named captain.",  # a count in brackets
        "The Harbour Trust (38) was one of the bidders.",  # an organisation is no person: see the linker
        "Corin Maddox was named captain.(38)",  # a footnote mark after a sentence
        "He scored twice in the final (38).",  # no name before
    ],
)
def test_a_bracketed_number_that_is_no_persons_age_gives_no_age_to_a_person(text: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(text + "\n"))
    assert all(not e.ages for e in links_of(result).entities)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Ottoline Brisk (61) has stepped down as head of the choir.", "Ottoline Brisk, 62, said she was proud."),
        ("Ottoline Brisk, 61, has stepped down as head of the choir.", "Brisk (62) said she was proud."),
        ("Choir leader Ottoline Brisk (61) has stepped down.", "Speaking on Monday, Brisk (63) said she was proud."),
    ],
)
def test_an_age_in_brackets_is_the_named_persons(first: str, later: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"{first}\n\n{later}\n"))
    brisk = person(links_of(result), "Ottoline Brisk")
    assert len(brisk.ages) == 2
    [hit] = result.findings("CC201")
    assert hit.line == 9 and "Ottoline Brisk" in hit.message


def test_the_same_age_in_both_styles_is_no_conflict(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article("Ottoline Brisk (61) has stepped down as head of the choir.\n\nBrisk, 61, said she was proud.\n")
    )
    assert [age for age, _ in person(links_of(result), "Ottoline Brisk").ages] == [61, 61]
    assert result.findings("CC201") == []


def test_an_age_the_links_give_the_principal_among_relatives_is_compared(claimcheck_run: Runner) -> None:
    # the links resolve "Ferreira, 29," to Bruno (the principal, and "he"); the rule must not drop the
    # age because his sister shares the surname
    result = claimcheck_run(
        article(
            "Skipper Bruno Ferreira, 28, was pulled from the harbour on Tuesday.\n\n"
            "His sister, Lucia Ferreira, 33, called the coastguard.\n\n"
            "Ferreira, 29, said he had clung to a buoy for an hour.\n"
        )
    )
    bruno = person(links_of(result), "Bruno Ferreira")
    assert sorted(age for age, _ in bruno.ages) == [28, 29]
    [hit] = result.findings("CC201")
    assert hit.line == 11 and "Bruno Ferreira" in hit.message


def test_relatives_each_with_their_own_ages_are_never_compared(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Skipper Bruno Ferreira, 28, was pulled from the harbour on Tuesday.\n\n"
            "His sister, Lucia Ferreira, 33, called the coastguard.\n\n"
            "Ferreira, 28, said he had clung to a buoy. Lucia Ferreira, 33, said she had seen him fall.\n"
        )
    )
    links = links_of(result)
    assert sorted(age for age, _ in person(links, "Bruno Ferreira").ages) == [28, 28]
    assert sorted(age for age, _ in person(links, "Lucia Ferreira").ages) == [33, 33]
    assert result.findings("CC201") == []


def test_an_age_at_another_time_is_nobodys_now(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "Pilot Tamsin Okoro, 31, landed the seaplane on Sunday.\n\n"
            "The then-19-year-old Okoro first flew at the show in 2014.\n"
        )
    )
    assert [age for age, _ in person(links_of(result), "Tamsin Okoro").ages] == [31]
    assert result.findings("CC201") == []


def test_a_misstated_age_among_relatives_of_one_gender_goes_to_the_one_it_is_near(claimcheck_run: Runner) -> None:
    # neither gender nor an equal age says which Rafferty: 44 is a few years off the skipper's 41,
    # a generation off his father's 70
    result = claimcheck_run(
        article(
            "Skipper Colm Rafferty, 41, brought the trawler home on Friday.\n\n"
            "His father, Seamus Rafferty, 70, waited on the quay.\n\n"
            "Rafferty, 44, said the crew was glad to see land.\n"
        )
    )
    links = links_of(result)
    assert sorted(age for age, _ in person(links, "Colm Rafferty").ages) == [41, 44]
    assert [age for age, _ in person(links, "Seamus Rafferty").ages] == [70]
    [hit] = result.findings("CC201")
    assert hit.outcome == "fail" and "Colm Rafferty" in hit.message


def _relative(text: str, name: str, number: str) -> bool:
    word_end = text.index(name) + len(name)
    start = text.index(number, word_end)
    return ages.relative_clause(text, word_end, start, start + len(number))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hale Dunmore, who is 61, said so.", True),
        ("Hale Dunmore, who is now 61.", True),
        ("Hale Dunmore, who turned 61 in April, said so.", True),
        ("Hale Dunmore, who turns 61 next week, said so.", False),  # an age to come, not told now
        ("Hale Dunmore, who was 61 when he bought the farm, said so.", False),  # an age at another time
        ("Hale Dunmore, who turned 61 in 2019, said so.", False),  # a past year: older now
        ("Hale Dunmore, who is 61 percent owner, said so.", False),  # a word after the number: a count
        ("Hale Dunmore, who has 61 staff, said so.", False),
        ("Hale Dunmore said 61, who is away.", False),
    ],
)
def test_an_age_in_a_relative_clause_is_the_persons_age_now(text: str, expected: bool) -> None:
    assert _relative(text, "Dunmore", "61") is expected


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore, who turned 61 in April, said so.",
        "The mayor, who is 61, said so.",
    ],
)
def test_the_figures_extractor_reads_an_age_in_a_relative_clause(text: str) -> None:
    assert _ages(text) == [61]


def test_the_linker_gives_an_age_in_a_relative_clause_to_the_person(claimcheck_run: Runner) -> None:
    text = "Warden Hale Dunmore, 58, closed the path.\n\nDunmore, who turned 61 in April, said it was unsafe.\n"
    assert claimcheck_run({"a.md": article(text, "path")}).findings("CC201")
    calm = "Warden Hale Dunmore, 58, closed the path.\n\nDunmore, who was 41 when he took the post, said so.\n"
    assert not claimcheck_run({"a.md": article(calm, "path")}).findings("CC201")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ollie Green, 24, scored.", True),
        ("Ollie Green (24) scored.", True),
        ("Ollie Green, 24 goals later, retired.", False),  # no closing mark right after the number
        ("Forest Green, 150, were founded long ago.", False),  # no one is that old
        ("Forest Green won.", False),
    ],
)
def test_an_age_set_off_right_after_a_name(text: str, expected: bool) -> None:
    assert ages.set_off_after(text, text.index("Green") + len("Green")) is expected
