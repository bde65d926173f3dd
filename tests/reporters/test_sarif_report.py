"""SARIF 2.1.0: rule metadata from the registry, results with regions, validated against the OASIS schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.reporters.sarif import repository_root
from tests.reporters.support import CALM, CONVOY, ISOLATED, TEST_RULES

SCHEMA = Path(__file__).resolve().parents[1] / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _log(claimcheck_run, validator) -> dict:
    (claimcheck_run.root / ".git").mkdir()  # the articles' repository root
    claimcheck_run(
        {"news/convoy.txt": CONVOY, "news/calm.txt": CALM},
        args=["--sarif", "claimcheck.sarif", *ISOLATED],
        select=["TT"],
        plugins=[TEST_RULES],
    )
    log = json.loads((claimcheck_run.root / "claimcheck.sarif").read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    return log


def test_rules_come_from_the_registry(claimcheck_run, validator) -> None:
    run = _log(claimcheck_run, validator)["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"TT101", "TT201", "TT301", "TT401"} <= set(rules)
    clash = rules["TT101"]
    assert clash["name"] == "date-clash"
    assert clash["shortDescription"]["text"] == "One event given two September dates in one article."
    assert clash["fullDescription"]["text"] == 'Every "September N" after the first that names another day.'
    assert "Why it matters" in clash["help"]["text"]


def test_results_have_levels_regions_and_related_locations(claimcheck_run, validator) -> None:
    run = _log(claimcheck_run, validator)["runs"][0]
    results = {r["ruleId"]: r for r in run["results"]}
    assert set(results) == {"TT101", "TT201"}
    clash = results["TT101"]
    assert clash["level"] == "error"
    loc = clash["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "news/convoy.txt", "uriBaseId": "SRCROOT"}
    assert loc["region"] == {
        "startLine": 5,
        "startColumn": 5,
        "endLine": 5,
        "endColumn": 17,
        "charOffset": CONVOY.index("September 19"),
        "charLength": 12,
    }
    other = clash["relatedLocations"][0]
    assert other["physicalLocation"]["region"]["startLine"] == 3
    assert other["message"]["text"] == "dated September 21 here"
    assert results["TT201"]["level"] == "warning"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == claimcheck_run.root.resolve().as_uri() + "/"
    assert len(clash["partialFingerprints"]["claimcheck/v1"]) == 32


def test_rule_errors_are_tool_notifications(claimcheck_run, validator) -> None:
    run = _log(claimcheck_run, validator)["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert {n["associatedRule"]["id"] for n in notes} == {"TT301"}
    assert len(notes) == 2  # one per article
    assert run["invocations"][0]["exitCode"] == 1


def test_repository_root_is_the_folder_with_git(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert repository_root(tmp_path / "a" / "b") == tmp_path.resolve()
