"""Baselines: accept today's findings, report only new ones, and say which accepted ones are gone."""

from __future__ import annotations

import json

from checker.baseline import Baseline, normalise
from tests.reporters.support import CONVOY, ISOLATED, TEST_RULES

RULES = ["TT101", "TT201"]


def _run(claimcheck_run, text: str, *args: str):
    return claimcheck_run({"convoy.txt": text}, args=[*args, *ISOLATED], select=RULES, plugins=[TEST_RULES])


def test_write_then_check_accepts_everything(claimcheck_run) -> None:
    wrote = _run(claimcheck_run, CONVOY, "--write-baseline", "baseline.json")
    assert wrote.exit_code == 0
    assert "baseline: wrote 2 findings to baseline.json" in wrote.stdout
    data = json.loads((claimcheck_run.root / "baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == "claimcheck-baseline/1"
    assert [(e["code"], e["path"], e["line"]) for e in data["findings"]] == [
        ("TT101", "convoy.txt", 5),
        ("TT201", "convoy.txt", 5),
    ]
    again = _run(claimcheck_run, CONVOY, "--baseline", "baseline.json")
    assert again.exit_code == 0
    assert again.findings() == []
    assert "baseline: 2 findings accepted\n" in again.stdout
    assert again.report["summary"]["failed"] == 0
    assert again.report["summary"]["accepted"] == 2


def test_fingerprints_survive_edits_elsewhere(claimcheck_run) -> None:
    _run(claimcheck_run, CONVOY, "--write-baseline", "baseline.json")
    edited = "UPDATED at 14:05 with a new first paragraph.\n\nThe mayor spoke to reporters at noon.\n\n" + CONVOY
    result = _run(claimcheck_run, edited, "--baseline", "baseline.json")
    assert result.findings() == []
    assert result.exit_code == 0


def test_only_new_findings_are_reported(claimcheck_run) -> None:
    _run(claimcheck_run, CONVOY, "--write-baseline", "baseline.json")
    grown = CONVOY + "\nA third account put the attack on September 20.\n"
    result = _run(claimcheck_run, grown, "--baseline", "baseline.json")
    new = result.findings()
    assert [(h.code, h.line, h.message) for h in new] == [
        ("TT101", 7, "dated September 20 here and September 21 earlier")
    ]
    assert result.exit_code == 1
    assert "baseline: 2 findings accepted\n" in result.stdout


def test_entries_that_no_longer_match_are_reported(claimcheck_run) -> None:
    _run(claimcheck_run, CONVOY, "--write-baseline", "baseline.json")
    fixed = CONVOY.replace("September 19", "September 21")
    result = _run(claimcheck_run, fixed, "--baseline", "baseline.json")
    assert result.exit_code == 0
    assert "baseline: 1 finding accepted, 1 entry no longer matches\n" in result.stdout
    assert (
        "convoy.txt: TT101 date-clash: dated September 19 here and September 21 earlier (no longer found)"
        in result.stdout
    )


def test_a_bad_baseline_is_a_usage_error(claimcheck_run) -> None:
    (claimcheck_run.root / "bad.json").write_text('{"findings": []}', encoding="utf-8")
    result = _run(claimcheck_run, CONVOY, "--baseline", "bad.json")
    assert result.exit_code == 4
    assert (
        result.stderr.strip() == "error: bad.json: not a claimcheck baseline (expected schema 'claimcheck-baseline/1')"
    )
    missing = _run(claimcheck_run, CONVOY, "--baseline", "nowhere.json")
    assert missing.exit_code == 4
    assert "nowhere.json: baseline file not found" in missing.stderr


def test_normalise_ignores_quotes_case_and_spacing() -> None:
    assert normalise("“Is  believed\nto”.") == normalise('"is believed to"')
    assert Baseline().unmatched() == []
