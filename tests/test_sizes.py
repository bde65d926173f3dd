"""A named thing's size (quantities.dimension_of): "The Nordvik pipeline is 40 miles long" and "the
45-mile Nordvik pipeline" measure one thing; sizes of nothing named are no quantity of a frame."""

import re

import pytest

from checker.language import frame_lexicons, quantities


def _size(sentence: str, figure: str) -> tuple[str, str, str | None] | None:
    m = re.search(re.escape(figure), sentence)
    assert m is not None
    return quantities.dimension_of(sentence, m.start(), m.end())


@pytest.mark.parametrize(
    ("sentence", "figure", "size"),
    [
        ("The Nordvik pipeline is 40 miles long, engineers said.", "40 miles", ("Nordvik", "pipeline", "long")),
        ("The 45-mile Nordvik pipeline will carry gas.", "45-mile", ("Nordvik", "pipeline", None)),
        ("The Marl tower is about 210 metres tall.", "210 metres", ("Marl", "tower", "tall")),
        ("The Brenna bridge stretches 900 metres across the bay.", "900 metres", ("Brenna", "bridge", "long")),
    ],
)
def test_named_sizes(sentence: str, figure: str, size: tuple[str, str, str | None]) -> None:
    assert _size(sentence, figure) == size


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Crews cleared a 5-mile stretch of road.", "5-mile"),  # nothing named
        ("The pipeline is 40 miles long.", "40 miles"),  # named before, if at all
        ("The Nordvik pipeline is 40 miles from the coast.", "40 miles"),  # a distance, not a size
        ("Winds in Orla reached 70 mph.", "70 mph"),
    ],
)
def test_no_named_size(sentence: str, figure: str) -> None:
    assert _size(sentence, figure) is None


def test_dimensions_are_data() -> None:
    dims = frame_lexicons.counted().dimensions
    assert {"long", "tall", "wide"} <= dims
    assert all(d.isalpha() and d.islower() for d in dims)
