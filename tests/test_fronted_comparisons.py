"""Comparisons whose subject's figure comes before the comparative, in a phrase put before the subject
("At 40 miles, the trail is longer than …") or in an apposition ("The budget, $3.2 million, is smaller
than last year's …"), and a compared figure a possessive or a relative clause gives (issue 14), on text
we wrote."""

from __future__ import annotations

import pytest

from checker.extractors.figures import find_figures
from checker.language import frame_lexicons, quantities
from checker.testing import Runner


def _article(body: str) -> str:
    return f"---\ntitle: T\npublished: 2025-04-08\noutlet: Daily Gazette\nstory: s\n---\n{body}\n"


def _cc201(run: Runner, body: str) -> list[str]:
    result = run({"a.md": _article(body)}, select=["CC201"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("sentence", "figure", "found"),
    [
        (
            "At 26 kilometres, the canal path is longer than the towpath, which ran 20 kilometres.",
            "26 kilometres",
            ("more", "longer"),
        ),
        (
            "Built for 60 pupils, the Rennet annex holds fewer than the old block, which held 45.",
            "60 pupils",
            ("less", "fewer"),
        ),
        (
            "Seating 48 passengers, the shuttle carries fewer than the old bus, which carried 40.",
            "48 passengers",
            ("less", "fewer"),
        ),
        ("With 12 goals, Odile Marchetti has scored more than her captain, who has 14.", "12 goals", ("more", "more")),
        # a figure inside the sentence, not in a phrase before its subject
        ("The canal path runs 26 kilometres, and the towpath is longer than the road.", "26 kilometres", None),
        # a comparative of something the phrase does not measure: "more cyclists than"
        (
            "At 26 kilometres, the canal path draws more cyclists than the towpath, which ran 30 kilometres.",
            "26 kilometres",
            None,
        ),
        # "more than 250" with no determiner: the next figure's qualifier
        ("With 300 beds, the ward holds more than 250 patients.", "300 beds", None),
    ],
)
def test_a_comparison_of_a_figure_told_before_its_subject(
    sentence: str, figure: str, found: tuple[str, str] | None
) -> None:
    start = sentence.index(figure)
    got = quantities.fronted_comparison(sentence, 0, start, start + len(figure))
    assert (got[0], got[5]) == found if got is not None else found is None


def test_every_comparative_with_a_dimension_is_a_comparative_of_the_lexicon() -> None:
    lex = frame_lexicons.comparisons()
    assert lex.dimensions and lex.fronted
    for word, kinds in lex.dimensions.items():
        assert word in lex.more | lex.less
        assert kinds <= {"count", "money", "duration", "measure", "percent", "age"}
    assert lex.fits("longer", "measure") and not lex.fits("longer", "count")
    assert lex.fits("bigger", "count")  # a comparative without a dimension compares any figures


def test_a_dimension_of_no_comparative_names_the_lexicon_file(monkeypatch: pytest.MonkeyPatch) -> None:
    good = {"version": 2, "more": ["more"], "less": ["less"], "as_words": ["many"], "kin": ["son"]}
    for bad in ({**good, "dimensions": {"busier": ["count"]}}, {**good, "fronted": "at"}):
        monkeypatch.setattr(frame_lexicons, "_load", lambda name, bad=bad: bad)
        frame_lexicons.comparisons.cache_clear()
        try:
            with pytest.raises(frame_lexicons.LexiconError, match=r"comparisons\.yaml"):
                frame_lexicons.comparisons()
        finally:
            frame_lexicons.comparisons.cache_clear()


def test_a_participle_opening_the_sentence_is_no_name_before_a_number() -> None:
    def figures(text: str) -> list[str]:
        return [text[f.start : f.end] for f in find_figures(text)]

    assert figures("Seating 48 passengers, the shuttle left.")[:1] == ["48"]
    assert figures("Measuring 300 metres, the bridge opened.") == ["300 metres"]
    assert figures("Boeing 787 jets landed in Tokyo.") == []  # a name and its model number


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            "At 26 kilometres, the Harwick canal path is longer than the towpath it replaced, which ran 26 kilometres.",
            "26 km − 26 km = 0 km",
        ),
        (
            "The Tamsin library's new budget, $1.4 million, is lower than last year's $1.4 million.",
            "1,400,000 − 1,400,000 = 0",
        ),
        (
            "Built for 60 pupils, the Rennet annex holds fewer than the old classroom block, which held 45.",
            "60 − 45 = 15",
        ),
        ("With 210 rooms, the Calloway hotel has more than the Brightwater inn's 260 rooms.", "210 − 260 = -50"),
    ],
)
def test_a_comparison_the_numbers_contradict_fails_with_the_sum(claimcheck_run: Runner, body: str, shown: str) -> None:
    [message] = _cc201(claimcheck_run, body)
    assert message.startswith("fail") and shown in message


