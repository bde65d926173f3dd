"""Proportions ("one in three", "1-in-4", "two out of five", "a third of", "33% of"): one quantity, a share
of a counted population, read by the figures extractor, put on one scale by checker.language.proportions,
framed by the quantities linker and compared by CC201, on text we wrote."""

from __future__ import annotations

import pytest

from checker.extractors.figures import find_figures
from checker.language import proportions
from checker.testing import Runner


@pytest.mark.parametrize(
    ("sentence", "written", "value", "noun"),
    [
        ("One-in-three tenants in Brackley face eviction.", "One-in-three", 1 / 3, "tenants"),
        ("A poll found 1-in-4 nurses plan to quit.", "1-in-4", 1 / 4, "nurses"),
        ("A poll found 1 in 4 nurses plan to quit.", "1 in 4", 1 / 4, "nurses"),
        ("ONE IN FIVE drivers sped.", "ONE IN FIVE", 1 / 5, "drivers"),
        ("Two out of every five residents recycle.", "Two out of every five", 2 / 5, "residents"),
        ("two-out-of-five residents recycle.", "two-out-of-five", 2 / 5, "residents"),
        ("The defect affects 1 in 1,000 engines made that year.", "1 in 1,000", 1 / 1000, "engines"),
        ("One in a million people carry the gene.", "One in a million", 1e-6, "people"),
    ],
)
def test_a_proportion_is_one_figure_a_share(sentence: str, written: str, value: float, noun: str) -> None:
    [f] = find_figures(sentence)
    assert sentence[f.start : f.end] == written
    assert (f.category, f.noun) == ("ratio", noun)
    assert f.value == pytest.approx(value) and f.against is not None


def test_a_qualified_proportion_keeps_its_bounds() -> None:
    [f] = find_figures("Nearly one in three voters backed the levy.")
    assert (f.qualifier, f.low, f.high) == ("nearly", pytest.approx(0.3), pytest.approx(1 / 3))
    [f] = find_figures("More than one in four pupils skipped breakfast.")
    assert (f.qualifier, f.high) == ("more than", None)


@pytest.mark.parametrize(
    "sentence",
    ["Ardle Rovers won three in a row.", "The 2-in-1 laptop sold out.", "Four in the afternoon was the slot."],
)
def test_look_alikes_are_no_proportions(sentence: str) -> None:
    assert not any(f.category == "ratio" for f in find_figures(sentence))


@pytest.mark.parametrize(
    ("category", "value", "low", "high", "bounds"),
    [
        ("ratio", 1 / 3, 1 / 3, 1 / 3, (0.3167, 0.35)),
        ("fraction", 1 / 4, 1 / 4, 1 / 4, (0.2375, 0.2625)),
        ("percent", 33.0, 33.0, 33.0, (0.324, 0.336)),
        ("percent", 40.0, 40.0, None, (0.394, 1.0)),  # "more than 40%"
        ("ratio", 1 / 3, 0.3, 1 / 3, (0.285, 0.35)),  # "nearly one in three"
    ],
)
def test_share_bounds_put_every_proportion_on_one_scale(
    category: str, value: float, low: float, high: float | None, bounds: tuple[float, float]
) -> None:
    got = proportions.share_bounds(category, value, low, high)
    assert got is not None and got == pytest.approx(bounds, abs=1e-3)


def test_a_percentage_over_a_hundred_or_a_count_is_no_share() -> None:
    assert proportions.share_bounds("percent", 150.0, 150.0, 150.0) is None
    assert proportions.share_bounds("count", 3.0, 3.0, 3.0) is None


