"""Terminal reporter: a progress line per article, then each finding, then the summary and exit lines (pytest-like).

Verbosity (``-v`` minus ``-q``): 1 and more lists every rule's outcome per article; 0 prints a line
of letters per article; -1 drops those lines; -2 and less prints only the summary and exit lines.
``--statistics`` prints a count per rule instead of the findings (as ruff does); ``--show-source``
prints, beneath each finding, the sentence it is in.
"""

from __future__ import annotations

import bisect
import io
import os
from collections import Counter
from typing import TYPE_CHECKING, TextIO

from checker.console import terminal_size
from checker.hookspecs import hookimpl
from checker.models import Outcome
from checker.reporters.progress import Progress

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import Article, ArticleResult, ExitCode, Finding
    from checker.session import Session

_COLOURS = {Outcome.PASS: "32", Outcome.WARN: "33", Outcome.FAIL: "31", Outcome.ERROR: "31;1", Outcome.SKIP: "36"}
_WORDS = [("pass", "passed"), ("warn", "warned"), ("fail", "failed"), ("skip", "skipped"), ("error", "errors")]


def use_colour(stream: TextIO, mode: str = "auto") -> bool:
    """Whether to colour: ``--color always|never`` decide; ``auto`` colours only a terminal.

    In ``auto``, NO_COLOR (https://no-color.org: present and not empty) turns colour off and
    FORCE_COLOR (https://force-color.org) turns it on, NO_COLOR winning.
    """
    if mode in ("always", "never"):
        return mode == "always"
    if os.environ.get("NO_COLOR"):  # the spec: present and not empty
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TerminalReporter:
    """Prints as the session goes; the findings come after the progress lines, as in pytest."""

    def __init__(self, config: Config, stream: TextIO, target: str | None = None) -> None:
        self.config = config
        self.out = stream
        #: with ``--format terminal --output FILE`` the text is collected and written at the end
        self.target = target
        self.colour = use_colour(stream, config.option("color") or "auto") and target is None
        self.full_trace = bool(config.option("full_trace"))
        self.verbosity = int(config.option("verbose") or 0) - int(config.option("quiet") or 0)
        self.statistics = bool(config.option("statistics"))
        self.show_source = bool(config.option("show_source"))
        self.width = 0
        self.progress = Progress(0, enabled=False)
        #: the lines printed after the progress lines (errors and findings), gathered per article
        self.findings: list[str] = []
        #: with ``--statistics``: errors and findings per (code, rule, outcome)
        self.counts: Counter[tuple[str, str, str]] = Counter()

    def paint(self, text: str, outcome: Outcome) -> str:
        return f"\x1b[{_COLOURS[outcome]}m{text}\x1b[0m" if self.colour else text

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        self.width = max((len(p.as_posix()) for p in session.files), default=0)
        self.progress = Progress.for_stream(self.out, len(session.files))

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        # only what is printed at the end is kept, not the article: memory stays flat over a long run
        if self.statistics:
            self.tally(result)
        else:
            self.findings.extend(self.report_lines(result))
        if self.verbosity < 0:
            return
        if self.verbosity > 0:  # pytest -v: one line per rule and article
            for r in result.results:
                why = f" ({r.reason})" if r.reason and r.outcome is not Outcome.ERROR else ""
                self.out.write(
                    f"{result.path} {r.code} {r.rule} {self.paint(r.outcome.value.upper(), r.outcome)}{why}\n"
                )
            return
        letters = "".join(self.paint(r.outcome.letter, r.outcome) for r in result.results)
        line = f"{result.path.ljust(self.width)} {letters}"
        mark = self.progress.step()
        if mark:  # right-aligned like pytest's; the colour codes take no columns
            line += " " * max(1, terminal_size().columns - self.width - len(result.results) - 1 - len(mark))
        self.out.write(f"{line}{mark}\n")

    def report_lines(self, ar: ArticleResult) -> list[str]:
        """One article's errors and findings, as printed after the progress lines."""
        lines: list[str] = []
        found: list[tuple[tuple[int, int], str, Finding]] = []
        for r in ar.results:
            head = f"{r.code} {r.rule}"
            if r.outcome is Outcome.ERROR:
                lines.append(f"{ar.path}: {head} {self.paint('error', r.outcome)}: {r.reason}")
                if self.full_trace and r.traceback:
                    lines.extend("    " + t for t in r.traceback.rstrip().splitlines())
                elif r.traceback:
                    last = r.traceback.rstrip().splitlines()
                    lines.append(
                        f"    {last[-3].strip() if len(last) >= 3 else last[-1]}  (--full-trace for the traceback)"
                    )
            found.extend(((f.span.line, f.span.column) if f.span else (0, 0), head, f) for f in r.findings)
        # an article's findings in file order, as a linter lists them, whichever rule found them
        for _, head, f in sorted(found, key=lambda x: (x[0], x[1])):
            where = f"{ar.path}:{f.span.line}:{f.span.column}" if f.span else ar.path
            word = self.paint(f.outcome.value, Outcome(f.outcome))
            lines.append(f"{where}: {head} {word}: {f.message}")
            if self.show_source and ar.article is not None and f.span is not None:
                lines.append(f"    | {source_sentence(ar.article, f.span.start)}")
            for rel in f.related:
                at = f"{rel.path}:{rel.span.line}:{rel.span.column}" if rel.span else rel.path
                lines.append(f"    {at}: {rel.message}" if rel.message else f"    {at}")
        return lines

    def tally(self, ar: ArticleResult) -> None:
        """Count one article's errors and findings per rule and outcome, for ``--statistics``."""
        counts = self.counts
        for r in ar.results:
            if r.outcome is Outcome.ERROR:
                counts[(r.code, r.rule, "error")] += 1
            for f in r.findings:
                counts[(r.code, r.rule, Outcome(f.outcome).value)] += 1

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        lines = self.statistics_lines() if self.statistics else self.findings
        if lines and self.verbosity > -2:
            # a blank line parts the findings from the article lines, when there are any
            self.out.write(("\n" if self.verbosity >= 0 else "") + "\n".join(lines) + "\n")
        self.out.write(self.summary(session) + "\n")
        self.out.write(exit_line(session, exit_code, session.exit_zero) + "\n")
        if self.target is not None and isinstance(self.out, io.StringIO):
            from checker.atomicio import write_result

            write_result(self.target, self.out.getvalue(), session)

    def statistics_lines(self) -> list[str]:
        """A count per rule and outcome, most frequent first (``ruff --statistics``)."""
        rows = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        width = max((len(str(n)) for _, n in rows), default=1)
        return [f"{n:>{width}}  {code}  {name}  {word}" for (code, name, word), n in rows]

    def summary(self, session: Session) -> str:
        counts = session.counts()
        n = len(session.results)
        parts = [
            self.paint(f"{counts[k]} {word[:-1] if word == 'errors' and counts[k] == 1 else word}", Outcome(k))
            for k, word in _WORDS
            if counts[k] or k == "pass"
        ]
        r = len(session.rules)
        head = f"{n} article{'s' if n != 1 else ''} · {r} rule{'s' if r != 1 else ''}"
        # No duration: the same input gives the same output, so reports can be compared as text.
        tail = " (interrupted)" if session.interrupted else ""
        return f"{head} · {', '.join(parts)}{tail}"


