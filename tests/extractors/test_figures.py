"""Figure claims: counts, money, percentages, ranges, tallies, ages, durations, ordinals; what is never a figure."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS, needs_shared
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors.figures import Figure, extract, find_figures, measure_key
from checker.extractors.qualifiers import APPROX, bounds
from checker.models import Article, FigureClaim
from checker.segmenter import claimcheck_segment


def figures(text: str) -> list[FigureClaim]:
    article = Article(path="t.txt", raw=text)
    segments = [s for s in claimcheck_segment(article, None) if s.kind != "furniture"]  # type: ignore[arg-type]
    found = extract(article, segments)
    for f in found:
        assert article.raw[f.span.start : f.span.end] == f.text
    return [f for f in found if isinstance(f, FigureClaim)]


def only(sentence: str) -> Figure:
    found = find_figures(sentence)
    assert len(found) == 1, [sentence[f.start : f.end] for f in found]
    return found[0]


def text_of(sentence: str, f: Figure) -> str:
    return sentence[f.start : f.end]


# -- counts, with qualifiers and the counted noun ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "qualifier", "noun"),
    [
        ("More than 250 people were killed.", "More than 250", 250, 250, None, "more than", "people"),
        ("At least 40 civilians died.", "At least 40", 40, 40, None, "at least", "civilians"),
        ("Roughly 275,000 civilians are trapped.", "Roughly 275,000", 275_000, 247_500, 302_500, "roughly", "civilians"),
        ("About 1,200 people were evacuated.", "About 1,200", 1200, 1080, 1320, "about", "people"),
        ("Nearly 300 families fled the fighting.", "Nearly 300", 300, 270, 300, "nearly", "families"),
        ("Up to 5,000 troops could be deployed.", "Up to 5,000", 5000, None, 5000, "up to", "troops"),
        ("Fewer than 20 journalists remain.", "Fewer than 20", 20, None, 20, "fewer than", "journalists"),
        ("Some 2.7 million Syrians have fled.", "Some 2.7 million", 2_700_000, 2_430_000, 2_970_000, "some", "Syrians"),
        ("It shelters an estimated 100,000 children.", "an estimated 100,000", 100_000, 90_000, 110_000,
         "an estimated", "children"),
        ("A dozen soldiers were wounded.", "A dozen", 12, 12, 12, None, "soldiers"),
        ("Officials counted 31 trucks.", "31", 31, 31, 31, None, "trucks"),
        ("Police said 250 or more protesters gathered.", "250 or more", 250, 250, None, "or more", "protesters"),
        ("Three dozen homes burned.", "Three dozen", 36, 36, 36, None, "homes"),
        ("Two died in the attack.", "Two", 2, 2, 2, None, None),
    ],
)  # fmt: skip
def test_counts(
    sentence: str, text: str, value: float, low: float | None, high: float | None, qualifier: str | None, noun: str
) -> None:
    f = only(sentence)
    assert text_of(sentence, f) == text
    assert (f.value, f.low, f.high, f.qualifier, f.category, f.noun) == (value, low, high, qualifier, "count", noun)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Hundreds of people have been killed.", "Hundreds", 200, 999),
        ("Tens of thousands of people marched.", "Tens of thousands", 20_000, 99_999),
        ("The war has killed hundreds of thousands.", "hundreds of thousands", 200_000, 999_999),
        ("Dozens of homes were damaged.", "Dozens", 24, 199),
        ("War has raged, with million of refugees fleeing.", "million", 2_000_000, 999_999_999),
    ],
)
def test_vague_amounts_are_ranges(sentence: str, text: str, low: float, high: float) -> None:
    f = only(sentence)
    assert text_of(sentence, f) == text
    assert (f.value, f.low, f.high, f.vague) == (None, low, high, True)


def test_more_than_hundreds_is_open_above() -> None:
    f = only("More than hundreds of people came.")
    assert (f.qualifier, f.low, f.high) == ("more than", 200, None)


def test_negative_values_keep_low_below_high() -> None:
    f = only("Temperatures fell to about -5 degrees overnight.")
    assert (f.value, f.low, f.high, f.unit) == (-5, -5.5, -4.5, "degree")
    assert only("It was minus 12 degrees Celsius.").value == -12


def test_approximate_band_is_documented_tolerance() -> None:
    assert bounds(1000, "about") == (1000 * (1 - APPROX), 1000 * (1 + APPROX))
    assert bounds(1000, None) == (1000, 1000)
    assert bounds(1000, "More  than") == (1000, None)


# -- money, percentages, measures -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The company lost $3.1 million last year.", "$3.1 million", 3_100_000, "USD"),
        ("The club paid £300m for the stadium.", "£300m", 300_000_000, "GBP"),
        ("Brussels pledged €1.2 billion in aid.", "€1.2 billion", 1_200_000_000, "EUR"),
        ("It cost 400 million dollars.", "400 million dollars", 400_000_000, "USD"),
        ("Shares fell 34 cents.", "34 cents", 34, "cent"),
        ("The fund holds US$5bn in bonds.", "US$5bn", 5_000_000_000, "USD"),
        ("The price starts at USD 22.5 million.", "USD 22.5 million", 22_500_000, "USD"),
        ("Fees rose to 115EUR a month.", "115EUR", 115, "EUR"),
        ("He withdrew the one-yen bid.", "one-yen", 1, "JPY"),
    ],
)
def test_money(sentence: str, text: str, value: float, unit: str) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.value, f.unit, f.category) == (text, value, unit, "money")


def test_qualified_money() -> None:
    f = only("The deal is worth more than $45 million.")
    assert (f.value, f.low, f.high, f.qualifier) == (45_000_000, 45_000_000, None, "more than")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Unemployment fell to 4.9 percent in August.", "4.9 percent", 4.9, "%"),
        ("Turnout was 62% on the day.", "62%", 62, "%"),
        ("Support rose 3 percentage points.", "3 percentage points", 3, "percentage point"),
        ("Twenty per cent of voters stayed home.", "Twenty per cent", 20, "%"),
    ],
)
def test_percentages(sentence: str, text: str, value: float, unit: str) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.value, f.unit, f.category) == (text, value, unit, "percent")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The convoy travelled 20 miles.", "20 miles", 20, "mile"),
        ("The temperature hit 40 degrees Celsius.", "40 degrees Celsius", 40, "degree Celsius"),
        ("Rescuers cleared 12 square miles.", "12 square miles", 12, "square mile"),
        ("A magnitude 6.1 quake struck at dawn.", "magnitude 6.1", 6.1, "magnitude"),
    ],
)
def test_measures(sentence: str, text: str, value: float, unit: str) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.value, f.unit, f.category) == (text, value, unit, "measure")


def test_pounds_after_weighing_are_weight_not_money() -> None:
    f = only("The suspect, weighing about 200 pounds, fled.")
    assert (f.category, f.unit, f.value) == ("measure", "lb", 200)


def test_two_thirds_is_a_fraction_not_two() -> None:
    f = only("Two-thirds of the city is without power.")
    assert f.category == "fraction" and f.value == pytest.approx(2 / 3)


# -- ranges, tallies, ratios ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit", "category"),
    [
        ("Between 200 and 300 people gathered outside.", "Between 200 and 300", 200, 300, None, "count"),
        ("Officials said 20-25 homes were destroyed.", "20-25", 20, 25, None, "count"),
        ("Prices rose between 5% and 7% last year.", "between 5% and 7%", 5, 7, "%", "percent"),
        ("Sales of $20-$30 million were forecast.", "$20-$30 million", 20_000_000, 30_000_000, "USD", "money"),
        ("From 2 to 3 million people could flee.", "From 2 to 3 million", 2_000_000, 3_000_000, None, "count"),
        ("Crowds of 200 to 300 people formed.", "200 to 300", 200, 300, None, "count"),
    ],
)
def test_ranges(sentence: str, text: str, low: float, high: float, unit: str | None, category: str) -> None:
    f = only(sentence)
    assert text_of(sentence, f) == text
    assert (f.value, f.low, f.high, f.unit, f.category, f.qualifier) == (None, low, high, unit, category, "between")


@pytest.mark.parametrize(
    ("sentence", "text", "value", "against"),
    [
        ("The court ruled in a 7-2 vote.", "7-2", 7, 2),
        ("The Senate voted 52-48 to confirm him.", "52-48", 52, 48),
        ("The measure passed 60–40 in the House.", "60–40", 60, 40),
    ],
)
def test_tallies(sentence: str, text: str, value: float, against: float) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.category, f.value, f.against) == (text, "tally", value, against)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Supporters outnumber opponents 3-to-1 in the poll.", "3-to-1", 3),
        ("The bill passed by a 3 to 1 margin.", "3 to 1", 3),
        ("One in five residents has left the city.", "One in five", 0.2),
    ],
)
def test_ratios(sentence: str, text: str, value: float) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.category) == (text, "ratio")
    assert f.value == pytest.approx(value)


def test_descending_pair_is_not_a_range() -> None:
    # "52-48" without a vote word is no range (the high end would be below the low one)
    assert [f.category for f in find_figures("The score was 52-48 at half time.")] != ["count"]


# -- ages and durations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value", "of"),
    [
        ("Smith, 34, was arrested on Friday.", "34", 34, "Smith"),
        ("Maria Lopez, a 41-year-old teacher, was injured.", "41-year-old", 41, "Maria Lopez"),
        ("The 57-year-old Johnson said he would resign.", "57-year-old", 57, "Johnson"),
        ("A 38-year-old man was arrested.", "38-year-old", 38, None),
        ("The victim, aged 19, died in hospital.", "aged 19", 19, None),
        ("She was five years old when the war began.", "five years old", 5, None),
        ("Jane Doe (62) was rescued.", "62", 62, "Jane Doe"),
        ("He was 75.", "75", 75, None),
    ],
)
def test_ages(sentence: str, text: str, value: float, of: str | None) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.category, f.value, f.unit) == (text, "age", value, "year")
    if of is not None:
        assert f.of == of


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "of"),
    [
        ("Fighting halted in the six-year war.", "six-year", 6, "year", "war"),
        ("It ended the five-and-a-half year-old Syrian civil war.", "five-and-a-half year-old", 5.5, "year",
         "Syrian civil war"),
        ("He signed a three-year contract worth $45 million.", "three-year", 3, "year", "contract"),
        ("Kerry led a year-long effort.", "a year-long", 1, "year", "effort"),
        ("The 10-day siege ended.", "10-day", 10, "day", "siege"),
        ("The rebels held the town for six years.", "six years", 6, "year", None),
    ],
)  # fmt: skip
def test_durations(sentence: str, text: str, value: float, unit: str, of: str | None) -> None:
    found = [f for f in find_figures(sentence) if f.category == "duration"]
    assert len(found) == 1
    f = found[0]
    assert (text_of(sentence, f), f.value, f.unit, f.of) == (text, value, unit, of)


# -- ordinals stay apart --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("She finished third in the race.", "third", 3),
        ("It was the second attack on the convoy.", "second", 2),
        ("The 21st round of talks began.", "21st", 21),
        ("The twenty-first round of talks began.", "twenty-first", 21),
    ],
)
def test_ordinals(sentence: str, text: str, value: float) -> None:
    f = only(sentence)
    assert (text_of(sentence, f), f.category, f.value) == (text, "ordinal", value)


# -- never a figure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting starts at 10 a.m. on Tuesday.",
        "The talks resumed at 10:30 in Geneva.",
        "She lives at 221 Baker Street in London.",
        "The 101st Airborne was deployed.",
        "The 42nd Street station was closed.",
        "Call 555-123-4567 for details.",
        "Call (202) 555-0143 for details.",
        "Drive down Highway 61 and Route 66 to the coast.",
        "Apollo 11 landed on the moon.",
        "COVID-19 cases rose in G20 countries.",
        "He was ranked No. 2 in the world.",
        "The F-16 crashed near Interstate 95.",
        "The Security Council adopted Resolution 2254 unanimously.",
        "Windows 10 was a success.",
        "Super Bowl 50 was played in Santa Clara.",
        "The First Amendment protects the press.",
        "The two disagreed on how to proceed.",
        "One of the guards was hurt.",
        "The attack took place on September 21.",
        "War has been raging in Syria since 2011.",
        "Putin suspended a landmark, 2000 agreement on plutonium.",
        "Firms rolled out 4G across the region.",
        "Sections of the 9/11 report were released.",
        "Version 2 of the software shipped.",
        "Read it at https://example.com/2013/08/02/story-12 today.",
        "Microsoft shipped patch MS08-078 overnight.",
        "Agent 007 returns.",
    ],
)
def test_never_a_figure(sentence: str) -> None:
    assert [text_of(sentence, f) for f in find_figures(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    ["They fled Aleppo. 250 people stayed behind.", "On Monday 250 people were killed.", "The 250 were freed."],
)
def test_a_capitalised_word_before_a_count_is_not_always_a_name(sentence: str) -> None:
    assert [text_of(sentence, f) for f in find_figures(sentence)] == ["250"]


def test_a_year_next_to_a_count_is_masked_but_the_count_is_kept() -> None:
    sentence = "In 2014, 2,000 people fled."
    assert [text_of(sentence, f) for f in find_figures(sentence)] == ["2,000"]


# -- what a figure measures -----------------------------------------------------------------------


def test_measures_drop_hedges_and_auxiliaries() -> None:
    f = only("More than 250 people were believed to be killed in Aleppo last week.")
    assert f.measures == "people killed in Aleppo last week"


def test_figure_after_including_inherits_the_event() -> None:
    sentence = "Roughly 275,000 civilians are trapped in Aleppo, including an estimated 100,000 children."
    total, part = find_figures(sentence)
    assert total.measures == "civilians trapped in Aleppo"
    assert part.measures == "children trapped in Aleppo"


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Three men drove a van into the store.", "men"),
        ("There are around 30 people seriously injured.", "people"),
        ("Five aid workers were detained.", "workers"),
        ("Some 4,000 displaced Syrians arrived.", "Syrians"),
    ],
)
def test_counted_noun_is_the_head_of_the_phrase(sentence: str, noun: str) -> None:
    assert only(sentence).noun == noun


def test_object_figures_take_the_verb_before_them() -> None:
    f = only("The airstrike killed 20 aid workers.")
    assert f.noun == "workers"
    assert {"kill", "worker"} <= measure_key(f)


def test_money_and_rates_measure_their_clause() -> None:
    assert {"brussel", "pledg", "aid"} <= measure_key(only("Brussels pledged €1.2 billion in aid."))
    assert {"unemployment", "august"} <= measure_key(only("Unemployment fell to 4.9 percent in August."))


def test_measure_key_matches_the_same_quantity_worded_differently() -> None:
    a = only("More than 250 people were killed in Aleppo last week.")
    b = only("Aleppo: 300 people died in Aleppo last week.")
    c = only("About 2,000 homes were destroyed in Homs.")
    assert {"people", "kill", "aleppo"} <= measure_key(a) & measure_key(b)
    assert not measure_key(a) & measure_key(c) - {"week"}


# -- claims in a whole article ----------------------------------------------------------------------


def test_claims_have_file_spans_and_unique_ids() -> None:
    text = "Title\n\nMore than 250 people were killed.\n\nThe six-year war goes on; 7 of 10 towns fell.\n"
    found = figures(text)
    assert [f.text for f in found] == ["More than 250", "six-year", "7", "10"]
    assert len({f.id for f in found}) == len(found)
    assert found[1].span.line == 5 and found[1].category == "duration"


@needs_shared(SEEDS / "gold.yaml")
def test_seed_figures_are_all_found() -> None:
    import yaml

    gold = yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))
    wanted = [c for c in gold["claims"] if c["kind"] == "figure"]
    assert wanted
    for want in wanted:
        found = figures((SEEDS / want["file"]).read_text(encoding="utf-8-sig"))
        hits = [f for f in found if f.span.line == want["line"] and (want["text"] in f.text or f.text in want["text"])]
        assert hits and hits[0].value == want["value"], want


# -- robustness -------------------------------------------------------------------------------------

_NEWSY = st.sampled_from(
    ["More than", "about", "$", "£", "%", " percent", "-year-old", "-", "–", ",", ".", " ", "\n", "between", "and",
     "to", "hundreds of", "five-and-a-half", "Smith,", "a.m.", "No.", "Route", "1st", "people", "0", "12", "2016",
     "3.5", "1,000", "million", "m", "bn", "one in", "(", ")", "“", "”", "minus", "-to-", "vote", "dozen"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NEWSY, st.text(max_size=6)), max_size=30).map("".join))
def test_never_crashes_and_spans_stay_in_bounds(text: str) -> None:
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()
        assert f.category
        assert f.low is None or f.high is None or f.low <= f.high
    for c in figures(text):
        assert 0 <= c.span.start < c.span.end <= len(text)


# -- where PATTERN is tried (speed, issue 16) ------------------------------------------------------


def _fixture_paragraphs() -> list[str]:
    from conftest import FIXTURES

    paragraphs = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".md", ".txt", ".html"):
            paragraphs += path.read_text(encoding="utf-8", errors="replace").split("\n\n")
    return paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures fell to 5 \u212aelvin over 3 days; 12 people, A$5 and a$6, MS08-067, twenty-one",
        "İstanbul: 12 people, 3-2 vote, Route 66, (555) 123-4567, one in five, a 7-year-old",
        "Aged 34, she paid $3.1 million for 200 acres, between 20 and 30 percent, minus 4 degrees",
        "A half million, a quarter of a billion, a dozen, A handful of, an hour-long wait, a year-old child",
        "a-year-long, a third of them, An Hour, a hundred, a and a half years, a-and-a-half-year, a  day",
        "(555) 123-4567, +44 20 7946 0958, -5 and −7 degrees, (a) an, a$5m, an$, #4, a-1, season 2",
        # a figure, or a word PATTERN cannot start at, as the text's first characters
        "Twelve jurors sat",
        "12 jurors sat",
        "$5 was paid",
        "(555) 123-4567",
        "-5 degrees",
        "The 12 jurors",
        "An hour-long wait",
        "A man, 34, was held",
        "Season 2 began",
        "a",
        "7",
        "",
    ],
)
def test_figures_are_tried_where_pattern_may_start(text: str) -> None:
    from checker.extractors import figures as module

    def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]

    assert spans(module._pattern_matches(text)) == spans(module.PATTERN.finditer(text))
    for paragraph in _fixture_paragraphs():
        assert spans(module._pattern_matches(paragraph)) == spans(module.PATTERN.finditer(paragraph))


def test_the_trigger_tries_kept_beside_the_module_are_the_ones_built_from_the_words() -> None:
    """The tries are read from a cache file written by an earlier run; they must be what the words give now."""
    from checker.extractors import figures

    built = figures._tries()
    assert built == (figures._TRIGGER_TRIE, figures._LOWER_TRIGGER_TRIE)
    assert "[tT](?:[hH]" in built[0]  # a trie of letters in either case ("three", "thousand")
    assert "hundred" not in built[1] and "h(?:" in built[1]  # shared prefixes factored out, as written


@pytest.mark.parametrize(
    "text",
    [
        "More than 250, more  than\n300, well over 4, APPROX. 5, an estimated 6, at leaſt 7, in excess of 8",
        "no fewer than 9, up to\t10, not more than 11, the equivalent of 12, As many as 13, just 14",
        "overtime 3, thanks 4, 5 over, about5, aboutness 6, İn excess of 7",
    ],
)
def test_the_qualifier_pretest_passes_wherever_a_qualifier_stands(text: str) -> None:
    from checker.extractors import figures as module

    for s in range(len(text) + 1):
        if module._QUALIFIER_BEFORE.search(text, max(0, s - 30), s):
            assert module._may_be_qualified(text, s), (text[max(0, s - 30) : s],)
    assert module._may_be_qualified("More than 250", 10)
    assert not module._may_be_qualified("Overtime 250", 9)


def test_the_qualifier_pretest_passes_before_every_qualified_figure_of_the_fixtures() -> None:
    from checker.extractors import figures as module

    for paragraph in _fixture_paragraphs():
        for s in range(1, len(paragraph)):
            # a figure starts where PATTERN's lookbehind holds: after neither a letter nor a digit
            if not paragraph[s - 1].isalnum() and module._QUALIFIER_BEFORE.search(paragraph, max(0, s - 30), s):
                assert module._may_be_qualified(paragraph, s), (paragraph[max(0, s - 30) : s],)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Marrow, 34, Bo Lind (41), Cy Dunn, who is now 52, Di Roe, who has just turned 60, the mayor, 45,",
        "Ola Brisk is 29. Ola Brisk, the club's new forward, is now 31, Eve Sand was 44 and Fay Tull turns 50",
        "Gil Ash will be 61, Hal Oak turned 70, in 2012, 12 people; Ivo Pell\n(\n33\n), Jo Rusk,\t 18",
    ],
)
def test_the_age_pretests_pass_wherever_an_age_pattern_matches(text: str) -> None:
    from checker.extractors import figures as module

    patterns = (module._AGE_AFTER_NAME, module._role_before_age(), module._role_description_before_age())
    for paragraph in [text, *_fixture_paragraphs()]:
        for m in re.finditer(r"(?<![\w.])\d{1,3}\b", paragraph):
            s = m.start()
            if any(p.search(paragraph, max(0, s - 60), s) for p in patterns):
                assert paragraph[max(0, s - 60) : s].rstrip().endswith(module._AGE_LEAD_ENDS)
            if module._name_then_copula().search(paragraph, max(0, s - 100), s):
                assert paragraph[s - 1].isspace()
                assert paragraph[max(0, s - 100) : s].rstrip().endswith(module._COPULA_ENDS)
    ages = [m.group() for m in re.finditer(r"\d+", text) if module._is_age(text, m.start(), m.end())]
    named = [module._copula_name(text, m.start(), m.end()) for m in re.finditer(r"\d+", text)]
    assert ages or any(named)  # each text has an age the patterns find
