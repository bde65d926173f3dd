"""JUnit XML: a suite per article, a case per rule, validated against the vendored Jenkins xUnit XSD."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.reporters.support import CALM, CONVOY, ISOLATED, TEST_RULES

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "junit-10.xsd"


@pytest.fixture(scope="module")
def xsd():
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA))


def _run(claimcheck_run, *extra: str):
    return claimcheck_run(
        {"convoy.txt": CONVOY, "calm.txt": CALM},
        args=["--junitxml", "out/report.xml", *extra, *ISOLATED],
        select=["TT"],
        plugins=[TEST_RULES],
    )


def test_suite_per_article_case_per_rule_and_valid(claimcheck_run, xsd) -> None:
    result = _run(claimcheck_run)
    path = claimcheck_run.root / "out" / "report.xml"
    xsd.validate(str(path))
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert sorted(suites) == ["calm.txt", "convoy.txt"]
    convoy = suites["convoy.txt"]
    cases = {c.get("name"): c for c in convoy.findall("testcase")}
    assert sorted(cases) == ["TT101 date-clash", "TT201 unheld-hedge", "TT301 always-crashes", "TT401 always-skips"]
    failure = cases["TT101 date-clash"].find("failure")
    assert failure is not None
    assert "convoy.txt:5:5: fail: dated September 19 here and September 21 earlier" in (failure.text or "")
    assert "convoy.txt:3:39: dated September 21 here" in (failure.text or "")
    # A warning passes, its findings in system-out.
    hedge = cases["TT201 unheld-hedge"]
    assert hedge.find("failure") is None
    assert "convoy.txt:5:25: warn:" in (hedge.findtext("system-out") or "")
    error = cases["TT301 always-crashes"].find("error")
    assert error is not None and error.get("message") == "ZeroDivisionError: boom <b>&</b>"
    assert "Traceback" in (error.text or "")
    skipped = cases["TT401 always-skips"].find("skipped")
    assert skipped is not None and skipped.get("message") == "no publication date & no story"
    assert (convoy.get("tests"), convoy.get("failures"), convoy.get("errors"), convoy.get("skipped")) == (
        "4",
        "1",
        "1",
        "1",
    )
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("8", "1", "2")
    assert result.exit_code == 1


def test_fail_on_warn_turns_warnings_into_failures(claimcheck_run, xsd) -> None:
    _run(claimcheck_run, "--fail-on", "warn")
    path = claimcheck_run.root / "out" / "report.xml"
    xsd.validate(str(path))
    case = next(
        c
        for c in ET.parse(path).getroot().iter("testcase")
        if c.get("name") == "TT201 unheld-hedge" and c.get("classname") == "convoy.txt"
    )
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "warn"


def test_characters_xml_cannot_carry_are_shown_not_dropped(claimcheck_run, xsd) -> None:
    text = "Officials\x0c said the September 21 raid and the September 19 raid were one.\n"
    claimcheck_run({"odd.txt": text}, args=["--junitxml", "r.xml", *ISOLATED], select=["TT101"], plugins=[TEST_RULES])
    path = claimcheck_run.root / "r.xml"
    xsd.validate(str(path))
    assert "odd.txt:1:47: fail" in path.read_text(encoding="utf-8")
