"""Example claimcheck plugin: an ``acronym`` claim kind and two house rules (HS101, HS102)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from checker import Article, ClaimBase, Finding, PersonClaim, RuleOptions, Segment, hookimpl, rule, warn

__version__ = "0.1.0"

# Acronyms readers know without a spelled-out form (the house list).
KNOWN = {"US", "UK", "UN", "EU", "NATO", "TV", "CEO", "AM", "PM", "USA"}
_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}\b")
# a spelled-out form is a dozen words at most: an unbounded run was tried again from every capitalised
# word of a long run of them (quadratic on hostile input)
_DEFINED = re.compile(r"([A-Z][\w-]*(?:\s+(?:of|the|for|and|[A-Z][\w-]*)){1,12})\s+\(([A-Z]{2,6})\)")


class AcronymClaim(ClaimBase):
    """An acronym, with the spelled-out form when the article gives it ("Islamic State (IS)")."""

    kind: Literal["acronym"] = "acronym"  # type: ignore[assignment]
    letters: str
    expansion: str | None = None


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment]) -> list[ClaimBase]:
    """Find acronyms in the article's text segments."""
    found: list[ClaimBase] = []
    for seg in segments:
        defined = {m.start(2): m.group(1) for m in _DEFINED.finditer(seg.text)}
        for m in _ACRONYM.finditer(seg.text):
            letters = m.group(0).replace(".", "")
            expansion = defined.get(m.start())
            found.append(
                AcronymClaim.found_in(
                    article, seg, m.start(), m.end(), "house-style", letters=letters, expansion=expansion
                )
            )
    return found


class FirstReferenceOptions(RuleOptions):
    """Options of HS101."""

    #: also require a title or role on first reference ("Spokesperson John Kirby")
    require_title: bool = False


@rule("HS101", "first-reference", kinds=["person"], options=FirstReferenceOptions)
def first_reference(claims: list[PersonClaim], options: FirstReferenceOptions) -> Iterator[Finding]:
    """The first reference to a person gives the full name.

    What it checks:
        For each person the article mentions, the first mention is the full name (and, with
        ``require-title``, a title or role), not a surname alone.

    Why it matters:
        Readers meet "Kirby" before they know who Kirby is.

    Example:
        Kirby said the talks were over. … State Department Spokesperson John Kirby …

    Instead:
        State Department Spokesperson John Kirby said the talks were over. … Kirby …

    Options:
        require-title (bool, default false): the first mention must also carry a title or role.
    """
    seen: set[str] = set()
    for c in claims:
        key = c.canonical or c.name
        if key in seen:
            continue
        seen.add(key)
        if c.short:
            yield warn(c, f"first reference to {key} gives only {c.text!r}; give the full name")
        elif options.require_title and not c.title:
            yield warn(c, f"first reference to {key} gives no title or role")


@rule("HS102", "acronym-defined", kinds=["acronym"])
def acronym_defined(claims: list[AcronymClaim]) -> Iterator[Finding]:
    """An acronym is spelled out on first use unless it is on the house list.

    What it checks:
        The first use of each acronym not in the house list (US, UN, NATO, …) comes with its
        spelled-out form in parentheses style: "Organisation for the Prohibition of Chemical
        Weapons (OPCW)".

    Why it matters:
        Readers outside the beat do not know what the OPCW is.

    Example:
        The OPCW said on Monday …

    Instead:
        The Organisation for the Prohibition of Chemical Weapons (OPCW) said on Monday …

    Options:
        None.
    """
    seen: set[str] = set()
    for c in claims:
        if c.letters in seen or c.letters in KNOWN:
            continue
        seen.add(c.letters)
        if c.expansion is None:
            yield warn(c, f"{c.text} is not spelled out on first use")
