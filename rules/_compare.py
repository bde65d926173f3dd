"""Shared comparison helpers of the built-in rules: event word sets and an index to find candidate pairs."""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from checker.extractors.dates import event_key
from checker.models import Article, ClaimBase, Segment

T = TypeVar("T")

#: words of an event phrase that say who reported it or where, not what happened
_NOT_EVENT = {
    "told", "tell", "say", "report", "reported", "according", "statement", "added", "state", "note", "announc",
    "announce", "confirm", "claim", "post", "posted", "updat", "update", "publish", "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "night",
}  # fmt: skip


def fold(stem: str) -> str:
    """A coarser stem so that "collapse"/"collaps" and "vote"/"vot" meet (first five letters, no final e)."""
    return stem.rstrip("e")[:5]


@lru_cache(maxsize=65536)  # the same phrases come back for every pair of a story's articles
def event_words(event: str | None) -> frozenset[str]:
    """The folded content words of an event phrase, reporting verbs left out."""
    return frozenset(fold(w) for w in event_key(event) if w not in _NOT_EVENT and len(w) > 2)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def alike(a: frozenset[str], b: frozenset[str], threshold: float, least: int = 2) -> bool:
    """Two word sets describe one thing: at least ``least`` words shared and ``threshold`` of the smaller."""
    return len(a & b) >= least and overlap(a, b) >= threshold


def per_article(build: Callable[[Article], T]) -> Callable[[Article], T]:
    """``build(article)`` made once per article object and reused while the article lives.

    Cross-article rules meet each of a story's articles once per other article; what they take from
    it (an index of its dates, say) is the same every time. Entries go when the article does (a
    weak reference), so nothing outlives the story.
    """
    cache: dict[int, tuple[weakref.ref[Article], T]] = {}

    def get(article: Article) -> T:
        key = id(article)
        hit = cache.get(key)
        if hit is not None and hit[0]() is article:
            return hit[1]
        made = build(article)
        cache[key] = (weakref.ref(article, lambda _, key=key: cache.pop(key, None)), made)  # type: ignore[misc]
        return made

    return get


class WordIndex(Generic[T]):
    """Items indexed by the words describing them, so that only items sharing a word are compared."""

    def __init__(self, items: Iterable[T], words: Callable[[T], frozenset[str]]) -> None:
        self.words = words
        self.items: list[T] = []
        self.keys: list[frozenset[str]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        for item in items:
            key = words(item)
            if not key:
                continue
            for w in key:
                self.postings[w].append(len(self.items))
            self.items.append(item)
            self.keys.append(key)

    def candidates(self, key: frozenset[str], before: int | None = None) -> Iterator[tuple[T, frozenset[str]]]:
        """Items sharing at least one word with ``key`` (each once; only those indexed before ``before``).

        They come in the order they were indexed (file order), never in the set's hash order, so the
        pair a rule reports is the same from run to run.
        """
        hits = {i for w in key for i in self.postings.get(w, ()) if before is None or i < before}
        for i in sorted(hits):
            yield self.items[i], self.keys[i]


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\b")
_NOT_NAMES = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "This", "That", "In", "On", "At",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Police", "Mr", "Mrs",
    "Ms", "Dr",
}  # fmt: skip


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


def proper_names(text: str) -> frozenset[str]:
    """Capitalised words inside a sentence (places, people, organisations), weekdays and months left out."""
    return frozenset(w for w in _CAPITALISED.findall(text) if w not in _NOT_NAMES)


def elsewhere(a: str, b: str) -> bool:
    """Two sentences that each name places or bodies and share none of them are about different things
    ("10 houses in Takengon" and "22 houses in Bener Meriah")."""
    na, nb = proper_names(a), proper_names(b)
    return bool(na and nb and not na & nb)