@pytest.mark.parametrize(
    "body",
    [
        "At 26 kilometres, the Harwick canal path is longer than the towpath it replaced, which ran 19 kilometres.",
        "The Tamsin library's new budget, $1.4 million, is lower than last year's $1.7 million.",
        "With 210 rooms, the Calloway hotel is older than the Brightwater inn, which opened 90 years ago.",
        "With 12 wins, the Corran Rovers have more than the Ely Stags, who have 15 draws.",
        "Built for 60 pupils, the Rennet annex is cheaper than the old classroom block, which cost $2 million.",
    ],
)
def test_comparisons_the_numbers_bear_out_or_of_other_things_are_clean(claimcheck_run: Runner, body: str) -> None:
    assert _cc201(claimcheck_run, body) == []


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            "The Lowmoor ring road runs 14 kilometres, making it longer than the bypass, which runs 14 kilometres.",
            "14 km − 14 km = 0 km",
        ),
        (
            "The new Tarn ferry, built for 220 passengers, carries fewer than the old one, which carried 180.",
            "220 − 180 = 40",
        ),
        (
            "At 310 metres, the rebuilt Holm pier is now longer than the Selby pier, at 340 metres.",
            "310 m − 340 m = -30 m",
        ),
    ],
)
def test_comparisons_told_with_making_a_verb_after_an_apposition_or_an_adverb(
    claimcheck_run: Runner, body: str, shown: str
) -> None:
    [message] = _cc201(claimcheck_run, body)
    assert message.startswith("fail") and shown in message
    assert (
        _cc201(
            claimcheck_run,
            body.replace("fewer", "more").replace("14 kilometres.", "9 kilometres.").replace("340", "280"),
        )
        == []
    )


def test_a_comparison_of_two_counted_things_compares_nothing(claimcheck_run: Runner) -> None:
    body = "The new Tarn ferry, built for 220 passengers, sails more than the old one, which made 240 crossings a year."
    assert _cc201(claimcheck_run, body) == []


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            "The new Marsh Lane tunnel runs 2.4 kilometres. It is longer than the old rail tunnel, which ran 2.6 kilometres.",
            "2.4 km − 2.6 km",
        ),
        (
            "The Orchard Street hall seats 450 people. That is fewer than the old Corn Exchange, which seated 400.",
            "450 − 400 = 50",
        ),
    ],
)
def test_a_comparison_in_the_next_sentence_with_a_pronoun_subject(
    claimcheck_run: Runner, body: str, shown: str
) -> None:
    [message] = _cc201(claimcheck_run, body)
    assert message.startswith("fail") and shown in message


@pytest.mark.parametrize(
    "body",
    [
        "The new Marsh Lane tunnel runs 2.4 kilometres. It is longer than the old rail tunnel, which ran 1.9 kilometres.",
        "The Orchard Street hall seats 450 people. It is older than the Corn Exchange, which opened 120 years ago.",
        # two figures in the first sentence: the pronoun's figure is not told
        "The hall seats 450 people and 30 staff. It is larger than the old hall, which seated 500.",
    ],
)
def test_a_pronoun_comparison_the_numbers_bear_out_or_of_other_things_is_clean(
    claimcheck_run: Runner, body: str
) -> None:
    assert _cc201(claimcheck_run, body) == []


def test_a_figure_right_before_its_comparative_is_a_difference(claimcheck_run: Runner) -> None:
    assert quantities.comparison_after("It is 200 feet longer than the old one, which was 1,100 feet.", 15) is None
    body = "The new Ousel bridge is 200 feet longer than the old crossing, which was 1,100 feet."
    assert _cc201(claimcheck_run, body) == []
