"""Link models made from exactly typed values skip validation and equal the validated ones.

The linkers build their links from values they typed themselves (``checker.links._Link.__init__``);
anything not of the exact field type still goes through pydantic, with its coercions and errors.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import ValidationError

from checker.links import CueLink, Entity, EventFrame, Mention, Outcome, QuantityFrame, QuantityRelation
from checker.models import Span


@pytest.fixture(autouse=True)
def _fresh_counts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # as in a new process: the plain path is taken, whatever other tests made before
    from checker import links

    monkeypatch.setattr(links, "_MADE", {})
    yield
    for cls in (Mention, Entity, EventFrame, Outcome, QuantityFrame, QuantityRelation, CueLink):
        if "__init__" in vars(cls):  # switched to pydantic's own past the limit: as the module made it
            del cls.__init__


SPAN = Span(start=4, end=15, line=1, column=5, end_line=1, end_column=16)

CASES = [
    (Mention, {"article": "a.md", "text": "Ilse Marrow", "span": SPAN, "form": "full", "role": "governor"}),
    (Mention, {"article": "a.md", "text": "she", "form": "pronoun", "variant": None}),
    (
        Entity,
        {
            "id": "E1",
            "canonical": "Ilse Marrow",
            "forms": ("Ilse Marrow", "Marrow"),
            "ages": ((64.0, "f1"),),
            "age_places": (("a.md", "f1"),),
            "mentions": (Mention(article="a.md", text="Marrow", form="surname"),),
        },
    ),
    (
        EventFrame,
        {"id": "V1", "trigger": "vote", "claims": ("d1",), "role": "report", "anchored": {"d1": "2016-10-03"}},
    ),
    (
        Outcome,
        {"id": "O1", "article": "a.md", "span": SPAN, "text": "pleaded not guilty", "cls": "plea", "positive": False},
    ),
    (
        QuantityFrame,
        {
            "id": "Q1",
            "counted": "home",
            "monotonic": True,
            "claims": ("f1", "f2"),
            "as_of_by_claim": {"f1": "2016-10-01"},
            "relations": {"f1": (QuantityRelation(kind="listed", value=3.0, text="three"),)},
            "as_of_published": frozenset({"a.md#f2"}),
        },
    ),
    (
        CueLink,
        {
            "id": "C1",
            "article": "a.md",
            "kind": "hedge",
            "span": SPAN,
            "sentence": SPAN,
            "text": "reportedly",
            "status": "unheld",
        },
    ),
]


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[f"{c.__name__}-{i}" for i, (c, _) in enumerate(CASES)])
def test_exact_values_give_the_validated_link(cls: type, values: dict) -> None:
    made = cls(**values)
    validated = cls.model_validate(values)
    assert made == validated
    assert made.model_fields_set == validated.model_fields_set == set(values)
    assert made.model_dump_json() == validated.model_dump_json()
    assert list(made.__dict__) == list(validated.__dict__)  # declaration order, defaults filled in
    for name, value in values.items():
        if isinstance(value, dict):
            assert getattr(made, name) is not value  # copied, as validation copies a dict


def test_values_of_other_types_are_validated_and_coerced() -> None:
    # an int where the field is a float: validation makes it a float (the JSON report says 12.0)
    relation = QuantityRelation(kind="listed", value=12, text="twelve")
    assert (
        type(relation.value) is float
        and relation.model_dump_json() == QuantityRelation(kind="listed", value=12.0, text="twelve").model_dump_json()
    )
    entity = Entity(id="E1", canonical="Ilse Marrow", forms=["Ilse Marrow"], ages=[(64, "f1")])
    assert entity.forms == ("Ilse Marrow",) and type(entity.ages[0][0]) is float
    # a set where the field is a frozenset: validation makes it a frozenset
    frame = QuantityFrame(id="Q1", counted="home", monotonic=True, as_of_published={"a.md#f2"})
    assert type(frame.as_of_published) is frozenset and frame.as_of_published == {"a.md#f2"}
    with pytest.raises(ValidationError):
        QuantityFrame(id="Q1", counted="home", monotonic=True, as_of_published=frozenset({3}))


@pytest.mark.parametrize(
    "values",
    [
        {"article": "a.md", "text": "x", "form": "nickname"},  # not one of the forms
        {"article": "a.md"},  # text missing
        {"article": "a.md", "text": "x", "colour": "red"},  # no such field
        {"article": "a.md", "text": 3},  # a number for a string
    ],
)
def test_invalid_values_raise_as_before(values: dict) -> None:
    with pytest.raises(ValidationError):
        Mention(**values)


def test_links_stay_frozen() -> None:
    mention = Mention(article="a.md", text="Marrow")
    with pytest.raises(ValidationError):
        mention.text = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[f"{c.__name__}-{i}" for i, (c, _) in enumerate(CASES)])
def test_past_the_limit_links_are_validated_and_the_same(cls: type, values: dict, monkeypatch) -> None:
    from checker import links

    plain = cls(**values)
    monkeypatch.setitem(links._MADE, cls, links.PLAIN_LIMIT)  # as after that many links in one process
    validated = cls(**values)
    assert "__init__" in vars(cls)  # switched to pydantic's own
    assert cls(**values) == validated == plain and validated.model_dump_json() == plain.model_dump_json()
    assert validated.model_fields_set == plain.model_fields_set
    with pytest.raises(ValidationError):
        cls(**{**values, "no_such_field": 1})
