"""The arithmetic news copy implies (issue 14): comparisons, stated shares and ages against birth dates,
read by the language helpers, linked as quantity relations and failed by CC201, on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import frame_lexicons, quantities
from checker.links import StoryLinks
from checker.testing import Runner
from rules.figures import _a_year, age_between


@pytest.mark.parametrize(
    ("sentence", "figure", "found"),
    [
        ("The board hired 40 nurses this year, more than the 55 it hired last year.", "40", ("more", "55")),
        ("The strike lasted six weeks, longer than the six-week stoppage of 2019.", "six weeks", ("more", "six-week")),
        ("Only 14 pupils enrolled, fewer than the 11 who enrolled a year before.", "14", ("less", "11")),
        ("The fund got 300 applications, twice as many as the 220 it got last spring.", "300", ("times", "220")),
        ("The fund got 300 applications, three times as many as in 2019.", "300", ("times", "in")),
        # "more than 55" with no determiner is the next figure's qualifier, not a comparison
        ("The board hired 40 nurses, more than 55 doctors left.", "40", None),
        ("Twelve people were hurt, the police said.", "Twelve", None),
    ],
)
def test_a_comparison_after_a_figure(sentence: str, figure: str, found: tuple[str, str] | None) -> None:
    end = sentence.index(figure) + len(figure)
    got = quantities.comparison_after(sentence, end)
    assert (got[0], sentence[got[3] :].split()[0]) == found if got else found is None


def test_every_comparative_and_multiplier_of_the_lexicon_is_read() -> None:
    lex = frame_lexicons.comparisons()
    for word in lex.more | lex.less:
        sentence = f"It was 40 tonnes, {word} than the 55 tonnes before."
        got = quantities.comparison_after(sentence, sentence.index("40") + 2)
        assert got is not None and got[0] == ("more" if word in lex.more else "less"), word
    for phrase, (low, high) in lex.multipliers.items():
        sentence = f"It got 40 bids, {phrase} as many as the 20 bids of 2019."
        got = quantities.comparison_after(sentence, sentence.index("40") + 2)
        assert got is not None and got[:3] == ("times", low, high), phrase
        assert low < high


@pytest.mark.parametrize(
    ("sentence", "part", "total", "words"),
    [
        ("Of the 200 members of the Corby Vale union, 40 percent, or 95, voted.", "95", 200.0, "40 percent"),
        ("More than half of the 300 residents of Pelling Row, 120, were evacuated.", "120", 300.0, "More than half"),
        ("About 25 percent of the 1,200 workers at the mill, or 600, lost their jobs.", "600", 1200.0, "25 percent"),
        ("Of the 1,200 workers at the yard, about a third, or 600, took the buyout.", "600", 1200.0, "a third"),
        ("Forty percent of the 200 members, or 95, voted to strike.", "95", 200.0, "Forty percent"),
        ("More than half of the town's 3,000 residents, about 1,200, fled.", "about 1,200", 3000.0, "More than half"),
    ],
)
def test_a_share_stated_with_its_part(sentence: str, part: str, total: float, words: str) -> None:
    [(at, got_total, low, high, got_words)] = quantities.stated_shares(sentence, 0, len(sentence))
    assert (sentence[at : at + len(part)], got_total, got_words) == (part, total, words) and low < high


def test_a_share_without_its_part_or_with_a_subpart_is_none() -> None:
    for sentence in (
        "About 25 percent of the 1,200 workers at the mill lost their jobs, 40 of them in the packing hall.",
        "40 percent of the 200 members voted to strike on Monday.",
    ):
        assert quantities.stated_shares(sentence, 0, len(sentence)) == []


def test_a_loose_share_is_given_loose_bounds() -> None:
    sentence = "About 40% of the 1,200 workers, or 500, left."
    [(_, _, low, high, _)] = quantities.stated_shares(sentence, 0, len(sentence))
    assert low <= 500 / 1200 <= high
    sentence = "Exactly 40% of the 1,200 workers, or 500, left."
    [(_, _, low, high, _)] = quantities.stated_shares(sentence, 0, len(sentence))
    assert not low <= 500 / 1200 <= high


@pytest.mark.parametrize(
    ("sentence", "figure", "age"),
    [
        ("Vellard was 30 when he founded the firm in 1990.", "30", True),
        ("Dallow was elected in 2001, at the age of 45, and chaired it.", "45", True),
        ("She was 41 in 1979.", "41", True),
        ("Melland began painting in 1992, at age 28, after a career at sea.", "age 28", True),
        ("The gallery he opened in 1992 was 28 when it closed.", "28", True),
        ("The firm was 30 percent owned by him in 1990.", "30", False),
        ("There were 30 when the doors opened.", "30", False),
    ],
)
def test_an_age_at_an_event(sentence: str, figure: str, age: bool) -> None:
    start = sentence.index(figure)
    assert quantities.age_at_event(sentence, start, start + len(figure)) is age


def test_births_and_relatives() -> None:
    assert quantities.is_birth("Mayor Orla Pennick was born")
    assert not quantities.is_birth("the plant reborn as a museum opened")
    for word in frame_lexicons.comparisons().kin:
        assert quantities.kin_in(f"Pennick's {word}, who"), word
    assert not quantities.kin_in("Pennick, who")


@pytest.mark.parametrize(
    ("born", "on", "ages"),
    [
        ("1961-03", "2019-06-10", (58, 58)),
        ("1961-08", "2019-06-10", (57, 57)),
        ("1961", "2019-06-10", (57, 58)),
        ("1970-11-12", "2023-11-12", (53, 53)),
        ("1970-11-12", "2023-11-11", (52, 52)),
        ("1970-11", "2023-11-11", (52, 53)),
        ("1955", "1990", (34, 35)),
    ],
)
def test_age_between_a_birth_date_and_a_date(born: str, on: str, ages: tuple[int, int]) -> None:
    assert age_between(born, on) == ages


def _article(body: str, published: str = "2021-04-06") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: Kestrel Valley News\nstory: s\n---\n{body}\n"


def _cc201(run: Runner, body: str, published: str = "2021-04-06") -> tuple[StoryLinks, list[str]]:
    result = run({"a.md": _article(body, published)}, select=["CC201"])
    links = result.results[0].links
    assert isinstance(links, StoryLinks)
    messages = [f.message for ar in result.results for r in ar.results for f in r.findings if f.outcome == "fail"]
    return links, messages


def test_an_age_against_the_birth_date_of_its_person(claimcheck_run: Runner) -> None:
    body = (
        "Mayor Orla Pennick was born in March 1961 in Greywater.\n\nThe 52-year-old mayor said the budget would pass.\n"
    )
    _, [message] = _cc201(claimcheck_run, body, "2019-06-10")
    assert message.startswith("Orla Pennick: ") and "52" in message and "2019 − 1961 = 58" in message
    _, found = _cc201(claimcheck_run, body.replace("52-year-old", "58-year-old"), "2019-06-10")
    assert found == []


def test_an_age_at_an_event_against_the_birth_year(claimcheck_run: Runner) -> None:
    body = "Tomas Vellard, who was born in 1955, said the plant would close.\n\nVellard was {} when he founded the firm in 1990.\n"
    _, [message] = _cc201(claimcheck_run, body.format(30))
    assert "30" in message and "34 or 35 in 1990" in message and "1990 − 1955 = 35" in message
    _, found = _cc201(claimcheck_run, body.format(35))
    assert found == []


def test_a_relatives_birth_is_not_the_persons(claimcheck_run: Runner) -> None:
    body = "Nadia Oskarsson, 73, opened the fair.\n\nOskarsson's son, who was born in 1975, ran the stall.\n"
    links, found = _cc201(claimcheck_run, body)
    assert found == [] and not any(
        r.kind == "born" for q in links.quantities for rels in q.relations.values() for r in rels
    )


def test_comparisons_the_numbers_contradict_fail_with_the_difference(claimcheck_run: Runner) -> None:
    body = "The board hired 40 nurses this year, more than the 55 it hired last year.\n"
    _, [message] = _cc201(claimcheck_run, body)
    assert "40 − 55 = -15" in message
    _, [message] = _cc201(claimcheck_run, "The strike lasted two years, shorter than the 18-month strike of 1990.\n")
    assert "2 years − 1.5 years = 0.5 years" in message  # the durations compared in one unit (years)
    _, found = _cc201(claimcheck_run, body.replace("55", "35"))
    assert found == []


def test_a_stated_share_that_its_part_contradicts(claimcheck_run: Runner) -> None:
    body = "Of the 200 members of the union, 40 percent, or {}, voted to strike.\n"
    _, [message] = _cc201(claimcheck_run, body.format(95))
    assert "95 / 200" in message and "48 percent" in message
    _, found = _cc201(claimcheck_run, body.format(80))
    assert found == []


@pytest.mark.parametrize(
    "body",
    [
        # a surname named before its person is named in full is the surname of a relative
        "The 35-year-old Marlow faces charges after his mother was hurt.\n\nThe 61-year-old Edith Marlow was taken to hospital.\n",
        # an age after a surname with another given name before it is that person's
        "Idris Kettle, 20, a student, and his cousins, Amon and Saul Kettle, labourers aged 22, were hurt.\n",
    ],
)
def test_ages_of_relatives_sharing_a_surname_are_not_compared(claimcheck_run: Runner, body: str) -> None:
    assert _cc201(claimcheck_run, body)[1] == []


def test_a_malformed_comparison_lexicon_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    good = {"version": 1, "more": ["more"], "less": ["less"], "as_words": ["many"], "kin": ["son"]}
    for bad in ({**good, "multipliers": {"twice": [2]}}, {**good, "more": "more"}):
        monkeypatch.setattr(frame_lexicons, "_load", lambda name, bad=bad: bad)
        frame_lexicons.comparisons.cache_clear()
        try:
            with pytest.raises(frame_lexicons.LexiconError, match=r"comparisons\.yaml"):
                frame_lexicons.comparisons()
        finally:
            frame_lexicons.comparisons.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "noun", "listed"),
    [
        ("The union listed four demands — pay, hours and pensions.", " demands", 3),
        ("The council named three priorities: roads, schools, parks and libraries.", " priorities", 4),
        ("Police held three men — two from Kelso and one from Ayr.", " men", 3),
        ("The crash caused three injuries: two broken arms and a concussion.", " injuries", 3),
        ("The club signed six players: two defenders, a goalkeeper and a striker.", " players", 4),
        ("They gained 507 yards and still managed — through penalties and fumbles — to lose.", " yards", None),
        ("They made 16 turnovers -- two more than Evansville -- and only 17 assists.", " turnovers", None),
    ],
)
def test_a_list_after_a_count_by_colon_or_dash(sentence: str, noun: str, listed: int | None) -> None:
    found = quantities.listed_items(sentence, sentence.index(noun))
    assert (found[0] if found else None) == listed


def test_a_body_of_a_number_has_that_size() -> None:
    assert quantities.body_size("The board of seven voted 4-4 on the motion.") == (7, "board of seven")
    assert quantities.body_size("The board of 2019 voted 4-4.") is None


@pytest.mark.parametrize(("value", "year"), [("1961", True), ("2019-06-10", True), ("195", False), ("19", False)])
def test_only_a_year_or_a_day_dates_an_age(value: str, year: bool) -> None:
    # "the 1950s" resolves to the decade "195": no year to reckon an age at
    assert _a_year(value) is year
