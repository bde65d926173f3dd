"""Helpers for reader tests: read and segment a file through the real plugin manager, check offsets."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

from checker.config import Config, Settings
from checker.models import Article, Segment
from checker.plugins import make_plugin_manager

Load = Callable[..., Article]


def make_config(**settings: Any) -> Config:
    config = Config(Settings(**settings), argparse.Namespace(), None)
    config.pluginmanager = make_plugin_manager(config)
    return config


def load(path: Path, **settings: Any) -> Article:
    """The Article with its segments, as a run would build it (``settings`` as in claimcheck.yaml)."""
    config = make_config(**settings)
    assert config.pluginmanager is not None
    hook = config.pluginmanager.hook
    article = hook.claimcheck_read_article(path=path, config=config)
    segments = hook.claimcheck_segment(article=article, config=config) or []
    return article.model_copy(update={"segments": tuple(segments)})


def where(article: Article, needle: str, nth: int = 0) -> tuple[Segment, int]:
    """The segment whose text contains ``needle`` (the nth one) and the offset of it in that text."""
    hits = [(s, s.text.find(needle)) for s in article.segments if needle in s.text]
    assert len(hits) > nth, f"{needle!r} not in any segment"
    return hits[nth]


_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")


def assert_maps_back(article: Article) -> None:
    """Every segment lies in bounds and in order, and each character maps to itself in the file.

    Exceptions: whitespace (a line break or collapsed spaces reads as one space) and characters
    written as an entity (they map to its ``&``).
    """
    raw = article.raw
    last = -1
    for k, seg in enumerate(article.segments):
        assert seg.index == k
        assert article.body_start <= seg.span.start <= seg.span.end <= len(raw)
        assert seg.span.start >= last
        last = seg.span.end
        if seg.pieces is None:
            assert raw[seg.span.start : seg.span.end] == seg.text
        for i, ch in enumerate(seg.text):
            at = seg.file_offset(i)
            assert seg.span.start <= at < seg.span.end
            if ch.isspace() or raw[at] == ch:
                continue
            m = _ENTITY.match(raw, at)
            assert m and unescape(m.group(0)) == ch, (seg.index, i, ch, raw[at : at + 10])
        for sent in seg.sentences:
            assert 0 <= sent.start < sent.end <= len(seg.text)
            assert seg.text[sent.start : sent.end] == sent.text
