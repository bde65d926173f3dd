"""HTML reader (``.html``, ``.htm``): main-content blocks mapped back to the source, metadata from the page."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.furniture import is_furniture
from checker.hookspecs import hookimpl
from checker.models import Article, Segment, SegmentKind
from checker.readers.base import default_meta, read_text
from checker.readers.frontmatter import _as_date
from checker.sentences import split

if TYPE_CHECKING:
    from checker.config import Config

SUFFIXES = (".html", ".htm")
_BLOCKS: dict[str, SegmentKind] = {
    "p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "blockquote": "quote", "figcaption": "furniture", "td": "paragraph",
    "dd": "paragraph", "dt": "paragraph", "pre": "paragraph",
}  # fmt: skip
_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe", "svg",
         "button", "select", "textarea", "head", "menu"}  # fmt: skip
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|menu|footer|sidebar|comments?|share|social|promo|related|advert|ads?|cookie|newsletter|"
    r"subscribe|taboola|outbrain|sponsored|breadcrumbs?|byline-share|trending|recommend\w*)(?:$|[\s_-])",
    re.IGNORECASE,
)
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class _Extractor(HTMLParser):
    """One pass over the page: text blocks with a file offset per run of characters, and metadata."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.blocks: list[tuple[SegmentKind, str, list[tuple[int, int]], bool]] = []
        self.current: tuple[SegmentKind, list[str], list[tuple[int, int]], bool] | None = None
        self.meta: dict[str, str] = {}
        self.title = ""
        self.in_title = False
        self.jsonld: list[str] = []
        self.in_jsonld = False
        self.has_article = False
        self.article_depth = 0

    def here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    @property
    def skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and "content" in a:
                self.meta.setdefault(key.lower(), unescape(a["content"]))
            return
        if tag == "title":
            self.in_title = True
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_jsonld = True
        if tag in _VOID:
            if tag == "br" and self.current:
                self._add(" ", self.here())
            return
        boiler = bool(_BOILERPLATE.search(f"{a.get('class', '')} {a.get('id', '')} {a.get('role', '')}"))
        self.stack.append((tag, tag in _SKIP or boiler))
        if tag == "article":
            self.has_article = True
            self.article_depth += 1
        if tag in _BLOCKS and not self.skipping:
            self._close()
            self.current = (_BLOCKS[tag], [], [], self.article_depth > 0)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_jsonld = False
        if tag in _BLOCKS:
            self._close()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)

    def _add(self, text: str, at: int) -> None:
        assert self.current is not None
        kind, parts, pieces, inside = self.current
        pieces.append((sum(len(p) for p in parts), at))
        parts.append(text)

    def _close(self) -> None:
        if self.current is not None:
            kind, parts, pieces, inside = self.current
            text = "".join(parts)
            if text.strip():
                self.blocks.append((kind, text, pieces, inside))
        self.current = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.current is None or self.skipping or not data:
            return
        at = self.here()
        # collapse runs of whitespace to one space, each a run of its own so offsets stay exact
        for m in re.finditer(r"\s+|[^\s]+", data):
            piece = " " if m.group(0).isspace() else m.group(0)
            self._add(piece, at + m.start())

    def _ref(self, text: str, source_len: int) -> None:
        if self.in_title:
            self.title += text
        if self.current is not None and not self.skipping:
            self._add(text, self.here())

    def handle_entityref(self, name: str) -> None:
        self._ref(unescape(f"&{name};"), len(name) + 2)

    def handle_charref(self, name: str) -> None:
        self._ref(unescape(f"&#{name};"), len(name) + 3)


def _jsonld(chunks: list[str]) -> dict[str, Any]:
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [_name(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return value.get("name")
    return str(value) if value else None


def parse(raw: str) -> _Extractor:
    p = _Extractor(raw)
    p.feed(raw)
    p.close()
    p._close()
    return p


@hookimpl
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    if path.suffix.lower() not in SUFFIXES:
        return None
    text, diagnostics = read_text(path, config)
    page = parse(text)
    ld = _jsonld(page.jsonld)
    m = page.meta
    published, published_at = _as_date(
        ld.get("datePublished")
        or m.get("article:published_time")
        or m.get("date")
        or m.get("datepublished")
        or m.get("pubdate")
    )
    fields: dict[str, Any] = {
        "title": ld.get("headline") or m.get("og:title") or (page.title.strip() or None),
        "outlet": _name(ld.get("publisher")) or m.get("og:site_name"),
        "byline": _name(ld.get("author")) or m.get("author") or m.get("article:author"),
        "url": ld.get("url") or m.get("og:url"),
        "published": published,
        "published_at": published_at,
    }
    story = m.get("claimcheck:story") or m.get("story")
    if story:
        fields["story"] = story
    return Article(
        path=path.as_posix(),
        format="html",
        raw=text,
        meta=default_meta(config, **fields),
        diagnostics=tuple(diagnostics),
    )


def segments_of(article: Article, furniture: tuple[str, ...] = ()) -> list[Segment]:
    """The page's text blocks: inside <article> when the page has one, boilerplate containers skipped."""
    page = parse(article.raw)
    out: list[Segment] = []
    for kind, text, pieces, inside in page.blocks:
        if page.has_article and not inside:
            continue
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if not stripped:
            continue
        shifted = _shift(pieces, lead, len(stripped))
        if is_furniture(stripped, furniture) or kind == "furniture":
            kind = "furniture"
        seg = Segment(index=len(out), kind=kind, text=stripped, span=article.span(0, 0), pieces=tuple(shifted))
        start = seg.file_offset(0)
        end = seg.file_offset(len(stripped) - 1) + 1
        out.append(
            seg.model_copy(
                update={
                    "span": article.span(start, end),
                    "sentences": tuple(split(stripped)) if kind != "furniture" else (),
                }
            )
        )
    return out


def _shift(pieces: list[tuple[int, int]], lead: int, length: int) -> list[tuple[int, int]]:
    """Pieces of ``text[lead:lead+length]`` re-based to start at 0."""
    out: list[tuple[int, int]] = []
    for k, (t, f) in enumerate(pieces):
        nxt = pieces[k + 1][0] if k + 1 < len(pieces) else lead + length
        if nxt <= lead or t >= lead + length:
            continue
        if t < lead:
            f, t = f + (lead - t), lead
        out.append((t - lead, f))
    return out


@hookimpl
def claimcheck_segment(article: Article, config: Config) -> list[Segment] | None:
    if article.format != "html":
        return None
    return segments_of(article, tuple(config.settings.furniture) if config is not None else ())
