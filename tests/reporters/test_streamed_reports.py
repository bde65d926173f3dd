"""Reports written article by article say exactly what the whole-run documents said; the run keeps no articles."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker import hookimpl
from checker.report import ReportWriter
from checker.results import ResultLog, ResultsNotKept

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


def _files() -> dict[str, str]:
    """The three fixture articles of one story, plus one article of no story after them."""
    files = {f"story/{p.name}": p.read_text(encoding="utf-8") for p in sorted(FIXTURES.iterdir())}
    files["zz-alone.txt"] = (
        "Council delays vote\n\nThe council delayed its vote on the budget until March 3, "
        'a spokesperson said. "We need more time," said Councillor Mira Osei.\n'
    )
    return files


@pytest.mark.parametrize("indent", [None, 2])
def test_streamed_json_equals_the_whole_document(claimcheck_run, indent) -> None:
    run = claimcheck_run(_files(), args=["--json", "report.json"], published="2024-03-12")
    assert len(run.results) == 4 and run.report["stories"], "the run must have a story with entities"
    writer = ReportWriter(indent=indent)
    for ar in run.results:
        writer.article(ar)

    summary = run.report["summary"]
    names = {"pass": "passed", "warn": "warned", "fail": "failed", "skip": "skipped", "error": "errors"}
    finished = SimpleNamespace(  # what summary_dict reads of a session, from the finished run
        results=run.results,
        rules=range(summary["rules"]),
        duration=summary["duration"],
        baseline=None,
        counts=lambda: {k: summary[v] for k, v in names.items()},
    )
    text = "".join(writer.chunks(finished, run.exit_code))  # type: ignore[arg-type]
    writer.close()
    assert text == json.dumps(run.report, indent=indent, ensure_ascii=False) + "\n"
    if indent is None:  # the file the reporter wrote during the run
        assert (Path("report.json")).read_text(encoding="utf-8") == text


def test_terminal_and_file_reports_need_no_kept_results(tmp_path, monkeypatch) -> None:
    seen: dict[str, object] = {}

    class Reader:
        @hookimpl
        def claimcheck_sessionfinish(self, session, exit_code) -> None:
            seen["articles"] = len(session.results)
            seen["counts"] = session.counts()
            try:
                list(session.results)
            except ResultsNotKept as err:
                seen["error"] = str(err)

    # no test recorder (it keeps every result): the CLI as a user runs it
    from checker.cli import main

    for rel, text in _files().items():
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    out = io.StringIO()
    argv = ["story", "zz-alone.txt", "--no-config", "--published", "2024-03-12"]
    code = main(
        [*argv, "--json", "r.json", "--junitxml", "r.xml", "--sarif", "r.sarif"], stdout=out, plugins=[Reader()]
    )
    assert code in (0, 1)
    assert seen["articles"] == 4 and "keep()" in str(seen["error"])
    assert sum(seen["counts"].values()) > 0  # type: ignore[union-attr]
    report = json.loads(Path("r.json").read_text(encoding="utf-8"))
    assert [a["path"] for a in report["articles"]][-1].endswith("zz-alone.txt")
    assert "4 articles" in out.getvalue()


def test_result_log_counts_without_keeping() -> None:
    log = ResultLog()
    assert len(log) == 0 and not log and log.worst == -1
    with pytest.raises(ResultsNotKept):
        log[0]