@pytest.mark.parametrize(
    ("after", "lemmas", "modified"),
    [
        (" in Brackley face eviction this winter, the charity said.", ("face", "eviction", "winter"), False),
        (" here cannot afford heating.", ("cannot", "afford", "heat"), False),
        (" here cannot afford to heat their homes", ("cannot", "afford", "heat", "home"), False),
        (" in rural areas cannot afford heating.", ("rural", "area", "cannot", "afford", "heat"), True),
        (" struggle with charges", ("struggl", "charg"), False),
        (" are unable to pay their rent", ("cannot", "pay", "rent"), False),
        (" can't pay their rent", ("cannot", "pay", "rent"), False),
        (" do not own a car", ("not", "own", "car"), False),
        (" at Pellow General plan to quit within a year.", ("plan", "quit", "within", "year"), False),
    ],
)
def test_the_predicate_of_a_share(after: str, lemmas: tuple[str, ...], modified: bool) -> None:
    got, _, narrowed = proportions.predicate(after)
    assert (got, narrowed) == (lemmas, modified)


def test_one_predicate_said_two_ways() -> None:
    same = proportions.same_predicate
    assert same(("cannot", "afford", "heat"), ("cannot", "afford", "heat", "home"))
    assert not same(("cannot", "afford", "heat"), ("cannot", "afford", "food"))
    assert not same(("can", "afford", "heat"), ("cannot", "afford", "heat"))
    assert not same(("cannot", "afford", "heat"), ("rural", "area", "cannot", "afford", "heat"))
    assert not same((), ("cannot",))


def _story(run: Runner, first: str, second: str) -> list[tuple[str, str]]:
    head = "---\ntitle: T\npublished: 2026-03-04\noutlet: {}\nstory: s\n---\n{}\n"
    result = run(
        {"a.md": head.format("Fenby Star", first), "b.md": head.format("Fenby Echo", second)}, select=["CC201"]
    )
    return [(f.outcome.value, f.message) for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("first", "second", "outcome"),
    [
        ("One-in-two", "1 in 5", "fail"),
        ("Two out of five", "a quarter of", "fail"),
        ("45 percent of", "One in five", "fail"),
        ("One in three", "30% of", "warn"),  # within CC201's rounding of the share
        ("One in three", "A third of", None),
        ("1 in 3", "One-in-three", None),
        ("One in three", "34% of", None),
        ("Two in five", "40 per cent of", None),
    ],
)
def test_proportions_of_one_population_compared_as_shares(
    claimcheck_run: Runner, first: str, second: str, outcome: str | None
) -> None:
    found = _story(
        claimcheck_run,
        f"{first} households in Fenby struggle with fuel bills, the charity said.",
        f"{second} households in Fenby struggle with fuel bills, the charity said.",
    )
    assert [o for o, _ in found] == ([outcome] if outcome else [])
    if outcome:
        assert "share of households that struggle with fuel bills" in found[0][1] and "%" in found[0][1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # other counted populations, other predicates, a narrowed population, a subgroup, idioms
        (
            "One in two tenants in Fenby struggle with fuel bills.",
            "One in five landlords in Fenby struggle with fuel bills.",
        ),
        (
            "One in two households in Fenby struggle with fuel bills.",
            "One in five households in Fenby struggle with rent.",
        ),
        (
            "One in two households in rural areas struggle with fuel bills.",
            "One in five households struggle with fuel bills.",
        ),
        (
            "Among pensioners, one in two households struggle with fuel bills.",
            "One in five households struggle with fuel bills.",
        ),
        ("Fenby won three in a row, a one-in-a-million run.", "Fenby won five in a row, a one-in-a-thousand run."),
    ],
)
def test_proportions_of_other_quantities_are_not_compared(claimcheck_run: Runner, first: str, second: str) -> None:
    assert _story(claimcheck_run, first, second) == []


def test_one_predicate_in_other_words_is_one_quantity(claimcheck_run: Runner) -> None:
    found = _story(
        claimcheck_run,
        "One in three households in Fenby cannot afford heating, a survey found.",
        "A survey found that 1-in-4 households in Fenby cannot afford to heat their homes.",
    )
    assert [o for o, _ in found] == ["fail"] and "(25%)" in found[0][1] and "(33%)" in found[0][1]


