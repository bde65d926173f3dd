"""CC701's outcome phrases with slots (polarity.yaml: <person>, <charge>) and its messages, on text we wrote."""

from __future__ import annotations

import pytest

from checker.language import events, outcomes
from checker.testing import Runner


def _article(body: str, published: str = "2025-03-14", outlet: str = "Daily Gazette") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: s\n---\n{body}\n"


def _statements(sentence: str) -> list[tuple[str, bool, str | None]]:
    return [
        (st.cls, st.positive, sentence[st.person[0] : st.person[1]] if st.person else None)
        for st in events.outcome_statements(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the person an active verb acts on, titles, roles and modifiers before the name included
        (
            "A jury in Harnley acquitted former police constable Wren Abbot of assault.",
            [("verdict", False, "former police constable Wren Abbot")],
        ),
        ("Kelby Albion sacked manager Joss Reid on Monday.", [("departure", False, "manager Joss Reid")]),
        (
            "The trust dismissed its finance director, Ula Penn, in May.",
            [("departure", False, "its finance director, Ula Penn")],
        ),
        ("The panel found Wren Abbot not guilty of theft.", [("verdict", False, "Wren Abbot")]),
        ("The panel found Abbot guilty.", [("verdict", True, "Abbot")]),
        ("Voters in Dunsby elected Ilse Carver on Thursday.", [("contest", True, "Ilse Carver")]),
        # a possessive: the one after it is acted on
        ("The board sacked Reid's deputy, Cal Orme, in June.", [("departure", False, "deputy, Cal Orme")]),
        # nobody acted on: no outcome of that kind
        ("Officers fired rubber bullets at the crowd.", []),
        ("The court dismissed the case against Joss Reid.", []),
        ("The judge dismissed Reid's appeal.", []),
        # the passive needs no slot: its subject is whom the outcome is of
        ("Wren Abbot was acquitted of assault.", [("verdict", False, None)]),
    ],
)
def test_the_person_an_active_outcome_verb_acts_on(sentence: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert _statements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a denial of a charge is a plea, the opposite of an admission; of a report, a confirmation's
        ("Tam Roe denied stealing two bicycles.", [("plea", False, None)]),
        ("Tam Roe denied a further count of burglary.", [("plea", False, None)]),
        ("Tam Roe denied all the allegations.", [("plea", False, None)]),
        ("Tam Roe admitted stealing two bicycles.", [("plea", True, None)]),
        ("The ministry denied the report.", [("confirmation", False, None)]),
        ("The ministry denied that the plant would close.", [("confirmation", False, None)]),
    ],
)
def test_a_denial_is_a_plea_when_it_answers_a_charge(
    sentence: str, expected: list[tuple[str, bool, str | None]]
) -> None:
    assert _statements(sentence) == expected


def test_a_count_before_an_outcome_noun_is_no_outcome_stated() -> None:
    assert events.outcome_statements("He left after a run of seven defeats and two wins.") == []


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (" on Monday to stealing £4,500 from a sports club, the court heard.", "stealing £4,500 from a sports club"),
        (" of assault occasioning actual bodily harm on Friday.", "assault occasioning actual bodily harm"),
        (" the Wexley bypass scheme by nine votes to four.", "the Wexley bypass scheme"),
        (" on Tuesday.", ""),
    ],
)
def test_what_an_outcome_concerns_as_written(tail: str, expected: str) -> None:
    assert outcomes.about(tail) == expected


def test_the_message_names_whose_outcome_what_and_the_other_line(claimcheck_run: Runner) -> None:
    files = {
        "a.md": _article(
            "The hearing lasted a day.\n\nA jury in Harnley acquitted former police constable Wren Abbot of assault on Thursday.",
            outlet="Harnley Echo",
        ),
        "b.md": _article("Wren Abbot was convicted of assault on Thursday.", outlet="County Wire"),
    }
    result = claimcheck_run(files, select=["CC701"])
    [(path, finding)] = [(ar.path, f) for ar in result.results for r in ar.results for f in r.findings]
    assert path.endswith("b.md")
    assert finding.message == "verdict of Wren Abbot (assault): convicted here, acquitted in Harnley Echo, line 9"
    [rel] = finding.related
    # the pointer into the other article tells its statement as that article's, and where this one is
    assert rel.message == "verdict of Wren Abbot (assault): acquitted here, convicted in County Wire, line 7"
    assert rel.path.endswith("a.md") and rel.span is not None and rel.span.line == 9


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Joss Reid resigned on Monday, the club said.", ["fail"]),
        ("Reid stepped down on Monday.", ["fail"]),
        # another person leaves; the club that fired him is no party to his departure
        ("The club captain, Abe Lowe, resigned on Monday.", []),
        ("Kelby Albion quit the league on Monday.", []),
    ],
)
def test_an_active_dismissal_is_the_persons_departure(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    body = f"Kelby Albion sacked manager Joss Reid on Monday.\n\n{second}"
    result = claimcheck_run({"a.md": _article(body)}, select=["CC701"])
    assert [f.outcome for ar in result.results for r in ar.results for f in r.findings] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smoke was seen by the Harnley fire chief, Ada Rusk, at noon.", []),
        ("The report went to the State Fire Marshal Office.", []),
        ("Fired Accountant Goes on Shooting Spree", []),
        ("Local elected officials met the bishop.", []),
        ("Unlike fellow fired coaches Ana Brill and Teo Marsh, he stayed.", []),
        # a month is no name acted on
        ("Tarrant was convicted Nov. 12 of arson.", [("verdict", True, None)]),
    ],
)
def test_a_noun_or_an_adjective_is_no_verb_acting_on_a_person(
    sentence: str, expected: list[tuple[str, bool, str | None]]
) -> None:
    assert _statements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Friday a jury acquitted him of arson.", [("verdict", False, "him")]),
        ("The panel found her guilty.", [("verdict", True, "her")]),
        # a possessive determiner, not the person: her coach is acted on
        ("The club fired her coach, Teo Marsh, on Monday.", [("departure", False, "her coach, Teo Marsh")]),
    ],
)
def test_a_pronoun_acted_on(sentence: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert _statements(sentence) == expected


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # the pronoun is the person named before it whose gender fits
        ("On Friday a jury acquitted her of arson.", ["fail"]),
        ("She was acquitted of arson on Friday.", ["fail"]),
        # a man named last: "him" is he, not Vera Lund
        ("Her neighbour, Otto Brandt, also stood trial. On Friday a jury acquitted him of arson.", []),
    ],
)
def test_a_pronoun_outcome_is_the_persons_named_before(
    claimcheck_run: Runner, middle: str, expected: list[str]
) -> None:
    body = f"Vera Lund, a farmer, stood trial in Harnley this week.\n\n{middle}\n\nVera Lund was convicted of arson on Friday."
    result = claimcheck_run({"a.md": _article(body)}, select=["CC701"])
    assert [f.outcome for ar in result.results for r in ar.results for f in r.findings] == expected


