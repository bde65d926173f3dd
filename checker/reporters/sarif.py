"""SARIF 2.1.0 reporter (``--sarif PATH``): rule metadata from the registry, a result per finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from checker.hookspecs import hookimpl
from checker.models import Outcome

if TYPE_CHECKING:
    import argparse

    from checker.config import Config
    from checker.models import Article, ExitCode, Finding, Span
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
        self.config = config
        self.target = target
        self.root = repository_root(Path.cwd())

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
            from checker.baseline import finding_fingerprint

            # The baseline's fingerprint: code scanning tracks an alert across edits with it.
            out["partialFingerprints"] = {"claimcheck/v1": finding_fingerprint(code, f, article, others)}
        return out

    def log(self, session: Session, exit_code: ExitCode) -> dict[str, Any]:
        from checker import __version__

        rules = list(session.registry)
        index = {r.code: i for i, r in enumerate(rules)}
        results = []
        notes = []
        stories: dict[str, list[Article]] = {}
        for ar in session.results:
            if ar.article is not None and ar.article.story:
                stories.setdefault(ar.article.story, []).append(ar.article)
        for ar in session.results:
            story = ar.article.story if ar.article is not None else None
            others = [a for a in stories.get(story or "", []) if a is not ar.article]
            for r in ar.results:
                if r.outcome is Outcome.ERROR:
                    notes.append(
                        {
                            "level": "error",
                            "message": {"text": f"{r.code} {r.rule}: {r.reason or 'error'}"},
                            "locations": [{"physicalLocation": self.physical(ar.path, None)}],
                            "associatedRule": {"id": r.code, **({"index": index[r.code]} if r.code in index else {})},
                        }
                    )
                for f in r.findings:
                    results.append(self.result(ar.path, r.code, index.get(r.code, -1), f, ar.article, others))
        for res in results:
            if res["ruleIndex"] < 0:
                del res["ruleIndex"]
        invocation: dict[str, Any] = {
            "executionSuccessful": int(exit_code) in (0, 1),
            "exitCode": int(exit_code),
        }
        if notes:
            invocation["toolExecutionNotifications"] = notes
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
                    "results": results,
                }
            ],
        }

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.atomicio import write_result

        write_result(
            self.target, json.dumps(self.log(session, exit_code), indent=2, ensure_ascii=False) + "\n", session
        )


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sarif", metavar="PATH", help="also write a SARIF 2.1.0 log to PATH")


@hookimpl
def claimcheck_configure(config: Config) -> None:
    target = config.option("sarif")
    if target and config.pluginmanager is not None:
        config.pluginmanager.register(SarifReporter(config, target), name="sarifreporter")