def test_quoted_shares_are_left_to_quote_fidelity(claimcheck_run: Runner) -> None:
    # two speakers' shares are a disagreement the article reports; one speaker's, rendered twice, is CC301's
    found = _story(
        claimcheck_run,
        "“One in two households in Fenby struggle with fuel bills,” said charity director Ines Varga.",
        "Councillor Rob Mallory said: “One in five households in Fenby struggle with fuel bills.”",
    )
    assert found == []


def _quoted_twice(run: Runner, first: str, second: str) -> list[tuple[str, str]]:
    head = "---\ntitle: T\npublished: 2026-03-04\noutlet: {}\nstory: s\n---\n{}\n"
    body = "“Across this valley {} pensioners skip meals to pay for fuel,” said warden Tam Oduya."
    result = run(
        {
            "a.md": head.format("Fenby Star", body.format(first)),
            "b.md": head.format("Fenby Echo", body.format(second)),
        },
        select=["CC301"],
    )
    return [(f.outcome.value, f.message) for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("first", "second", "outcome"),
    [
        ("one-in-three", "1 in 3", None),  # the same words (issue 13)
        ("one-in-three", "one in four", "fail"),
        ("two out of five", "1 in 5", "fail"),
        ("a quarter of", "a third of", "fail"),  # fractions in words are numbers too
        ("a third of", "one in three", "warn"),  # one share in other words: the words differ, not the meaning
        ("two out of five", "40 percent of", "warn"),
        ("33% of", "one in three", "warn"),
        ("33% of", "33 percent of", None),  # "%" is "percent"
        ("33% of", "34% of", "fail"),  # two percentages: to the digit
    ],
)
def test_a_quoted_proportion_changed_or_reworded(
    claimcheck_run: Runner, first: str, second: str, outcome: str | None
) -> None:
    assert [o for o, _ in _quoted_twice(claimcheck_run, first, second)] == ([outcome] if outcome else [])


@pytest.mark.parametrize(
    ("before", "lemmas"),
    [
        ("Rent is unaffordable for ", ("<", "rent", "unaffordabl")),
        ("A survey found that rent is unaffordable for ", ("<", "rent", "unaffordabl")),
        ("The council said rent was unaffordable for ", ("<", "rent", "unaffordabl")),
        ("A survey found ", ()),
    ],
)
def test_the_predicate_told_before_a_share(before: str, lemmas: tuple[str, ...]) -> None:
    assert proportions.predicate_before(before)[0] == lemmas


@pytest.mark.parametrize(
    ("first", "second", "outcome"),
    [
        # what is said of the share told before it, a name between "of" and the population, "unable to"
        (
            "Rent is unaffordable for one in three tenants in Pellow, the charity said.",
            "The charity said rent was unaffordable for 1 in 5 tenants in Pellow.",
            "fail",
        ),
        (
            "A third of Pellow tenants cannot pay their rent, the charity said.",
            "The charity said 20% of tenants in Pellow are unable to pay their rent.",
            "fail",
        ),
        # a share's gap is relative to it: 0.38 against 0.35 is 8 %, beyond CC201's rounding
        (
            "Two in five tenants in Pellow cannot pay their rent, the charity said.",
            "One in three tenants in Pellow cannot pay their rent, the charity said.",
            "fail",
        ),
        (
            "Rent is unaffordable for one in three tenants in Pellow, the charity said.",
            "Rent is rising for one in five tenants in Pellow, the charity said.",
            None,
        ),
    ],
)
def test_shares_in_other_sentence_shapes(claimcheck_run: Runner, first: str, second: str, outcome: str | None) -> None:
    assert [o for o, _ in _story(claimcheck_run, first, second)] == ([outcome] if outcome else [])


