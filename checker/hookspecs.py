"""Every hook claimcheck calls, in the order a run calls them: the lifecycle's documentation.

A run goes: ``claimcheck_addoption`` → ``claimcheck_configure`` → ``claimcheck_register_rules`` →
``claimcheck_sessionstart`` → for each article ``claimcheck_read_article`` → ``claimcheck_segment``
→ ``claimcheck_extract_claims`` → once per story ``claimcheck_story_sources`` (the story's other
articles) and the linking stage (linkers from ``claimcheck_register_linkers``) → (rules run, outside hooks) → ``claimcheck_article_result`` →
``claimcheck_sessionfinish`` → ``claimcheck_unconfigure``.

Implement a hook with ``@checker.hookimpl`` on a function of the same name in a plugin module.
An implementation may accept any subset of the arguments below, by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from checker.config import Config
    from checker.linking import Linker
    from checker.models import Article, ArticleResult, ClaimBase, ExitCode, Segment
    from checker.registry import Rule
    from checker.session import Session
    from checker.stories import StorySource

PROJECT = "claimcheck"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# -- setup -----------------------------------------------------------------------------------


@hookspec(historic=True)
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    """Add command-line flags for the check command.

    :param parser: the ``argparse`` parser of ``claimcheck [PATH ...]``; add flags with
        ``parser.add_argument``. Values reach plugins as ``config.args.<dest>``.

    Example: ``parser.add_argument("--house-style", default="ap")``.
    """


@hookspec(historic=True)
def claimcheck_configure(config: Config) -> None:
    """Set a plugin up once the configuration is known.

    Reporters register their listener object here (``config.pluginmanager.register(...)``),
    as pytest's terminal reporter does; there is no reporter registry.

    :param config: the run's configuration (settings from the file, CLI args, plugin manager).
    """


@hookspec
def claimcheck_unconfigure(config: Config) -> None:
    """Tear a plugin down at the end of the run; the mirror of ``claimcheck_configure``.

    :param config: the run's configuration.
    """


# -- articles --------------------------------------------------------------------------------


@hookspec(firstresult=True)
def claimcheck_read_article(path: Path, config: Config) -> Article | None:
    """Read one file into an :class:`~checker.models.Article`.

    Stops at the first non-None result: the first reader that recognises the file wins. Return
    None for a file you do not handle; raise :class:`~checker.errors.ArticleError` for a file you
    handle but cannot read (it becomes a CC001 error result and the run goes on).

    :param path: the file, as collected.
    :param config: the run's configuration (defaults for ``published`` / ``story``, size limit).
    """


@hookspec(firstresult=True)
def claimcheck_segment(article: Article, config: Config) -> list[Segment] | None:
    """Split an article's body into segments (paragraphs, headings, quotes, list items, furniture).

    Stops at the first non-None result; the built-in segmenter is ``trylast`` so a plugin can
    replace it. Segments of kind ``furniture`` stay in the line map but no extractor reads them.

    :param article: the article as its reader produced it.
    :param config: the run's configuration (furniture patterns).
    """


@hookspec
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    """Find claims of one or more kinds in an article's text segments.

    Every extractor contributes; the engine flattens the lists, orders claims by position and
    drops exact duplicates. Furniture segments are not passed.

    :param article: the article (metadata such as ``meta.published`` resolves relative dates).
    :param segments: the article's non-furniture segments, with their sentences.
    :param config: the run's configuration.
    """
    return []


@hookspec
def claimcheck_register_rules(config: Config) -> list[Rule]:
    """Offer rules to the engine.

    Every plugin contributes; the engine validates each rule (code pattern, unique code and name)
    and stops with a usage error naming the rule when one is invalid.

    :param config: the run's configuration (a plugin may build rules from settings).
    """
    return []


@hookspec
def claimcheck_register_linkers(config: Config) -> list[Linker]:
    """Offer linkers to the linking stage (see :mod:`checker.linking`).

    Every plugin contributes; the engine orders the linkers by what each ``requires`` and
    ``provides`` and stops with a usage error naming the linker when a required layer is missing,
    a layer is provided twice or linkers require each other in a circle. Linkers defined at module
    level in a plugin module are offered without this hook.

    :param config: the run's configuration.
    """
    return []


@hookspec
def claimcheck_story_sources(config: Config) -> list[StorySource]:
    """Offer places a story's other articles come from, besides the run (the tree, a ledger).

    Every plugin contributes; for each story of the run the session asks each source for the
    story's articles, merges them with the run's by :func:`checker.stories.article_key` (the run's
    copy wins) and links and checks the story with them. Findings are reported only on the run's
    articles.

    :param config: the run's configuration.
    """
    return []


# -- session ---------------------------------------------------------------------------------


@hookspec
def claimcheck_sessionstart(session: Session) -> None:
    """The run begins: paths are collected, rules are known, no article has been read yet.

    :param session: the run (``session.paths``, ``session.rules``, ``session.config``).
    """


@hookspec
def claimcheck_article_result(result: ArticleResult, session: Session) -> None:
    """One article has been checked; listeners print progress or accumulate output.

    Called once per article, in the deterministic order of the report.

    :param result: the article, its claims and every rule's result on it.
    :param session: the run.
    """


@hookspec
def claimcheck_sessionfinish(session: Session, exit_code: ExitCode) -> None:
    """The run is over: write report files, print the summary.

    :param session: the run: ``len(session.results)`` articles and ``session.counts()``; the results
        themselves only if a listener called ``session.results.keep()`` at session start (a run
        keeps no article once it is reported, so that memory stays flat).
    :param exit_code: the exit status the run will end with.
    """


def _all_hooks() -> dict[str, Any]:
    """Every hook spec in this module by name (used by docs and tests)."""
    return {k: v for k, v in globals().items() if k.startswith("claimcheck_") and callable(v)}
