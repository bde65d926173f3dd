"""Hedge claims: cues of uncertainty or distance, the clause they qualify, and who holds them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from checker.extractors.attributions import attributions_in
from checker.hookspecs import hookimpl
from checker.models import Article, ClaimBase, HedgeClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def default_cues() -> list[str]:
    """The cue patterns of the shipped news lexicon (``checker/data/hedges.yaml``)."""
    import yaml

    text = resources.files("checker").joinpath("data/hedges.yaml").read_text(encoding="utf-8")
    return list(yaml.safe_load(text)["cues"])


@lru_cache(maxsize=8)
def _compile(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted(cues, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{c})" for c in alternatives) + r")(?![\w-])", re.IGNORECASE)


def load_lexicon(extra: Iterable[str] = (), remove: Iterable[str] = ()) -> re.Pattern[str]:
    """The compiled cue pattern: the shipped lexicon plus ``extra`` patterns, minus ``remove`` entries."""
    dropped = set(remove)
    cues = tuple(c for c in [*_default(), *extra] if c not in dropped)
    return _compile(cues)


@lru_cache(maxsize=1)
def _default() -> tuple[str, ...]:
    return tuple(default_cues())


def hedges_in(text: str, pattern: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Spans of hedge cues in a string, outside direct quotations (those are the speaker's own words)."""
    pat = pattern or load_lexicon()
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return [m.span() for m in pat.finditer(text) if not any(a <= m.start() < b for a, b in quoted)]


def find_hedges(article: Article, segments: list[Segment], pattern: re.Pattern[str] | None = None) -> list[HedgeClaim]:
    out: list[HedgeClaim] = []
    for seg in segments:
        spans = hedges_in(seg.text, pattern)
        if not spans:
            continue
        for s, e in spans:
            sent = seg.sentence_at(s)
            lo, hi = (sent.start, sent.end) if sent else (0, len(seg.text))
            sentence = seg.text[lo:hi]
            # the holder is whoever the sentence attributes it to ("police said the man allegedly …")
            holders = [a for a in attributions_in(sentence) if not (a[0] <= s - lo < a[1])]
            holder = holders[0][2] if holders else None
            fs, fe = seg.file_range(s, e)
            ss, se = seg.file_range(lo, hi)
            cue = re.sub(r"\s+", " ", seg.text[s:e].strip().lower())
            out.append(
                HedgeClaim.model_construct(
                    id=f"hedge-{fs}-{fe}",
                    kind="hedge",
                    text=seg.text[s:e].strip(),
                    span=article.span(fs, fe),
                    segment=seg.index,
                    extractor="hedges",
                    confidence=1.0,
                    cue=cue,
                    scope=article.span(ss, se),
                    holder=holder,
                )
            )
    return out


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return list(find_hedges(article, segments))
