"""Event and quantity frames made by the linking stage, on short articles we wrote."""

from __future__ import annotations

import pytest

from checker.links import StoryLinks
from checker.models import ClaimBase
from checker.testing import Runner


def _article(body: str, published: str = "2024-05-08", story: str = "s", outlet: str = "Kestrel Valley News") -> str:
    return f"---\ntitle: T\npublished: {published}\noutlet: {outlet}\nstory: {story}\n---\n{body}\n"


def _links(run: Runner, files: dict[str, str]) -> tuple[StoryLinks, dict[str, ClaimBase]]:
    result = run(files, select=["CC101"])
    links = result.results[0].links
    assert isinstance(links, StoryLinks)
    claims = {c.text: c for ar in result.results if ar.article for c in ar.article.claims}
    return links, claims


def test_one_event_worded_two_ways_shares_a_frame(claimcheck_run: Runner) -> None:
    body = (
        "The Ledger published its report on the water contract Tuesday night.\n\n"
        "The report, which went online on Oct. 3, found the contract was signed without a tender.\n"
    )
    links, claims = _links(claimcheck_run, {"a.md": _article(body, "2022-10-05")})
    a, b = links.event_of(claims["Tuesday night"]), links.event_of(claims["Oct. 3"])
    assert a is not None and a is b and a.trigger_class == "publish" and a.object == "report"


def test_same_kind_events_at_different_places_are_different(claimcheck_run: Runner) -> None:
    body = (
        "A bomb attack in Dunmore killed two people on Monday.\n\nA bomb attack in Kilby wounded a guard on Tuesday.\n"
    )
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    a, b = links.event_of(claims["Monday"]), links.event_of(claims["Tuesday"])
    assert a is not None and b is not None and a is not b


def test_report_baseline_and_bound_dates_are_not_event_dates(claimcheck_run: Runner) -> None:
    body = (
        "The company said on Monday that shares closed at 41.20, down from the close on Wednesday.\n\n"
        "The offer runs until noon Friday.\n"
    )
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    roles = {t: links.event_of(claims[t]).role for t in ("Monday", "Wednesday", "Friday")}  # type: ignore[union-attr]
    assert roles == {"Monday": "report", "Wednesday": "baseline", "Friday": "bound"}


def test_future_in_the_past_resolves_forward(claimcheck_run: Runner) -> None:
    body = "Officials said on Thursday that the footbridge would reopen on Dec. 5 after repairs.\n"
    _, claims = _links(claimcheck_run, {"a.md": _article(body, "2024-11-01")})
    assert claims["Dec. 5"].value == "2024-12-05"  # type: ignore[attr-defined]
    assert claims["Thursday"].value == "2024-10-31"  # type: ignore[attr-defined]


def test_houses_burned_and_homes_lost_are_one_quantity(claimcheck_run: Runner) -> None:
    body = "Twelve houses burned in the Ridge fire by Monday.\n\nOfficials said 15 homes were lost in the fire.\n"
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    a, b = links.quantity_of(claims["Twelve"]), links.quantity_of(claims["15"])
    assert a is not None and a is b and a.counted == "home" and a.outcome == "destroyed" and a.monotonic


def test_money_holder_before_or_after_the_amount(claimcheck_run: Runner) -> None:
    body = "The town reported a deficit of $3.1 million.\n\nThe $1.3 million deficit worried the mayor.\n"
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    a, b = links.quantity_of(claims["$3.1 million"]), links.quantity_of(claims["$1.3 million"])
    assert a is not None and a is b and a.holder == "deficit"


def test_a_tally_knows_its_body_size(claimcheck_run: Runner) -> None:
    body = "The seven-member board approved the plan 5-3 on Tuesday.\n"
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    frame = links.quantity_of(claims["5-3"])
    assert frame is not None and frame.holder == "board"
    [rel] = frame.relations_for(frame.articles[0], claims["5-3"])
    assert (rel.kind, rel.value) == ("body_size", 7)


def test_outcomes_carry_polarity_subject_and_object(claimcheck_run: Runner) -> None:
    body = "Anton Reyes pleaded guilty on Thursday to running an unlicensed money transfer business.\n"
    links, _ = _links(claimcheck_run, {"a.md": _article(body, "2023-07-08")})
    [o] = links.outcomes
    assert (o.cls, o.positive) == ("plea", True)
    assert {"money", "transfer", "business"} <= set(o.object) and o.participants


@pytest.mark.parametrize(
    ("second", "same"),
    [
        ("Governor Anneke Rusk and Mayor Dario Velt met on Wednesday.", True),
        ("Governor Anneke Rusk and Councillor Ines Marquand met on Wednesday.", False),  # one person shared
        ("Mayor Dario Velt met on Wednesday.", False),
    ],
)
def test_a_meeting_of_the_same_people_across_articles_is_one_event(
    claimcheck_run: Runner, second: str, same: bool
) -> None:
    first = "Tuesday's meeting between Governor Anneke Rusk and Mayor Dario Velt lasted two hours."
    files = {"a.md": _article(first, outlet="Harrow Gazette"), "b.md": _article(second, outlet="Dunmore Post")}
    result = claimcheck_run(files, select=["CC101"])
    links = result.results[0].links
    assert isinstance(links, StoryLinks)
    dated = {c.text: (ar.article.path, c) for ar in result.results if ar.article for c in ar.article.claims}
    (pa, ca), (pb, cb) = dated["Tuesday's"], dated["Wednesday"]
    a, b = links.event_of(ca, article=pa), links.event_of(cb, article=pb)
    assert a is not None and b is not None and (a is b) is same


def test_a_meeting_of_the_same_people_within_an_article_may_be_another(claimcheck_run: Runner) -> None:
    body = "Governor Anneke Rusk and Mayor Dario Velt met on Tuesday. Rusk and Velt met again on Wednesday."
    links, claims = _links(claimcheck_run, {"a.md": _article(body)})
    assert links.event_of(claims["Tuesday"]) is not links.event_of(claims["Wednesday"])
