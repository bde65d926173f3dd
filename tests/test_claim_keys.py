"""Claim ids are character offsets, unique only within one article: what the linking stage records per
claim must not mix up two articles' claims that stand at the same offset."""

from __future__ import annotations

from checker.testing import Runner


def _article(published: str, sentence: str) -> str:
    return f"---\ntitle: Fire\npublished: {published}\nstory: dunmore-fire\n---\n{sentence}\n"


def test_as_of_dates_of_figures_at_the_same_offset_stay_apart(claimcheck_run: Runner) -> None:
    # both sentences put the figure at the same character offset of their files: the earlier
    # article's "by Monday" and the later one's "by Wednesday" are two times, and a count of
    # homes destroyed that rises between them is no conflict
    a = _article("2025-08-18", "The Dunmore fire had destroyed 120 homes by Monday, officials said.")
    b = _article("2025-08-20", "The Dunmore fire had destroyed 150 homes by Wednesday, officials said.")
    assert a.index("120") == b.index("150")
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC201"])
    assert [f.message for f in result.findings("CC201")] == []
    [frame] = result.results[0].links.quantities
    as_of = [
        frame.as_of_for(r.path, c)
        for r in result.results
        if r.article
        for c in r.article.claims
        if c.id in frame.claims
    ]
    assert sorted(a or "" for a in as_of) == ["2025-08-18", "2025-08-20"]


def test_a_fall_between_those_times_still_fails(claimcheck_run: Runner) -> None:
    a = _article("2025-08-18", "The Dunmore fire had destroyed 150 homes by Monday, officials said.")
    b = _article("2025-08-20", "The Dunmore fire had destroyed 120 homes by Wednesday, officials said.")
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC201"])
    messages = [f.message for f in result.findings("CC201")]
    assert len(messages) == 1 and "(by 2025-08-20)" in messages[0] and "(by 2025-08-18)" in messages[0]


def _recount(offset: str, weekday: str, day: int) -> str:
    return (
        "---\ntitle: Count\npublished: 2026-03-20\nstory: harlow-vote\n---\n"
        "The Harlow election was held on Monday, March 2.\n\n"
        f"The recount began {offset} days after the election.\n\n"
        f"The recount began on {weekday}, March {day}.\n"
    )


def test_anchored_dates_at_the_same_offset_stay_apart(claimcheck_run: Runner) -> None:
    # "two days after" and "six days after" stand at the same offset of two articles; each article is
    # consistent with itself, and only the story's disagreement (March 4 against March 8) is reported
    a, b = _recount("two", "Wednesday", 4), _recount("six", "Sunday", 8)
    assert a.index("two days") == b.index("six days")
    result = claimcheck_run({"a.md": a, "b.md": b}, select=["CC101"])
    assert result.findings("CC101", path="a.md") == []
    messages = [f.message for f in result.findings("CC101", path="b.md")]
    assert messages and "2026-03-04 (“two days after”) in a.md" in messages[0]
