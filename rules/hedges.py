"""CC501 hedged-language: hedges ("believed to", "reportedly") that nobody named holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from checker.links import StoryLinks
from checker.models import Article, Finding
from checker.registry import RuleOptions, fail, rule, warn
from checker.wording import quoted


def _no_cues() -> list[str]:
    """An empty list of cues. A Python function rather than ``list``: pydantic reads a default factory's
    signature each time it makes the default, and the builtin's is parsed from its text (tokenize and
    ``ast``, ~2 ms the first time, in every run's start-up)."""
    return []


class HedgedLanguageOptions(RuleOptions):
    """Options of CC501."""

    #: outcome of an unattributed hedge
    outcome: Literal["warn", "fail"] = "warn"
    #: extra cue patterns (regular expressions) the newsroom treats as hedges (read by the hedge extractor)
    extra_cues: list[str] = Field(default_factory=_no_cues)
    #: cues of the shipped lexicon the newsroom does not treat as hedges (exact lexicon entries)
    ignore_cues: list[str] = Field(default_factory=_no_cues)
    #: kinds of hedge that need a holder; "possibility" ("may", "could") is a forecast nobody holds
    #: and "open" ("whether", "it is unclear") a question the article leaves open; "unverified" ("the
    #: toll could not be verified") is the writer being open about doubt, and "forecast" ("is expected
    #: to") an expectation, "evaluation" ("is considered a leader") a ranking or status: all five are
    #: left out unless the newsroom asks for them ("estimate" is CC401's: a figure needs a source)
    senses: list[str] = Field(default_factory=lambda: ["belief", "report", "allegation", "appearance", "custom"])
    #: report hedges held only by "experts", "critics", "it is widely believed" (weakly held)
    vague_holders: bool = True


@rule("CC501", "hedged-language", kinds=["hedge"], options=HedgedLanguageOptions)
def hedged_language(article: Article, links: StoryLinks, options: HedgedLanguageOptions) -> Iterator[Finding]:
    """A hedge whose holder nobody names, or names only as "experts" or "critics".

    What it checks:
        Cues of doubt or distance ("believed to", "is thought to", "is considered", "reportedly",
        "allegedly", "appears to") that no one named holds: not in the sentence ("police believe",
        "believed by investigators to"), not in the previous sentence of the paragraph, not as the
        passage's stated source ("According to the indictment, …"). A hedge held only by a vague
        holder ("experts say", "some residents believe", "it is widely believed", "critics") is a
        weakly held claim and gets its own message. Hedges inside direct quotes belong to the speaker;
        "claimed" and "alleged" with a named subject are attributions; the reporter's own
        observation given with its evidence ("seemed to hold out hope, writing: …") and "the alleged
        gunman" pass. Estimates ("an estimated 40,000") are CC401's, which asks for their source.

    Why it matters:
        "Is believed to have been carried out by Russia" asserts the claim while disowning it; readers
        and lawyers both ask: believed by whom?

    Example:
        More than 250 people were believed to be killed in Aleppo last week.

    Instead:
        More than 250 people were killed in Aleppo last week, the Syrian Observatory for Human Rights said.

    Options:
        outcome (warn|fail, default warn). extra-cues: more cue patterns. ignore-cues: lexicon entries
        not to treat as hedges. senses (default belief, report, allegation, appearance, custom): which
        kinds of hedge need a holder; also possibility, open, unverified, forecast, evaluation (a ranking or
        status: "is considered a leader"). vague-holders (default true): report hedges held only by a vague holder.
    """
    make = fail if options.outcome == "fail" else warn
    senses = set(options.senses)
    for cue in links.cues_in(article.path):
        if cue.kind != "hedge" or (cue.sense or "custom") not in senses:
            continue
        if cue.status == "unheld":
            yield make(
                cue.span,
                f"{quoted(cue.text)}: nobody is named as holding this; say who believes, alleges or reports it",
            )
        elif cue.status == "vague" and options.vague_holders:
            yield make(
                cue.span,
                f"{quoted(cue.text)}: held only by {quoted(cue.holder or '')}, which names nobody; "
                "say which experts, officials or residents",
            )
