"""pytest plugin for rule authors: ``claimcheck_run`` runs claimcheck in-process on articles given as strings.

Installed with claimcheck (entry point ``pytest11``), so a rule package's tests can write::

    def test_flags_missing_title(claimcheck_run):
        result = claimcheck_run({"a.md": "---\\npublished: 2016-10-03\\n---\\nKirby said so."},
                                select=["HS101"], plugins=[my_rules])
        result.assert_outcomes(failed=1)
        assert result.findings()[0].line == 4
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from checker.hookspecs import hookimpl
from checker.models import ArticleResult, ClaimBase, ExitCode, Finding, Outcome

if TYPE_CHECKING:
    from checker.session import Session

_COUNT_NAMES = {"passed": "pass", "warned": "warn", "failed": "fail", "skipped": "skip", "errors": "error"}


@dataclass(frozen=True)
class Hit:
    """One finding with the article and rule it belongs to."""

    path: str
    rule: str
    code: str
    finding: Finding

    @property
    def outcome(self) -> str:
        return self.finding.outcome.value

    @property
    def message(self) -> str:
        return self.finding.message

    @property
    def line(self) -> int | None:
        return self.finding.span.line if self.finding.span else None

    @property
    def column(self) -> int | None:
        return self.finding.span.column if self.finding.span else None


@dataclass
class RunResult:
    """What one in-process run produced: exit code, terminal output, results and the JSON report."""

    exit_code: ExitCode
    stdout: str
    stderr: str
    results: list[ArticleResult] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)

    def outcomes(self) -> dict[str, int]:
        """Rule results per outcome, keyed passed/warned/failed/skipped/errors."""
        counts = dict.fromkeys(_COUNT_NAMES, 0)
        reverse = {v: k for k, v in _COUNT_NAMES.items()}
        for ar in self.results:
            for r in ar.results:
                counts[reverse[r.outcome.value]] += 1
        return counts

    def assert_outcomes(
        self, passed: int = 0, warned: int = 0, failed: int = 0, skipped: int = 0, errors: int = 0
    ) -> None:
        """Assert the exact number of rule results per outcome (as pytester's ``assert_outcomes``)."""
        want = {"passed": passed, "warned": warned, "failed": failed, "skipped": skipped, "errors": errors}
        got = self.outcomes()
        assert got == want, f"outcomes {got} != expected {want}\n{self.stdout}{self.stderr}"

    def claims(self, kind: str | None = None, path: str | None = None) -> list[ClaimBase]:
        """Every claim extracted, optionally of one kind or from one article (path as given)."""
        return [
            c for ar in self._articles(path) if ar.article for c in ar.article.claims if kind is None or c.kind == kind
        ]

    def findings(self, rule: str | None = None, outcome: str | None = None, path: str | None = None) -> list[Hit]:
        """Every warn/fail finding, optionally of one rule (code or name) or outcome."""
        return [
            Hit(ar.path, r.rule, r.code, f)
            for ar in self._articles(path)
            for r in ar.results
            if rule is None or rule in (r.code, r.rule)
            for f in r.findings
            if outcome is None or f.outcome.value == outcome
        ]

    def result(self, rule: str, path: str | None = None) -> Outcome:
        """The outcome of one rule (code or name) on the only (or the given) article."""
        articles = self._articles(path)
        assert len(articles) == 1, "several articles: pass path="
        for r in articles[0].results:
            if rule in (r.code, r.rule):
                return r.outcome
        raise AssertionError(f"rule {rule} did not run")

    def _articles(self, path: str | None) -> list[ArticleResult]:
        return [ar for ar in self.results if path is None or ar.path == path or Path(ar.path).name == path]


class _Recorder:
    """Listener that keeps the session's results and report for the fixture."""

    def __init__(self) -> None:
        self.results: list[ArticleResult] = []
        self.report: dict[str, Any] = {}

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        session.results.keep()  # the fixture hands every result back to the test

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.report import report_dict

        self.results = list(session.results)
        self.report = report_dict(session, exit_code)


class Runner:
    """Writes articles into a temporary folder and runs claimcheck there, in-process."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(
        self,
        files: Mapping[str, str] | str,
        *,
        args: Sequence[str] = (),
        select: Iterable[str] | None = None,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        config: Mapping[str, Any] | None = None,
        plugins: Sequence[object] = (),
        published: str | None = None,
        story: str | None = None,
        autoload: bool = False,
    ) -> RunResult:
        """Run on ``files`` ({relative path: text}, or one text) and return the :class:`RunResult`.

        :param select: rules to run (codes, prefixes, names); default every rule.
        :param options: per-rule options, as ``rules:`` in the configuration file.
        :param config: other configuration keys (written to ``claimcheck.yaml``).
        :param plugins: plugin modules or objects to register (your rules, extractors, reporters).
        :param autoload: also load installed plugins (entry points), as a real run does.
        """
        if isinstance(files, str):
            files = {"article.md" if files.lstrip().startswith("---") else "article.txt": files}
        for rel, text in files.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        settings = dict(config or {})
        if options:
            settings["rules"] = {**settings.get("rules", {}), **options}
        (self.root / "claimcheck.yaml").write_text(json.dumps(settings), encoding="utf-8")
        argv = [*sorted(files), *args]
        if select is not None:
            argv += ["--select", ",".join(select)]
        if published:
            argv += ["--published", published]
        if story:
            argv += ["--story", story]
        self.monkeypatch.chdir(self.root)
        if autoload:
            self.monkeypatch.delenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", raising=False)
        else:
            self.monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
        recorder = _Recorder()
        out = io.StringIO()
        from checker.cli import main

        self.capsys.readouterr()
        code = main(argv, stdout=out, plugins=[*plugins, recorder])
        err = self.capsys.readouterr().err
        return RunResult(ExitCode(code), out.getvalue(), err, recorder.results, recorder.report)


@pytest.fixture
def claimcheck_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run claimcheck in-process on articles given as strings; see :class:`Runner`."""
    return Runner(tmp_path, monkeypatch, capsys)
