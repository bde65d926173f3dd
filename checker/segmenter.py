"""Default segmenter: paragraphs from blank lines and line breaks, sentences inside them, furniture marked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.models import Article, Segment, SegmentKind, Sentence
from checker.suppression import LINE as DIRECTIVE_LINE

if TYPE_CHECKING:
    from checker.config import Config

FURNITURE = (
    r"comments?",
    r"photo credit:.*",
    r"trending now\b.*",
    r".*\bsponsored links by\b.*",
    r"by taboola",
    r"more from .*",
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def furniture_pattern(config: Config | None) -> re.Pattern[str]:
    extra = list(config.settings.furniture) if config is not None else []
    return re.compile(r"^\s*(?:" + "|".join([*FURNITURE, *extra]) + r")\s*$", re.IGNORECASE)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a paragraph by terminal punctuation followed by a capital (naive)."""
    out = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        chunk = text[start:end].rstrip()
        if chunk:
            out.append(Sentence(start=start, end=start + len(chunk), text=chunk))
        start = end
    tail = text[start:].rstrip()
    if tail:
        out.append(Sentence(start=start, end=start + len(tail), text=tail))
    return out


@hookimpl(trylast=True)
def claimcheck_segment(article: Article, config: Config) -> list[Segment]:
    furniture = furniture_pattern(config)
    raw = article.raw
    segments: list[Segment] = []
    for m in re.finditer(r"[^\r\n]+", raw[article.body_start :]):
        start, end = m.start() + article.body_start, m.end() + article.body_start
        text = raw[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        lead = len(text) - len(text.lstrip())
        start += lead
        text = stripped
        end = start + len(text)
        kind: SegmentKind = "furniture" if furniture.match(text) or DIRECTIVE_LINE.match(text) else "paragraph"
        segments.append(
            Segment(
                index=len(segments),
                kind=kind,
                text=text,
                span=article.span(start, end),
                sentences=tuple(split_sentences(text)),
            )
        )
    return segments
