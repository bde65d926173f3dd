"""Default segmenter (plain text): paragraphs from blank lines, one-per-line or hard-wrapped text; headings; furniture.

Also how every segment is built (:func:`make_segment`, which the readers use for their own
formats): the readers import this module, never the reverse, so the Markdown reader can fall back
on :func:`segments_of` for a file markdown-it cannot parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.furniture import is_furniture
from checker.hookspecs import hookimpl
from checker.language.sentences import split
from checker.models import Article, Segment, SegmentKind, Sentence, assemble

if TYPE_CHECKING:
    from checker.config import Config

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"[.!?:;,…”\"’)\]]\s*$")
_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|\||·|and)\s*[^.!?]*)?")
_LIST_MARK = re.compile(r"[-*•+]\s|\d{1,3}[.)]\s")
#: hard-wrapped text: every line but a paragraph's last is between these lengths
WRAP_MIN, WRAP_MAX = 30, 100
#: a heading is one line no longer than this, without sentence punctuation at its end
HEADING_MAX = 90
#: a standfirst (the sentence under a headline) is one line no longer than this
STANDFIRST_MAX = 160
#: a section label ("The Cable", "World | Middle East") above a headline has at most this many words
LABEL_WORDS = 4


class _Line:
    __slots__ = ("end", "furniture", "start", "text")

    def __init__(self, start: int, end: int, text: str, furniture: bool) -> None:
        self.start, self.end, self.text, self.furniture = start, end, text, furniture


def _groups(raw: str, start: int, furniture: tuple[str, ...]) -> list[list[_Line]]:
    """Runs of non-blank lines (spaces trimmed) separated by blank lines."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for m in _LINE.finditer(raw, start):
        if m.start() == m.end():
            break
        line = m.group(0).rstrip("\r\n")
        body = line.strip()
        if not body:
            if current:
                groups.append(current)
                current = []
            continue
        lead = len(line) - len(line.lstrip())
        s = m.start() + lead
        current.append(_Line(s, s + len(body), body, is_furniture(body, furniture)))
    if current:
        groups.append(current)
    return groups


def _wrapped_group(lines: list[_Line]) -> bool:
    """A hard-wrapped paragraph: several lines of similar, moderate length and no list markers."""
    if len(lines) < 2 or any(x.furniture for x in lines):
        return False
    return all(WRAP_MIN <= len(x.text) <= WRAP_MAX and not _LIST_MARK.match(x.text) for x in lines[:-1])


def _continues(prev: _Line, nxt: _Line) -> bool:
    """In a file of one paragraph per line, a line still continues the previous one when it plainly must."""
    if prev.furniture or nxt.furniture or _LIST_MARK.match(nxt.text):
        return False
    if nxt.text[:1].islower():
        return True
    return WRAP_MIN + 10 <= len(prev.text) <= WRAP_MAX and not _TERMINAL.search(prev.text)


def text_blocks(article: Article, furniture: tuple[str, ...] = ()) -> list[tuple[int, int, bool, bool]]:
    """(start, end, is_furniture, blank_line_follows) of each block of a plain-text body."""
    groups = _groups(article.raw, article.body_start, furniture)
    blank_separated = len(groups) > 1
    out: list[tuple[int, int, bool, bool]] = []
    for group in groups:
        if blank_separated and _wrapped_group(group):
            out.append((group[0].start, group[-1].end, False, True))
            continue
        block = [group[0]]
        for line in group[1:]:
            if _continues(block[-1], line):
                block.append(line)
            else:
                out.append((block[0].start, block[-1].end, block[0].furniture, False))
                block = [line]
        out.append((block[0].start, block[-1].end, block[0].furniture, True))
    return out


def _headline_like(text: str) -> bool:
    return "\n" not in text and "\r" not in text and len(text) <= HEADING_MAX and not _TERMINAL.search(text)


def _standfirst(text: str) -> bool:
    """One short sentence on one line, without quotation: the summary under a headline."""
    return (
        len(text) <= STANDFIRST_MAX
        and "\n" not in text
        and "\r" not in text
        and len(split(text)) == 1
        and not any(q in text for q in '“”"')
    )


def _kinds(raw: str, blocks: list[tuple[int, int, bool, bool]]) -> list[SegmentKind]:
    """Furniture, headings (headline, standfirst) and paragraphs; a short label above a headline is furniture."""
    kinds: list[SegmentKind] = []
    top = True  # still above the first body paragraph
    for k, (start, end, furn, blank_after) in enumerate(blocks):
        text = raw[start:end]
        kind: SegmentKind = "paragraph"
        if furn or (_headline_like(text) and _BYLINE.fullmatch(text)):
            kind = "furniture"  # page furniture, or a byline ("By Tom Becker, Associated Wire")
        elif _headline_like(text) and (blank_after or k == 0):
            kind = "heading"
        elif top and kinds and kinds[-1] == "heading" and _standfirst(text):
            kind = "heading"  # the standfirst under a headline
            top = False
        if kind == "paragraph":
            top = False
        kinds.append(kind)
    # a section label or kicker: a few words at the very top, directly above the headline
    heads = [k for k, kind in enumerate(kinds) if kind != "furniture"]
    if len(heads) >= 2 and heads[0] == 0 and kinds[0] == kinds[heads[1]] == "heading":
        label, headline = raw[blocks[0][0] : blocks[0][1]], raw[blocks[heads[1]][0] : blocks[heads[1]][1]]
        if len(label.split()) <= LABEL_WORDS and _headline_like(headline):
            kinds[0] = "furniture"
    return kinds


def make_segment(
    article: Article,
    index: int,
    kind: SegmentKind,
    text: str,
    start: int,
    end: int,
    pieces: tuple[tuple[int, int], ...] | None = None,
) -> Segment:
    """A segment of ``article`` from ``start`` to ``end`` in the file, split into sentences unless it is furniture."""
    # every field is built here from typed values, so pydantic's validation would only repeat the work;
    # each field given, the instances are assembled from their whole __dict__ (issue 16: construct()
    # checks the names given and fills defaults for each of ~30,000 segments and sentences on ECB+)
    sentences = (
        tuple(assemble(Sentence, {"start": s.start, "end": s.end, "text": s.text}, _SENTENCE) for s in split(text))
        if kind != "furniture"
        else ()
    )
    fields = {
        "index": index,
        "kind": kind,
        "text": text,
        "span": article.span(start, end),
        "sentences": sentences,
        "pieces": tuple(tuple(p) for p in pieces) if pieces is not None else None,
    }
    return assemble(Segment, fields, _SEGMENT)


#: every field of a Sentence and of a Segment, in declaration order (what assemble() is given)
_SENTENCE = tuple(Sentence.__pydantic_fields__)
_SEGMENT = tuple(Segment.__pydantic_fields__)


def segments_of(article: Article, furniture: tuple[str, ...] = ()) -> list[Segment]:
    """The segments of a plain-text article, each a verbatim slice of the file."""
    raw = article.raw
    blocks = text_blocks(article, furniture)
    segments: list[Segment] = []
    for (start, end, _, _), kind in zip(blocks, _kinds(raw, blocks), strict=True):
        text = raw[start:end]
        segments.append(make_segment(article, len(segments), kind, text, start, end, None))
    return segments


@hookimpl(trylast=True)
def claimcheck_segment(article: Article, config: Config) -> list[Segment]:
    return segments_of(article, tuple(config.settings.furniture) if config is not None else ())
