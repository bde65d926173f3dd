"""Markdown articles: front matter metadata, blocks from markdown-it, text free of markup mapped to the file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from conftest import FIXTURES
from reader_helpers import assert_maps_back, load, where

LEDGER = FIXTURES / "articles" / "ledger-warehouse-fire.md"


def test_front_matter_metadata_with_time_zone_and_extra_keys() -> None:
    meta = load(LEDGER).meta
    assert meta.title == "Canal Street warehouse destroyed in early-morning fire"
    assert meta.published == date(2024, 3, 12)
    assert meta.published_at == datetime(2024, 3, 12, 7, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert meta.updated == date(2024, 3, 12)
    assert (meta.outlet, meta.byline, meta.story) == (
        "The Millbrook Ledger",
        "Priya Natarajan",
        "millbrook-warehouse-fire",
    )
    assert (meta.url, meta.dateline) == ("https://ledger.example/news/canal-street-fire", "MILLBROOK")
    assert meta.extra == {"section": "Local", "tags": ["fire", "canal-street"]}


def test_body_starts_after_front_matter_and_blocks_have_kinds() -> None:
    article = load(LEDGER)
    assert article.raw[article.body_start :].startswith("# Canal Street")
    kinds = [(s.kind, s.span.line, s.span.column) for s in article.segments]
    assert kinds == [
        ("heading", 13, 3),
        ("paragraph", 15, 1),
        ("paragraph", 18, 1),
        ("quote", 20, 3),
        ("paragraph", 23, 1),
        ("list_item", 26, 3),
        ("list_item", 27, 3),
        ("paragraph", 30, 1),
        ("furniture", 33, 1),
    ]
    assert_maps_back(article)


def test_markup_and_entities_leave_the_text_but_offsets_point_into_the_file() -> None:
    article = load(LEDGER)
    seg, at = where(article, "Harlow & Sons")
    assert "&amp;" not in seg.text and "*" not in seg.text
    assert seg.text.endswith("about 40 night-shift workers were evacuated, Fire Chief Alan Reyes said.")
    start, end = seg.file_range(at, at + len("Harlow & Sons"))
    assert article.raw[start:end] == "Harlow &amp; Sons"
    assert article.span(start, end).line == 15 and article.span(start, end).column == 22
    name, k = where(article, "Fire Chief Alan Reyes")
    s, e = name.file_range(k, k + len("Fire Chief Alan Reyes"))
    assert article.raw[s:e] == "Fire Chief Alan Reyes" and article.span(s, e).line == 16


def test_link_text_is_kept_and_its_destination_is_not() -> None:
    quote, _ = where(load(LEDGER), "reviewed by the Ledger.")
    assert quote.kind == "quote" and "https" not in quote.text and ">" not in quote.text


def test_sentence_offsets_after_an_abbreviated_rank() -> None:
    article = load(LEDGER)
    seg, _ = where(article, "Lt. Col. Ruth Ames")
    assert [s.text[:20] for s in seg.sentences] == ["Lt. Col. Ruth Ames o", "Two firefighters wer"]
    span = article.span(*seg.file_range(seg.sentences[1].start, seg.sentences[1].end))
    assert (span.start, span.end, span.line, span.column, span.end_line, span.end_column) == (955, 1005, 24, 22, 24, 72)
    assert article.raw[span.start : span.end] == "Two firefighters were treated for heat exhaustion."


def test_suppression_comment_is_not_article_text() -> None:
    article = load(LEDGER)
    assert not any("claimcheck:" in s.text for s in article.segments)
    seg, _ = where(article, "Margaret Quayle")
    assert seg.span.line == 30


def test_newsroom_furniture_pattern_from_configuration(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\n---\nListen to the Ledger Daily podcast\n\nThe council met on Monday.\n")
    assert [s.kind for s in load(path).segments] == ["paragraph", "paragraph"]
    assert [s.kind for s in load(path, furniture=["listen to the ledger.*"]).segments] == ["furniture", "paragraph"]


def test_crlf_and_cr_line_endings_keep_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "---\ntitle: T\npublished: 2024-03-12\n---\n# Head\n\nFirst *line* of it\ncontinues here. Then “a quote.”\n"
    for eol in ("\r\n", "\r"):
        path = tmp_path / f"a{len(eol)}.md"
        path.write_bytes(text.replace("\n", eol).encode())
        article = load(path)
        assert article.meta.published == date(2024, 3, 12)
        seg, at = where(article, "Then")
        span = article.span(*seg.file_range(at, at + 4))
        assert (span.line, span.column) == (8, 17)
        assert seg.text == "First line of it continues here. Then “a quote.”"
        assert_maps_back(article)


@pytest.mark.parametrize(
    ("value", "day", "moment"),
    [
        ("2016-10-03", date(2016, 10, 3), None),
        (
            "2016-10-03T09:30:00-04:00",
            date(2016, 10, 3),
            datetime(2016, 10, 3, 9, 30, tzinfo=timezone(timedelta(hours=-4))),
        ),
        ("'2016-10-03T23:30:00Z'", date(2016, 10, 3), datetime(2016, 10, 3, 23, 30, tzinfo=UTC)),
        ("2016-10-03 09:30:00", date(2016, 10, 3), datetime(2016, 10, 3, 9, 30)),
    ],
)
def test_published_dates_are_normalised(tmp_path, value: str, day: date, moment: datetime | None) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {value}\n---\nThe council met.\n")
    meta = load(path).meta
    assert (meta.published, meta.published_at) == (day, moment)


def test_story_and_published_fall_back_to_settings(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\n---\nThe council met.\n")
    meta = load(path, published=date(2024, 1, 2), story="council").meta
    assert (meta.published, meta.story, meta.title) == (date(2024, 1, 2), "council", "T")
