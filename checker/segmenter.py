"""Default segmenter for plain text: paragraphs from blank lines or line breaks, headings, furniture, sentences."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.furniture import is_furniture
from checker.hookspecs import hookimpl
from checker.models import Article, Segment, SegmentKind
from checker.sentences import split

if TYPE_CHECKING:
    from checker.config import Config

_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)")
_TERMINAL = re.compile(r"[.!?:;,”\"’)]\s*$")


def _lines(raw: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line from ``start``, leading and trailing spaces trimmed."""
    out = []
    body = raw if raw.endswith(("\n", "\r")) else raw + "\n"
    for m in _LINE.finditer(body, start):
        text = m.group(1)
        if text.strip():
            lead = len(text) - len(text.lstrip())
            out.append((m.start() + lead, m.start() + len(text.rstrip())))
        else:
            out.append((m.start(), m.start()))  # a blank line with spaces: a paragraph break
    return out


def _wrapped(raw: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A hard-wrapped paragraph continues on the next line: no sentence end, or a lower-case start."""
    a = raw[line[0] : line[1]]
    b = raw[nxt[0] : nxt[1]]
    if not b or not a:
        return False
    if len(a) > 100:
        return False  # one paragraph per line (a long line is a whole paragraph)
    return (not _TERMINAL.search(a) and len(a) >= 40) or b[:1].islower()


def text_blocks(article: Article) -> list[tuple[int, int]]:
    """Paragraph ranges of a plain-text body: blank lines separate; a line break does unless the text is wrapped."""
    raw = article.raw
    lines = _lines(raw, article.body_start)
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    prev: tuple[int, int] | None = None
    for line in lines:
        if line[0] == line[1]:
            if current:
                blocks.append(current)
            current, prev = None, None
            continue
        if current and prev and _wrapped(raw, prev, line):
            current = (current[0], line[1])
        else:
            if current:
                blocks.append(current)
            current = line
        prev = line
    if current:
        blocks.append(current)
    return blocks


def _kind(text: str, furniture: tuple[str, ...], index: int, following_blank: bool) -> SegmentKind:
    if is_furniture(text, furniture):
        return "furniture"
    if "\n" not in text and len(text) <= 90 and not _TERMINAL.search(text) and following_blank:
        return "heading"
    return "paragraph"


@hookimpl(trylast=True)
def claimcheck_segment(article: Article, config: Config) -> list[Segment]:
    furniture = tuple(config.settings.furniture) if config is not None else ()
    raw = article.raw
    segments: list[Segment] = []
    for start, end in text_blocks(article):
        text = raw[start:end]
        after = raw[end : end + 4].replace("\r", "")
        kind = _kind(text, furniture, len(segments), after.startswith("\n\n") or end >= len(raw.rstrip()))
        segments.append(
            Segment(
                index=len(segments),
                kind=kind,
                text=text,
                span=article.span(start, end),
                sentences=tuple(split(text)) if kind != "furniture" else (),
            )
        )
    return segments
