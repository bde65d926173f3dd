"""Terminal reporter: a progress line per article, then each finding, then the summary line (pytest-like)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from checker.hookspecs import hookimpl
from checker.models import Outcome

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import ArticleResult, ExitCode
    from checker.session import Session

_COLOURS = {Outcome.PASS: "32", Outcome.WARN: "33", Outcome.FAIL: "31", Outcome.ERROR: "31;1", Outcome.SKIP: "36"}
_WORDS = [("pass", "passed"), ("warn", "warned"), ("fail", "failed"), ("skip", "skipped"), ("error", "errors")]


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if "NO_COLOR" in os.environ:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TerminalReporter:
    """Prints as the session goes; the findings come after the progress lines, as in pytest."""

    def __init__(self, config: Config, stream: TextIO) -> None:
        self.config = config
        self.out = stream
        self.colour = use_colour(stream)
        self.full_trace = bool(config.option("full_trace"))
        self.width = 0

    def paint(self, text: str, outcome: Outcome) -> str:
        return f"\x1b[{_COLOURS[outcome]}m{text}\x1b[0m" if self.colour else text

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        self.width = max((len(p.as_posix()) for p in session.files), default=0)

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        letters = "".join(self.paint(r.outcome.letter, r.outcome) for r in result.results)
        self.out.write(f"{result.path.ljust(self.width)} {letters}\n")

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        lines = []
        for ar in session.results:
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
                for f in r.findings:
                    where = f"{ar.path}:{f.span.line}:{f.span.column}" if f.span else ar.path
                    word = self.paint(f.outcome.value, Outcome(f.outcome))
                    lines.append(f"{where}: {head} {word}: {f.message}")
                    for rel in f.related:
                        at = f"{rel.path}:{rel.span.line}:{rel.span.column}" if rel.span else rel.path
                        lines.append(f"    {at}: {rel.message}" if rel.message else f"    {at}")
        if lines:
            self.out.write("\n" + "\n".join(lines) + "\n")
        self.out.write(self.summary(session) + "\n")

    def summary(self, session: Session) -> str:
        counts = session.counts()
        n = len(session.results)
        parts = [self.paint(f"{counts[k]} {word}", Outcome(k)) for k, word in _WORDS if counts[k] or k == "pass"]
        head = f"{n} article{'s' if n != 1 else ''} · {len(session.rules)} rules"
        tail = f" in {session.duration:.2f}s"
        if session.interrupted:
            tail += " (interrupted)"
        return f"{head} · {', '.join(parts)}{tail}"


@hookimpl
def claimcheck_configure(config: Config) -> None:
    fmt = config.option("format") or "terminal"
    if fmt != "terminal" and not config.option("output"):
        return  # another format owns stdout
    assert config.pluginmanager is not None
    config.pluginmanager.register(TerminalReporter(config, config.stdout), name="terminalreporter")
