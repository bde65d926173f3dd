"""The engine's own rules (CC0xx): unreadable input, input warnings and suppression hygiene."""

from __future__ import annotations

from collections.abc import Iterator

from checker.hookspecs import hookimpl
from checker.models import Article, Finding
from checker.registry import Rule, rule, warn
from checker.suppression import VERBS, Suppression
from checker.wording import join


@rule("CC001", "article-unreadable")
def article_unreadable(article: Article) -> Iterator[Finding]:
    """An article file could not be read at all.

    What it checks:
        Reported by the engine when no reader can turn a file into an article: a missing or
        unreadable file, a binary file, a file over the size limit, front matter that is not
        valid YAML, or a ``published``/``date``/``updated`` value that is not a date (every
        relative date of the article is resolved against it: checked without it, "on Monday"
        would be checked against nothing). The other articles are still checked.

    Why it matters:
        A draft that claimcheck cannot read has not been checked; CI must not pass it silently.

    Example:
        A Markdown draft whose front matter has an unclosed quote: ``title: "Aleppo``.

    Instead:
        Fix the file so it decodes as text and its front matter parses.

    Options:
        None.
    """
    return iter(())  # the engine produces this rule's error results itself


@rule("CC002", "input-warning")
def input_warning(article: Article) -> Iterator[Finding]:
    """The article was read, but something in the file had to be repaired or guessed.

    What it checks:
        Problems a reader recovered from: bytes that are not valid UTF-8 (replaced with U+FFFD),
        a front-matter value that is not what the key expects (a list where text belongs; a bad
        date is CC001).

    Why it matters:
        A replaced character can hide a misspelt name or a wrong figure.

    Example:
        A file saved as Latin-1 with "café" in it.

    Instead:
        Save the article as UTF-8.

    Options:
        None.
    """
    for diag in article.diagnostics:
        yield warn(diag.span, diag.message)


@rule("CC003", "unused-suppression")
def unused_suppression(article: Article, suppressions: list[Suppression]) -> Iterator[Finding]:
    """A suppression comment silenced nothing.

    What it checks:
        ``claimcheck: ignore`` and ``disable`` directives that no finding of the rules they name
        fell under (like ruff's unused-noqa check).

    Why it matters:
        Stale suppressions hide the next real problem in that paragraph.

    Example:
        ``<!-- claimcheck: ignore CC201 -- figures checked with the desk -->`` above a paragraph
        whose figures now agree.

    Instead:
        Delete the comment.

    Options:
        None.
    """
    for s in suppressions:
        if not s.used:
            yield warn(s.span, f"suppression of {join(s.selectors) or 'all rules'} silenced nothing")


@rule("CC004", "suppression-without-reason")
def suppression_without_reason(article: Article, suppressions: list[Suppression]) -> Iterator[Finding]:
    """A suppression comment gives no reason.

    What it checks:
        ``claimcheck: ignore`` and ``disable`` directives without ``-- reason``.

    Why it matters:
        An editor reading the draft later must know why a finding was accepted.

    Example:
        ``<!-- claimcheck: ignore CC101 -->``

    Instead:
        ``<!-- claimcheck: ignore CC101 -- the two dates are the attack and its anniversary -->``

    Options:
        None.
    """
    for s in suppressions:
        if s.verb in VERBS and s.verb != "enable" and not s.reason:
            yield warn(s.span, f"suppression of {join(s.selectors) or 'all rules'} gives no reason (add `-- reason`)")


@rule("CC005", "link-error")
def link_error(article: Article) -> Iterator[Finding]:
    """A linker of the linking stage crashed on the article's story.

    What it checks:
        Reported by the engine when a linker (built-in or from a plugin) raises or returns
        something other than the layers it declared. The message names the linker and its
        plugin; rules still run on the story, without that linker's links.

    Why it matters:
        Rules that compare claims by their links (people, events, quantities) may miss
        inconsistencies when links are missing, so the story has not been fully checked.

    Example:
        A plugin linker that expects every figure to have a unit and raises on one without.

    Instead:
        Report the crash to the plugin's authors, or leave the plugin out with ``-p no:NAME``.

    Options:
        None.
    """
    return iter(())  # the engine produces this rule's error results itself


@rule("CC006", "unknown-suppression")
def unknown_suppression(article: Article, suppressions: list[Suppression]) -> Iterator[Finding]:
    """A suppression comment has a verb or names a rule that claimcheck does not know.

    What it checks:
        ``claimcheck:`` directives whose verb is not ``ignore``, ``disable`` or ``enable``, and
        rule codes, prefixes or names in a directive that match no registered rule (like ruff's
        warnings on unknown codes in ``# noqa`` comments). The closest known word is suggested.

    Why it matters:
        A misspelt directive silences nothing, so the finding it was meant to accept still
        fails the run, or (worse) it reads as accepted to an editor while claimcheck ignores it.

    Example:
        ``<!-- claimcheck: ignroe hedged-languag -- the police estimate, checked -->``

    Instead:
        ``<!-- claimcheck: ignore hedged-language -- the police estimate, checked -->``

    Options:
        None.
    """
    for s in suppressions:
        for problem in s.problems:
            yield warn(s.span, problem)


ENGINE_RULES: tuple[Rule, ...] = (
    article_unreadable,
    input_warning,
    unused_suppression,
    suppression_without_reason,
    link_error,
    unknown_suppression,
)


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return list(ENGINE_RULES)
