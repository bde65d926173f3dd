"""The two seed articles (../shared/seeds, read by path): paragraphs, sentences, furniture, exact places."""

from __future__ import annotations

import pytest
import yaml
from conftest import SEEDS, needs_shared
from reader_helpers import assert_maps_back, load, where

AP = SEEDS / "000_c04042c6ce3db92b.txt"
FP = SEEDS / "002_9200173ddc167a50.txt"


def _furniture_lines(article) -> set[int]:  # type: ignore[no-untyped-def]
    return {s.span.line for s in article.segments if s.kind == "furniture"}


@needs_shared(AP)
def test_one_paragraph_per_line() -> None:
    article = load(AP)
    assert [s.span.line for s in article.segments] == list(range(1, 13))
    assert [len(s.sentences) for s in article.segments] == [1, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 0]
    assert _furniture_lines(article) == {12}
    assert_maps_back(article)


@needs_shared(AP)
def test_quote_after_attribution_starts_a_sentence_at_its_column() -> None:
    article = load(AP)
    seg, at = where(article, "“The United States spared no effort")
    sentence = seg.sentence_at(at)
    assert sentence is not None and sentence.start == at == 113
    span = article.span(*seg.file_range(sentence.start, sentence.end))
    assert (span.start, span.end, span.line, span.column, span.end_line, span.end_column) == (225, 518, 2, 114, 2, 407)
    assert AP.read_text(encoding="utf-8").splitlines()[1][113:].startswith("“The United States")
    first = seg.sentences[0]
    assert first.text.endswith("John Kirby said.")  # the quote stays with its attribution


@needs_shared(FP)
def test_blank_line_paragraphs_headline_and_furniture() -> None:
    article = load(FP)
    kinds = {s.span.line: s.kind for s in article.segments}
    assert kinds[1] == "furniture"  # "The Cable": a section label above the headline
    assert kinds[3] == "heading" and kinds[5] == "heading"  # headline and standfirst
    assert [line for line, kind in kinds.items() if kind == "paragraph"] == [8, 10, 12, 14, 16, 18, 20, 22]
    assert _furniture_lines(article) == {1, 24, 27, 29, 31, 33}
    assert_maps_back(article)


@needs_shared(FP)
def test_no_split_inside_abbreviations_or_a_quote_around_its_attribution() -> None:
    article = load(FP)
    seg, _ = where(article, "That hasn’t happened.")
    assert [s.text[:22] for s in seg.sentences] == [
        "That hasn’t happened.",
        "Russia and Syria rampe",
        "Now, a political solut",
    ]
    assert "Sept. 12 ceasefire, and even mauled a U.N. aid convoy." in seg.sentences[1].text
    quote, _ = where(article, "“Unfortunately, Russia failed")
    assert len(quote.sentences) == 1  # “…commitments” to stop … Kirby said …, “and was also …”
    span = article.span(*seg.file_range(seg.sentences[1].start, seg.sentences[1].end))
    assert (span.line, span.column, span.end_column) == (18, 23, 159)


@needs_shared(SEEDS / "gold.yaml")
@pytest.mark.parametrize("path", [AP, FP], ids=["000", "002"])
def test_every_gold_furniture_line_is_furniture(path) -> None:  # type: ignore[no-untyped-def]
    gold = yaml.safe_load((SEEDS / "gold.yaml").read_text(encoding="utf-8"))
    lines = [line for f in gold["forbidden"] if f["rule"] == "*" for line in f["at"].get(path.name, [])]
    assert lines, "gold.yaml lists furniture for this seed"
    assert set(lines) <= _furniture_lines(load(path))


@needs_shared(SEEDS)
def test_seed_sentence_boundaries_total_fourteen() -> None:
    """libraries.md counts 14 non-trivial boundaries in the seeds (more than one sentence in a paragraph)."""
    total = sum(max(0, len(s.sentences) - 1) for p in (AP, FP) for s in load(p).segments)
    assert total == 14
