"""The public Python API: ``checker.check`` on paths or on text with metadata, returning the typed report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import FIXTURES, NO_EXTRACTORS, word_rules, write

import checker
from checker import ExitCode, Outcome, Report, UsageError

STORY = FIXTURES / "rules" / "CC101" / "story_two_outlets"


def test_check_paths_returns_the_report_the_command_line_prints(cli) -> None:
    report = checker.check(paths=[STORY], no_config=True)
    assert isinstance(report, Report)
    assert report.exit_code is ExitCode.CHECK_FAILED and not report.ok
    ((path, result, finding),) = list(report.findings("fail"))
    assert (Path(path).name, result.code, finding.outcome) == ("bad_b_gazette.md", "CC101", Outcome.FAIL)
    assert finding.span is not None and finding.span.line == 7
    as_json = cli(STORY, "--no-config", "--format", "json").json()

    def timeless(articles: list[dict]) -> list[dict]:  # durations differ from run to run
        return [{**a, "results": [{**r, "duration": 0} for r in a["results"]]} for a in articles]

    assert timeless(report.data["articles"]) == timeless(as_json["articles"])
    assert report.counts == {"pass": as_json["summary"]["passed"], "warn": 0, "fail": 1, "skip": 0, "error": 0}
    assert "CC101" in report.rules


def test_check_text_with_metadata_prints_nothing(capsys) -> None:
    text = "The ferry always leaves at noon.\n\nIt will never be late.\n"
    report = checker.check(
        text=text,
        meta={"published": date(2016, 10, 3), "story": "ferry", "outlet": "Harbour Post"},
        path="desk/ferry.md",
        no_config=True,
        select=["TT2"],
        plugins=[word_rules()],
        plugin_modules=[flag for flag in NO_EXTRACTORS if flag != "-p"],  # -p no:extractors.dates ...
    )
    assert capsys.readouterr() == ("", "")
    article = report.article("desk/ferry.md")
    assert article.article is not None
    meta = article.article.meta
    assert (meta.published, meta.story, meta.outlet) == (date(2016, 10, 3), "ferry", "Harbour Post")
    assert [(r.code, f.span.line if f.span else None) for _, r, f in report.findings()] == [("TT201", 1)]
    assert report.exit_code is ExitCode.CHECK_FAILED
    assert checker.check(text="Calm waters.\n", no_config=True, select=["TT"], plugins=[word_rules()]).ok


def test_options_are_the_command_line_flags_and_misspelt_ones_are_usage_errors() -> None:
    with pytest.raises(UsageError, match=r"unknown option 'selekt' \(did you mean select\?\)"):
        checker.check(text="A.\n", selekt=["CC1"])
    with pytest.raises(UsageError, match=r"unknown meta key 'publised' \(did you mean published\?\)"):
        checker.check(text="A.\n", meta={"publised": "2016-10-03"})
    with pytest.raises(UsageError, match="unknown rule selector 'CC9'"):
        checker.check(text="A.\n", no_config=True, select=["CC9"])


def test_no_articles_is_an_empty_report(tmp_path: Path) -> None:
    report = checker.check(paths=[tmp_path], no_config=True)
    assert (report.exit_code, report.articles) == (ExitCode.NO_ARTICLES, ())


def test_fail_on_and_files_written(tmp_path: Path) -> None:
    (a,) = write(tmp_path, {"a.txt": "It will never be late.\n"})
    lenient = checker.check(paths=[a], no_config=True, select=["TT"], plugins=[word_rules()])
    strict = checker.check(paths=[a], no_config=True, select=["TT"], fail_on="warn", plugins=[word_rules()])
    assert (lenient.exit_code, strict.exit_code) == (ExitCode.OK, ExitCode.CHECK_FAILED)
    checker.check(paths=[a], no_config=True, select=["TT"], sarif=tmp_path / "out.sarif", plugins=[word_rules()])
    assert (tmp_path / "out.sarif").read_text(encoding="utf-8").startswith("{")


def test_the_api_page_documents_every_argument_and_attribute() -> None:
    import dataclasses
    import inspect

    page = (FIXTURES.parent / "docs" / "api.md").read_text(encoding="utf-8")
    for name in inspect.signature(checker.check).parameters:
        if name != "options":
            assert f"| `{name}` |" in page, name
    for f in dataclasses.fields(Report):
        assert f"| `{f.name}` |" in page, f.name


def test_bad_metadata_and_options_are_usage_errors_in_the_api_s_own_words() -> None:
    import checker

    with pytest.raises(checker.UsageError, match=r"meta 'published'.*2023-02-30"):
        checker.check(text="The bridge opened on Monday.", meta={"published": "2023-02-30"})
    with pytest.raises(checker.UsageError, match=r"^check\(\): published='2023-02-30' is not a date"):
        checker.check(text="The bridge opened on Monday.", published="2023-02-30")
