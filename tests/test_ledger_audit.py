"""``claimcheck audit``: every story of a ledger, here, on -n processes and on a real Dask LocalCluster,
reports exactly what one run over the same articles reports."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES


def comparable(report: dict[str, Any]) -> dict[str, Any]:
    """A JSON report without its timings (the only thing allowed to differ)."""
    report = json.loads(json.dumps(report))
    report["summary"].pop("duration")
    for article in report["articles"]:
        for result in article["results"]:
            result.pop("duration")
    return report


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> Path:
    """Our rule fixtures (several stories, and articles without one) recorded into a fresh ledger."""
    shutil.copytree(FIXTURES / "rules", tmp_path / "stories")
    monkeypatch.chdir(tmp_path)
    recorded = cli("ledger", "record", "stories", "--ledger", "archive.sqlite", "--no-config")
    assert recorded.code == 0, recorded.err
    return tmp_path


def test_audit_equals_one_run_over_the_same_articles(archive: Path, cli) -> None:
    run = cli("stories", "--no-config", "--format", "json")
    expected = comparable(run.json())
    assert expected["summary"]["failed"] > 0  # there is something to agree on: cross-article fails among them
    audit = cli("audit", "--ledger", "archive.sqlite", "--no-config", "--format", "json")
    assert audit.code == run.code
    assert comparable(audit.json()) == expected
    on_two = cli("audit", "--ledger", "archive.sqlite", "--no-config", "--format", "json", "-n", "2")
    assert comparable(on_two.json()) == expected
    assert cli("audit", "--ledger", "archive.sqlite", "--no-config", "--exit-zero").code == 0


def test_audit_on_a_dask_local_cluster_equals_one_run(archive: Path, cli) -> None:
    pytest.importorskip("dask.distributed", reason="the Dask extra (claimcheck[dask]) is not installed")
    expected = comparable(cli("stories", "--no-config", "--format", "json").json())
    audit = cli("audit", "--ledger", "archive.sqlite", "--no-config", "--format", "json", "--dask", "local", "-n", "1")
    assert audit.code == 1, audit.err
    assert comparable(audit.json()) == expected


def test_audit_selects_rules_as_a_check_does(archive: Path, cli) -> None:
    run = cli("stories", "--no-config", "--format", "json", "--select", "CC201")
    audit = cli(
        "audit", "--ledger", "archive.sqlite", "--no-config", "--format", "json", "--select", "CC201", "-n", "2"
    )
    assert comparable(audit.json()) == comparable(run.json())
    assert {r["code"] for a in audit.json()["articles"] for r in a["results"]} == {"CC201"}


def test_audit_refuses_paths_and_an_empty_ledger(archive: Path, cli) -> None:
    with_paths = cli("audit", "stories", "--ledger", "archive.sqlite", "--no-config")
    assert with_paths.code == 4 and "takes no PATH" in with_paths.err
    cli("ledger", "record", "stories/CC201/bad_age.md", "--ledger", "one.sqlite", "--no-config")
    cli("ledger", "forget", "stories/CC201/bad_age.md", "--ledger", "one.sqlite", "--no-config")
    empty = cli("audit", "--ledger", "one.sqlite", "--no-config")
    assert empty.code == 5 and "no articles recorded" in empty.err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_outside_ci() -> None:
    from checker.ledger.audit import StoryProgress

    shown = Terminal()
    bar = StoryProgress(4, shown, environ={})
    bar(1)
    assert shown.getvalue() == "\raudit [#######                       ] 1/4 stories"
    bar(4)
    assert shown.getvalue().endswith("\r")  # the bar is wiped when done
    in_ci, piped = Terminal(), io.StringIO()
    StoryProgress(4, in_ci, environ={"CI": "true"})(1)
    StoryProgress(4, piped, environ={})(1)
    assert in_ci.getvalue() == piped.getvalue() == ""
