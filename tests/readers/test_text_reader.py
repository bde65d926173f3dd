"""Plain-text articles: hard-wrapped and one-paragraph-per-line bodies, headings, bylines, directives, line endings."""

from __future__ import annotations

from datetime import date

from conftest import FIXTURES
from reader_helpers import assert_maps_back, load, where

WIRE = FIXTURES / "articles" / "wire-warehouse-fire.txt"


def test_metadata_comes_from_settings() -> None:
    article = load(WIRE, published=date(2024, 3, 12), story="millbrook-warehouse-fire")
    assert article.format == "text" and article.body_start == 0
    assert article.meta.published == date(2024, 3, 12) and article.meta.story == "millbrook-warehouse-fire"
    assert load(WIRE).meta.published is None


def test_hard_wrapped_paragraphs_are_joined() -> None:
    article = load(WIRE)
    summary = [(s.kind, s.span.line, s.span.end_line) for s in article.segments]
    assert summary == [
        ("heading", 1, 1),
        ("furniture", 3, 3),  # the byline
        ("paragraph", 5, 7),
        ("paragraph", 9, 11),
        ("paragraph", 13, 15),
        ("furniture", 17, 17),  # the suppression directive
        ("paragraph", 18, 18),
        ("furniture", 20, 20),  # "Share this story"
    ]
    assert_maps_back(article)


def test_straight_quotes_and_clock_times() -> None:
    article = load(WIRE)
    seg, _ = where(article, "Fire Chief Alan Reyes told")
    assert [s.text.split()[0] for s in seg.sentences] == ["Fire", '"By', '"We']
    second = seg.sentences[1]
    span = article.span(*seg.file_range(second.start, second.end))
    assert (span.start, span.end, span.line, span.column, span.end_line, span.end_column) == (341, 396, 10, 27, 11, 9)
    assert article.raw[span.start : span.end] == '"By then the roof was already fully involved,"\nhe said.'


def test_directive_line_is_furniture_not_text() -> None:
    article = load(WIRE)
    directive = [s for s in article.segments if "claimcheck:" in s.text]
    assert [s.kind for s in directive] == ["furniture"]


def _write(tmp_path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_crlf_cr_and_bom(tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = "Headline here\n\nThe mayor said on Monday that 12 homes burned. Crews left at 3 p.m. Aid came later.\n"
    for name, data in {
        "crlf.txt": body.replace("\n", "\r\n").encode(),
        "cr.txt": body.replace("\n", "\r").encode(),
        "bom.txt": b"\xef\xbb\xbf" + body.encode(),
    }.items():
        article = load(_write(tmp_path, name, data))
        assert not article.raw.startswith("\ufeff")
        seg, at = where(article, "Aid came")
        span = article.span(*seg.file_range(at, at + 3))
        assert (span.line, span.column) == (3, 69), name
        assert [s.kind for s in article.segments] == ["heading", "paragraph"]
        assert [s.text[:5] for s in seg.sentences] == ["The m", "Crews", "Aid c"]
        assert_maps_back(article)


def test_one_paragraph_per_line_with_a_lowercase_continuation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council voted 5-2 on Tuesday to close the pool.\n"
        "Residents protested outside City Hall for two hours.\n"
        "and some stayed until 9 p.m.\n"
    )
    article = load(_write(tmp_path, "lines.txt", text.encode()))
    assert [(s.span.line, s.span.end_line) for s in article.segments] == [(1, 1), (2, 3)]
