"""A run: collect articles, read and extract each, run the selected rules under guards, decide the exit code."""

from __future__ import annotations

import bisect
import fnmatch
import gc
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from checker.config import Config, cli_selectors
from checker.errors import ArticleError, ClaimcheckError, ConfigError, Skip, UsageError
from checker.extraction import ExtractorFailed, extract_claims
from checker.filetypes import folder_problem
from checker.filetypes import problem as file_problem
from checker.linking import build_pipeline
from checker.links import StoryLinks
from checker.models import (
    Article,
    ArticleResult,
    ClaimBase,
    ExitCode,
    Finding,
    Outcome,
    RuleResult,
    Segment,
    construct,
)
from checker.registry import Rule, RuleRegistry, rules_in
from checker.results import ResultLog
from checker.selection import Selection, path_forms, resolve
from checker.stories import StorySource, article_key
from checker.suggestions import did_you_mean
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
LINK_ERROR = "CC005"
#: How much article text (characters) planning may keep between grouping files by story and
#: checking them; beyond it a file is read again, so memory stays flat however many files there are.
READ_CACHE_BYTES = 4_000_000
#: What an article costs held besides its text (the model, its metadata, the file's path), in the
#: same units: measured peak RSS at 5,000 articles stayed within 1.3x that at 1,000 only with it.
READ_OVERHEAD = 2_000


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
    from checker.signatures import parameter_names

    params = parameter_names(func)
    return {k: v for k, v in available.items() if k in params}


