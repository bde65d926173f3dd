"""Clubs, firms and institutions whose names read as a person's are no people in a story's entities
(``markers.yaml``: organisation_suffixes, organisations, the club and listed-company contexts), while
people who share one of their words stay people."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names
from checker.testing import Runner
from tests.test_people_links import article, links_of


def _people(text: str, claimcheck_run: Runner) -> list[str]:
    return [e.canonical for e in links_of(claimcheck_run(article(text))).entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Brackwell Rovers sacked coach Ines Marlowe on Monday. Marlowe said she was surprised.\n", ["Ines Marlowe"]),
        ("Defender Kasim Eldor, 27, joined Tarnby Athletic from Hollins Wanderers on Friday.\n", ["Kasim Eldor"]),
        ("Morgan Stanley and Wells Fargo declined to comment, analyst Dora Fenn said.\n", ["Dora Fenn"]),
        ("Crystal Palace drew with Brentwick on Saturday. Coach Lev Arkin said the result was fair.\n", ["Lev Arkin"]),
        ("Students at Trinity Hall and St Albans met Dr Uma Resh on Monday.\n", ["Uma Resh"]),
        ("Harrow Vance's shares fell 4% on Monday, trader Ilse Brand said.\n", ["Ilse Brand"]),
        ("Winger Tobin Carr signed for Pellow Vale in May. Carr said he was happy.\n", ["Tobin Carr"]),
    ],
)
def test_an_organisation_or_place_is_no_person(text: str, people: list[str], claimcheck_run: Runner) -> None:
    assert _people(text, claimcheck_run) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Goldman Sachs declined to comment. Trader Nadia Sachs, 41, said prices would rise.\n", "Nadia Sachs"),
        ("Aston Villa won again. Striker Mateo Villa, 22, scored twice.\n", "Mateo Villa"),
        ("Forest Green lost 2-0. Defender Alfie Green, 24, was sent off.\n", "Alfie Green"),
        ("Banker Rosa Stanley said Morgan Stanley would not comment.\n", "Rosa Stanley"),
    ],
)
def test_a_person_sharing_an_organisations_word_stays_a_person(text: str, person: str, claimcheck_run: Runner) -> None:
    assert _people(text, claimcheck_run) == [person]


@pytest.mark.parametrize("word", sorted(lexicons.markers().organisation_suffixes))
def test_every_organisation_suffix_ends_no_personal_name(word: str) -> None:
    assert names.people_in(f"Fans of Dellow {word} cheered on Monday.") == []


@pytest.mark.parametrize("word", sorted(lexicons.markers().place_only_suffixes))
def test_every_place_only_suffix_makes_a_place_even_after_a_given_name(word: str) -> None:
    # a known given name first ("Carter Falls", "Austin Heights"): a place all the same
    assert "rachel" in lexicons.given_names()
    text = f"Rachel {word} will receive the grant, officials said on Monday."
    assert names.not_a_person(text, 0, len(f"Rachel {word}"))
    assert not names.not_a_person("Rachel Marsh will receive the grant.", 0, len("Rachel Marsh"))  # a surname too


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Carter Falls will receive £2m, county leader Ruth Oyelaran said.\n", ["Ruth Oyelaran"]),
        ("Austin Heights voted on Monday. Councillor Pia Brand, 52, said the vote was close.\n", ["Pia Brand"]),
        ("Sterling Mutual, which insures the bridge, said it welcomed the grant, clerk Ida Morn said.\n", ["Ida Morn"]),
        ("Pupils at Fernhill Primary met author Joss Wren on Friday.\n", ["Joss Wren"]),
    ],
)
def test_a_place_or_body_named_like_a_person_is_none(text: str, people: list[str], claimcheck_run: Runner) -> None:
    assert _people(text, claimcheck_run) == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a place suffix that is a surname too stays a person's after a given name
        ("Rachel Marsh, 44, said the path was flooded.\n", "Rachel Marsh"),
        ("Treasurer Tom Wells said the budget balanced.\n", "Tom Wells"),
    ],
)
def test_a_surname_that_is_a_place_word_stays_a_person(text: str, person: str, claimcheck_run: Runner) -> None:
    assert _people(text, claimcheck_run) == [person]


@pytest.mark.parametrize("name", sorted(lexicons.markers().organisations))
def test_every_listed_organisation_is_no_person(name: str) -> None:
    assert names.people_in(f"A spokesman for {name} said on Monday that it would appeal.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bid was backed by Quenell, who said the price was fair.", True),
        ("The bid was backed by Quenell, who later told the board it was fair.", True),
        ("The bid was backed by Quenell, who owns the mill.", False),  # no speech in the clause
        ("The bid was backed by Quenell, which said the price was fair.", False),  # "which": a thing's
    ],
)
def test_the_subject_of_a_relative_clause_of_speech_is_a_speaker(text: str, expected: bool) -> None:
    start = text.index("Quenell")
    assert names.speech_subject(text, start, start + len("Quenell")) is expected


def test_a_surname_followed_by_who_said_is_a_person_mention_even_after_by(claimcheck_run: Runner) -> None:
    text = "Warden Elspeth Morrow closed the path.\n\nThe closure was backed by Marlais, who said it was unsafe.\n"
    assert claimcheck_run(article(text)).findings("CC601")
    calm = "Warden Elspeth Morrow closed the path.\n\nThe closure was backed by Morrow, who said it was unsafe.\n"
    assert not claimcheck_run(article(calm)).findings("CC601")
    place = "Warden Elspeth Morrow closed the path.\n\nWalkers from Marlais, which lies uphill, said it was unsafe.\n"
    assert not claimcheck_run(article(place)).findings("CC601")


def test_a_sentence_opening_possessive_one_letter_from_a_surname_is_a_mention(claimcheck_run: Runner) -> None:
    text = "Potter Gwenllian Askew opened a studio on Friday.\n\nAskey's first kiln was fired on Sunday.\n"
    assert claimcheck_run(article(text)).findings("CC601")
    calm = "Potter Gwenllian Askew opened a studio on Friday.\n\nAskew's first kiln was fired on Sunday.\n"
    assert not claimcheck_run(article(calm)).findings("CC601")
