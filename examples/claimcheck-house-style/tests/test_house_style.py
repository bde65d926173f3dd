"""Tests of the example plugin, written with claimcheck's ``claimcheck_run`` fixture."""

from __future__ import annotations

from importlib.metadata import entry_points

import claimcheck_house_style as house
import pytest

ARTICLE = """---
title: Watchdog to inspect Syrian sites
published: 2016-10-03
---
The OPCW said on Monday it would send inspectors to two sites near Aleppo.

A spokesperson for the Organisation for the Prohibition of Chemical Weapons (OPCW) said the
inspectors would travel with a UN escort.
"""


def test_acronym_claims_carry_their_expansion(claimcheck_run):
    result = claimcheck_run({"watchdog.md": ARTICLE}, select=["HS102"], plugins=[house])
    acronyms = result.claims(kind="acronym")
    assert [(c.text, c.expansion) for c in acronyms] == [
        ("OPCW", None),
        ("OPCW", "Organisation for the Prohibition of Chemical Weapons"),
        ("UN", None),
    ]
    assert acronyms[0].span.line == 5 and acronyms[0].span.column == 5


def test_acronym_used_before_it_is_spelled_out_warns(claimcheck_run):
    result = claimcheck_run({"watchdog.md": ARTICLE}, select=["HS102"], plugins=[house])
    result.assert_outcomes(warned=1)
    (hit,) = result.findings()
    assert hit.line == 5 and "OPCW" in hit.message
    assert result.exit_code == 0  # warnings do not fail the run by default


def test_acronym_spelled_out_first_passes(claimcheck_run):
    text = "The Organisation for the Prohibition of Chemical Weapons (OPCW) said the OPCW would go.\n"
    result = claimcheck_run(text, select=["HS102"], plugins=[house])
    result.assert_outcomes(passed=1)


def test_warn_can_fail_the_run(claimcheck_run):
    result = claimcheck_run({"watchdog.md": ARTICLE}, select=["HS102"], plugins=[house], args=["--fail-on", "warn"])
    assert result.exit_code == 1


def test_first_reference_reads_person_claims(claimcheck_run):
    text = (
        "Kirby said the talks were over.\n\n"
        "State Department Spokesperson John Kirby later said the decision was not taken lightly.\n"
    )
    result = claimcheck_run(text, select=["HS101"], plugins=[house])
    people = result.claims(kind="person")
    if not people:
        pytest.skip("this claimcheck has no person extractor")
    assert result.result("HS101") == "warn"
    assert "John Kirby" in result.findings()[0].message


def test_first_reference_with_full_name_passes(claimcheck_run):
    text = "Secretary of State John Kerry met Lavrov. Kerry said little.\n"
    result = claimcheck_run(text, select=["HS101"], plugins=[house])
    assert result.result("HS101") in ("pass",)


def test_first_reference_option_asks_for_a_title(claimcheck_run):
    text = "Secretary of State John Kerry met Lavrov. Later, John Smith said little.\n"
    plain = claimcheck_run(text, select=["HS101"], plugins=[house])
    if not plain.claims(kind="person"):
        pytest.skip("this claimcheck has no person extractor")
    assert plain.result("HS101") == "pass"
    titled = claimcheck_run(text, select=["HS101"], plugins=[house], options={"HS101": {"require-title": True}})
    assert titled.result("HS101") == "warn"
    assert "John Smith" in titled.findings()[0].message


def test_a_misspelt_option_is_a_configuration_error(claimcheck_run):
    result = claimcheck_run("Kerry met Lavrov.\n", plugins=[house], options={"HS101": {"require-titel": True}})
    assert result.exit_code == 4
    assert "rules.HS101.require-titel: unknown option (did you mean require-title?)" in result.stderr


def test_registered_through_the_entry_point():
    names = {ep.name: ep.value for ep in entry_points(group="claimcheck")}
    if "house-style" not in names:
        pytest.skip("claimcheck-house-style is not installed (pip install -e examples/claimcheck-house-style)")
    assert names["house-style"] == "claimcheck_house_style"


def test_installed_plugin_runs_without_being_named(claimcheck_run):
    names = {ep.name for ep in entry_points(group="claimcheck")}
    if "house-style" not in names:
        pytest.skip("claimcheck-house-style is not installed")
    result = claimcheck_run("The OPCW went.\n", select=["HS102"], autoload=True)
    assert result.outcomes()["warned"] == 1
