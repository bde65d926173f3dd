"""Relatives named as a pair after a plural kinship noun, exact full names, and places shaped like
people ("Willow Creek", "Grace Church"): who the people links take for one person."""

from __future__ import annotations

import pytest

from checker.language import lexicons, names
from checker.testing import Runner
from tests.test_people_links import article, links_of, person


@pytest.mark.parametrize("cue", sorted(lexicons.people().kin_groups))
def test_each_kin_group_cue_makes_both_names_of_a_pair_relatives(cue: str) -> None:
    text = f"On Monday the {cue} Ansel Quarmby and Ansen Quarmby opened the shop."
    assert names.kin_group_before(text, text.index("Ansel")) == cue
    assert names.kin_group_before(text, text.index("Ansen")) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Ansel Quarmby and Ansen Quarmby opened the shop.",
        "The sisters said Ansel Quarmby opened the shop.",  # the cue is no part of a pair before the name
        "Members of the club, Ansel Quarmby and Ansen Quarmby, opened the shop.",
    ],
)
def test_a_pair_without_a_kin_group_cue_is_no_pair_of_relatives(text: str) -> None:
    assert names.kin_group_before(text, text.index("Ansen" if "Ansen" in text else "Ansel")) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Sisters Ansel Quarmby and Ansen Quarmby opened the bakery on Friday.",
        "The twins, Ansel Quarmby and Ansen Quarmby, opened the bakery on Friday.",
        "Husband and wife Ansel Quarmby and Ansen Quarmby opened the bakery on Friday.",
    ],
)
def test_a_kin_pair_with_near_given_names_is_two_people(lead: str, claimcheck_run: Runner) -> None:
    result = claimcheck_run(article(f"{lead}\n\nAnsel Quarmby said the ovens were lit at four.\n"))
    links = links_of(result)
    assert [m.form for m in person(links, "Ansel Quarmby").mentions] == ["full", "full"]
    assert [m.form for m in person(links, "Ansen Quarmby").mentions] == ["full"]
    assert result.findings("CC601") == []


def test_a_changed_given_name_without_a_kin_cue_is_still_reported(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article("Ansel Quarmby and Ruth Abiodun opened the bakery on Friday.\n\nAnsen Quarmby said it was busy.\n")
    )
    [hit] = result.findings("CC601")
    assert hit.line == 9


@pytest.mark.parametrize("cue", sorted(lexicons.markers().towards_words))
def test_a_motion_or_location_word_makes_a_place_headed_name_a_place(cue: str) -> None:
    text = f"The water came {cue} Willow Creek on Monday."
    start = text.index("Willow")
    assert names.not_a_person(text, start, start + len("Willow Creek"))
    assert names.used_as_place(text, start, start + len("Willow Creek"))


@pytest.mark.parametrize(
    "text",
    [
        "Willow Creek, 40 miles north of the city, was evacuated.",
        "Grace Church, 150 years old, lost its roof.",
        "Rosa Bay, about 12 km from the port, was cut off.",
    ],
)
def test_a_distance_or_an_age_no_person_reaches_makes_a_place(text: str) -> None:
    end = text.index(",")
    assert names.used_as_place(text, 0, end)


@pytest.mark.parametrize(
    "text",
    [
        "Farmer Willa Creek, 52, said her fields were flooded.",
        "Willa Creek said her fields were flooded.",
        "The prize went to Willa Cree on Monday.",  # no place word: a person wherever she stands
    ],
)
def test_a_person_with_a_place_word_surname_stays_a_person(text: str) -> None:
    [(start, end, _, _)] = names.people_in(text)
    assert not names.used_as_place(text, start, end)


def test_a_place_shaped_like_a_person_offers_no_spelling_to_a_person(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        article(
            "The storm surge reached Rosa Bay before dawn on Tuesday.\n\n"
            "Boat owner Rosie Bay, 47, said her mooring had held.\n"
        )
    )
    links = links_of(result)
    assert [m.form for m in person(links, "Rosie Bay").mentions] == ["full"]
    assert result.findings("CC601") == []


def test_an_age_no_person_reaches_is_no_age(claimcheck_run: Runner) -> None:
    result = claimcheck_run(article("Grace Church, 150 years old, lost its roof in the storm.\n"))
    assert [c.category for c in result.claims("figure")] == ["duration"]
    assert all(not e.ages for e in links_of(result).entities)
