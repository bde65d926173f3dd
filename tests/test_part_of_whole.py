"""A count that is part of a larger toll (one site, one agent, a group from one place) is another quantity
than the overall toll; an outcome's plural noun whose value rises; names listed against their count
(issue 14, ECB+ review of 2026-11-30), on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import frame_lexicons, quantities
from checker.testing import Runner


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("Four people were killed when a shell struck a clinic on Monday.", "Four people", "site clinic"),
        ("The strike on one of the agency's shelters killed 22 people.", "22 people", "site shelter"),
        ("Two died when a shell hit a school in the northern town of Orlo.", "Two", "site school in orlo"),
        ("Ina Voss, a nurse, said she had already treated 14 blast victims.", "14 blast", "agent"),
        ("Three people from Tarvin village were hurt in the quake.", "Three people", "from tarvin"),
        # an overall toll, or one over several sites
        ("Monday's shelling of clinics and markets killed at least 11 people.", "11 people", None),
        ("The quake injured seven people, state radio said.", "seven people", None),
        # where people were moved from is no group they belong to; a hospital they were taken to is no site
        ("Crews evacuated 40 people from Kelso village on Sunday.", "40 people", None),
        ("Police said 12 people were hurt and taken to a hospital.", "12 people", None),
    ],
)
def test_the_part_a_count_is_of_a_larger_toll(sentence: str, figure: str, part: str | None) -> None:
    start = sentence.index(figure)
    assert quantities.part_of(sentence, start, start + len(figure)) == part


def test_every_site_and_agent_verb_of_the_lexicon_is_read() -> None:
    lex = frame_lexicons.counted()
    assert lex.sites and lex.site_cues and lex.agent_verbs and lex.origin_nouns
    for noun in sorted(lex.sites):
        sentence = f"Six people were killed at a {noun} on Monday."
        assert quantities.part_of(sentence, 0, 10) == f"site {noun}", noun
        several = f"Attacks on {noun}s and homes killed six people."
        assert quantities.part_of(several, several.index("six"), several.index("six") + 3) is None, noun
    for verb in sorted(lex.agent_verbs):
        past = "seen" if verb == "see" else max(f for f in frame_lexicons.inflections(verb) if f.endswith("ed"))
        sentence = f"A nurse said she had {past} 14 people."
        start = sentence.index("14")
        assert quantities.part_of(sentence, start, start + 2) == "agent", verb


def _findings(run: Runner, files: dict[str, str]) -> list[str]:
    result = run(files, select=["CC201"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


def _article(body: str, outlet: str) -> str:
    return f"---\ntitle: T\npublished: 2025-04-14\noutlet: {outlet}\nstory: s\n---\n{body}\n"


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        (
            "Four people were killed when a shell struck a clinic in eastern Varrow on Monday, medics said.",
            "Monday's shelling of clinics and markets across Varrow killed at least 11 people, the ministry said.",
        ),
        (
            "Ina Voss, a nurse in Kessel, said she had already treated 14 blast victims.",
            "At least 40 people were hospitalised after the blast, officials said.",
        ),
        (
            "Three people from Tarvin village were hurt in the quake on Sunday, the governor said.",
            "A magnitude-5.4 quake on Sunday injured seven people, state radio said.",
        ),
    ],
)
def test_a_part_is_not_compared_with_the_whole_across_articles(claimcheck_run: Runner, part: str, whole: str) -> None:
    files = {"a.md": _article(part, "Varrow Post"), "b.md": _article(whole, "Daily Ledger")}
    assert _findings(claimcheck_run, files) == []


def test_two_counts_at_one_site_are_still_compared(claimcheck_run: Runner) -> None:
    body = "{} people were killed when a rocket hit the Harlow market on Saturday, the governor said."
    files = {"a.md": _article(body.format("Nine"), "Harlow Courier"), "b.md": _article(body.format("Twelve"), "Ledger")}
    assert [m.split()[0] for m in _findings(claimcheck_run, files)] == ["fail"]


def test_a_repeated_count_keeps_the_part_its_article_gave_it(claimcheck_run: Runner) -> None:
    part = (
        "The strike on one of the agency's shelters in Varrow killed 22 people on Tuesday.\n\n"
        '"It killed 22 people, and some of the wounded may yet die," the director said.'
    )
    whole = "Tuesday's strikes on shelters and homes across Varrow killed more than 30 people, the ministry said."
    assert _findings(claimcheck_run, {"a.md": _article(part, "Post"), "b.md": _article(whole, "Ledger")}) == []


def test_deaths_that_climbed_to_a_value_are_a_toll(claimcheck_run: Runner) -> None:
    body = "Deaths from the Brennock flood climbed to 14 by Tuesday.\n\nAs of Tuesday, the flood had killed {} people."
    [message] = _findings(claimcheck_run, {"a.md": _article(body.format(11), "Star")})
    assert message.startswith("fail") and "11" in message and "14" in message
    assert _findings(claimcheck_run, {"a.md": _article(body.format(14), "Star")}) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The four finalists, Petra Lund, Oskar Brandt and Mia Sorel, will meet.", 3),
        ("The six bidders — Arkwell, Brisby, Corlan, Dunmore and Eskdale — bid.", 5),
        ("Of the five candidates, Ames, Boyd and Cole, all lawyers, spoke.", None),  # a subset chosen from five
        ("The four firms — two more than last year — bid.", None),  # an aside, no names
    ],
)
def test_names_listed_in_apposition_against_their_count(sentence: str, found: int | None) -> None:
    m = next(w for w in ("four", "six", "five") if w in sentence)
    start = sentence.index(m)
    got = quantities.listed_items(sentence, start + len(m), start)
    assert (got[0] if got else None) == found