def test_a_share_of_another_time_is_another_quantity(claimcheck_run: Runner) -> None:
    assert proportions.other_time("Last year two in five buses ran late.") == "last year"
    assert proportions.other_time("Two in five buses ran late a decade ago.") == "a decade ago"
    assert proportions.other_time("Two in five buses ran late, the operator said.") is None
    found = _story(
        claimcheck_run,
        "Last year two in five buses in Esk ran late, the operator said.",
        "One in five buses in Esk ran late, the operator said.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("before", "area"),
    [
        ("In the Esk constituency, ", "constituency"),
        ("Across the county, ", "county"),
        ("In Tarnmouth, ", None),  # a name: the place, compared by the linker's place names
        ("A survey found that ", None),
    ],
)
def test_the_area_told_before_a_share(before: str, area: str | None) -> None:
    assert proportions.area_before(before) == area


@pytest.mark.parametrize(
    ("first", "second", "outcome"),
    [
        # two areas, one told before each share: two quantities
        (
            "In the Harl constituency, one in three voters backed the levy.",
            "Across the county, one in five voters backed the levy, officials said.",
            None,
        ),
        # a share of a population counted in full: "a quarter of the 400 staff"
        (
            "A quarter of the 400 staff at the Orla mill will lose their jobs.",
            "One in ten of the staff at the Orla mill will lose their jobs, the union said.",
            "fail",
        ),
        (
            "Half of all tenants in Orla have faced a rent rise this year, a charity said.",
            "A charity said one in ten tenants in Orla have faced a rent rise this year.",
            "fail",
        ),
        (
            "A third of the town's households cannot afford heating, a survey of Fenby found.",
            "A survey of Fenby found one in four households cannot afford heating.",
            "fail",
        ),
        # a possessor before the population: "half of Wexcombe's shops"
        (
            "Almost half of Wexcombe's shops have closed since 2020, a study found.",
            "A study found that one in four shops in Wexcombe have closed since 2020.",
            "fail",
        ),
    ],
)
def test_areas_and_possessors(claimcheck_run: Runner, first: str, second: str, outcome: str | None) -> None:
    assert [o for o, _ in _story(claimcheck_run, first, second)] == ([outcome] if outcome else [])


def test_a_proportion_in_capitals_names_no_place(claimcheck_run: Runner) -> None:
    found = _story(
        claimcheck_run,
        "ONE IN FOUR care homes in Skelby failed their inspection, the regulator said.",
        "The regulator said 40% of care homes in Skelby failed their inspection.",
    )
    assert [o for o, _ in found] == ["fail"]


@pytest.mark.parametrize(
    ("sentence", "written", "noun"),
    [
        ("One household in three in Fenby cannot afford heating.", "One household in three", "household"),
        ("One child in five lives in poverty, the charity said.", "One child in five", "child"),
        ("The audit found one patient in every 10 waited a year.", "one patient in every 10", "patient"),
        ("Only one bus in four, officials said.", "Only one bus in four", "bus"),
    ],
)
def test_a_proportion_with_its_noun_inside(sentence: str, written: str, noun: str) -> None:
    [f] = [f for f in find_figures(sentence) if f.category == "ratio"]
    assert (sentence[f.start : f.end], f.noun) == (written, noun)


@pytest.mark.parametrize(
    "sentence",
    ["He scored one goal in 10 games.", "The one road in two towns was shut.", "She won one race in three seasons."],
)
def test_a_noun_after_the_second_number_is_no_split_proportion(sentence: str) -> None:
    assert not any(f.category == "ratio" for f in find_figures(sentence))


@pytest.mark.parametrize(
    ("second", "outcome"),
    [
        ("The charity said one child in three in Esk lives in poverty.", "fail"),
        ("The charity said a third of children in Esk live in poverty.", "fail"),
        ("The charity said a fifth of children in Esk live in poverty.", None),
    ],
)
def test_one_child_in_five_against_other_wordings(claimcheck_run: Runner, second: str, outcome: str | None) -> None:
    found = _story(claimcheck_run, "One child in five in Esk lives in poverty, the charity said.", second)
    assert [o for o, _ in found] == ([outcome] if outcome else [])


