"""Terminal reporter: a progress line per article, then each finding, then the summary line (pytest-like)."""

from __future__ import annotations

import io
import os
import shutil
from typing import TYPE_CHECKING, TextIO

from checker.hookspecs import hookimpl
from checker.models import Outcome
from checker.reporters.progress import Progress

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import ArticleResult, ExitCode, Finding
    from checker.session import Session

_COLOURS = {Outcome.PASS: "32", Outcome.WARN: "33", Outcome.FAIL: "31", Outcome.ERROR: "31;1", Outcome.SKIP: "36"}
_WORDS = [("pass", "passed"), ("warn", "warned"), ("fail", "failed"), ("skip", "skipped"), ("error", "errors")]


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
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
        self.colour = use_colour(stream) and target is None
        self.full_trace = bool(config.option("full_trace"))
        self.width = 0
        self.progress = Progress(0, enabled=False)
        #: the lines printed after the progress lines (errors and findings), gathered per article
        self.findings: list[str] = []

    def paint(self, text: str, outcome: Outcome) -> str:
        return f"\x1b[{_COLOURS[outcome]}m{text}\x1b[0m" if self.colour else text

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        self.width = max((len(p.as_posix()) for p in session.files), default=0)
        self.progress = Progress.for_stream(self.out, len(session.files))

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        letters = "".join(self.paint(r.outcome.letter, r.outcome) for r in result.results)
        line = f"{result.path.ljust(self.width)} {letters}"
        mark = self.progress.step()
        if mark:  # right-aligned like pytest's; the colour codes take no columns
            line += " " * max(1, shutil.get_terminal_size().columns - self.width - len(result.results) - 1 - len(mark))
        self.out.write(f"{line}{mark}\n")
        # only the printed findings are kept, not the article: memory stays flat over a long run
        self.findings.extend(self.report_lines(result))

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
            for rel in f.related:
                at = f"{rel.path}:{rel.span.line}:{rel.span.column}" if rel.span else rel.path
                lines.append(f"    {at}: {rel.message}" if rel.message else f"    {at}")
        return lines

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        lines = self.findings
        if lines:
            self.out.write("\n" + "\n".join(lines) + "\n")
        self.out.write(self.summary(session) + "\n")
        if self.target is not None and isinstance(self.out, io.StringIO):
            from checker.reporters.output import write_atomic

            write_atomic(self.target, self.out.getvalue())

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
