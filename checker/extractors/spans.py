"""Spans for many claims of one article: the line table is read once, not once per claim."""

from __future__ import annotations

import bisect

from checker.models import Article, Span


class Spans:
    """Builds :class:`Span` values for one article, like ``Article.span`` but without per-call overhead."""

    __slots__ = ("_starts",)

    def __init__(self, article: Article) -> None:
        self._starts = article.line_starts()

    def position(self, offset: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._starts, offset) - 1
        return k + 1, offset - self._starts[k] + 1

    def span(self, start: int, end: int) -> Span:
        line, col = self.position(start)
        end_line, end_col = self.position(end)
        return Span.model_construct(start=start, end=end, line=line, column=col, end_line=end_line, end_column=end_col)
