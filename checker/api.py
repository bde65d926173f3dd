"""The Python API: ``checker.check(...)`` runs claimcheck in-process and returns a typed :class:`Report`.

Tests, editors and other tools call this instead of the command line or the engine's internals::

    import checker

    report = checker.check(paths=["drafts/"], select=["CC1", "CC2"])
    report = checker.check(text="The mayor said on Monday ...", meta={"published": "2016-10-03"})
    for path, result, finding in report.findings():
        print(path, finding.span.line if finding.span else "-", result.code, finding.message)

A run through the API is the run ``claimcheck`` makes with the same options: the same
configuration discovery, plugins, selection, suppressions and baselines, and nothing printed.
``main(argv)`` in :mod:`checker.cli` stays the command line's entry point.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.errors import UsageError
from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.models import ArticleResult, ExitCode, Finding, RuleResult
    from checker.session import Session

#: What an article given as ``text`` is called in the report when ``path`` is not given.
TEXT_PATH = "article.md"


@dataclass(frozen=True)
class Report:
    """What one run concluded.

    :ivar exit_code: what ``claimcheck`` would exit with (``ExitCode.OK``, ``CHECK_FAILED``, ...).
    :ivar articles: one result per article, in the order checked (sorted paths).
    :ivar rules: the codes of the rules selected for the run, sorted.
    :ivar counts: rule results per outcome: ``{"pass": 37, "warn": 2, "fail": 1, "skip": 0, "error": 0}``.
    :ivar data: the ``claimcheck-report/1`` document (what ``--format json`` prints), as a dict.
    """

    exit_code: ExitCode
    articles: tuple[ArticleResult, ...]
    rules: tuple[str, ...]
    counts: Mapping[str, int]
    data: Mapping[str, Any] = field(repr=False)

    @property
    def ok(self) -> bool:
        """True when nothing failed (the run would exit 0)."""
        return int(self.exit_code) == 0

    def findings(self, outcome: str | None = None) -> Iterator[tuple[str, RuleResult, Finding]]:
        """Every finding as ``(article path, rule result, finding)``, in report order; ``outcome``
        ("warn" or "fail") keeps only those."""
        for ar in self.articles:
            for result in ar.results:
                for f in result.findings:
                    if outcome is None or f.outcome.value == outcome:
                        yield ar.path, result, f

    def article(self, path: str | Path) -> ArticleResult:
        """The result for one article, by the path as reported; KeyError when it was not checked."""
        wanted = Path(path).as_posix()
        for ar in self.articles:
            if ar.path == wanted:
                return ar
        raise KeyError(wanted)


class _Collector:
    """Keeps what the session concluded; the API's only window on the run (a public hook)."""

    def __init__(self) -> None:
        self.report: Report | None = None

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        session.results.keep()  # the Report hands back every article's result

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.report import report_dict

        self.report = Report(
            exit_code=exit_code,
            articles=tuple(session.results),
            rules=tuple(sorted(r.code for r in session.rules)),
            counts=session.counts(),
            data=report_dict(session, exit_code),
        )


class _MetaOverride:
    """Gives the article read from ``text`` the caller's metadata, over what its reader found."""

    def __init__(self, path: str, meta: Mapping[str, Any]) -> None:
        self.path = path
        self.meta = dict(meta)

    @hookimpl(wrapper=True)
    def claimcheck_read_article(self, path: Path, config: Any) -> Any:
        article = yield
        if article is None or path.as_posix() != self.path:
            return article
        from checker.models import ArticleMeta

        merged = ArticleMeta.model_validate({**article.meta.model_dump(), **self.meta})
        return article.model_copy(update={"meta": merged})


def _validate_meta(meta: Mapping[str, Any]) -> None:
    """Refuse metadata of the wrong type with the key and the problem, as a UsageError."""
    from pydantic import ValidationError

    from checker.models import ArticleMeta

    try:
        ArticleMeta.model_validate(dict(meta))
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise UsageError(f"check(): meta {key!r}: {first['msg']} (got {first.get('input')!r})") from None


