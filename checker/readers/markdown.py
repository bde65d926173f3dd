"""Markdown reader (``.md``, ``.markdown``): front matter for metadata, markdown-it-py for the body's blocks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.furniture import is_furniture
from checker.hookspecs import hookimpl
from checker.models import Article, Segment, SegmentKind
from checker.readers import frontmatter
from checker.readers.base import default_meta, read_text
from checker.sentences import split

if TYPE_CHECKING:
    from checker.config import Config

SUFFIXES = (".md", ".markdown")


@hookimpl
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    if path.suffix.lower() not in SUFFIXES:
        return None
    text, diagnostics = read_text(path, config)
    block, fm_start, body_start = frontmatter.split(text)
    fields: dict[str, Any] = {}
    if block is not None:
        first_line = text.count("\n", 0, fm_start) + 1
        fields, more = frontmatter.parse(path.as_posix(), block, first_line)
        diagnostics.extend(more)
    return Article(
        path=path.as_posix(),
        format="markdown",
        raw=text,
        meta=default_meta(config, **fields),
        body_start=body_start,
        diagnostics=tuple(diagnostics),
    )


_BLOCK_KINDS: dict[str, SegmentKind] = {"heading_open": "heading", "paragraph_open": "paragraph"}


def _line_offsets(raw: str, start: int) -> list[int]:
    """Offsets of the body's line starts (markdown-it maps blocks to body lines)."""
    import re

    offsets = [start] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw[start:]) if m.end() < len(raw) - start]
    offsets = [start] + [start + o for o in offsets[1:]]
    offsets.append(len(raw))
    return offsets


def segments_of(article: Article, furniture: tuple[str, ...] = ()) -> list[Segment]:
    """Headings, paragraphs, block quotes and list items, their text free of markup and mapped to the file."""
    from markdown_it import MarkdownIt

    raw = article.raw
    body = raw[article.body_start :]
    tokens = MarkdownIt("commonmark").parse(body)
    lines = _line_offsets(raw, article.body_start)
    out: list[Segment] = []
    stack: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.nesting == 1 and tok.type in ("blockquote_open", "list_item_open"):
            stack.append(tok.type)
        elif tok.nesting == -1 and tok.type in ("blockquote_close", "list_item_close"):
            stack.pop()
        if tok.type not in _BLOCK_KINDS or tok.map is None:
            continue
        inline = tokens[i + 1]
        lo = lines[min(tok.map[0], len(lines) - 1)]
        hi = lines[min(tok.map[1], len(lines) - 1)]
        text, pieces = _inline_text(raw, inline.children or [], lo, hi)
        if not text.strip() or not pieces:
            continue
        kind: SegmentKind = _BLOCK_KINDS[tok.type]
        if kind == "paragraph" and stack:
            kind = "quote" if stack[-1] == "blockquote_open" else "list_item"
        if is_furniture(text, furniture):
            kind = "furniture"
        start = pieces[0][1]
        seg = Segment(index=len(out), kind=kind, text=text, span=article.span(start, start + 1), pieces=tuple(pieces))
        end = seg.file_offset(len(text) - 1) + 1
        verbatim = raw[start:end] == text
        out.append(
            seg.model_copy(
                update={
                    "span": article.span(start, end),
                    "pieces": None if verbatim else tuple(pieces),
                    "sentences": tuple(split(text)) if kind != "furniture" else (),
                }
            )
        )
    return out


def _inline_text(raw: str, children: list[Any], lo: int, hi: int) -> tuple[str, list[tuple[int, int]]]:
    """Concatenate an inline token's text, recording where each run starts in the file."""
    text = ""
    pieces: list[tuple[int, int]] = []
    cursor = lo
    for child in children:
        if child.type in ("text", "code_inline"):
            content = child.content
            if not content:
                continue
            at = raw.find(content, cursor, hi)
            if at < 0:
                # an entity or escape was decoded: map character by character where we can
                for ch in content:
                    found = raw.find(ch, cursor, hi)
                    pos = found if found >= 0 else cursor
                    pieces.append((len(text), pos))
                    text += ch
                    cursor = pos + 1 if found >= 0 else cursor
                continue
            pieces.append((len(text), at))
            text += content
            cursor = at + len(content)
        elif child.type in ("softbreak", "hardbreak"):
            nl = raw.find("\n", cursor, hi)
            pos = nl if nl >= 0 else cursor
            pieces.append((len(text), pos))
            text += " " if child.type == "softbreak" else "\n"
            cursor = pos + 1
    return text, pieces


@hookimpl
def claimcheck_segment(article: Article, config: Config) -> list[Segment] | None:
    if article.format != "markdown":
        return None
    return segments_of(article, tuple(config.settings.furniture) if config is not None else ())
