"""An article the sources linker can pass over: it would make no cue for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checker import hookimpl, rule
from checker.linkers.sources import _classify, _nothing_to_classify, _sentence_spans
from tests.conftest import Run, write

HEAD = "---\ntitle: Test\npublished: 2023-06-14\noutlet: Orrin Valley Courier\nstory: {story}\n---\n"


def article_of(tmp_path: Path, cli: Callable[..., Run], body: str) -> Any:
    """The extracted article of one body, as a rule receives it."""
    seen: list[Any] = []

    @rule("HS992", "article-dump")
    def article_dump(article):
        """Record the article.

        What it checks:
            Nothing; a test rule.

        Why it matters:
            It hands the extracted article to the test.

        Example:
            Any.

        Instead:
            Nothing.

        Options:
            None.
        """
        seen.append(article)
        yield from ()

    class Plugin:
        @hookimpl
        def claimcheck_register_rules(self):
            return [article_dump]

    (path,) = write(tmp_path, {"a.md": HEAD.format(story=tmp_path.name) + body})
    cli(path, "--no-config", "--select", "HS992", plugins=[Plugin()])
    (article,) = seen
    return article


@pytest.mark.parametrize(
    ("body", "nothing"),
    [
        # a measure, a vote and a date: no figure a reader needs a source for, no hedge, no accusation
        ("The Harl bridge is 400 metres long.\n\nThe council voted 6-3 on Tuesday to repair it.\n", True),
        ("Eleven people were killed when the roof of the Tarn depot fell in.\n", False),  # a toll
        ("The roof is believed to have been weakened by the storm.\n", False),  # a hedge
        ("The treasurer embezzled money from the Harl fund, the audit found.\n", False),  # a wrongdoing stem
        # a stem only in a block quote is not read for accusations
        ("The Harl bridge is 400 metres long.\n\n> The treasurer embezzled nothing.\n", True),
    ],
)
def test_an_article_without_cues_is_passed_over(
    tmp_path: Path, cli: Callable[..., Run], body: str, nothing: bool
) -> None:
    article = article_of(tmp_path, cli, body)
    assert _nothing_to_classify(article, _sentence_spans(article), 2023, 6) is nothing
    if nothing:
        assert _classify(article, {}) == []  # what the full reading makes of it too
