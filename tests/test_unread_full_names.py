"""A person named in full with a given name no list knows ("protester Boston Varesko": a city, no given name of the list): the
surname alone elsewhere in the story is introduced, not a missing first reference (CC601)."""

from __future__ import annotations

from checker.testing import Runner


def _article(body: str) -> str:
    return f"---\ntitle: Protest\npublished: 2025-05-02\nstory: harbour-protest\n---\n{body}\n"


def test_a_full_name_with_an_unknown_given_name_introduces_the_surname(claimcheck_run: Runner) -> None:
    a = _article('"We will be back on Monday," said 24-year-old protester Boston Varesko.')
    b = _article('"We will be back on Monday, and every day after," Varesko said.')
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC601"])
    assert result.findings("CC601") == []
    [entity] = [e for e in result.results[0].links.entities if e.canonical == "Varesko"]
    assert entity.full_elsewhere == "Boston Varesko"


def test_an_office_title_before_the_surname_is_no_full_name(claimcheck_run: Runner) -> None:
    a = _article("The harbour reopened on Friday after Mayor Varesko signed the order.")
    b = _article('"We will be back on Monday," Varesko said.')
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC601"])
    assert len(result.findings("CC601")) >= 1


def test_a_word_opening_a_sentence_is_no_given_name(claimcheck_run: Runner) -> None:
    a = _article("The crowd left at noon. Later Varesko spoke to reporters.")
    b = _article('"We will be back on Monday," Varesko said.')
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC601"])
    assert len(result.findings("CC601")) >= 1
