"""Shared helpers of the built-in rules: the sentence a claim stands in."""

from __future__ import annotations

from checker.models import Article, ClaimBase, Segment


def sentence_of(claim: ClaimBase, segments: dict[int, Segment]) -> str:
    """The sentence (or, failing that, the paragraph) a claim stands in."""
    seg = segments.get(claim.segment)
    if seg is None:
        return ""
    offset = claim.span.start - seg.span.start
    for sent in seg.sentences:
        if sent.start <= offset < sent.end:
            return sent.text
    return seg.text


def sentence_key(article: Article, offset: int) -> tuple[int, int] | None:
    """Which sentence of ``article`` holds file offset ``offset``: (segment index, the sentence's first
    text offset), or None outside every segment. Two claims of one key stand in one sentence; a segment
    the splitter gave no sentences is taken as one sentence."""
    for seg in article.segments:
        if not seg.span.start <= offset < max(seg.span.end, seg.span.start + 1):
            continue
        for sent in seg.sentences:
            lo, hi = seg.file_offset(sent.start), seg.file_offset(max(sent.end - 1, sent.start)) + 1
            if lo <= offset < hi:
                return seg.index, sent.start
        return seg.index, -1 if not seg.sentences else _between(seg, offset)
    return None


class SentenceKeys:
    """:func:`sentence_key` of an article's claims, each found the first time it is asked for: a rule
    that compares a claim with its sentence's others only for some claims (those of a quantity
    given twice) does not look up the sentences of the rest (issue 16: 8,600 lookups on ECB+, each a
    scan of the article's segments, for the few hundred claims compared)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._found: dict[int, tuple[int, int] | None] = {}

    def __call__(self, offset: int) -> tuple[int, int] | None:
        """``sentence_key(article, offset)``."""
        try:
            return self._found[offset]
        except KeyError:
            key = self._found[offset] = sentence_key(self.article, offset)
            return key


def _between(seg: Segment, offset: int) -> int:
    """The sentence an offset between two sentences (their spaces) goes with: the one before it."""
    best = seg.sentences[0].start
    for sent in seg.sentences:
        if seg.file_offset(sent.start) <= offset:
            best = sent.start
    return best
