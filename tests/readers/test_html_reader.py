"""HTML pages: main content (trafilatura, or the stdlib fallback), page metadata, offsets into the HTML source."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from conftest import FIXTURES
from reader_helpers import assert_maps_back, load, where

from checker.readers import webpage as html_reader

COURIER = FIXTURES / "articles" / "courier-warehouse-fire.html"
BODY_LINES = [26, 29, 31, 34, 37, 39]


@pytest.fixture(params=["trafilatura", "stdlib"])
def extractor(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each test with trafilatura deciding the main content and with the stdlib fallback."""
    if request.param == "trafilatura":
        pytest.importorskip("trafilatura")
    else:
        monkeypatch.setattr(html_reader, "_main_content", lambda raw: None)
    monkeypatch.setattr(html_reader, "_cache", None)
    return str(request.param)


def test_page_metadata(extractor: str) -> None:
    meta = load(COURIER).meta
    assert meta.title == "Fire guts Millbrook warehouse; 40 workers evacuated"
    assert meta.published == date(2024, 3, 12)
    assert meta.published_at == datetime(2024, 3, 12, 18, 45, tzinfo=timezone(timedelta(hours=-5)))
    assert (meta.outlet, meta.byline) == ("Valley Courier", "Dana Whitfield")


def test_main_content_only(extractor: str) -> None:
    article = load(COURIER)
    text = [s.span.line for s in article.segments if s.kind != "furniture"]
    assert text == BODY_LINES
    everything = " ".join(s.text for s in article.segments)
    for chrome in ("Home", "cookies", "Read more", "Tweet", "Be the first", "Most Read", "Trending", "All rights"):
        assert chrome not in everything
    kinds = {s.span.line: s.kind for s in article.segments}
    assert kinds[25] == "furniture"  # "Local News", the section label above the headline
    assert kinds[26] == "heading"
    assert kinds[33] == "furniture"  # the photo caption with its credit
    assert_maps_back(article)


def test_entities_decoded_and_mapped_to_their_source(extractor: str) -> None:
    article = load(COURIER)
    seg, at = where(article, "“By then the roof")
    sentence = seg.sentence_at(at)
    assert sentence is not None and sentence.text == "“By then the roof was already fully involved.”"
    span = article.span(*seg.file_range(sentence.start, sentence.end))
    assert (span.line, span.column, span.end_line, span.end_column) == (31, 72, 32, 31)
    assert article.raw[span.start : span.end] == "&ldquo;By then the roof was\nalready fully involved.&rdquo;"
    amp, k = where(article, "Harlow & Sons")
    s, e = amp.file_range(k, k + len("Harlow & Sons"))
    assert article.raw[s:e] == "Harlow &amp; Sons"
    assert "<em>" not in amp.text and "was not fitted" in amp.text


def test_line_break_inside_a_paragraph_reads_as_a_space(extractor: str) -> None:
    seg, _ = where(load(COURIER), "MILLBROOK")
    assert "warehouse on Canal Street, forcing" in seg.text


def test_cr_only_line_endings(tmp_path, extractor: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cr.html"
    path.write_bytes(b"<html><body>\r<article>\r<p>First &amp; second.\rThird line here.</p>\r</article></body></html>")
    article = load(path)
    seg, at = where(article, "Third")
    span = article.span(*seg.file_range(at, at + 5))
    assert (span.line, span.column) == (4, 1)
    assert_maps_back(article)


def test_two_outlets_one_story(extractor: str) -> None:
    courier = load(COURIER).meta
    ledger = load(FIXTURES / "articles" / "ledger-warehouse-fire.md").meta
    assert courier.story == ledger.story == "millbrook-warehouse-fire"
    assert courier.outlet != ledger.outlet
    assert courier.published == ledger.published == date(2024, 3, 12)
