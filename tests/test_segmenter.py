"""Segmentation properties: for any text, segments and sentences lie in bounds, in order, and map back exactly."""

from __future__ import annotations

import html
import sys
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent / "readers"))
from reader_helpers import assert_maps_back

from checker import segmenter
from checker.models import Article
from checker.readers import markdown as markdown_reader
from checker.readers import webpage as html_reader

WORDS = st.sampled_from(
    ["The", "mayor", "said", "U.S.", "Sept.", "30", "a.m.", "Monday", "Gen.", "No.", "2", "J.", "“", "”", '"', "’",
     "?", "!", ".", ",", "…", "&", "&amp;", "<", "*", "_", "-", "#", ">", "[x](y)", "`c`", "\\", "Comments",
     "Photo credit: AP", "claimcheck: ignore CC101", "é", "\ufffd", "   ", "\t"]
)  # fmt: skip
BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", " "])
TEXT = st.lists(st.tuples(WORDS, st.one_of(st.just(" "), BREAKS)), max_size=60).map(
    lambda pairs: "".join(w + b for w, b in pairs)
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(article: Article, segments: list) -> None:  # type: ignore[type-arg]
    assert_maps_back(article.model_copy(update={"segments": tuple(segments)}))


@FAST
@given(TEXT)
def test_plain_text_segments_are_verbatim_slices(text: str) -> None:
    article = Article(path="a.txt", format="text", raw=text)
    segments = segmenter.segments_of(article)
    _check(article, segments)
    assert all(s.pieces is None for s in segments)


@FAST
@given(st.text(max_size=300))
def test_plain_text_any_unicode(text: str) -> None:
    article = Article(path="a.txt", format="text", raw=text)
    _check(article, segmenter.segments_of(article))


@FAST
@given(TEXT)
def test_markdown_segments_map_each_character_back(text: str) -> None:
    article = Article(path="a.md", format="markdown", raw=text)
    _check(article, markdown_reader.segments_of(article))


@FAST
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_html_segments_map_each_character_back(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    raw = f"<html><body><article>\n{body}</article></body></html>"
    article = Article(path="a.html", format="html", raw=raw)
    with patch.object(html_reader, "_main_content", lambda raw: None):
        html_reader._cache = None
        _check(article, html_reader.segments_of(article))


def test_a_segment_and_its_sentences_are_the_instances_model_construct_makes() -> None:
    from checker.models import Article, Segment, Sentence
    from checker.segmenter import make_segment

    raw = "The ferry left at 6 a.m. on Monday. It docked at Maldon.\n"
    article = Article(path="ferry.txt", raw=raw)
    made = make_segment(article, 0, "paragraph", raw.strip(), 0, len(raw) - 1, ((0, 0), (56, 56)))
    sentences = tuple(Sentence.model_construct(start=s, end=e, text=raw[s:e]) for s, e in ((0, 35), (36, 56)))
    slow = Segment.model_construct(
        index=0,
        kind="paragraph",
        text=raw.strip(),
        span=article.span(0, 56),
        sentences=sentences,
        pieces=((0, 0), (56, 56)),
    )
    assert made == slow and list(made.__dict__) == list(slow.__dict__)
    assert made.model_fields_set == slow.model_fields_set
    assert [s.model_fields_set for s in made.sentences] == [s.model_fields_set for s in slow.sentences]
    assert made.model_dump(mode="json") == slow.model_dump(mode="json")
