"""Page furniture patterns: shipped as data, extended by configuration, never matching article prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import load

from checker.errors import ConfigError
from checker.furniture import default_patterns, is_furniture

FURNITURE = [
    "Comments", "12 Comments", "View all comments", "Photo credit: AMEER ALHALBI/Getty Images",
    "Smoke over the river. (AP Photo/Jane Roe)", "Trending Now Sponsored Links by Taboola", "By Taboola",
    "More from Foreign Policy", "Read more: Council weighs new fire code", "Share this story",
    "Facebook | Twitter | Email", "Sign up for our morning newsletter", "Advertisement", "© 2024 Valley Courier",
    "claimcheck: ignore CC201 -- checked with the clerk",
]  # fmt: skip
PROSE = [
    "Comments from the mayor drew criticism on Monday.",
    "By the time crews arrived, the roof had collapsed.",
    "More than 250 people were believed to be killed in Aleppo last week.",
    "Share prices fell 4 percent after the announcement.",
    "The photo credit went to a freelancer, the editor said.",
    "Advertisement revenue fell by a third, the company said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", PROSE)
def test_article_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_patterns_are_data() -> None:
    assert len(default_patterns()) >= 20 and all(isinstance(p, str) for p in default_patterns())


def test_configured_pattern_extends_the_shipped_ones(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The Cable Daily\n\nThe council met on Monday. It voted 5-2.\n")
    assert [s.kind for s in load(path).segments] == ["heading", "paragraph"]
    assert [s.kind for s in load(path, furniture="the cable daily").segments] == ["furniture", "paragraph"]


def test_bad_configured_pattern_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The council met.\n")
    with pytest.raises(ConfigError, match=r"furniture: '\(unclosed' is not a valid regular expression"):
        load(path, furniture=["(unclosed"])
