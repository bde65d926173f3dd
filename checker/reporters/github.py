"""GitHub Actions reporter (``--format github``): an ``::error``/``::warning`` workflow command per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from checker.hookspecs import hookimpl
from checker.models import Outcome
from checker.wording import count

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import ArticleResult, ExitCode, Finding, RuleResult
    from checker.session import Session


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF percent-encoded, as the runner decodes them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: as :func:`escape_data`, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    """``::kind prop=value,...::message`` with every part escaped; ``None`` properties are left out."""
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind} {given}::{escape_data(message)}" if given else f"::{kind}::{escape_data(message)}"


def finding_command(ar: ArticleResult, r: RuleResult, f: Finding) -> str:
    kind = "error" if f.outcome is Outcome.FAIL else "warning"
    message = f.message
    for rel in f.related:
        at = f"{rel.path}:{rel.span.line}:{rel.span.column}" if rel.span else rel.path
        message += f"\n{at}: {rel.message}" if rel.message else f"\n{at}"
    if f.hint:
        message += f"\nhint: {f.hint}"
    span = f.span
    return command(
        kind,
        message,
        file=ar.path,
        line=span.line if span else None,
        col=span.column if span else None,
        endLine=span.end_line if span else None,
        endColumn=span.end_column if span else None,
        title=f"{r.code} {r.rule}",
    )


class GitHubReporter:
    """Prints the workflow commands when the session finishes, then one summary line."""

    def __init__(self, config: Config, stream: TextIO, target: str | None = None) -> None:
        self.config = config
        self.out = stream
        self.target = target
        #: the workflow commands so far; only these are kept, not the articles
        self.commands: list[str] = []

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        for r in result.results:
            if r.outcome is Outcome.ERROR:
                self.commands.append(
                    command("error", r.reason or "error", file=result.path, title=f"{r.code} {r.rule} (error)")
                )
            self.commands.extend(finding_command(result, r, f) for f in r.findings)

    def lines(self, session: Session) -> list[str]:
        out = list(self.commands)
        counts = session.counts()
        out.append(
            f"claimcheck: {count(len(session.results), 'article')} · {counts['pass']} passed, {counts['warn']} warned, "
            f"{counts['fail']} failed, {counts['skip']} skipped, {count(counts['error'], 'error')}"
        )
        return out

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        text = "\n".join(self.lines(session)) + "\n"
        if self.target:
            from checker.atomicio import write_result

            write_result(self.target, text, session)
        else:
            self.out.write(text)


@hookimpl
def claimcheck_configure(config: Config) -> None:
    if config.option("format") != "github" or config.pluginmanager is None:
        return
    config.pluginmanager.register(GitHubReporter(config, config.stdout, config.option("output")), name="githubreporter")
