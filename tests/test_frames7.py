"""Quantity frames of issue 14 from a second fresh reviewer's kinds (2026-11-30, `frames7`): money of two
named holders, a named thing's size told two ways, and money parts against the total they split.
Text we wrote."""

from __future__ import annotations

from checker.testing import Runner


def _article(body: str, published: str = "2026-02-02") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: Oster Gazette\nstory: s\n---\n{body}\n"


def _cc201(run: Runner, files: dict[str, str]) -> list[str]:
    result = run(files, select=["CC201"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


def test_two_holders_deficits_are_two_quantities(claimcheck_run: Runner) -> None:
    text = "Vessby County is facing a $4 million deficit.\n\nThe town of Vessby is facing a $2 million deficit."
    assert _cc201(claimcheck_run, {"a.md": _article(text)}) == []


def test_one_holders_deficit_told_twice_disagrees(claimcheck_run: Runner) -> None:
    text = "Maltby's $12 million debt has grown.\n\nMaltby carries a $21 million debt, the auditor found."
    assert [m.split(":")[0] for m in _cc201(claimcheck_run, {"a.md": _article(text)})] == ["fail debt"]


def test_named_size_told_as_adjective_and_copula(claimcheck_run: Runner) -> None:
    text = "The Tarn canal is 14 miles long.\n\nBarges have used the 16-mile Tarn canal since 1890."
    found = _cc201(claimcheck_run, {"a.md": _article(text)})
    assert len(found) == 1 and found[0].startswith("fail") and "Tarn canal" in found[0]
    same = "The Tarn canal is 14 miles long.\n\nBarges have used the 14-mile Tarn canal since 1890."
    assert _cc201(claimcheck_run, {"a.md": _article(same)}) == []


def test_money_parts_more_than_their_total(claimcheck_run: Runner) -> None:
    text = "The £10 million fund will go to three programs: £4 million for roads, £3 million for parks and £4 million for schools."
    found = _cc201(claimcheck_run, {"a.md": _article(text)})
    assert len(found) == 1 and "= 11,000,000, more than 10,000,000" in found[0]
    fewer = "The £10 million fund will go to three programs: £4 million for roads, £3 million for parks and £3 million for schools."
    assert _cc201(claimcheck_run, {"a.md": _article(fewer)}) == []


def test_more_in_a_kind_than_in_the_whole_warns(claimcheck_run: Runner) -> None:
    text = "Six people were hurt when a bus overturned near Tolk.\n\nEight passengers were injured, police said."
    found = _cc201(claimcheck_run, {"a.md": _article(text)})
    assert len(found) == 1 and found[0].startswith("warn") and "(8 > 6)" in found[0]
    fewer = "Six people were hurt when a bus overturned near Tolk.\n\nFour passengers were injured, police said."
    assert _cc201(claimcheck_run, {"a.md": _article(fewer)}) == []


def test_subsets_name_classes_of_the_lexicon() -> None:
    from checker.language import frame_lexicons

    subsets = frame_lexicons.counted().subsets
    assert subsets["passenger"] == "person"
    assert all(k != v for k, v in subsets.items())


def test_age_at_an_event_of_a_pronoun_after_fronted_phrases(claimcheck_run: Runner) -> None:
    text = "Ilse Darrow was born on March 3, 1980.\n\nIn 2010, at age 38, she became mayor."
    found = _cc201(claimcheck_run, {"a.md": _article(text)})
    assert len(found) == 1 and found[0].startswith("fail") and "Ilse Darrow" in found[0]
    right = "Ilse Darrow was born on March 3, 1980.\n\nIn 2010, at age 30, she became mayor."
    assert _cc201(claimcheck_run, {"a.md": _article(right)}) == []


def test_age_at_an_event_of_a_lone_surname_with_its_birth(claimcheck_run: Runner) -> None:
    text = "Darrow, who was born in 1980, became mayor in 2010 at age 38."
    found = _cc201(claimcheck_run, {"a.md": _article(text)})
    assert len(found) == 1 and found[0].startswith("fail Darrow")
    kin = "Darrow, who was born in 1980, saw her daughter elected in 2010 at age 38."
    assert _cc201(claimcheck_run, {"a.md": _article(kin)}) == []
