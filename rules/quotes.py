"""CC301 quote-fidelity: one speaker's words quoted differently, meaning flipped, or quotation marks unbalanced."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Article, Finding, QuoteClaim
from checker.names import name_key
from checker.registry import fail, related, rule, warn

_NEGATIONS = {"not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "n't", "cannot"}
_BRACKETED = re.compile(r"\[[^\]]*\]")


class QuoteFidelityOptions(BaseModel):
    """Options of CC301."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: share of the shorter quote's words that must match for two quotes to be renderings of one
    same_quote: float = Field(0.6, ge=0, le=1)
    across_story: bool = True


def words(text: str) -> list[str]:
    """A quote's words, lowercased, punctuation and bracketed insertions dropped (an insertion is a gap)."""
    text = _BRACKETED.sub(" … ", text.replace("’", "'"))
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?|…", text.lower())


def verdict(a: list[str], b: list[str], threshold: float) -> tuple[str | None, str]:
    """Compare two quotes by one speaker: None (faithful or unrelated), "warn" (words changed) or "fail" (meaning flipped)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return None, ""
    matcher = difflib.SequenceMatcher(a=short, b=long_, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    plain = [w for w in short if w != "…"]
    if not plain or matched / len(plain) < threshold:
        return None, ""  # different quotes
    changed: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        mine = [w for w in short[i1:i2] if w != "…"]
        if op == "insert" or (not mine and "…" in short[i1:i2]):
            continue  # the shorter quote cut words, or an editor's bracketed insertion stands for them
        changed.append(" ".join(short[i1:i2]) + " → " + " ".join(long_[j1:j2]))
        flipped = set(short[i1:i2]) ^ set(long_[j1:j2])
        if flipped & _NEGATIONS or any(w.isdigit() for w in flipped):
            return "fail", "; ".join(changed)
    if not changed:
        return None, ""
    return "warn", "; ".join(changed)


@rule("CC301", "quote-fidelity", kinds=["quote"], options=QuoteFidelityOptions)
def quote_fidelity(
    article: Article, claims: list[QuoteClaim], earlier: list[Article], options: QuoteFidelityOptions
) -> Iterator[Finding]:
    """The same speaker's words are quoted differently, or quotation marks do not balance.

    What it checks:
        Two quotes by one speaker (in an article or across a story) that are renderings of the same
        words but differ: changed words warn, a flipped negation or a changed number fails. A quote cut
        at a sentence or clause boundary, or with a bracketed insertion, is faithful. A paraphrase
        beside a quote is not a quote. Quotation marks that open and never close (or the reverse) fail.

    Why it matters:
        A misquote is the complaint a source is most likely to make, and the easiest to prove.

    Example:
        “We will not negotiate,” she said. … Later: she said “we will negotiate”.

    Instead:
        Quote from the transcript or notes once and reuse that text, trimming only at boundaries.

    Options:
        same-quote (default 0.6): share of the shorter quote's words that must match for two quotes
        to be one quote rendered twice. across-story (default true).
    """
    for q in claims:
        if q.unbalanced:
            yield fail(q, "quotation marks do not balance: an opening mark has no closing mark (or the reverse)")
    mine: dict[str, list[QuoteClaim]] = defaultdict(list)
    for q in claims:
        if q.speaker and not q.unbalanced:
            mine[name_key(q.speaker)].append(q)
    for quotes in mine.values():
        for i, a in enumerate(quotes):
            for b in quotes[:i]:
                yield from _compare(article, a, article, b, options)
    if options.across_story:
        for other in earlier:
            for theirs in other.claims:
                if isinstance(theirs, QuoteClaim) and theirs.speaker and not theirs.unbalanced:
                    for a in mine.get(name_key(theirs.speaker), []):
                        yield from _compare(article, a, other, theirs, options)


def _compare(
    article: Article, a: QuoteClaim, other: Article, b: QuoteClaim, options: QuoteFidelityOptions
) -> Iterator[Finding]:
    outcome, detail = verdict(words(a.content), words(b.content), options.same_quote)
    if outcome is None:
        return
    where = "here" if other is article else f"in {other.path}"
    make = fail if outcome == "fail" else warn
    what = "meaning changes" if outcome == "fail" else "words differ"
    yield make(
        a,
        f"{a.speaker} is quoted differently {where} ({what}: {detail})",
        related=[related(other, b, f"quoted as “{b.content[:80]}”")],
    )
