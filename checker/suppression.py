"""Inline suppressions: ``<!-- claimcheck: ignore CC201 -- reason -->`` and disable/enable ranges.

A directive with a verb other than ignore/disable/enable, or naming a rule no plugin registered,
is still recognised as a directive (kept out of the article's text) and carries a ``problem``
with the closest known word, which the engine rule CC006 reports (as ruff reports unknown codes
in ``# noqa`` comments).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from checker.models import Article, Finding, Outcome, RuleResult, Span
from checker.registry import Rule, RuleRegistry
from checker.selection import matches, suggest

#: The directive verbs.
VERBS = ("ignore", "disable", "enable")

# The words are the same in every format; Markdown and HTML wrap them in a comment, plain text
# puts them on a line of their own.
_BODY = r"claimcheck:\s*(?P<verb>[A-Za-z][\w-]*)\b(?P<rules>[^\n]*?)(?:\s--(?!>)\s*(?P<reason>(?:(?!-->)[^\n])*?))?\s*"
COMMENT = re.compile(r"<!--\s*" + _BODY + r"-->")
LINE = re.compile(r"(?m)^[ \t]*" + _BODY + r"$")


def is_directive(text: str) -> bool:
    """A segment that is nothing but a suppression directive: kept away from extractors and rules."""
    if "claimcheck:" not in text:
        return False
    body = text.strip()
    return bool(COMMENT.fullmatch(body) or LINE.fullmatch(body))


@dataclass
class Suppression:
    """One directive: which rules it silences, over which range of the file, and why."""

    verb: str
    selectors: tuple[str, ...]
    reason: str
    span: Span
    start: int = 0
    end: int = 0
    used: bool = field(default=False)
    #: what is wrong with the directive itself (an unknown verb or rule), with a "did you mean"
    problems: tuple[str, ...] = ()

    def covers(self, rule: Rule, offset: int) -> bool:
        if not (self.start <= offset < self.end):
            return False
        return not self.selectors or any(matches(s, rule) for s in self.selectors)

    def names(self, rule: Rule) -> bool:
        return not self.selectors or any(matches(s, rule) for s in self.selectors)


def find(article: Article, registry: RuleRegistry | None = None) -> list[Suppression]:
    """Every directive in the article, with the range each one silences.

    With the run's ``registry``, selectors that name no registered rule are problems of their
    directive; a directive with an unknown verb silences nothing and is never "unused".
    """
    pattern = LINE if article.format == "text" else COMMENT
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    for m in pattern.finditer(article.raw):
        selectors = tuple(s for s in re.split(r"[\s,]+", m.group("rules").strip()) if s)
        item = Suppression(
            verb=m.group("verb"),
            selectors=selectors,
            reason=(m.group("reason") or "").strip(),
            span=article.span(m.start(), m.end()),
        )
        item.problems = _problems(item, registry)
        if item.verb not in VERBS:
            item.start = item.end = m.end()
            item.used = True  # it silences nothing by construction; CC006 says why
            found.append(item)
            continue
        if registry is not None and selectors and not any(matches(s, r) for s in selectors for r in registry):
            item.used = True  # every rule it names is unknown: CC006 reports it, not CC003 as well
        if item.verb == "ignore":
            item.start, item.end = _next_block(article, m.end())
            found.append(item)
        elif item.verb == "disable":
            item.start, item.end = m.end(), len(article.raw)
            open_ranges.append(item)
            found.append(item)
        else:  # enable closes the matching disables (all of them when it names no rule)
            for d in list(open_ranges):
                if (
                    not selectors
                    or not d.selectors
                    or {x.lower() for x in selectors} & {x.lower() for x in d.selectors}
                ):
                    d.end = m.start()
                    open_ranges.remove(d)
    return found


def _problems(item: Suppression, registry: RuleRegistry | None) -> tuple[str, ...]:
    from checker.suggestions import closest

    out = []
    if item.verb not in VERBS:
        close = closest(item.verb.lower(), VERBS, cutoff=0.6)
        hint = f"did you mean {close}?" if close else f"use {', '.join(VERBS[:-1])} or {VERBS[-1]}"
        out.append(f"unknown suppression verb {item.verb!r} ({hint})")
    if registry is not None:
        for sel in item.selectors:
            if not any(matches(sel, r) for r in registry):
                out.append(f"suppression names unknown rule {sel!r}{suggest(sel, registry)}")
    return tuple(out)


def _next_block(article: Article, after: int) -> tuple[int, int]:
    """The range of the first segment that starts after a directive (the "next paragraph")."""
    for seg in article.segments:
        if seg.span.start >= after and seg.kind != "furniture":
            return seg.span.start, seg.span.end
    return after, after


def apply(
    results: Sequence[RuleResult], rules: dict[str, Rule], suppressions: Iterable[Suppression]
) -> list[RuleResult]:
    """Drop suppressed findings and recompute each rule's outcome; marks the suppressions used."""
    sups = list(suppressions)
    if not sups:
        return list(results)
    out = []
    for result in results:
        rule = rules.get(result.code)
        if rule is None or not result.findings:
            out.append(result)
            continue
        kept: list[Finding] = []
        for f in result.findings:
            hit = None
            if f.span is not None:
                hit = next((s for s in sups if s.covers(rule, f.span.start)), None)
            if hit is None:
                kept.append(f)
            else:
                hit.used = True
        if len(kept) == len(result.findings):
            out.append(result)
        else:
            out.append(result.model_copy(update={"findings": tuple(kept), "outcome": worst(kept)}))
    return out


def worst(findings: Iterable[Finding]) -> Outcome:
    """The outcome of a rule from its findings: the worst of them, or PASS."""
    outcome = Outcome.PASS
    for f in findings:
        if f.outcome.severity > outcome.severity:
            outcome = Outcome(f.outcome)
    return outcome