def source_sentence(article: Article, offset: int) -> str:
    """The sentence at file offset ``offset`` as extractors read it, or that line of the file when no
    sentence covers it (a directive, furniture); whitespace collapsed to single spaces."""
    for seg in article.segments:
        if not (seg.span.start <= offset < max(seg.span.end, seg.span.start + 1)):
            continue
        for s in seg.sentences:
            start, end = seg.file_range(s.start, s.end)
            if start <= offset < max(end, start + 1):
                return " ".join(s.text.split())
    starts = article.line_starts()
    line = bisect.bisect_right(starts, offset) - 1
    end = starts[line + 1] if line + 1 < len(starts) else len(article.raw)
    return " ".join(article.raw[starts[max(line, 0)] : end].split())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def exit_line(session: Session, exit_code: ExitCode, exit_zero: bool = False) -> str:
    """One line saying why the run exits as it does: ``exit 1: 2 rules failed on 1 article``."""
    from checker.models import ExitCode

    code = int(exit_code)
    if exit_code is ExitCode.INTERRUPTED:
        return f"exit {code}: interrupted before every article was checked"
    fail_on = session.config.settings.fail_on
    threshold = Outcome.WARN if fail_on == "warn" else Outcome.FAIL
    # from the run's tally: the results themselves are not kept (memory stays flat)
    rules, failing_articles, values = session.results.failing(threshold.severity)
    outcomes = {Outcome(v) for v in values}
    n = len(session.results)
    if not rules:
        warned = session.counts()[Outcome.WARN.value]
        tail = f" ({_plural(warned, 'warning')}, which fail only with --fail-on warn)" if warned else ""
        return f"exit {code}: no rule failed on {_plural(n, 'article')}{tail}"
    verbs = " or ".join(
        verb
        for outcome, verb in ((Outcome.FAIL, "failed"), (Outcome.ERROR, "errored"), (Outcome.WARN, "warned"))
        if outcome in outcomes
    )
    what = f"{_plural(len(rules), 'rule')} {verbs} on {_plural(failing_articles, 'article')}"
    if fail_on == "warn" and Outcome.WARN in outcomes:
        what += " (--fail-on warn)"
    if exit_zero:
        return f"exit 0: {what}, but --exit-zero was given"
    if session.config.option("exit_zero") and Outcome.ERROR in outcomes:
        what += " (--exit-zero does not cover errors)"
    return f"exit {code}: {what}"


@hookimpl
def claimcheck_configure(config: Config) -> None:
    fmt = config.option("format") or "terminal"
    output = config.option("output")
    if fmt != "terminal" and not output:
        return  # another format owns stdout
    assert config.pluginmanager is not None
    if fmt == "terminal" and output:
        reporter = TerminalReporter(config, io.StringIO(), target=output)
    else:
        reporter = TerminalReporter(config, config.stdout)
    config.pluginmanager.register(reporter, name="terminalreporter")
