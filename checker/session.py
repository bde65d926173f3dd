"""A run: collect articles, read and extract each, run the selected rules under guards, decide the exit code."""

from __future__ import annotations

import fnmatch
import os
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from checker.config import Config, cli_selectors
from checker.errors import ArticleError, ClaimcheckError, ConfigError, Skip, UsageError
from checker.extraction import ExtractorFailed, extract_claims
from checker.filetypes import folder_problem
from checker.filetypes import problem as file_problem
from checker.models import Article, ArticleResult, ClaimBase, ExitCode, Finding, Outcome, RuleResult, Segment
from checker.registry import Rule, RuleRegistry, rules_in
from checker.selection import Selection, path_forms, resolve
from checker.suppression import Suppression, is_directive, worst
from checker.suppression import apply as apply_suppressions
from checker.suppression import find as find_suppressions
from checker.timeouts import TimeLimitExceeded, call_with_limit, limit_of

if TYPE_CHECKING:
    from checker.baseline import Baseline

#: File extensions collected when walking a directory (readers decide what they accept).
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
#: Folders never walked into.
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache"}
UNREADABLE = "CC001"


def collect(paths: Iterable[str], exclude: Iterable[str] = (), root: Path | None = None) -> list[Path]:
    """Article files under the given paths, deduplicated and sorted; missing paths are kept (to be reported).

    Sorting the collected paths (and the folders walked) makes the order independent of the file system.
    ``exclude`` globs match the path as given, relative to ``root`` (the configuration's folder) or the name.
    """
    excluded = list(exclude)
    seen: dict[str, Path] = {}
    base = root.resolve() if root is not None else None

    def skip(p: Path) -> bool:
        return bool(excluded) and any(fnmatch.fnmatch(n, g) for n in path_forms(p.as_posix(), base) for g in excluded)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            # issue 11: a folder that cannot be listed is collected, so that prepare() reports it
            for folder, dirs, files in os.walk(p, onerror=lambda e: seen.setdefault(str(e.filename), Path(e.filename))):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in files:
                    f = Path(folder, name)
                    if f.suffix.lower() in ARTICLE_SUFFIXES and not skip(f):
                        seen.setdefault(f.as_posix(), f)
        elif not skip(p):
            seen.setdefault(p.as_posix(), p)
    return [seen[k] for k in sorted(seen)]


def build_registry(pm: Any, config: Config) -> RuleRegistry:
    """Every rule offered by a plugin (through the hook or defined at module level), validated."""
    registry = RuleRegistry()
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda np: np[0]):
        if plugin is None:
            continue
        caller = getattr(plugin, "claimcheck_register_rules", None)
        offered: list[Any] = []
        if caller is not None:
            offered.extend(caller(**_accepted(caller, config=config)) or [])
        namespace = getattr(plugin, "__dict__", {})
        # a Rule given as a plugin object in-process offers itself
        for item in [plugin] if isinstance(plugin, Rule) else rules_in(namespace):
            if item not in offered:
                offered.append(item)
        for item in offered:
            registry.add(item, name)
    return registry


def _accepted(func: Any, **available: Any) -> dict[str, Any]:
    import inspect

    params = inspect.signature(func).parameters
    return {k: v for k, v in available.items() if k in params}


