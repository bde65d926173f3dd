"""Declaring rules: malformed ones are refused at registration naming the rule; a crashing rule is isolated."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from conftest import ONLY_WORDS, word_rules, write

from checker import rule
from checker.errors import RuleDefinitionError
from checker.registry import RuleRegistry


def test_malformed_code_is_refused_naming_the_rule() -> None:
    with pytest.raises(RuleDefinitionError, match=r"rule 'dates-agree': code 'C101' does not match"):
        rule("C101", "dates-agree")(lambda article: None)


def test_name_must_be_kebab_case() -> None:
    with pytest.raises(RuleDefinitionError, match=r"rule 'TT101': name 'DatesAgree' is not kebab-case"):
        rule("TT101", "DatesAgree")(lambda article: None)


def test_unknown_parameter_is_refused_naming_the_rule_and_the_menu() -> None:
    def check(article, paragraphs):
        return []

    with pytest.raises(RuleDefinitionError) as err:
        rule("TT102", "para-check")(check)
    assert str(err.value).startswith("rule 'TT102 para-check': unknown parameter(s) paragraphs; a rule may ask for")
    assert "article, claims, segments, options, others" in str(err.value)


def test_duplicate_code_and_duplicate_name_are_refused() -> None:
    registry = RuleRegistry()
    first = word_rules()
    registry.add(first.says_never, "first")
    # the same rule offered twice (module scan and hook) is not a duplicate
    registry.add(first.says_never, "first")
    clash_code = rule("TT101", "other-name")(lambda article: [])
    with pytest.raises(RuleDefinitionError, match=r"rule 'TT101 other-name': duplicate code TT101 \(also says-never"):
        registry.add(clash_code, "second")
    clash_name = rule("TT555", "says-never")(lambda article: [])
    with pytest.raises(RuleDefinitionError, match=r"rule 'TT555 says-never': duplicate name says-never \(also TT101"):
        registry.add(clash_name, "second")


def test_duplicate_from_two_plugins_stops_the_run_with_exit_4(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    clash = ModuleType("clash")
    clash.again = rule("TT101", "says-never-again")(lambda article: [])  # type: ignore[attr-defined]
    run = cli(a, *ONLY_WORDS, plugins=[word_rules(), clash])
    assert run.code == 4
    assert run.err.splitlines() == [
        # plugins are asked in name order, so the second offer (from word_rules_tt) is the one refused
        "error: rule 'TT101 says-never': duplicate code TT101 (also says-never-again from clash)"
    ]


def test_a_malformed_rule_in_a_plugin_module_names_plugin_and_rule(tmp_path: Path, cli, monkeypatch) -> None:
    (tmp_path / "bad_rules.py").write_text(
        "from checker import rule\n\n@rule('TT1', 'short-code')\ndef short(article):\n    return []\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    run = cli(a, "--no-config", "-p", "bad_rules")
    assert run.code == 4
    assert run.err.splitlines() == [
        "error: plugin 'bad_rules': RuleDefinitionError: rule 'short-code': code 'TT1' does not match ^[A-Z]{2,4}[0-9]{3}$"
    ]


def test_a_crashing_rule_is_an_error_result_and_the_others_still_run(tmp_path: Path, cli) -> None:
    files = write(
        tmp_path,
        {
            "a.txt": "A boom shook the port, and officials said it would never happen again.\n",
            "b.txt": "The ferry always leaves at noon.\n",
        },
    )
    run = cli(*files, *ONLY_WORDS, "--format", "json", plugins=[word_rules()])
    report = run.json()
    a, b = report["articles"]
    assert [(r["code"], r["outcome"]) for r in a["results"]] == [
        ("TT101", "warn"),
        ("TT201", "pass"),
        ("TT301", "error"),
    ]
    assert a["results"][2]["reason"] == "ZeroDivisionError: integer division or modulo by zero"
    assert [(r["code"], r["outcome"]) for r in b["results"]] == [
        ("TT101", "pass"),
        ("TT201", "fail"),
        ("TT301", "pass"),
    ]
    assert run.code == 1


def test_the_traceback_is_shown_only_with_full_trace(tmp_path: Path, cli) -> None:
    (a,) = write(tmp_path, {"a.txt": "A boom shook the port.\n"})
    short = cli(a, *ONLY_WORDS, plugins=[word_rules()])
    assert f"{a}: TT301 crashes error: ZeroDivisionError: integer division or modulo by zero" in short.out
    assert "Traceback" not in short.out
    assert "(--full-trace for the traceback)" in short.out
    full = cli(a, *ONLY_WORDS, "--full-trace", plugins=[word_rules()])
    assert "    Traceback (most recent call last):" in full.out
    assert "return [1 // 0]" in full.out
    assert "E" in full.out.splitlines()[0]
