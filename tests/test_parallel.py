"""``-n N``: stories checked in worker processes give the report ``-n 1`` gives; crashes and Ctrl-C end the run."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import NO_EXTRACTORS, write

from checker import hookimpl
from checker.models import ExitCode

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
CALM = "The council met on Tuesday and approved the budget.\n"


def _corpus(root: Path) -> list[Path]:
    """The fixture story (three outlets) twice under two story names, and articles of no story."""
    files: dict[str, str] = {}
    for copy in ("one", "two"):
        for p in sorted(FIXTURES.iterdir()):
            text = p.read_text(encoding="utf-8").replace("millbrook-warehouse-fire", f"millbrook-{copy}")
            files[f"{copy}/{p.name}"] = text
    files["solo/a.txt"] = (
        "The minister reportedly resigned on Monday, March 4, 2024.\n\nOfficials allegedly hid the report.\n"
    )
    files["solo/b.txt"] = CALM
    return write(root, files)


def _report(cli, root: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, terminal output and JSON report (rule durations blanked) of a run over ``root``."""
    target = root.parent / f"report{'-'.join(args)}.json"
    run = cli(root, "--no-config", "--json", target, *args)
    return run.code, run.out, re.sub(r'"duration": [0-9.e-]+', '"duration": 0', target.read_text(encoding="utf-8"))


def test_two_jobs_give_the_report_of_one(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    _corpus(tmp_path / "in")
    code1, out1, json1 = _report(cli, tmp_path / "in", "-n", "1")
    code2, out2, json2 = _report(cli, tmp_path / "in", "-n", "2")
    report = json.loads(json1)
    assert len(report["articles"]) == 8 and len([s for s in report["stories"] if s["story"]]) == 2
    # each article of no story is an entry of its own (its entity ids refer to it)
    alone = sorted(a["path"] for a in report["articles"] if a["story"] is None)
    assert sorted(s["path"] for s in report["stories"] if s["story"] is None) == alone
    assert any(r["findings"] for a in report["articles"] for r in a["results"])  # findings to compare
    assert (code2, out2, json2) == (code1, out1, json1)


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_started_without_fork_give_the_report_of_one(tmp_path: Path, cli, monkeypatch, method: str) -> None:
    """Spawn and forkserver pickle what starts a worker (its session factory included) rather than inherit it."""
    import multiprocessing

    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    _corpus(tmp_path / "in")
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method(method, force=True)
    try:
        parallel = _report(cli, tmp_path / "in", "-n", "2")
    finally:
        multiprocessing.set_start_method(before, force=True)
    assert parallel == _report(cli, tmp_path / "in", "-n", "1")


def test_auto_and_jobs_flag(tmp_path: Path, cli, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    _corpus(tmp_path / "in")
    assert _report(cli, tmp_path / "in", "--jobs", "auto")[2] == _report(cli, tmp_path / "in")[2]


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_a_bad_number_of_jobs_is_a_usage_error(tmp_path: Path, cli, value: str) -> None:
    (a,) = write(tmp_path, {"a.txt": CALM})
    run = cli(a, "--no-config", "-n", value)
    assert run.code == ExitCode.USAGE_ERROR
    assert run.err.count("\n") == 1 and "not a number of jobs" in run.err


def test_a_worker_that_dies_is_reported_not_waited_for(tmp_path: Path, cli) -> None:
    main_pid = os.getpid()

    class Killer:
        """Ends the worker process that extracts b.txt, as the kernel's OOM killer would."""

        @hookimpl
        def claimcheck_extract_claims(self, article, segments, config):
            if article.path.endswith("b.txt") and os.getpid() != main_pid:
                os._exit(9)
            return []

    files = write(tmp_path, {"a.txt": CALM, "b.txt": CALM, "c.txt": CALM})
    run = cli(*files, "--no-config", *NO_EXTRACTORS, "-n", "2", plugins=[Killer()])
    assert run.code == ExitCode.INTERNAL_ERROR
    assert "a worker process died while checking" in run.err and "-n 1" in run.err


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_a_signal_during_a_parallel_run_ends_it_cleanly(tmp_path: Path, sig: str) -> None:
    # a forked worker once inherited the run's SIGTERM handler and hung sending the exception back
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    sources = sorted((ROOT / "fixtures" / "articles").iterdir())
    for i in range(150):
        for f in sources:
            (tmp_path / f"{i:03d}-{f.name}").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bl.json").write_text("keep me", encoding="utf-8")
    cmd = [sys.executable, "-m", "checker", "--no-config", "--story", "x", "-n", "2", str(tmp_path)]
    proc = subprocess.Popen(
        [*cmd, "--write-baseline", str(tmp_path / "bl.json")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    proc.send_signal(getattr(signal, sig))
    try:
        _, err = proc.communicate(timeout=60)  # a liveness bound, not a speed target
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the run did not end after {sig}")
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert proc.returncode == ExitCode.INTERRUPTED, err
    assert "Traceback" not in err, err
    assert (tmp_path / "bl.json").read_text(encoding="utf-8") == "keep me"


def test_a_story_result_comes_back_from_a_worker_as_it_left(tmp_path: Path) -> None:
    """What a worker pickles (models rebuilt from their slots: ``Model.__reduce__``) is the same value,
    with the same set fields and the article's line index, as the one checked."""
    import pickle

    from checker import check

    report = check(paths=[str(FIXTURES)], story="millbrook-warehouse-fire", no_config=True)
    result = report.articles[0]
    result.article.position(len(result.article.raw))  # the private line index, filled in
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    # (the story's links hold values compared by identity; the reports say they come back the same)
    assert (back.path, back.article, back.results) == (result.path, result.article, result.results)
    assert back.model_fields_set == result.model_fields_set
    claim, back_claim = result.article.claims[0], back.article.claims[0]
    assert type(back_claim) is type(claim) and back_claim.model_fields_set == claim.model_fields_set
    assert back.article.__pydantic_private__ == result.article.__pydantic_private__  # the line index
    assert back.article.model_dump(mode="json") == result.article.model_dump(mode="json")
