"""SARIF 2.1.0 reporter (``--sarif PATH``): rule metadata from the registry, a result per finding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from checker.hookspecs import hookimpl
from checker.models import Outcome

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.models import Article, ArticleResult, ExitCode, Finding, Span
    from checker.registry import Rule
    from checker.session import Session

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
ROOT_ID = "SRCROOT"
_LEVEL = {Outcome.FAIL: "error", Outcome.WARN: "warning"}


def repository_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``.git``; ``start`` itself when there is none."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    what = " ".join(rule.section("What it checks").split()) or rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": what},
        "help": {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary},
        "defaultConfiguration": {"level": "error"},
        "properties": {"kinds": list(rule.kinds), "plugin": rule.plugin},
    }


class SarifReporter:
    """Builds one run of the log when the session finishes and writes it atomically."""

    def __init__(self, config: Config, target: str) -> None:
        from checker.atomicio import spool

        self.config = config
        self.target = target
        self.root = repository_root(Path.cwd())
        self.index: dict[str, int] = {}
        #: the story whose results are held: (story, its results so far)
        self.story: tuple[str | None, list[ArticleResult]] | None = None
        #: the results so far, as JSON text; error notes (few) are kept as data
        self.results = spool()
        self.count = 0
        self.notes: list[dict[str, Any]] = []

    def artifact(self, path: str) -> dict[str, Any]:
        p = Path(path).resolve()
        try:
            return {"uri": quote(p.relative_to(self.root).as_posix()), "uriBaseId": ROOT_ID}
        except ValueError:
            return {"uri": p.as_uri()}

    def physical(self, path: str, span: Span | None) -> dict[str, Any]:
        loc: dict[str, Any] = {"artifactLocation": self.artifact(path)}
        if span is not None:
            # Both our end column and SARIF's are "just after the last character"; columns count code points.
            loc["region"] = {
                "startLine": span.line,
                "startColumn": span.column,
                "endLine": span.end_line,
                "endColumn": span.end_column,
                "charOffset": span.start,
                "charLength": span.end - span.start,
            }
        return loc

    def result(
        self, path: str, code: str, index: int, f: Finding, article: Article | None, others: list[Article]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ruleId": code,
            "ruleIndex": index,
            "level": _LEVEL[Outcome(f.outcome)],
            "message": {"text": f.message + (f"\nhint: {f.hint}" if f.hint else "")},
            "locations": [{"physicalLocation": self.physical(path, f.span)}],
        }
        if f.related:
            out["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": self.physical(rel.path, rel.span),
                    "message": {"text": rel.message or "the other place"},
                }
                for i, rel in enumerate(f.related)
            ]
        if article is not None:
            from checker.baseline_file import finding_fingerprint

            # The baseline's fingerprint: code scanning tracks an alert across edits with it.
            out["partialFingerprints"] = {"claimcheck/v1": finding_fingerprint(code, f, article, others)}
        return out

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        self.index = {r.code: i for i, r in enumerate(session.registry)}

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        # a story's results come together: they are held until the story ends (for the fingerprints'
        # other articles), then encoded; nothing else of an article is kept
        story = result.article.story if result.article is not None else None
        if self.story and (story != self.story[0] or story is None):
            self.flush()
        self.story = (story, [*self.story[1], result]) if self.story and story is not None else (story, [result])
        if story is None:
            self.flush()

    def flush(self) -> None:
        """Encode the held story's error notes and results."""
        if not self.story:
            return
        held = self.story[1]
        self.story = None
        articles = [ar.article for ar in held if ar.article is not None and ar.article.story]
        for ar in held:
            others = [a for a in articles if a is not ar.article] if ar.article is not None and ar.article.story else []
            for r in ar.results:
                if r.outcome is Outcome.ERROR:
                    index = self.index
                    self.notes.append(
                        {
                            "level": "error",
                            "message": {"text": f"{r.code} {r.rule}: {r.reason or 'error'}"},
                            "locations": [{"physicalLocation": self.physical(ar.path, None)}],
                            "associatedRule": {"id": r.code, **({"index": index[r.code]} if r.code in index else {})},
                        }
                    )
                for f in r.findings:
                    res = self.result(ar.path, r.code, self.index.get(r.code, -1), f, ar.article, others)
                    if res["ruleIndex"] < 0:
                        del res["ruleIndex"]
                    import json  # for a SARIF report only

                    text = json.dumps(res, indent=2, ensure_ascii=False).replace("\n", "\n" + " " * 8)
                    self.results.write(("\n" if self.count == 0 else ",\n") + " " * 8 + text)
                    self.count += 1

    def log(self, session: Session, exit_code: ExitCode) -> dict[str, Any]:
        """The log without its results (``"results": []``); :meth:`document` puts them in."""
        from checker import __version__

        self.flush()
        rules = list(session.registry)
        invocation: dict[str, Any] = {
            "executionSuccessful": int(exit_code) in (0, 1),
            "exitCode": int(exit_code),
        }
        if self.notes:
            invocation["toolExecutionNotifications"] = self.notes
        return {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "claimcheck",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "rules": [rule_descriptor(r) for r in rules],
                        }
                    },
                    "originalUriBaseIds": {ROOT_ID: {"uri": self.root.as_uri() + "/"}},
                    "columnKind": "unicodeCodePoints",
                    "invocations": [invocation],
                    "results": [],
                }
            ],
        }

    def document(self, session: Session, exit_code: ExitCode) -> Iterator[str]:
        """The log's text in pieces, the results encoded so far spliced into its ``results`` list."""
        import json  # for a SARIF report only

        from checker.atomicio import chunks

        text = json.dumps(self.log(session, exit_code), indent=2, ensure_ascii=False) + "\n"
        if not self.count:
            yield text
            return
        # the one "results" key: inside strings json escapes quotes, so this text is only the key
        head, tail = text.rsplit('"results": []', 1)
        yield head + '"results": ['
        yield from chunks(self.results)
        yield "\n      ]" + tail

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.atomicio import write_result

        try:
            write_result(self.target, self.document(session, exit_code), session)
        finally:
            self.results.close()


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sarif", metavar="PATH", help="also write a SARIF 2.1.0 log to PATH")


@hookimpl
def claimcheck_configure(config: Config) -> None:
    target = config.option("sarif")
    if target and config.pluginmanager is not None:
        config.pluginmanager.register(SarifReporter(config, target), name="sarifreporter")