def _flags(options: Mapping[str, Any]) -> list[str]:
    """Keyword options as command-line flags: ``select=["CC1"]`` → ``--select CC1``; True → the bare flag."""
    from checker.arguments import make_parser
    from checker.suggestions import did_you_mean

    known = {a.dest: a for a in make_parser("check")._actions if a.option_strings}
    argv: list[str] = []
    for key, value in options.items():
        if value is None or value is False:
            continue
        action = known.get(key)
        flag = "--" + key.replace("_", "-")
        if action is None and key not in ("html", "json", "sarif", "junitxml", "baseline", "write_baseline"):
            raise UsageError(f"check(): unknown option {key!r}{did_you_mean(key, list(known))}")
        if action is not None and action.option_strings:
            flag = max(action.option_strings, key=len)
        if key == "published" and isinstance(value, str):
            try:
                date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"check(): published={value!r} is not a date (expected YYYY-MM-DD)") from None
        if value is True:
            argv.append(flag)
        elif isinstance(value, (list, tuple)):
            for item in value:
                argv += [flag, str(item)]
        else:
            argv += [flag, value.isoformat() if isinstance(value, date) else str(value)]
    return argv


def check(
    paths: Sequence[str | Path] | None = None,
    *,
    text: str | None = None,
    meta: Mapping[str, Any] | None = None,
    path: str | Path | None = None,
    config: str | Path | None = None,
    plugins: Sequence[object] = (),
    **options: Any,
) -> Report:
    """Check articles and return the typed report; prints nothing, modifies no file it reads.

    :param paths: article files or folders (as on the command line); default ``.`` without ``text``.
    :param text: an article's text to check instead of (or besides) ``paths``; read by the reader
        for ``path``'s extension (default ``article.md``: Markdown, which plain text also is).
    :param meta: metadata for ``text``, over what its reader found: ``published`` (a date or
        ``YYYY-MM-DD``), ``story``, ``title``, ``outlet``, ``byline``, ``url``, ``dateline``.
    :param path: the name ``text`` is reported under (and found configuration from).
    :param config: a configuration file; ``no_config=True`` ignores every configuration file.
    :param plugins: extra plugin objects (modules or instances) registered last.
    :param options: any command-line flag by its name in snake_case: ``select=["CC1"]``,
        ``ignore=["CC501"]``, ``story="town-fire"``, ``published=date(2016, 10, 3)``,
        ``fail_on="warn"``, ``no_config=True``, ``baseline="base.json"``, ``plugin_modules=["mod"]``
        (``-p``), ``sarif="out.sarif"`` and the other report files.
    :returns: a :class:`Report`; ``report.exit_code`` says what the command line would exit with.
    :raises checker.UsageError: for a bad option, key, rule selector or plugin (the CLI's exit 4).
        Finding no article is not an error here: the report is empty, its exit code ``NO_ARTICLES``.
    """
    from checker.cli import _main
    from checker.models import ArticleMeta

    texts: dict[str, str] = {}
    argv = [str(p) for p in (paths or [])]
    collector = _Collector()
    extra: list[object] = [*plugins, collector]
    if text is not None:
        name = Path(path or TEXT_PATH).as_posix()
        texts[name] = text
        argv.append(name)
        if meta:
            unknown = set(meta) - set(ArticleMeta.model_fields)
            if unknown:
                from checker.suggestions import did_you_mean

                first = sorted(unknown)[0]
                raise UsageError(f"check(): unknown meta key {first!r}{did_you_mean(first, ArticleMeta.model_fields)}")
            _validate_meta(meta)
            extra.append(_MetaOverride(name, meta))
    for module in options.pop("plugin_modules", None) or ():
        argv += ["-p", str(module)]
    if config is not None:
        argv += ["--config", str(config)]
    argv += _flags(options)
    argv += ["-p", "no:reporters.terminal"]  # nothing printed; the report is returned
    code = _main(argv, io.StringIO(), extra, {}, texts=texts)
    if collector.report is None:  # no articles: the session never started
        from checker.models import ExitCode

        return Report(exit_code=ExitCode(int(code)), articles=(), rules=(), counts={}, data={})
    return collector.report


__all__ = ["Report", "check"]
