"""A change to another event's date is an event of its own (fresh review of 2026-12-01, kind A): "The
council delayed its budget vote on Monday" dates the delaying, while the vote "will be held next month".
The ``reschedule`` class of ``triggers.yaml``, entry by entry, and the noun a verb takes. Articles we wrote."""

from __future__ import annotations

import pytest

from checker.language import events, frame_lexicons
from checker.testing import Runner

#: every verb of the reschedule class, as news writes it in the past
RESCHEDULE_VERBS = {
    "delay": "delayed",
    "postpone": "postponed",
    "put off": "put off",
    "push back": "pushed back",
    "put back": "put back",
    "bring forward": "brought forward",
    "reschedule": "rescheduled",
    "adjourn": "adjourned",
    "defer": "deferred",
}
#: every verb of the cancel class, as news writes it in the past
CANCEL_VERBS = {"cancel": "cancelled", "call off": "called off", "scrap": "scrapped", "abandon": "abandoned"}


def _trigger(sentence: str, date: str) -> events.Trigger | None:
    """The date's trigger as the events linker reads it (the subject's event noun for "was held")."""
    s = sentence.index(date)
    found = events.trigger_of(sentence, s, s + len(date))
    return None if found is None else events.with_subject_class(sentence, found)


@pytest.mark.parametrize(("cls", "verbs"), [("reschedule", RESCHEDULE_VERBS), ("cancel", CANCEL_VERBS)])
def test_the_classes_list_exactly_the_verbs_tested_here(cls: str, verbs: dict[str, str]) -> None:
    assert {" ".join(p.lemmas) for p in frame_lexicons.triggers().verbs if p.cls == cls} == set(verbs)


@pytest.mark.parametrize(
    ("verb", "cls"), [*((v, "reschedule") for v in RESCHEDULE_VERBS), *((v, "cancel") for v in CANCEL_VERBS)]
)
@pytest.mark.parametrize(
    "template",
    [
        "The council {v} its budget vote on Monday, leader Ruth Oyelaran said.",
        "Members {v} the strike ballot on Monday.",
        "On Monday the tribunal {v} the hearing.",
        "The board {v} the members' merger vote on Monday.",
    ],
)
def test_the_verb_not_the_event_it_moves_or_calls_off_is_dated(verb: str, cls: str, template: str) -> None:
    found = _trigger(template.format(v={**RESCHEDULE_VERBS, **CANCEL_VERBS}[verb]), "Monday")
    assert found is not None and (found.cls, found.lemma) == (cls, verb)


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("Monday's budget vote was delayed.", True),
        ("The vote on Monday has been put off, the leader said.", True),
        ("Members will postpone Monday's vote.", True),
        ("The league cancelled Tuesday's match.", False),  # called off, not moved: Tuesday stays its day
        ("After a short delay, Monday's vote went ahead.", False),  # the noun "delay"
        ("The delayed vote was held on Monday.", False),  # an adjective: the vote's own day
        ("Monday's vote went ahead as planned.", False),
    ],
)
def test_an_event_noun_told_as_moved(sentence: str, moved: bool) -> None:
    found = _trigger(sentence, "Monday" if "Monday" in sentence else "Tuesday")
    assert found is not None and found.pos == "noun"
    assert events.moved(sentence, found) is moved


@pytest.mark.parametrize(
    ("sentence", "date", "cls"),
    [
        # a date written on the event noun dates that event, whatever is done to it
        ("The league cancelled Tuesday's match against Carrow Town.", "Tuesday", "game"),
        ("Organisers called off the Tuesday match.", "Tuesday", "game"),
        ("Tuesday's hearing was adjourned.", "Tuesday", "meet"),
        ("The match on Tuesday was postponed.", "Tuesday", "game"),
        # the moved event's own date
        ("The delayed vote will be held on Monday.", "Monday", "vote"),
        ("Leader Ruth Oyelaran said the vote would be held next month.", "next month", "vote"),
        # a trigger word after a determiner is still a verb when a plural or a modal comes between
        ("Officials said the new rules take effect on July 1.", "July 1", "effect"),
        ("The council said the board will vote on Monday.", "Monday", "vote"),
    ],
)
def test_dates_of_the_moved_event_itself(sentence: str, date: str, cls: str) -> None:
    found = _trigger(sentence, date)
    assert found is not None and found.cls == cls


def test_every_reschedule_noun_is_its_own_event() -> None:
    for phrase in frame_lexicons.triggers().nouns:
        if phrase.cls == "reschedule":
            noun = " ".join(phrase.lemmas)
            found = _trigger(f"The March 3 {noun} angered residents.", "March 3")
            assert found is not None and found.cls == "reschedule", noun


@pytest.mark.parametrize(
    ("sentence", "date", "trigger"),
    [
        # a decision to move or call off an event is that change
        ("Councillors voted on Monday to delay the budget vote.", "Monday", ("delay", "reschedule")),
        ("The board agreed on Friday to call off the match.", "Friday", ("call off", "cancel")),
        ("Councillors voted unanimously on Monday to put off the budget vote.", "Monday", ("put off", "reschedule")),
        # any other infinitive leaves the decision dated
        ("Members voted on Monday to approve the plan.", "Monday", ("vote", "vote")),
        ("Councillors voted to sell the old hall on March 15.", "March 15", ("vote", "vote")),
    ],
)
def test_a_decision_to_move_an_event_is_the_move(sentence: str, date: str, trigger: tuple[str, str]) -> None:
    found = _trigger(sentence, date)
    assert found is not None and (found.lemma, found.cls) == trigger


def _article(outlet: str, body: str) -> str:
    return f"---\ntitle: Vote\npublished: 2026-07-01\noutlet: {outlet}\nstory: vote\n---\n{body}\n"


def _cc101(run: Runner, a: str, b: str) -> list[str]:
    result = run({"a.md": _article("Tarnmouth Herald", a), "b.md": _article("Coastline Post", b)}, select=["CC101"])
    return [f"{f.outcome} {f.message}" for ar in result.results for r in ar.results for f in r.findings]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council delayed its budget vote on Monday, leader Ruth Oyelaran said.",
         "Council leader Ruth Oyelaran said the vote would be held next month."),
        ("Judge Amara Lisle postponed the appeal hearing on Friday.",
         "The appeal hearing will take place in July, the court said."),
        ("The union put off its pay ballot on Tuesday.", "The pay ballot will be held next month."),
        ("Councillors voted on Monday to delay the budget vote, leader Ruth Oyelaran said.",
         "Council leader Ruth Oyelaran said the budget vote would be held next month."),
        # the day given up and the new one
        ("Monday's budget vote was delayed, leader Ruth Oyelaran said.",
         "Leader Ruth Oyelaran said the budget vote would be held next month."),
    ],
)  # fmt: skip
def test_a_delay_and_the_delayed_event_do_not_disagree(claimcheck_run: Runner, a: str, b: str) -> None:
    assert _cc101(claimcheck_run, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days for one delay
        ("The council postponed its budget vote on Monday.", "The council postponed its budget vote on Friday."),
        # two days for the match called off, written on the noun
        ("Dunmere Rovers called off Saturday's match against Carrow Town.",
         "Sunday's match between Dunmere Rovers and Carrow Town has been cancelled."),
        # two days given up for one moved vote
        ("Monday's budget vote was delayed.", "Friday's budget vote was postponed."),
    ],
)  # fmt: skip
def test_two_days_for_one_delay_or_one_called_off_event_still_fail(claimcheck_run: Runner, a: str, b: str) -> None:
    assert [m.split()[0] for m in _cc101(claimcheck_run, a, b)] == ["fail"]
