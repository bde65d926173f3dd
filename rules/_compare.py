"""Shared helpers of the built-in rules: the sentence a claim stands in."""

from __future__ import annotations

from checker.models import ClaimBase, Segment


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
