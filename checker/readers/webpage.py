"""HTML pages read as articles (the ``readers.html`` plugin): main-content blocks mapped back to the source, metadata.

The page is parsed once with the stdlib ``html.parser``, which gives every run of text its offset
in the file (entities decoded one character each). trafilatura, when installed (the ``html``
extra), decides which of those blocks are the article and supplies metadata the page's own tags
lack; without it, semantic markup (``<article>``) and boilerplate class names decide.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.furniture import is_furniture
from checker.models import Article, Diagnostic, Segment, SegmentKind, construct
from checker.readers.base import default_meta, read_text
from checker.readers.frontmatter import _short, date_value
from checker.readers.mapping import TextMap
from checker.segmenter import make_segment

if TYPE_CHECKING:
    from checker.config import Config

_BLOCKS: dict[str, SegmentKind] = {
    "p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "blockquote": "quote", "figcaption": "furniture", "td": "paragraph",
    "th": "paragraph", "dd": "paragraph", "dt": "paragraph", "pre": "paragraph", "div": "paragraph",
    "section": "paragraph", "article": "paragraph", "main": "paragraph", "body": "paragraph",
    "header": "paragraph", "footer": "paragraph", "aside": "paragraph", "nav": "paragraph", "figure": "paragraph",
    "caption": "paragraph", "address": "paragraph", "ul": "paragraph", "ol": "paragraph", "dl": "paragraph",
    "table": "paragraph", "tr": "paragraph",
}  # fmt: skip
#: never text: their content is code, styling or form controls
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "button", "select", "textarea", "iframe", "object"}
#: containers whose text is page chrome unless the extractor says otherwise
_CHROME = {"nav", "footer", "aside", "menu", "form"}
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|promo|related|advert|ads?|"
    r"cookie|newsletter|subscribe|taboola|outbrain|sponsored|breadcrumbs?|trending|recommend\w*|byline)(?:$|[\s_-])",
    re.IGNORECASE,
)
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
_WORDS = re.compile(r"\s+|\S+")
_REF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
#: a section label above the headline has at most this many words
LABEL_WORDS = 4


class _Block(TextMap):
    __slots__ = ("chrome", "inside", "kind")

    def __init__(self, kind: SegmentKind, inside: bool, chrome: bool) -> None:
        super().__init__()
        self.kind, self.inside, self.chrome = kind, inside, chrome


class _Page(HTMLParser):
    """One pass over the page: text blocks with a file offset per run of characters, and metadata."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        # html.parser counts lines by "\n" alone, so its (line, column) maps through these starts
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, chrome)
        self.open_tags: dict[str, int] = {}  # tag -> how many are on the stack
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.meta: dict[str, str] = {}
        self.title = ""
        self.in_title = False
        self.jsonld: list[str] = []
        self.in_jsonld = False
        self.has_article = False
        self.article_depth = 0
        self.skip_depth = 0
        self.chrome_depth = 0
        #: why the parser stopped early, if it did (reported as a CC002 warning)
        self.error = ""

    def here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _open(self, kind: SegmentKind) -> None:
        self._close()
        self.current = _Block(kind, self.article_depth > 0, self.chrome_depth > 0)

    def _enclosing_kind(self) -> SegmentKind | None:
        for tag, _, _ in reversed(self.stack):
            if tag in _BLOCKS:
                return "quote" if tag == "blockquote" else _BLOCKS[tag]
        return None

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
            if tag == "br" and self.current is not None and not self.skip_depth:
                at = self.here()
                self.current.add(" ", at, self.raw.find(">", at) + 1 - at)
            return
        skipped = tag in _SKIP
        chrome = tag in _CHROME or bool(
            _BOILERPLATE.search(f"{a.get('class', '')} {a.get('id', '')} {a.get('role', '')}")
        )
        if tag == "header" and not self.article_depth:
            chrome = True
        self.stack.append((tag, skipped, chrome))
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        self.skip_depth += skipped
        self.chrome_depth += chrome
        if tag == "article":
            self.has_article = True
            self.article_depth += 1
        if tag in _BLOCKS and not self.skip_depth:
            kind = _BLOCKS[tag]
            # counts of open tags, not a walk down the stack: thousands of unclosed tags stay linear (issue 11)
            if kind == "paragraph" and self.open_tags.get("blockquote", 0) - (tag == "blockquote") > 0:
                kind = "quote"
            elif kind == "paragraph" and tag == "p" and self.open_tags.get("li", 0) > 0:
                kind = "list_item"
            self._open(kind)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_jsonld = False
        if not self.open_tags.get(tag):
            return  # a stray end tag (known without walking the stack)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for name, skipped, chrome in self.stack[i:]:
                    self.skip_depth -= skipped
                    self.chrome_depth -= chrome
                    self.open_tags[name] -= 1
                del self.stack[i:]
                break
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag in _BLOCKS:
            self._close()
            outer = self._enclosing_kind()
            if outer is not None and not self.skip_depth:
                self.current = _Block(outer, self.article_depth > 0, self.chrome_depth > 0)  # text after a child block

    def _close(self) -> None:
        if self.current is not None and self.current.text.strip():
            self.blocks.append(self.current)
        self.current = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.current is None or self.skip_depth or not data:
            return
        at = self.here()
        # a run of whitespace becomes one space, a run of its own, so every other character maps exactly
        for m in _WORDS.finditer(data):
            word = m.group(0)
            if word[0].isspace() and word != " ":
                self.current.add(" ", at + m.start(), len(word))
            else:
                self.current.add(word, at + m.start())

    def _ref(self, text: str) -> None:
        if self.in_title:
            self.title += text
        if self.current is not None and not self.skip_depth:
            at = self.here()
            m = _REF.match(self.raw, at)
            width = m.end() - at if m else len(text)
            self.current.add(text, at, None if width == len(text) else width)

    def handle_entityref(self, name: str) -> None:
        self._ref(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._ref(unescape(f"&#{name};"))


def _jsonld(chunks: list[str]) -> dict[str, Any]:
    """The first JSON-LD object that describes the article; JSON of any shape or depth is read or skipped."""
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except (ValueError, RecursionError):  # not JSON, or nested past the decoder's recursion limit
            continue
        items: Any = [data]
        if isinstance(data, list):
            items = data
        elif isinstance(data, dict) and isinstance(data.get("@graph"), list):
            items = data["@graph"]
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _text(value: Any) -> str | None:
    """A metadata value as text: strings and numbers are, anything else (a list, an object) is not."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    return text[:1000] or None


def _name(value: Any, depth: int = 0) -> str | None:
    """A JSON-LD person or organisation (a name, an object with ``name``, or a list of them) as text."""
    if depth > 3:
        return None
    if isinstance(value, list):
        names = [_name(v, depth + 1) for v in value[:20]]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


_cache: tuple[str, _Page, dict[str, Any] | None] | None = None


def parse(raw: str) -> tuple[_Page, dict[str, Any] | None]:
    """The parsed page and trafilatura's view of it (None when trafilatura is not installed); cached per text."""
    global _cache
    if _cache is not None and _cache[0] is raw:
        return _cache[1], _cache[2]
    page = _Page(raw)
    try:
        page.feed(raw)
        page.close()
    except Exception as err:  # html.parser asserts on some markup (`<![x[`): keep what was read before it
        line = page.getpos()[0]
        page.error = f"the HTML parser stopped at line {line} ({type(err).__name__}: {err}); text after it is not read"
    page._close()
    main = _main_content(raw)
    _cache = (raw, page, main)
    return page, main


def _main_content(raw: str) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        result = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # no "extensive" date search: it runs dateparser over every locale it knows on the page's free
            # text (a 667-byte page took 7-12 s on first use); a date stated in the markup is still found
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
        if result is None:
            return {}
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    except Exception:  # lxml or trafilatura failed on this page: the plain reader's view stands
        return None
    return {k: _text(data.get(k)) for k in ("text", "title", "author", "date", "sitename", "url")}


def read(path: Path, config: Config) -> Article:
    """The article in the HTML file at ``path``: its text blocks and the page's metadata."""
    text, diagnostics = read_text(path, config)
    page, main = parse(text)
    main = main or {}
    ld = _jsonld(page.jsonld)
    m = page.meta
    if page.error:
        diagnostics.append(Diagnostic(message=page.error))
    # the first source that gives a date is used; one that is not a date is reported (CC002), not guessed past
    dates = [
        ("JSON-LD datePublished", ld.get("datePublished")),
        *((f"meta {k}", m.get(k)) for k in ("article:published_time", "date", "datepublished", "pubdate")),
        ("main-content date", main.get("date")),
    ]
    published, published_at = None, None
    for source, value in dates:
        if value in (None, "", [], {}):
            continue
        published, published_at, problem = date_value(value)
        if published is None:
            diagnostics.append(Diagnostic(message=f"{source}: {_short(value)} is not a date ({problem}); ignored"))
        break
    fields: dict[str, Any] = {
        "title": _text(ld.get("headline"))
        or _text(m.get("og:title"))
        or main.get("title")
        or (page.title.strip() or None),
        "outlet": _name(ld.get("publisher")) or _text(m.get("og:site_name")) or main.get("sitename"),
        "byline": _name(ld.get("author"))
        or _text(m.get("author"))
        or _text(m.get("article:author"))
        or main.get("author"),
        "url": _text(ld.get("url")) or _text(m.get("og:url")) or main.get("url"),
        "published": published,
        "published_at": published_at,
    }
    story = m.get("claimcheck:story") or m.get("story")
    if story:
        fields["story"] = story
    return construct(
        Article,
        path=path.as_posix(),
        format="html",
        raw=text,
        meta=default_meta(config, **fields),
        diagnostics=tuple(diagnostics),
    )


def _norm(text: str) -> str:
    return " ".join(text.split())


def _content(page: _Page, main: dict[str, Any] | None) -> list[_Block]:
    """The blocks that are the article: those trafilatura kept, else those inside <article> and outside chrome."""
    blocks = page.blocks
    text = (main or {}).get("text") or ""
    if text:
        lines = {_norm(line) for line in text.splitlines() if line.strip()}
        whole = _norm(text)
        kept_list = [
            b for b in blocks if (n := _norm(b.text)) in lines or (len(n) >= 25 and n in whole) or b.kind == "furniture"
        ]
        kept = {id(b) for b in kept_list}
        # captions and other furniture count only where the article is
        if any(b.kind != "furniture" for b in kept_list):
            first = next(k for k, b in enumerate(blocks) if id(b) in kept and b.kind != "furniture")
            return [b for k, b in enumerate(blocks) if id(b) in kept and (b.kind != "furniture" or k > first)]
    out = [b for b in blocks if not b.chrome and (b.inside or not page.has_article)]
    return out or [b for b in blocks if not b.chrome]


def segments_of(article: Article, furniture: tuple[str, ...] = ()) -> list[Segment]:
    """The article's text blocks, each character mapped to its place in the HTML source."""
    page, main = parse(article.raw)
    out: list[Segment] = []
    for block in _content(page, main):
        stripped, pieces, start, end = block.stripped()
        kind: SegmentKind = "furniture" if is_furniture(stripped, furniture) else block.kind
        out.append(make_segment(article, len(out), kind, stripped, start, end, pieces))
    _label_above_headline(out)
    return out


def _label_above_headline(segments: list[Segment]) -> None:
    """A kicker or section label ("Local News") right above the headline is furniture."""
    body = [k for k, s in enumerate(segments) if s.kind != "furniture"]
    if len(body) >= 2 and segments[body[1]].kind == "heading" and segments[body[0]].kind != "heading":
        first = segments[body[0]]
        if len(first.text.split()) <= LABEL_WORDS and not first.text.endswith((".", "!", "?")):
            segments[body[0]] = first.model_copy(update={"kind": "furniture", "sentences": ()})
