"""CC501 hedged-language: hedges ("believed to", "reportedly") that nobody named holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Article, Finding, HedgeClaim, Segment
from checker.registry import fail, rule, warn
from checker.wording import quoted


class HedgedLanguageOptions(BaseModel):
    """Options of CC501."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    #: outcome of an unattributed hedge
    outcome: Literal["warn", "fail"] = "warn"
    #: extra cue patterns (regular expressions) the newsroom treats as hedges
    extra_cues: list[str] = Field(default_factory=list)
    #: cues of the shipped lexicon the newsroom does not treat as hedges (exact lexicon entries)
    ignore_cues: list[str] = Field(default_factory=list)
    #: kinds of hedge that need a holder; "possibility" ("may", "could") is a forecast nobody holds,
    #: so it is left out unless the newsroom asks for it
    senses: list[str] = Field(
        default_factory=lambda: ["belief", "report", "allegation", "appearance", "estimate", "unverified", "custom"]
    )


@rule("CC501", "hedged-language", kinds=["hedge"], options=HedgedLanguageOptions)
def hedged_language(
    article: Article, claims: list[HedgeClaim], segments: list[Segment], options: HedgedLanguageOptions
) -> Iterator[Finding]:
    """A hedge whose holder nobody names: who believes it, who alleges it?

    What it checks:
        Cues of uncertainty or distance ("believed to", "is thought to", "reportedly", "allegedly",
        "appears to", "an estimated") in a sentence that names no one who holds that belief. A hedge
        attributed to a source ("police said the man allegedly …") passes. Hedges inside direct quotes
        are the speaker's own words and are not checked.

    Why it matters:
        "Is believed to have been carried out by Russia" asserts the claim while disowning it; readers
        and lawyers both ask: believed by whom?

    Example:
        More than 250 people were believed to be killed in Aleppo last week.

    Instead:
        More than 250 people were killed in Aleppo last week, the Syrian Observatory for Human Rights said.

    Options:
        outcome (warn|fail, default warn). extra-cues: more cue patterns. ignore-cues: lexicon entries
        not to treat as hedges. senses (default every sense but "possibility"): which kinds of hedge
        need a holder — belief, report, allegation, appearance, estimate, unverified, possibility, custom.
    """
    if options.extra_cues or options.ignore_cues:
        from checker.extractors.hedges import find_hedges, load_lexicon

        claims = find_hedges(article, segments, load_lexicon(options.extra_cues, options.ignore_cues))
    make = fail if options.outcome == "fail" else warn
    senses = set(options.senses)
    for h in claims:
        if h.holder is None and (h.sense or "custom") in senses:
            yield make(
                h, f"{quoted(h.text)}: nobody is named as holding this; say who believes, alleges or estimates it"
            )