class Session:
    """One run over a set of paths; holds the rules, the results and the exit code."""

    def __init__(self, config: Config, paths: list[str]) -> None:
        self.config = config
        self.paths = paths
        self._limit: float | None = None
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
        self.pipeline = build_pipeline(pm, config)
        #: where a story's other articles come from besides the run; set when the run starts
        self.sources: list[StorySource] = []
        self._reads: dict[Path, Article | ArticleResult] = {}
        #: counts of what was reported; the results themselves only if a listener calls ``results.keep()``
        self.results = ResultLog()
        self.interrupted = False
        self.files: list[Path] = []
        self.started = 0.0
        self.duration = 0.0
        #: accepted findings (``--baseline``/``--write-baseline``), set by the baseline plugin at session start
        self.baseline: Baseline | None = None

    # -- set-up ---------------------------------------------------------------------------------

    def _validate_options(self) -> dict[str, BaseModel]:
        options: dict[str, BaseModel] = {}
        where = self.config.path or "configuration"
        given: dict[str, tuple[str, Any]] = {}
        for key, value in self.config.settings.rules.items():
            target = self.registry.get(key)
            if target is None:
                known = [r.code for r in self.registry] + [r.name for r in self.registry]
                raise ConfigError(where, f"rules.{key}", "unknown rule" + did_you_mean(key, known))
            if target.code in given:  # by code and by name: one would silently win
                raise ConfigError(where, f"rules.{key}", f"the same rule as rules.{given[target.code][0]}")
            given[target.code] = (key, value)
        for r in self.registry:
            key, value = given.get(r.code, (r.code, {}))
            if not value and _plain_defaults(r.options):
                # nothing configured: the defaults, as validation would give them, without building the validator
                options[r.code] = r.options.model_construct()
                continue
            # configuration keys are kebab-case ("extra-cues"); option fields are snake_case
            fields: dict[str, Any] = {}
            for k in value or {}:
                field_name = str(k).replace("-", "_")
                if field_name in fields:  # "max-length" and "max_length": one would silently win
                    raise ConfigError(where, f"rules.{key}.{k}", "given twice (kebab-case and snake_case)")
                fields[field_name] = value[k]
            try:
                options[r.code] = r.options.model_validate(fields)
            except ValidationError as err:
                first = err.errors()[0]
                sub = ".".join(str(p).replace("_", "-") for p in first["loc"])
                if first["type"] == "extra_forbidden":
                    names = [f.replace("_", "-") for f in r.options.model_fields]
                    problem = "unknown option" + did_you_mean(sub, names)
                else:
                    problem = first["msg"]
                raise ConfigError(where, f"rules.{key}.{sub}", problem) from None
        return options

    @property
    def rules(self) -> list[Rule]:
        """The rules selected for this run (before per-path ignores)."""
        return [r for r in self.registry if r.code in self.selection.codes]

    # -- the run --------------------------------------------------------------------------------

    def run(self) -> ExitCode:
        """Check every collected article, one story at a time; returns the exit code (listeners notified).

        Stories are taken in the order of their first file; within a story, articles in path order;
        an article of no story is a story of its own. Each story is read, extracted, linked,
        checked and reported before the next is read, so memory grows with the largest story,
        not with the run.
        """
        self.started = time.perf_counter()
        self.files = collect(self.paths or ["."], self.config.settings.exclude, self.config.rootdir)
        if not self.files:
            return ExitCode.NO_ARTICLES
        hook = self.pm.hook
        # story sources: where a story's other articles come from besides the run (tree, ledger)
        self.sources = [s for batch in hook.claimcheck_story_sources(config=self.config) for s in batch or ()]
        hook.claimcheck_sessionstart(session=self)
        # The start-up's objects (modules, models, compiled patterns) never become garbage: frozen, the
        # collector stops walking them on every full pass, and a larger first generation lets an
        # article's short-lived objects go by reference counting alone (8% of a 982-article run).
        thresholds = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(max(thresholds[0], 50_000), *thresholds[1:])
        try:
            for result in self.checked(self.plan()):
                self.results.append(result)
                hook.claimcheck_article_result(result=result, session=self)
        except KeyboardInterrupt:
            self.interrupted = True
        finally:
            gc.set_threshold(*thresholds)
            gc.unfreeze()
        self.duration = time.perf_counter() - self.started
        code = self.exit_code
        hook.claimcheck_sessionfinish(session=self, exit_code=code)
        return code

    def checked(self, plan: list[tuple[str | None, list[Path]]]) -> Iterator[ArticleResult]:
        """The results of every story of ``plan``, in plan order: here, or in worker processes with ``-n``."""
        jobs = min(int(self.config.option("jobs", 1) or 1), len(plan))
        if jobs > 1:
            from checker.parallel import check_in_workers

            yield from check_in_workers(self, plan, jobs, Session)  # each worker builds its own
            return
        for story, paths in plan:
            yield from self.check_story(story, paths)

    def plan(self) -> list[tuple[str | None, list[Path]]]:
        """The run's files grouped by story, stories in the order of their first file.

        Grouping reads each file once (the reader only: no segments, no claims); what was read is
        kept for the check while it stays under :data:`READ_CACHE_BYTES`, and read again after that.
        """
        groups: dict[str, list[Path]] = {}
        order: list[tuple[str | None, list[Path]]] = []
        held = 0
        for path in self.files:
            item = self.read(path)
            story = item.story if isinstance(item, Article) else None
            if isinstance(item, Article) and held + len(item.raw) + READ_OVERHEAD <= READ_CACHE_BYTES:
                held += len(item.raw) + READ_OVERHEAD
                self._reads[path] = item
            elif isinstance(item, ArticleResult):
                self._reads[path] = item
            if story is None:
                order.append((None, [path]))
            elif story in groups:
                groups[story].append(path)
            else:
                groups[story] = [path]
                order.append((story, groups[story]))
        return order

    def check_story(self, story: str | None, paths: list[Path]) -> list[ArticleResult]:
        """Prepare, link and check the run's articles of one story (this is the unit of work).

        The story's other articles from :attr:`sources` join the linking and the cross-article
        rules; results are returned only for ``paths``, in that order.
        """
        return self.check_prepared(story, [self.prepare(p) for p in paths])

    def check_prepared(self, story: str | None, prepared: list[Article | ArticleResult]) -> list[ArticleResult]:
        """Link and check one story's prepared articles (an unreadable one passes through as its result);
        the ledger's audit calls this with the articles it rebuilt from storage."""
        ours = [a for a in prepared if isinstance(a, Article)]
        siblings = self.siblings(story, ours)
        links = self.pipeline.link(story, [*ours, *siblings], self.config)
        order = _PathOrder(ours)
        return [self.check(item, ours, siblings, links, order) for item in prepared]

    def siblings(self, story: str | None, ours: list[Article]) -> list[Article]:
        """The story's articles from the other sources, not in the run (by :func:`article_key`), by path."""
        if story is None or not self.sources:
            return []
        root = self.config.rootdir
        keys = {article_key(a.path, root) for a in ours}
        found: list[Article] = []
        for source in self.sources:
            for article in source.siblings(story, self.prepare):
                key = article_key(article.path, root)
                if key not in keys:
                    keys.add(key)
                    found.append(article)
        return sorted(found, key=lambda a: a.path)

    def read(self, path: Path) -> Article | ArticleResult:
        """Read one file into an article (no segments, no claims); an unreadable file becomes CC001."""
        cached = self._reads.pop(path, None)
        if cached is not None:
            return cached
        hook = self.pm.hook
        shown = path.as_posix()
        try:
            if not path.exists() and shown not in self.config.stdin_texts:  # `-`: read from stdin
                raise ArticleError(shown, "no such file or directory")
            if path.is_dir():
                raise ArticleError(shown, folder_problem(path) or "is a directory")
            # issue 11: a FIFO, socket or device is refused before any reader opens it (opening blocks)
            if shown not in self.config.stdin_texts and (kind := file_problem(path.stat().st_mode)):
                raise ArticleError(shown, kind)
            article = hook.claimcheck_read_article(path=path, config=self.config)
            if article is None:
                raise ArticleError(shown, f"no reader for {path.suffix or 'files without an extension'}")
        except ArticleError as err:
            return self._unreadable(shown, err.problem)
        return article

    def prepare(self, path: Path) -> Article | ArticleResult:
        """Read, segment and extract one article; an unreadable file becomes a CC001 result."""
        read = self.read(path)
        if isinstance(read, ArticleResult):
            return read
        return self.extract(read)

    def extract(self, article: Article) -> Article | ArticleResult:
        """Segment an article as read and extract its claims (an extractor that fails: CC001 naming its plugin)."""
        hook = self.pm.hook
        segments = hook.claimcheck_segment(article=article, config=self.config) or []
        article = article.model_copy(update={"segments": tuple(segments)})
        content = text_segments(segments)
        try:  # issue 11: each extractor under the time limit, its output checked (checker/extraction.py)
            found = extract_claims(self.pm, article, content, self.config)
        except ExtractorFailed as err:
            return self._unreadable(article.path, str(err))
        return article.model_copy(update={"claims": tuple(order_claims(found))})

    def _unreadable(self, path: str, problem: str) -> ArticleResult:
        rule = self.registry.get(UNREADABLE)
        name = rule.name if rule else "article-unreadable"
        result = RuleResult(rule=name, code=UNREADABLE, outcome=Outcome.ERROR, reason=problem)
        return ArticleResult(path=path, results=(result,))

    def check(
        self,
        item: Article | ArticleResult,
        story: list[Article] | None = None,
        siblings: list[Article] | None = None,
        links: StoryLinks | None = None,
        order: _PathOrder | None = None,
    ) -> ArticleResult:
        """Run the selected rules on one article of a story, each under its own guard.

        :param story: the run's articles of the article's story (the article among them).
        :param siblings: the story's articles from other sources (never reported on).
        :param links: the story's links; made from ``story`` and ``siblings`` when not given.
        :param order: ``story`` ordered by path, made once per story (else the earlier articles are
            found by a scan of the story, for every article: quadratic in a big story).
        """
        if isinstance(item, ArticleResult):
            return item
        article = item
        ours = story if story is not None else [article]
        siblings = siblings or []
        if links is None:
            links = self.pipeline.link(article.story, [*ours, *siblings], self.config)
        others = [a for a in ours if a is not article] + siblings
        # each pair of the run's articles is compared once; a sibling is never checked itself, so
        # every pair with one is compared from the run's side
        if order is not None and order.story is ours:
            earlier = order.before(article) + siblings
        else:
            earlier = [a for a in ours if a is not article and a.path < article.path] + siblings
        suppressions = find_suppressions(article, self.registry)
        rules = self.selection.rules_for(article.path)
        # partitioned once: `r not in late` compared rules field by field (a dataclass's __eq__)
        ran = [r for r in rules if "suppressions" not in r.params]
        late = [r for r in rules if "suppressions" in r.params]
        context = _RuleContext(article, others, earlier, suppressions, links.bound(article.path))
        results = [self.run_rule(r, context) for r in ran]
        results = apply_suppressions(results, {r.code: r for r in rules}, suppressions)
        if late:
            for s in suppressions:
                if not any(s.names(r) for r in ran):
                    s.used = True  # it names only rules that did not run here: not "unused"
            results.extend(self.run_rule(r, context) for r in late)
        if links.errors:
            results = [_link_errors(r, links) if r.code == LINK_ERROR else r for r in results]
        if self.baseline is not None:
            results = self.baseline.filter(article, results, others)
        # the run builds its results from typed values without validating them again (the API validates)
        return construct(ArticleResult, path=article.path, article=article, results=tuple(results), links=context.links)

    def run_rule(self, rule: Rule, context: _RuleContext) -> RuleResult:
        """One rule on one article: findings, or skip, or an error that stops nothing else."""
        kwargs = {p: self._argument(p, rule, context) for p in rule.params}
        if self._limit is None:
            self._limit = limit_of(self.config)  # the same for every call of a run
        start = time.perf_counter()
        try:
            # issue 11: the rule (a generator included) runs under the time limit (checker/timeouts.py)
            findings = call_with_limit(
                lambda: list(_findings(rule.func(**kwargs), rule)),
                self._limit,
                f"rule {rule.code} {rule.name} (plugin {rule.plugin!r})",
            )
        except TimeLimitExceeded as err:
            return construct(
                RuleResult,
                rule=rule.name,
                code=rule.code,
                outcome=Outcome.ERROR,
                reason=str(err),
                duration=time.perf_counter() - start,
            )
        except Skip as skip:
            return construct(
                RuleResult,
                rule=rule.name,
                code=rule.code,
                outcome=Outcome.SKIP,
                reason=skip.reason,
                duration=time.perf_counter() - start,
            )
        except (KeyboardInterrupt, ClaimcheckError):
            raise
        except Exception as err:  # the guard: a crashing rule becomes an error result
            import traceback  # only when a rule crashed: a run that needs none does not import it

            return construct(
                RuleResult,
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
        return construct(
            RuleResult,
            rule=rule.name,
            code=rule.code,
            outcome=worst(findings),
            findings=tuple(findings),
            duration=time.perf_counter() - start,
        )

    def _argument(self, param: str, rule: Rule, context: _RuleContext) -> Any:
        """The value of one of a rule function's parameters (the names :mod:`checker.registry` allows)."""
        # a chain of tests, not a table of lambdas made afresh for each of a run's ~13,000 rule calls
        article = context.article
        if param == "claims":
            return [c for c in article.claims if c.kind in rule.kinds] if rule.kinds else list(article.claims)
        if param == "article":
            return article
        if param == "links":
            return context.links
        if param == "options":
            return self.options[rule.code]
        if param == "others":
            return context.others
        if param == "earlier":
            return context.earlier
        if param == "segments":
            return text_segments(article.segments)
        if param == "suppressions":
            return context.suppressions
        raise KeyError(param)

    # -- conclusions ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many rule results ended in each outcome."""
        out = {o.value: 0 for o in Outcome}
        out.update(self.results.counts)
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
        if self.results.worst >= threshold.severity:
            return ExitCode.CHECK_FAILED
        return ExitCode.OK

    @property
    def exit_zero(self) -> bool:
        """Whether ``--exit-zero`` turns this run's CHECK_FAILED into 0: only when no rule errored,
        since an error means an article was not fully checked."""
        if not self.config.option("exit_zero") or self.exit_code is not ExitCode.CHECK_FAILED:
            return False
        return not self.results.counts.get(Outcome.ERROR.value, 0)  # from the tally: results are not kept


class _PathOrder:
    """A story's articles by path, so that the articles before one are a slice, not a scan.

    ``before(article)`` is what ``[a for a in story if a.path < article.path]`` gives, in the
    story's order: by a binary search when the story is in path order (as planned runs are),
    by that scan otherwise.
    """

    def __init__(self, story: list[Article]) -> None:
        self.story = story
        self.paths = [a.path for a in story]
        self.sorted = all(a < b for a, b in zip(self.paths, self.paths[1:], strict=False))

    def before(self, article: Article) -> list[Article]:
        if self.sorted:
            return self.story[: bisect.bisect_left(self.paths, article.path)]
        return [a for a in self.story if a is not article and a.path < article.path]


@dataclass(frozen=True)
class _RuleContext:
    """What the rules of one article may ask for beyond the article: the story and its links."""

    article: Article
    others: list[Article]
    earlier: list[Article]
    suppressions: list[Suppression]
    links: StoryLinks


def _link_errors(result: RuleResult, links: StoryLinks) -> RuleResult:
    reason = "; ".join(message for _, message in links.errors)
    return result.model_copy(update={"outcome": Outcome.ERROR, "reason": reason})


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


def _plain_defaults(model: type[BaseModel]) -> bool:
    """Whether ``model.model_construct()`` is what validating ``{}`` gives: every field has a default, no
    validator runs and no default is validated."""
    decorators = model.__pydantic_decorators__
    return not (
        any(f.is_required() or f.validate_default for f in model.model_fields.values())
        or decorators.validators
        or decorators.field_validators
        or decorators.root_validators
        or decorators.model_validators
        or model.__pydantic_post_init__
        or model.model_config.get("validate_default")
    )


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.span.start if f.span else -1, f.span.end if f.span else -1, f.message)


__all__ = ["Session", "UsageError", "collect", "order_claims"]
