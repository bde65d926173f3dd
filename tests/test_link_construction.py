"""Quantity frames and cues are made without validation (their values are typed already): each must be
the link pydantic's validation makes of the same fields, value for value and type for type."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from checker.links import CueLink, QuantityFrame
from checker.testing import Runner

_HEAD = "---\ntitle: Fire\npublished: {day}\nstory: harl-fire\n---\n"
_FIRST = (
    "The Harl warehouse fire has killed 12 people and destroyed 40 homes, officials said on Monday.\n\n"
    "An estimated 3,000 residents were evacuated. The blaze is believed to have started in a kitchen.\n\n"
    "One in three households in Harl cannot afford heating. Of the 200 firefighters, 40 percent, or 80, "
    "came from Pell.\n\n"
    "Treasurer Ida Marrow embezzled $40,000 from the fund. Repairs will cost an estimated $2 million. The fire burned for 40 hours, longer than "
    "the 30 hours of the 2019 blaze.\n"
)
_SECOND = (
    "By Tuesday the fire had killed 14 people, police said.\n\n"
    "Experts believe the wiring was faulty. Some 400 acres burned.\n"
)


def _differences(made: Any, twin: Any, where: str) -> list[str]:
    if type(made) is not type(twin):
        return [f"{where}: {type(made).__name__} / {type(twin).__name__}"]
    if isinstance(made, BaseModel):
        if made.__pydantic_fields_set__ != twin.__pydantic_fields_set__ or list(made.__dict__) != list(twin.__dict__):
            return [f"{where}: fields"]
        return [d for k, v in made.__dict__.items() for d in _differences(v, twin.__dict__[k], f"{where}.{k}")]
    if isinstance(made, tuple):
        if len(made) != len(twin):
            return [f"{where}: length"]
        return [d for i, (a, b) in enumerate(zip(made, twin, strict=True)) for d in _differences(a, b, f"{where}[{i}]")]
    if isinstance(made, dict):
        if list(made) != list(twin):
            return [f"{where}: keys"]
        return [d for k, v in made.items() for d in _differences(v, twin[k], f"{where}[{k!r}]")]
    if isinstance(made, frozenset):
        return [] if made == twin and all(type(x) is str for x in made) else [f"{where}: members"]
    return [] if made == twin else [f"{where}: {made!r} / {twin!r}"]


def test_frames_and_cues_are_what_validation_makes(claimcheck_run: Runner) -> None:
    result = claimcheck_run(
        {"a.md": _HEAD.format(day="2025-08-18") + _FIRST, "b.md": _HEAD.format(day="2025-08-19") + _SECOND}
    )
    links = result.results[0].links
    frames, cues = links.quantities, links.cues
    # the story gives frames with relations, shares and as-of dates, and cues of every kind
    assert any(f.relations for f in frames) and any(f.shares for f in frames) and any(f.as_of_by_claim for f in frames)
    assert {c.kind for c in cues} >= {"hedge", "toll", "estimate", "accusation"}
    made: list[QuantityFrame | CueLink] = [*frames, *cues]
    for link in made:
        fields = {k: link.__dict__[k] for k in link.__pydantic_fields_set__}
        twin = type(link).model_validate(fields)
        assert _differences(link, twin, link.id) == []
