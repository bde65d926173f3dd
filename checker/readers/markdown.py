"""Markdown reader (``.md``, ``.markdown``): front matter for metadata, markdown-it-py for the body's blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from checker.furniture import is_furniture
from checker.hookspecs import hookimpl
from checker.language.lazy_patterns import on_first_use
from checker.models import Article, Segment, SegmentKind, construct
from checker.readers import frontmatter
from checker.readers.base import default_meta, read_text
from checker.readers.mapping import TextMap
from checker.segmenter import make_segment
from checker.segmenter import segments_of as plain_text_segments

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from checker.config import Config

SUFFIXES = (".md", ".markdown")
_BLOCK_KINDS: dict[str, SegmentKind] = {"heading_open": "heading", "paragraph_open": "paragraph"}
_BREAK = re.compile(r"\r\n|\r|\n")
#: what may sit between two runs of inline text: emphasis marks, brackets, quote and list markers, spaces
_MARKUP_ONLY = re.compile(r"[\s*_`~>\[\]()!#|\\-]*(?:\d{1,9}[.)])?[\s*_`~>\[\]()!#|\\-]*")
#: the rest of a link after its text: `](destination "title")`, `][ref]` or `]`
_LINK_TAIL = re.compile(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)|\]\[[^\]]*\]|\]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


#: a body with more "[" than this is not Markdown prose (markdown-it's link-label scan grows faster than
#: linearly with them): it is read as plain text
MAX_BRACKETS = 2000


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@hookimpl
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    if path.suffix.lower() not in SUFFIXES:
        return None
    text, diagnostics = read_text(path, config)
    block, fm_start, body_start = frontmatter.split(text, path.as_posix())
    fields: dict[str, Any] = {}
    if block is not None:
        fields, more = frontmatter.parse(path.as_posix(), block, frontmatter.line_of(text, fm_start))
        diagnostics.extend(more)
    return construct(
        Article,
        path=path.as_posix(),
        format="markdown",
        raw=text,
        meta=default_meta(config, **fields),
        body_start=body_start,
        diagnostics=tuple(diagnostics),
    )


def segments_of(article: Article, furniture: tuple[str, ...] = ()) -> list[Segment]:
    """Headings, paragraphs, block quotes and list items, their text free of markup and mapped to the file."""
    raw = article.raw
    body = raw[article.body_start :]
    starts = article.line_starts()
    first = article.position(article.body_start)[0] - 1  # markdown-it counts lines from the body's first
    out: list[Segment] = []
    blocks = _plain_blocks(body)
    for kind, map_start, map_end, children in _blocks(body) if blocks is None else blocks:
        a, b = first + map_start, first + map_end
        lo = starts[a] if a < len(starts) else len(raw)
        hi = starts[b] if b < len(starts) else len(raw)
        mapped = _plain_text(raw, kind, children, starts, a) if blocks is not None else None
        text, pieces, start, end = mapped or _inline_text(raw, children, lo, hi).stripped()
        if not text:
            continue
        if is_furniture(text, furniture):
            kind = "furniture"
        verbatim = len(pieces) == 2 and raw[start:end] == text
        out.append(make_segment(article, len(out), kind, text, start, end, None if verbatim else pieces))
    return out


#: (segment kind, first line, line after the last, inline tokens) of one heading or paragraph
_Block = tuple[SegmentKind, int, int, list[Any]]


def _blocks(body: str) -> Iterator[_Block]:
    """The headings and paragraphs markdown-it finds in ``body``; a paragraph in a block quote or list
    item is a ``quote`` or ``list_item``."""
    tokens = _parser().parse(body)
    stack: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("blockquote_open", "list_item_open"):
            stack.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close"):
            stack.pop()
        if tok.type not in _BLOCK_KINDS or tok.map is None:
            continue
        kind: SegmentKind = _BLOCK_KINDS[tok.type]
        if kind == "paragraph" and stack:
            kind = "quote" if "blockquote_open" in stack else "list_item"
        yield kind, tok.map[0], tok.map[1], tokens[i + 1].children or []


class _Inline(NamedTuple):
    """An inline token as markdown-it gives it, for the fields :func:`_inline_text` reads."""

    type: str
    content: str


_SOFTBREAK = _Inline("softbreak", "")
#: a character that may start markup anywhere in a line (emphasis, code, HTML, autolinks, escapes,
#: fences), a tab or carriage return (markdown-it rewrites them), or another control character
_MARKUP_CHAR = re.compile(r"[\\`*_<~\x00-\x09\x0b-\x1f\x7f]")
#: what makes a bracket or an ampersand markup: a link's "](" or "][", a link reference definition's
#: "]:" (a bracketed label with none is literal text in CommonMark, "[the police]", as is "&" outside
#: an entity, "AT&T"), or an entity markdown-it decodes
_link_or_entity = on_first_use(r"\]\(|\]\[|\]:|" + _ENTITY.pattern)
#: a line markdown-it may read as a block of its own: heading, quote, list, rule, setext underline, table
_BLOCK_START = re.compile(r"[#>+=|-]|\d{1,9}[.)]")
_HEADING = re.compile(r"(#{1,6}) ([^#]*)")


def _plain_blocks(body: str) -> list[_Block] | None:
    """The blocks of a body written without Markdown markup, as :func:`_blocks` gives them, without markdown-it.

    Most news bodies are paragraphs of prose separated by empty lines, perhaps under ``#`` headings;
    markdown-it was half of reading them. A paragraph's inline tokens are then its lines as text
    tokens with soft breaks between them. None (use markdown-it) for anything else: a character that
    may start inline markup, a link or an entity (an editor's "[brackets]" are prose: issue 16, a
    twentieth of ECB+), a line that may start a block (list, quote, rule, setext underline, numbered
    item), a line with white space at either end, a heading with a ``#`` in its text.
    """
    if _MARKUP_CHAR.search(body) or (("[" in body or "&" in body) and _link_or_entity().search(body)):
        return None
    lines = body.split("\n")
    if lines[-1] == "":
        lines.pop()  # markdown-it's last line ends with the body's last newline
    blocks: list[_Block] = []
    start = -1
    for i, line in enumerate(lines):
        if line and not line[0].isspace() and not line[-1].isspace():
            heading = _HEADING.fullmatch(line)
            if heading is None:
                if _BLOCK_START.match(line):
                    return None
                if start < 0:
                    start = i
                continue
            text = heading.group(2)
            if not text or text[0].isspace():
                return None
        elif line:
            return None
        if start >= 0:
            blocks.append(_paragraph(lines, start, i))
            start = -1
        if line:  # an ATX heading: one line, which also ends a paragraph above it
            blocks.append(("heading", i, i + 1, [_Inline("text", text)]))
    if start >= 0:
        blocks.append(_paragraph(lines, start, len(lines)))
    return blocks


def _paragraph(lines: list[str], start: int, end: int) -> _Block:
    children = [_SOFTBREAK] * (2 * (end - start) - 1)
    children[::2] = [_Inline("text", line) for line in lines[start:end]]
    return "paragraph", start, end, children


def _plain_text(
    raw: str, kind: SegmentKind, children: list[Any], starts: list[int], a: int
) -> tuple[str, tuple[tuple[int, int], ...], int, int] | None:
    """What ``_inline_text(...).stripped()`` gives for a block of :func:`_plain_blocks`, worked out from
    its lines: each line verbatim at its line's start (a heading's text after its ``#`` marks), each
    line break read as a space (issue 16: mapping them run by run was a fifth of reading plain prose).
    None when a line is not where its block says (then the general mapping finds it)."""
    if kind == "heading":
        content = children[0].content
        at = starts[a] if a < len(starts) else len(raw)
        while raw.startswith("#", at):
            at += 1
        at += 1  # the space after the marks
        if not raw.startswith(content, at):
            return None
        return content, ((0, at), (len(content), at + len(content))), at, at + len(content)
    lines = [c.content for c in children[::2]]
    pieces = []
    offset = 0
    for i, line in enumerate(lines):
        at = starts[a + i] if a + i < len(starts) else -1
        if at < 0 or not raw.startswith(line, at):
            return None
        # a line after the first begins with the line break before it, read as a space (one run with the line)
        pieces.append((offset - 1, at - 1) if i else (0, at))
        offset += len(line) + 1
    end = starts[a + len(lines) - 1] + len(lines[-1])
    pieces.append((offset - 1, end))
    return " ".join(lines), tuple(pieces), pieces[0][1], end


def _inline_text(raw: str, children: list[Any], lo: int, hi: int) -> TextMap:
    """Concatenate an inline token's text, recording where each run starts in the file."""
    runs = TextMap()
    cursor = lo
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            content = child.content
            if content:
                cursor = _align(raw, content, cursor, hi, runs)
        elif kind in ("softbreak", "hardbreak"):
            m = _BREAK.search(raw, cursor, hi)
            pos = m.start() if m else cursor
            runs.add(" ", pos, m.end() - m.start() if m else 1)
            cursor = m.end() if m else cursor
        elif kind == "link_close":
            m = _LINK_TAIL.match(raw, cursor)
            if m:
                cursor = m.end()
        elif kind == "html_inline":
            at = raw.find(child.content, cursor, hi)
            if at >= 0:
                cursor = at + len(child.content)
        elif kind == "image":
            m = _IMAGE.search(raw, cursor, hi)
            if m:
                cursor = m.end()
    return runs