@pytest.mark.parametrize(
    ("sentence", "fraction"),
    [
        ("Half of all tenants in Orla pay more.", "Half"),
        ("Nearly half of the nurses plan to quit.", "Nearly half"),
        ("Sales rose in the second half of the year.", None),
        ("The First half of the game was dull.", None),
        ("It took half an hour.", None),
    ],
)
def test_half_of_a_population(sentence: str, fraction: str | None) -> None:
    found = [sentence[f.start : f.end] for f in find_figures(sentence) if f.category == "fraction"]
    assert found == ([fraction] if fraction else [])


@pytest.mark.parametrize(
    ("before", "group"),
    [
        ("Among renters the figure is higher: ", "renter"),
        ("For single parents, ", "single parent"),
        ("Of those on benefits, ", "benefit"),
        ("Of those surveyed, ", None),  # the whole sample
        ("A survey found that ", None),
    ],
)
def test_the_subgroup_a_share_is_taken_of(before: str, group: str | None) -> None:
    assert proportions.subgroup(before) == group


def test_a_subgroups_share_in_the_same_article_is_not_compared(claimcheck_run: Runner) -> None:
    head = "---\ntitle: T\npublished: 2026-03-04\noutlet: Fenby Star\nstory: s\n---\n{}\n"
    body = (
        "One in three households in Fenby struggle with fuel bills, the charity said.\n\n"
        "For single parents, one in two households struggle with fuel bills.\n\n"
        "Of those on benefits, three in five households struggle with fuel bills."
    )
    result = claimcheck_run({"a.md": head.format(body)}, select=["CC201"])
    assert [f for ar in result.results for r in ar.results for f in r.findings] == []


# -- the lexicon (checker/language/data/proportions.yaml), entry by entry ---------------------------


def test_every_function_word_is_dropped_from_a_predicate() -> None:
    for word in proportions.lexicon().function_words:
        got, _, _ = proportions.predicate(f" cannot afford heating {word}")
        assert got == ("cannot", "afford", "heat"), word


def test_every_negated_form_reads_as_its_word() -> None:
    for form, word in proportions.lexicon().negated:
        got, _, _ = proportions.predicate(f" {form} afford heating")
        assert got == (word, "afford", "heat"), form
        got, _, _ = proportions.predicate(f" {form.upper()} afford heating")
        assert got == (word, "afford", "heat"), form


def test_every_agreement_pair_is_one_word() -> None:
    for singular, plural in proportions.lexicon().agreement.items():
        assert proportions.predicate(f" {singular} no car")[0] == proportions.predicate(f" {plural} no car")[0]


def test_every_source_word_makes_a_fronted_phrase_the_whole_sample() -> None:
    for word in proportions.lexicon().source_words:
        assert proportions.subgroup(f"Of those {word} here, ") is None, word
    assert proportions.subgroup("Of those on benefits, ") == "benefit"


@pytest.mark.parametrize("singular", sorted(proportions.lexicon().plurals))
def test_every_irregular_plural_is_one_population(claimcheck_run: Runner, singular: str) -> None:
    plural = proportions.lexicon().plurals[singular]
    found = _story(
        claimcheck_run,
        f"One {singular} in five in Esk struggles with fuel bills, the charity said.",
        f"The charity said one in two {plural} in Esk struggle with fuel bills.",
    )
    assert [o for o, _ in found] == ["fail"], singular


@pytest.mark.parametrize("noun", sorted(proportions.lexicon().populations))
def test_every_unmarked_plural_is_a_population(claimcheck_run: Runner, noun: str) -> None:
    found = _story(
        claimcheck_run,
        f"One in three {noun} in Esk struggle with fuel bills, the charity said.",
        f"The charity said one in five {noun} in Esk struggle with fuel bills.",
    )
    assert [o for o, _ in found] == ["fail"], noun