def _messages(run: Runner, body: str) -> list[str]:
    result = run({"a.md": _article(body)}, select=["CC701"])
    return [f.message for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a motion as the subject: the decision is the chamber's (polarity.yaml's <chamber>)
        ("The Ardle tax bill passed the state Senate on Monday.", [("decision", True, "senate")]),
        ("The levy cleared the House.", [("decision", True, "house")]),
        ("The Ardle tax bill failed in the Assembly.", [("decision", False, "assembly")]),
        ("The measure was voted down in the finance committee.", [("decision", False, "committee")]),
        ("The motion died in committee.", [("decision", False, "committee")]),
        # no chamber: the plain decision, or no outcome
        ("The plan passed a safety review.", [("decision", True, None)]),
        ("The appeal failed in court.", []),
    ],
)
def test_a_motion_passes_or_fails_in_a_chamber(sentence: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert [(st.cls, st.positive, st.chamber) for st in events.outcome_statements(sentence)] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The Ardle tax bill was voted down in the Senate on Monday.", ["fail"]),
        ("The Senate rejected the Ardle tax bill on Monday.", ["fail"]),
        ("The Ardle tax bill failed in the House on Monday.", []),  # another chamber
        ("The Ardle road bill failed in the Senate on Monday.", []),  # another bill
    ],
)
def test_a_bill_passed_and_failed_in_one_chamber(claimcheck_run: Runner, second: str, expected: list[str]) -> None:
    result = claimcheck_run(
        {"a.md": _article(f"The Ardle tax bill passed the Senate on Monday.\n\n{second}")}, select=["CC701"]
    )
    assert [f.outcome for ar in result.results for r in ar.results for f in r.findings] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # swapped roles: the winner of one is the loser of the other, one finding at the line
        (
            "Brisk Valley beat Orran Athletic in the county final.",
            ["contest of Brisk Valley (the county final): beat Orran Athletic here, lost to Orran Athletic on line 7"],
        ),
        (
            "Orran Athletic lost to Brisk Valley in the county final.",
            [
                "contest of Orran Athletic (the county final): lost to Brisk Valley here, defeated Brisk Valley on line 7"
            ],
        ),
        (
            "Orran Athletic was beaten by Brisk Valley in the county final.",
            [
                "contest of Orran Athletic (the county final): was beaten by Brisk Valley here, "
                "defeated Brisk Valley on line 7"
            ],
        ),
        ("Brisk Valley lost to Orran Athletic in the county final.", []),  # the same result told the other way
        ("Brisk Valley was beaten by Orran Athletic in the county final.", []),
        ("Brisk Valley beat Orran Athletic in the league match.", []),  # another game
    ],
)
def test_the_other_side_of_a_contest_holds_the_opposite_outcome(
    claimcheck_run: Runner, second: str, expected: list[str]
) -> None:
    assert (
        _messages(claimcheck_run, f"Orran Athletic defeated Brisk Valley in the county final.\n\n{second}") == expected
    )


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (
            "The ministry confirmed the border talks.",
            ["confirmation of the ministry (the border talks): denied here, confirmed on line 7"],
        ),
        (
            "The Corvian ministry confirmed the border talks.",
            ["confirmation of the Corvian ministry (the border talks): denied here, confirmed on line 7"],
        ),
        ("The embassy confirmed the border talks.", []),  # another body
        ("The Corvian embassy confirmed the border talks.", []),
    ],
)
def test_an_organisation_named_by_its_noun_holds_its_outcome(
    claimcheck_run: Runner, first: str, expected: list[str]
) -> None:
    assert _messages(claimcheck_run, f"{first}\n\nThe ministry denied the border talks.") == expected


def test_the_message_tells_the_outcome_without_the_person_acted_on(claimcheck_run: Runner) -> None:
    body = "Nell Farrow was acquitted of fraud on Friday.\n\nA jury found Nell Farrow guilty of fraud on Friday."
    assert _messages(claimcheck_run, body) == ["verdict of Nell Farrow (fraud): found guilty here, acquitted on line 7"]


def test_a_possessive_date_is_what_an_outcome_concerns() -> None:
    assert outcomes.about(" Sunday's semi-final to Orran Athletic") == "Sunday's semi-final to Orran Athletic"
    assert outcomes.about(" on Sunday to Orran Athletic") == "Orran Athletic"