class Session:
    """One run over a set of paths; holds the rules, the results and the exit code."""

    def __init__(self, config: Config, paths: list[str]) -> None:
        self.config = config
        self.paths = paths
        pm = config.pluginmanager
        assert pm is not None, "make_plugin_manager() must run before Session()"
        self.pm = pm
        self.registry = build_registry(pm, config)
        for flag, selectors in cli_selectors(config.args).items():
            resolve(selectors, self.registry, flag)  # name the flag, not the file, in the error
        self.selection = Selection(
            config.settings, self.registry, str(config.path or "configuration"), root=config.rootdir
        )
        self.options = self._validate_options()
        self.results: list[ArticleResult] = []
        self.interrupted = False
        self.files: list[Path] = []
        self.started = 0.0
        self.duration = 0.0
        #: accepted findings (``--baseline``/``--write-baseline``), set by the baseline plugin at session start
        self.baseline: Baseline | None = None

    # -- set-up ---------------------------------------------------------------------------------

    def _validate_options(self) -> dict[str, BaseModel]:
        options: dict[str, BaseModel] = {}
        given = {}
        for key, value in self.config.settings.rules.items():
            target = self.registry.get(key)
            if target is None:
                raise ConfigError(self.config.path or "configuration", f"rules.{key}", "unknown rule")
            given[target.code] = (key, value)
        for r in self.registry:
            key, value = given.get(r.code, (r.code, {}))
            try:
                # configuration keys are kebab-case ("extra-cues"); option fields are snake_case
                options[r.code] = r.options.model_validate(
                    {str(k).replace("-", "_"): v for k, v in (value or {}).items()}
                )
            except ValidationError as err:
                first = err.errors()[0]
                sub = ".".join(str(p).replace("_", "-") for p in first["loc"])
                problem = "unknown option" if first["type"] == "extra_forbidden" else first["msg"]
                raise ConfigError(self.config.path or "configuration", f"rules.{key}.{sub}", problem) from None
        return options

    @property
    def rules(self) -> list[Rule]:
        """The rules selected for this run (before per-path ignores)."""
        return [r for r in self.registry if r.code in self.selection.codes]

    # -- the run --------------------------------------------------------------------------------

    def run(self) -> ExitCode:
        """Check every collected article; returns the exit code (listeners have been notified)."""
        self.started = time.perf_counter()
        self.files = collect(self.paths or ["."], self.config.settings.exclude, self.config.rootdir)
        if not self.files:
            return ExitCode.NO_ARTICLES
        hook = self.pm.hook
        hook.claimcheck_sessionstart(session=self)
        try:
            articles = [self.prepare(p) for p in self.files]
            stories: dict[str, list[Article]] = defaultdict(list)
            for item in articles:
                if isinstance(item, Article) and item.story:
                    stories[item.story].append(item)
            for item in articles:
                result = self.check(item, stories)
                self.results.append(result)
                hook.claimcheck_article_result(result=result, session=self)
        except KeyboardInterrupt:
            self.interrupted = True
        self.duration = time.perf_counter() - self.started
        code = self.exit_code
        hook.claimcheck_sessionfinish(session=self, exit_code=code)
        return code

    def prepare(self, path: Path) -> Article | ArticleResult:
        """Read, segment and extract one article; an unreadable file becomes a CC001 result."""
        hook = self.pm.hook
        shown = path.as_posix()
        try:
            if not path.exists():
                raise ArticleError(shown, "no such file or directory")
            if path.is_dir():
                raise ArticleError(shown, folder_problem(path) or "is a directory")
            # issue 11: a FIFO, socket or device is refused before any reader opens it (opening blocks)
            if kind := file_problem(path.stat().st_mode):
                raise ArticleError(shown, kind)
            article = hook.claimcheck_read_article(path=path, config=self.config)
            if article is None:
                raise ArticleError(shown, f"no reader for {path.suffix or 'files without an extension'}")
        except ArticleError as err:
            return self._unreadable(shown, err.problem)
        segments = hook.claimcheck_segment(article=article, config=self.config) or []
        article = article.model_copy(update={"segments": tuple(segments)})
        content = text_segments(segments)
        try:  # issue 11: each extractor under the time limit, its output checked (checker/extraction.py)
            found = extract_claims(self.pm, article, content, self.config)
        except ExtractorFailed as err:
            return self._unreadable(shown, str(err))
        return article.model_copy(update={"claims": tuple(order_claims(found))})

    def _unreadable(self, path: str, problem: str) -> ArticleResult:
        rule = self.registry.get(UNREADABLE)
        name = rule.name if rule else "article-unreadable"
        result = RuleResult(rule=name, code=UNREADABLE, outcome=Outcome.ERROR, reason=problem)
        return ArticleResult(path=path, results=(result,))

    def check(self, item: Article | ArticleResult, stories: dict[str, list[Article]]) -> ArticleResult:
        """Run the selected rules on one article, each under its own guard."""
        if isinstance(item, ArticleResult):
            return item
        article = item
        others: list[Article] = [a for a in stories.get(article.story or "", []) if a is not article]
        earlier = [a for a in others if a.path < article.path]
        suppressions = find_suppressions(article)
        rules = self.selection.rules_for(article.path)
        late = [r for r in rules if "suppressions" in r.params]
        results = [self.run_rule(r, article, others, earlier, suppressions) for r in rules if r not in late]
        results = apply_suppressions(results, {r.code: r for r in rules}, suppressions)
        if late:
            ran = [r for r in rules if r not in late]
            for s in suppressions:
                if not any(s.names(r) for r in ran):
                    s.used = True  # it names only rules that did not run here: not "unused"
            results.extend(self.run_rule(r, article, others, earlier, suppressions) for r in late)
        if self.baseline is not None:
            results = self.baseline.filter(article, results, others)
        return ArticleResult(path=article.path, article=article, results=tuple(results))

    def run_rule(
        self,
        rule: Rule,
        article: Article,
        others: list[Article],
        earlier: list[Article],
        suppressions: list[Suppression],
    ) -> RuleResult:
        """One rule on one article: findings, or skip, or an error that stops nothing else."""
        menu = {
            "article": lambda: article,
            "claims": lambda: (
                [c for c in article.claims if c.kind in rule.kinds] if rule.kinds else list(article.claims)
            ),
            "segments": lambda: text_segments(article.segments),
            "options": lambda: self.options[rule.code],
            "others": lambda: others,
            "earlier": lambda: earlier,
            "suppressions": lambda: suppressions,
        }
        kwargs = {p: menu[p]() for p in rule.params}
        start = time.perf_counter()
        try:
            # issue 11: the rule (a generator included) runs under the time limit (checker/timeouts.py)
            findings = call_with_limit(
                lambda: list(_findings(rule.func(**kwargs), rule)),
                limit_of(self.config),
                f"rule {rule.code} {rule.name} (plugin {rule.plugin!r})",
            )
        except TimeLimitExceeded as err:
            return RuleResult(
                rule=rule.name,
                code=rule.code,
                outcome=Outcome.ERROR,
                reason=str(err),
                duration=time.perf_counter() - start,
            )
        except Skip as skip:
            return RuleResult(
                rule=rule.name,
                code=rule.code,
                outcome=Outcome.SKIP,
                reason=skip.reason,
                duration=time.perf_counter() - start,
            )
        except (KeyboardInterrupt, ClaimcheckError):
            raise
        except Exception as err:  # the guard: a crashing rule becomes an error result
            return RuleResult(
                rule=rule.name,
                code=rule.code,
                outcome=Outcome.ERROR,
                reason=f"{type(err).__name__}: {err}",
                traceback=traceback.format_exc(),
                duration=time.perf_counter() - start,
            )
        override = self.selection.severity_for(rule)
        if override:
            findings = [f.model_copy(update={"outcome": Outcome(override)}) for f in findings]
        findings.sort(key=_finding_order)
        return RuleResult(
            rule=rule.name,
            code=rule.code,
            outcome=worst(findings),
            findings=tuple(findings),
            duration=time.perf_counter() - start,
        )

    # -- conclusions ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many rule results ended in each outcome."""
        out = {o.value: 0 for o in Outcome}
        for ar in self.results:
            for r in ar.results:
                out[r.outcome.value] += 1
        return out

    @property
    def exit_code(self) -> ExitCode:
        """The one place that decides the exit status.

        INTERRUPTED when stopped by Ctrl-C; NO_ARTICLES when nothing was collected; CHECK_FAILED
        when any rule failed or errored on any article, or warned with ``fail-on: warn``; else OK.
        """
        if self.interrupted:
            return ExitCode.INTERRUPTED
        if not self.files:
            return ExitCode.NO_ARTICLES
        threshold = Outcome.WARN if self.config.settings.fail_on == "warn" else Outcome.FAIL
        for ar in self.results:
            for r in ar.results:
                if r.outcome.severity >= threshold.severity:
                    return ExitCode.CHECK_FAILED
        return ExitCode.OK


def text_segments(segments: Iterable[Segment]) -> list[Segment]:
    """The segments extractors and rules read: not page furniture, not suppression directives."""
    return [s for s in segments if s.kind != "furniture" and not is_directive(s.text)]


def order_claims(claims: Iterable[ClaimBase]) -> list[ClaimBase]:
    """Claims in file order, exact duplicates (same kind, span and id) dropped."""
    seen: set[tuple[str, str, int, int]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind, c.id)):
        key = (c.kind, c.id, c.span.start, c.span.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _findings(produced: Any, rule: Rule) -> Iterator[Finding]:
    if produced is None:
        return
    if isinstance(produced, Finding):
        yield produced
        return
    for f in produced:
        if not isinstance(f, Finding):
            raise TypeError(f"rule {rule.code} produced {type(f).__name__}, not a Finding")
        yield f


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.span.start if f.span else -1, f.span.end if f.span else -1, f.message)


__all__ = ["Session", "UsageError", "collect", "order_claims"]
