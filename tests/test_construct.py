"""models.construct builds exactly what pydantic's model_construct builds (it replaces it on hot paths)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.models import ArticleMeta, DateClaim, FigureClaim, Segment, Sentence, Span, construct

SPAN = {"start": 3, "end": 9, "line": 1, "column": 4, "end_line": 1, "end_column": 10}


@pytest.mark.parametrize(
    ("cls", "values"),
    [
        (Span, SPAN),
        (Sentence, {"start": 0, "end": 5, "text": "Hello"}),
        (Segment, {"index": 2, "kind": "paragraph", "text": "Hello there.", "span": Span(**SPAN)}),
        (
            FigureClaim,
            {"id": "figure-3-9", "kind": "figure", "text": "40 men", "span": Span(**SPAN), "segment": 0, "value": 40.0},
        ),
        (DateClaim, {"id": "date-1-2", "kind": "date", "text": "Monday", "span": Span(**SPAN), "segment": 1}),
    ],
)
def test_the_same_instance_as_model_construct(cls, values) -> None:
    fast, slow = construct(cls, **values), cls.model_construct(**values)
    assert type(fast) is cls
    assert fast == slow and fast.__dict__ == slow.__dict__ and list(fast.__dict__) == list(slow.__dict__)
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump(mode="json") == slow.model_dump(mode="json")
    assert fast.__pydantic_private__ == slow.__pydantic_private__


def test_default_factories_give_each_instance_its_own_value() -> None:
    a, b = construct(ArticleMeta, title="A"), construct(ArticleMeta, title="B")
    assert a.extra == b.extra == {} and a.extra is not b.extra
    assert a == ArticleMeta.model_construct(title="A") and a.model_fields_set == {"title"}


@pytest.mark.parametrize(("start", "end"), [(0, 0), (0, 4), (5, 14), (14, 15), (15, 27), (27, 27)])
def test_an_articles_span_is_the_one_its_positions_give(start: int, end: int) -> None:
    from checker.models import Article

    article = Article(path="a.txt", raw="Ferry\r\nlate.\n\n\rBoat\nsank today.")
    (line, column), (end_line, end_column) = article.position(start), article.position(end)
    slow = Span.model_construct(
        start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column
    )
    made = article.span(start, end)
    assert made == slow and list(made.__dict__) == list(slow.__dict__)
    assert made.model_fields_set == slow.model_fields_set


def _line_starts_one_break_at_a_time(raw: str) -> list[int]:
    """Line starts found break by break, the nearest of a CR or an LF each time (the former code)."""
    starts, i = [0], 0
    while True:
        breaks = [j for j in (raw.find("\n", i), raw.find("\r", i)) if j >= 0]
        if not breaks:
            return starts
        j = min(breaks)
        i = j + 2 if raw.startswith("\r\n", j) else j + 1
        starts.append(i)
        if i >= len(raw):
            return starts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["word", " ", "\n", "\r", "\r\n", "\n\r", "é", "\u2028"]), max_size=40).map("".join))
def test_line_starts_are_found_at_every_cr_lf_and_crlf(raw: str) -> None:
    from checker.models import find_line_starts

    assert find_line_starts(raw) == _line_starts_one_break_at_a_time(raw)
