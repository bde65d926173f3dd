"""claimcheck: check news articles for claims that disagree with each other, the way pytest checks code.

Glossary: a **Session** is one run over some paths. Each file becomes an **Article** (its text and
metadata), split into **Segments** (paragraphs, headings, quotes, furniture) with sentences.
Extractors find typed **Claims** in the segments (dates, figures, quotes, attributions, hedges,
people). A **Rule** reads claims and produces **Findings** (warn or fail); its **RuleResult** on an
article has an **Outcome** (pass, warn, fail, skip, error). The run ends with an **ExitCode**.

The public API is re-exported here; import it as ``from checker import rule, warn, fail, ...``.
``checker.check(paths=..., text=..., meta=..., **options)`` runs claimcheck in-process and returns
a typed :class:`checker.api.Report` (``docs/api.md``); ``main(argv)`` is the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Names resolved lazily so `claimcheck --version` and hook specs stay cheap to import.
_EXPORTS = {
    "hookimpl": "checker.hookspecs",
    "hookspec": "checker.hookspecs",
    "rule": "checker.registry",
    "warn": "checker.registry",
    "fail": "checker.registry",
    "related": "checker.registry",
    "Rule": "checker.registry",
    "RuleOptions": "checker.registry",
    "linker": "checker.linking",
    "Linker": "checker.linking",
    "StoryLinks": "checker.links",
    "Entity": "checker.links",
    "Skip": "checker.errors",
    "UsageError": "checker.errors",
    "ArticleError": "checker.errors",
    "main": "checker.cli",
    "check": "checker.api",
    "Report": "checker.api",
    "Article": "checker.models",
    "ArticleMeta": "checker.models",
    "ArticleResult": "checker.models",
    "AttributionClaim": "checker.models",
    "ClaimBase": "checker.models",
    "DateClaim": "checker.models",
    "ExitCode": "checker.models",
    "FigureClaim": "checker.models",
    "Finding": "checker.models",
    "HedgeClaim": "checker.models",
    "Outcome": "checker.models",
    "PersonClaim": "checker.models",
    "QuoteClaim": "checker.models",
    "Related": "checker.models",
    "RuleResult": "checker.models",
    "Segment": "checker.models",
    "Sentence": "checker.models",
    "Span": "checker.models",
}
__all__ = [
    "Article",
    "ArticleError",
    "ArticleMeta",
    "ArticleResult",
    "AttributionClaim",
    "ClaimBase",
    "DateClaim",
    "Entity",
    "ExitCode",
    "FigureClaim",
    "Finding",
    "HedgeClaim",
    "Linker",
    "Outcome",
    "PersonClaim",
    "QuoteClaim",
    "Related",
    "Report",
    "Rule",
    "RuleOptions",
    "RuleResult",
    "Segment",
    "Sentence",
    "Skip",
    "Span",
    "StoryLinks",
    "UsageError",
    "check",
    "fail",
    "hookimpl",
    "hookspec",
    "linker",
    "main",
    "related",
    "rule",
    "warn",
]

if TYPE_CHECKING:
    from checker.api import Report, check
    from checker.cli import main
    from checker.errors import ArticleError, Skip, UsageError
    from checker.hookspecs import hookimpl, hookspec
    from checker.linking import Linker, linker
    from checker.links import Entity, StoryLinks
    from checker.models import (
        Article,
        ArticleMeta,
        ArticleResult,
        AttributionClaim,
        ClaimBase,
        DateClaim,
        ExitCode,
        FigureClaim,
        Finding,
        HedgeClaim,
        Outcome,
        PersonClaim,
        QuoteClaim,
        Related,
        RuleResult,
        Segment,
        Sentence,
        Span,
    )
    from checker.registry import Rule, RuleOptions, fail, related, rule, warn


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
