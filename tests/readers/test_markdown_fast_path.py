"""Bodies without Markdown markup are read without markdown-it, into exactly the blocks markdown-it gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, SEEDS, needs_shared
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checker.errors import ArticleError
from checker.readers import frontmatter
from checker.readers.markdown import _blocks, _plain_blocks


def _as_data(blocks: list[tuple[str, int, int, list[Any]]]) -> list[tuple[object, ...]]:
    return [(kind, a, b, [(c.type, c.content) for c in children]) for kind, a, b, children in blocks]


def _same_as_markdown_it(body: str) -> bool:
    """True when the fast path read ``body`` (and then its blocks are markdown-it's); False when it declined."""
    fast = _plain_blocks(body)
    if fast is None:
        return False
    assert _as_data(fast) == _as_data(list(_blocks(body))), repr(body)
    return True


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    _, _, body_start = frontmatter.split(text, path.as_posix())
    return text[body_start:]


def test_fixture_articles_read_as_markdown_it_reads_them() -> None:
    bodies = [_body(p) for p in sorted(FIXTURES.rglob("*.md"))]
    taken = [_same_as_markdown_it(b) for b in bodies]
    assert len(bodies) > 20
    assert any(taken), "no fixture article is plain prose"
    assert not all(taken), "no fixture article has markup"


@needs_shared(SEEDS)
def test_seed_articles_as_markdown_bodies() -> None:
    bodies = [_body(p) for p in sorted(SEEDS.glob("*.txt"))]
    assert bodies
    for body in bodies:
        _same_as_markdown_it(body)


def test_headings_and_paragraphs_of_prose() -> None:
    body = "# A fire on Canal Street\n\nThe fire started at 3 a.m., police said.\nNobody was hurt.\n\n## Later\nIt was out by noon.\n"
    blocks = _as_data(_plain_blocks(body) or [])
    assert blocks == [
        ("heading", 0, 1, [("text", "A fire on Canal Street")]),
        (
            "paragraph",
            2,
            4,
            [("text", "The fire started at 3 a.m., police said."), ("softbreak", ""), ("text", "Nobody was hurt.")],
        ),
        ("heading", 5, 6, [("text", "Later")]),
        ("paragraph", 6, 7, [("text", "It was out by noon.")]),
    ]
    assert _same_as_markdown_it(body)


@pytest.mark.parametrize(
    "body",
    [
        "Some *emphasis* here.\n",
        "A line with two trailing spaces  \nand a hard break.\n",
        "  Indented by two.\n",
        "- a list item\n",
        "1. a numbered item\n",
        "2016) a numbered item too\n",
        "> a quote\n",
        "A title\n=======\n",
        "A title\n---\n",
        "# Heading with a closing sequence #\n",
        "#Not a heading\n",
        "Tom &amp; Jerry\n",
        "A [link](https://example.org)\n",
        "A [reference][ref] link\n\n[ref]: https://example.org\n",
        "A shortcut [ref] link\n\n[ref]: https://example.org\n",
        "An ![image](cat.png)\n",
        "Tom &#38; Jerry\n",
        "Tab\tinside\n",
        "Windows\r\nline ends\r\n",
        "Inline <b>HTML</b>\n",
        "    indented code\n",
        "Text\n   \nmore\n",
    ],
)
def test_bodies_with_markup_are_left_to_markdown_it(body: str) -> None:
    assert _plain_blocks(body) is None


_PIECES = st.sampled_from(
    ["word", "Word", " ", "  ", "\n", "\n\n", "#", "# ", "## ", "####### ", "-", "1.", "2)", "3.5", ".", ")", "=",
     ">", "+", "|", ":", "!", "'", '"', "\u00a0", "\u3000", "\u2028", "\x85", "é", "---", "===", "    ",
     "[", "]", "](", "][", "]:", "[x]", "(y)", "&", "&amp;", "&#38;", "&x", ";", "AT&T"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_any_body_the_fast_path_takes_reads_as_markdown_it_reads_it(body: str) -> None:
    _same_as_markdown_it(body)


def _mappings(raw: str) -> list[tuple[object, object]]:
    """(the fast path's text and pieces, the general mapping's) for each block of a plain body."""
    from checker.models import Article, ArticleMeta, construct
    from checker.readers.markdown import _inline_text, _plain_text

    _, _, body_start = frontmatter.split(raw, "article.md")
    article = construct(
        Article, path="article.md", format="markdown", raw=raw, meta=ArticleMeta(), body_start=body_start
    )
    starts, first = article.line_starts(), article.position(body_start)[0] - 1
    out = []
    for kind, map_start, map_end, children in _plain_blocks(raw[body_start:]) or []:
        a, b = first + map_start, first + map_end
        lo, hi = (starts[a] if a < len(starts) else len(raw)), (starts[b] if b < len(starts) else len(raw))
        out.append((_plain_text(raw, kind, children, starts, a), _inline_text(raw, children, lo, hi).stripped()))
    return out


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "---\ntitle: A fire\n---\n", "---\nstory: x\n---\n\n"]), st.lists(_PIECES, max_size=30))
def test_the_fast_path_maps_each_block_to_the_file_as_the_general_mapping_does(front: str, pieces: list[str]) -> None:
    try:
        mappings = _mappings(front + "".join(pieces))
    except ArticleError:  # "---" opening a front matter never closed: not an article the reader reads
        assume(False)
    for fast, general in mappings:
        assert fast == general


def test_a_paragraph_of_several_lines_maps_each_line_break_to_a_space() -> None:
    raw = "---\ntitle: Flood\n---\n# River up\n\nThe river rose\ntwo metres.\n"
    ((heading, _), (paragraph, _)) = _mappings(raw)
    assert heading == ("River up", ((0, 23), (8, 31)), 23, 31)
    # "two" starts the second line (file offset 48): its line break (47) is the space at text offset 14
    assert paragraph == ("The river rose two metres.", ((0, 33), (14, 47), (26, 59)), 33, 59)


@pytest.mark.parametrize(
    "body",
    [
        '"The focus for today [Saturday] has been safety," she said.\n',
        "He loves [being the host]. He loves the patter.\n\n# A [bracketed] heading\n",
        "AT&T and Barnes & Noble said so.\nR&D rose [slightly].\n",
    ],
)
def test_an_editors_brackets_and_a_bare_ampersand_are_prose(body: str) -> None:
    assert _same_as_markdown_it(body)
