"""JUnit XML reporter (``--junitxml PATH``): a test suite per article, a test case per rule."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from checker.hookspecs import hookimpl
from checker.models import Outcome

if TYPE_CHECKING:
    import argparse
    import xml.etree.ElementTree as ET

    from checker.config import Config
    from checker.models import ArticleResult, ExitCode, Finding, RuleResult
    from checker.session import Session

#: Characters XML 1.0 cannot carry at all; article text may contain them (form feeds, NULs).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids shown as ``\\xNN`` (ElementTree escapes the rest)."""
    return _ILLEGAL_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _seconds(value: float) -> str:
    # The schema's SUREFIRE_TIME allows at most three decimals.
    return f"{value:.3f}"


def finding_lines(path: str, f: Finding) -> list[str]:
    """One finding as ``path:line:col: outcome: message`` plus an indented line per related place."""
    where = f"{path}:{f.span.line}:{f.span.column}" if f.span else path
    lines = [f"{where}: {f.outcome.value}: {f.message}"]
    for rel in f.related:
        at = f"{rel.path}:{rel.span.line}:{rel.span.column}" if rel.span else rel.path
        lines.append(f"    {at}: {rel.message}" if rel.message else f"    {at}")
    if f.hint:
        lines.append(f"    hint: {f.hint}")
    return lines


class JUnitXmlReporter:
    """Builds the document when the session finishes and writes it atomically."""

    def __init__(self, config: Config, target: str) -> None:
        from checker.atomicio import spool

        self.config = config
        self.target = target
        self.stamp = datetime.now(UTC).isoformat(timespec="seconds")
        import socket

        self.host = xml_text(socket.gethostname())
        #: the suites so far, as XML text; only totals are kept beside them, not the articles
        self.suites = spool()
        self.totals = {"tests": 0, "failures": 0, "errors": 0}

    def failing(self, r: RuleResult) -> bool:
        if r.outcome is Outcome.FAIL:
            return True
        return r.outcome is Outcome.WARN and self.config.settings.fail_on == "warn"

    def testcase(self, ar: ArticleResult, r: RuleResult) -> ET.Element:
        import xml.etree.ElementTree as ET  # only runs that write the report pay for it

        case = ET.Element(
            "testcase", {"classname": xml_text(ar.path), "name": f"{r.code} {r.rule}", "time": _seconds(r.duration)}
        )
        body = "\n".join(line for f in r.findings for line in finding_lines(ar.path, f))
        n = len(r.findings)
        summary = f"{n} finding{'s' if n != 1 else ''}: " + "; ".join(f.message for f in r.findings[:3])
        if r.outcome is Outcome.ERROR:
            el = ET.SubElement(case, "error", {"type": "error", "message": xml_text(r.reason or "error")})
            el.text = xml_text(r.traceback or r.reason or "")
        elif r.outcome is Outcome.SKIP:
            ET.SubElement(case, "skipped", {"type": "skip", "message": xml_text(r.reason or "skipped")})
        elif self.failing(r):
            el = ET.SubElement(case, "failure", {"type": r.outcome.value, "message": xml_text(summary)})
            el.text = xml_text(body)
        elif r.findings:
            ET.SubElement(case, "system-out").text = xml_text(body)
        return case

    def testsuite(self, ar: ArticleResult) -> ET.Element:
        import xml.etree.ElementTree as ET  # only runs that write the report pay for it

        cases = [self.testcase(ar, r) for r in ar.results]
        failures = sum(1 for c in cases if c.find("failure") is not None)
        errors = sum(1 for c in cases if c.find("error") is not None)
        skipped = sum(1 for c in cases if c.find("skipped") is not None)
        suite = ET.Element(
            "testsuite",
            {
                "name": xml_text(ar.path),
                "tests": str(len(cases)),
                "failures": str(failures),
                "errors": str(errors),
                "skipped": str(skipped),
                "time": _seconds(sum(r.duration for r in ar.results)),
                "file": xml_text(ar.path),
            },
        )
        meta = ar.article.meta if ar.article else None
        if meta is not None:
            props = {
                "title": meta.title,
                "outlet": meta.outlet,
                "story": meta.story,
                "published": meta.published.isoformat() if meta.published else None,
            }
            given = {k: v for k, v in props.items() if v}
            if given:
                el = ET.SubElement(suite, "properties")
                for k, v in given.items():
                    ET.SubElement(el, "property", {"name": k, "value": xml_text(str(v))})
        suite.extend(cases)
        return suite

    @hookimpl
    def claimcheck_sessionstart(self, session: Session) -> None:
        self.stamp = datetime.now(UTC).isoformat(timespec="seconds")

    @hookimpl
    def claimcheck_article_result(self, result: ArticleResult) -> None:
        import xml.etree.ElementTree as ET  # only runs that write the report pay for it

        suite = self.testsuite(result)
        suite.set("timestamp", self.stamp)
        suite.set("hostname", self.host)
        for k in self.totals:
            self.totals[k] += int(suite.get(k, "0"))
        ET.indent(suite, level=1)  # as ET.indent(root) lays it out inside <testsuites>
        suite.tail = None
        self.suites.write("\n  " + ET.tostring(suite, encoding="unicode"))

    def document(self, session: Session) -> Iterator[str]:
        """The report in pieces: the root element with the run's totals around the suites written so far."""
        import xml.etree.ElementTree as ET  # only runs that write the report pay for it

        from checker.atomicio import chunks

        root = ET.Element(
            "testsuites",
            {"name": "claimcheck", **{k: str(v) for k, v in self.totals.items()}, "time": _seconds(session.duration)},
        )
        yield '<?xml version="1.0" encoding="utf-8"?>\n'
        if not len(session.results):
            yield ET.tostring(root, encoding="unicode") + "\n"
            return
        ET.SubElement(root, "x")
        head, tail = ET.tostring(root, encoding="unicode").split("<x />")
        yield head
        yield from chunks(self.suites)
        yield "\n" + tail + "\n"

    @hookimpl
    def claimcheck_sessionfinish(self, session: Session, exit_code: ExitCode) -> None:
        from checker.atomicio import write_result

        try:
            write_result(self.target, self.document(session), session)
        finally:
            self.suites.close()


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--junitxml", metavar="PATH", help="also write a JUnit XML report to PATH")


@hookimpl
def claimcheck_configure(config: Config) -> None:
    target = config.option("junitxml")
    if target and config.pluginmanager is not None:
        config.pluginmanager.register(JUnitXmlReporter(config, target), name="junitxmlreporter")
