"""JSON reporter: the ``claimcheck-report/1`` document, to stdout (``--format json``) or a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.models import ArticleResult, ExitCode
    from checker.session import Session


class JsonReporter:
    """Encodes each article as it is reported and writes the document when the session finishes."""

    def __init__(self, config: Config, target: str | None) -> None:
        self.config = config
        self.target = target
        # Indented for a person at a terminal; otherwise compact, because ``indent`` switches json
        # to its pure-Python encoder, ~10x slower (a third of a 1,000-article run's time).
        readable = target is None and getattr(config.stdout, "isatty", lambda: False)()
        from checker.report import ReportWriter  # the encoder only in a run that writes JSON

        self.writer = ReportWriter(indent=2 if readable else None)

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        self.writer.article(result)

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        try:
            if self.target:
                from checker.atomicio import write_result

                write_result(self.target, self.writer.chunks(session, exit_code), session)
            else:
                self.config.stdout.writelines(self.writer.chunks(session, exit_code))
        finally:
            self.writer.close()


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", metavar="PATH", help="also write the JSON report to PATH")


@hookimpl
def claimcheck_configure(config: Config) -> None:
    fmt = config.option("format")
    if fmt == "json":
        target = config.option("output")
    elif config.option("json"):
        target = config.option("json")
    else:
        return
    assert config.pluginmanager is not None
    config.pluginmanager.register(JsonReporter(config, target), name="jsonreporter")
