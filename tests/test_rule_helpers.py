"""The comparisons the built-in rules rest on: one event, one quantity, one quote, on sentences we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from checker.language import lexicons, speech
from checker.models import DateClaim, FigureClaim, Span
from rules.dates import disagree
from rules.figures import compare, elapsed_years
from rules.quotes import verdict, words

SPAN = Span(start=0, end=1, line=1, column=1, end_line=1, end_column=2)


def dated(event: str, value: str, granularity: str = "day") -> DateClaim:
    return DateClaim.model_construct(
        id=event, kind="date", text=value, span=SPAN, segment=0, value=value, granularity=granularity, event=event
    )


def figure(value: float | None, low: float | None = None, high: float | None = None) -> FigureClaim:
    return FigureClaim.model_construct(
        id="f", kind="figure", text=str(value), span=SPAN, segment=0, value=value, low=low, high=high
    )


def test_dates_years_apart_are_two_occurrences_not_a_misdating() -> None:
    a = dated("he returned to prison", "1999-06", "month")
    b = dated("he returned to prison", "1984-05", "month")
    assert not disagree(a, b)


def test_a_day_inside_its_week_agrees() -> None:
    assert not disagree(dated("the attack", "2016-09-21"), dated("the attack", "2016-W38", "week"))
    assert disagree(dated("the attack", "2016-09-21"), dated("the attack", "2016-W37", "week"))


@pytest.mark.parametrize(
    ("a", "b", "outcome"),
    [
        (figure(250, 250, None), figure(None, 200, 999), None),  # "more than 250" and "hundreds"
        (figure(50, 50, None), figure(50, 50, 50), None),  # "at least 50" and "50"
        (figure(1200, 1080, 1320), figure(1000, 1000, None), None),  # "about 1,200" and "more than 1,000"
        (figure(12, 12, 12), figure(15, 15, 15), "fail"),
        (figure(1000, 1000, 1000), figure(1040, 1040, 1040), "warn"),  # within 5 % rounding
    ],
)
def test_qualifiers_and_rounding(a: FigureClaim, b: FigureClaim, outcome: str | None) -> None:
    assert compare(a, b, 0.05) == outcome


def test_years_since_2011_as_of_october_2016() -> None:
    least, most = elapsed_years(2011, date(2016, 10, 3))
    assert least < 5.5 <= most  # "five-and-a-half years" fits
    assert not least <= 6 <= most  # "six-year war" does not, but is within half a year of it
    assert 6 - most < 0.5


def test_a_quote_cut_at_a_sentence_end_is_faithful() -> None:
    long_ = words("This is not a decision that was taken lightly. It was taken after long talks.")
    assert verdict(words("This is not a decision that was taken lightly."), long_, 0.6)[0] is None


def test_a_bracketed_insertion_is_faithful() -> None:
    a = words("The old bridge [on Mill Lane] could not be saved")
    assert verdict(a, words("The old bridge could not be saved"), 0.6)[0] is None


def test_an_insertion_in_parentheses_is_faithful() -> None:
    for read in (words, lambda t: list(speech.quote_words(t))):
        a = read("We will look at the final (rule) language when it is published")
        assert verdict(a, read("We will look at the final language when it is published"), 0.6)[0] is None


def test_a_changed_word_warns_and_a_dropped_negation_fails() -> None:
    said = words("We will rebuild the bridge this year and it will be stronger")
    assert verdict(words("We will rebuild the crossing this year and it will be stronger"), said, 0.6)[0] == "warn"
    kept = words("We will not close the branch libraries while I am leader")
    negations = lexicons.speech().negations
    assert verdict(words("We will close the branch libraries while I am leader"), kept, 0.6, negations)[0] == "fail"


def test_times_on_the_hour_are_the_same_words() -> None:
    a = words("he gave himself up just after 6:00 p.m.")
    assert verdict(a, words("he gave himself up just after 6 p.m."), 0.6)[0] is None


def test_unrelated_quotes_by_one_speaker_are_not_compared() -> None:
    assert verdict(words("The needs are enormous"), words("We brought food for ten thousand people"), 0.6)[0] is None


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        (
            "We will keep the ferry running until the pier is safe",
            "We will keep the ferry running until the pier is mended",
            ("safe", "mended"),
        ),
        (
            "We will keep the ferry running until the pier is safe",
            "They will keep the ferry running until the pier is safe",
            ("we", "they"),
        ),
    ],
)
def test_a_word_changed_at_the_edge_of_both_quotes_warns(a: str, b: str, changed: tuple[str, str]) -> None:
    assert verdict(words(a), words(b), 0.6) == ("warn", [changed])


def test_overlapping_cuts_of_one_statement_are_faithful() -> None:
    a = words("We will keep the ferry running until the pier is safe")
    b = words("keep the ferry running until the pier is safe and the crews are paid")
    assert verdict(a, b, 0.6)[0] is None


def test_a_contraction_written_out_is_the_same_words() -> None:
    a = words("It's a fine day for the ferry and we don't mind the rain")
    assert verdict(a, words("It is a fine day for the ferry and we do not mind the rain"), 0.6)[0] is None