def _align(raw: str, content: str, cursor: int, hi: int, runs: TextMap) -> int:
    """Map ``content`` onto the file from ``cursor``: verbatim when it is there, else character by character."""
    # an "&" may have been an entity whose decoded text happens to occur in the file ("&a" in "&amp;a")
    at = raw.find(content, cursor, hi) if "&" not in content else -1
    if at >= 0 and _MARKUP_ONLY.fullmatch(raw, cursor, at):
        runs.add(content, at)
        return at + len(content)
    # entities and backslash escapes were decoded: walk the file, taking verbatim stretches whole
    pos, i, n = cursor, 0, len(content)
    while i < n:
        amp = content.find("&", i)
        stop = n if amp < 0 else amp  # an "&" is matched one character at a time (it may be an entity)
        length = _common_prefix(raw, pos, content, i, stop)
        if length:
            runs.add(content[i : i + length], pos)
            pos += length
            i += length
            continue
        pos = _one(raw, content[i], pos, cursor, hi, runs)
        i += 1
    return pos


def _common_prefix(raw: str, pos: int, content: str, i: int, stop: int) -> int:
    """How many characters of ``content[i:stop]`` stand verbatim in the file at ``pos`` (binary search)."""
    lo, hi = 0, stop - i
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if raw.startswith(content[i : i + mid], pos):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _one(raw: str, ch: str, pos: int, cursor: int, hi: int, runs: TextMap) -> int:
    """Map one character that is not verbatim at ``pos``: an entity, an escape, or after skipped markup."""
    while pos < hi:
        c = raw[pos]
        if c == "&":
            m = _ENTITY.match(raw, pos)
            if m and _unescape(m.group(0)).startswith(ch):
                runs.add(ch, pos, m.end() - pos)
                return m.end()
        if c == ch:
            runs.add(ch, pos)
            return pos + 1
        if c == "\\" and raw.startswith(ch, pos + 1):
            runs.add(ch, pos + 1)
            return pos + 2
        pos += 1
    runs.add(ch, max(cursor, min(pos, hi) - 1), 1)  # not found: keep the text, map it near
    return pos


@hookimpl
def claimcheck_segment(article: Article, config: Config) -> list[Segment] | None:
    if article.format != "markdown":
        return None
    furniture = tuple(config.settings.furniture) if config is not None else ()
    try:
        if article.raw.count("[", article.body_start) > MAX_BRACKETS:
            raise ValueError("too many brackets")  # markdown-it rescans link labels: superlinear (issue 11)
        return segments_of(article, furniture)
    except Exception:  # markdown-it failed (RecursionError included) on this file: read its body as plain text
        return plain_text_segments(article, furniture)


def _unescape(entity: str) -> str:
    """``html.unescape``, imported on the first entity met (``html.entities`` is a big table)."""
    from html import unescape

    return unescape(entity)
