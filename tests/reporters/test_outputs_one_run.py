"""Every output from one run over the fixtures and the seed story, each validated (issue 7's "done when")."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import FIXTURES, SEEDS, needs_shared
from tests.reporters.support import ISOLATED, TEST_RULES

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@needs_shared(SEEDS)
def test_all_outputs_from_one_run(claimcheck_run) -> None:
    import jsonschema
    import xmlschema

    shutil.copytree(FIXTURES, claimcheck_run.root / "fixtures")
    seeds = {f"seeds/{p.name}": p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    result = claimcheck_run(
        seeds,
        args=[
            "fixtures",
            *("--junitxml", "out/junit.xml", "--sarif", "out/claimcheck.sarif"),
            *("--json", "out/report.json", "--html", "out/review.html"),
            "--ignore",
            "TT301,TT401",
        ],
        plugins=[TEST_RULES],
        published="2016-10-03",
        story="us-russia-syria",
    )
    out = claimcheck_run.root / "out"
    assert result.exit_code == 1, result.stderr  # the seed story has a date that disagrees
    articles = len(result.results)
    assert articles >= 2 + len(list(FIXTURES.rglob("*.txt")))
    hits = result.findings()
    assert any(h.code == "TT101" and h.path.endswith("000_c04042c6ce3db92b.txt") for h in hits)

    xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd")).validate(str(out / "junit.xml"))
    suites = ET.parse(out / "junit.xml").getroot().findall("testsuite")
    assert len(suites) == articles

    log = json.loads((out / "claimcheck.sarif").read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert len(log["runs"][0]["results"]) == len(hits)

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["schema"] == "claimcheck-report/1" and len(report["articles"]) == articles

    page = (out / "review.html").read_text(encoding="utf-8")
    assert page.count('class="article"') == articles
    assert page.count('<div class="finding" id="f') == len(hits)
    # Nothing half-written is left behind.
    assert sorted(p.name for p in out.iterdir()) == ["claimcheck.sarif", "junit.xml", "report.json", "review.html"]


@needs_shared(SEEDS)
def test_github_format_on_the_seed_story(claimcheck_run) -> None:
    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    result = claimcheck_run(
        seeds,
        args=["--format", "github", *ISOLATED],
        select=["TT101"],
        plugins=[TEST_RULES],
        published="2016-10-03",
        story="s",
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("::error file=000_c04042c6ce3db92b.txt,line=10,col=")
    assert ",title=TT101 date-clash::dated September 19 here and September 21 earlier%0A" in lines[0]
