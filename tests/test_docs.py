"""Docs are tests: every hook documented with its signature, every rule documented and exampled, examples run."""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from checker import hookspecs
from checker.commands import rules_markdown
from checker.config import Config, Settings
from checker.plugins import AUTOLOAD_ENV, make_plugin_manager
from checker.registry import DOC_SECTIONS, RuleRegistry, doc_sections
from checker.session import build_registry

PLUGINS_MD = ROOT / "docs" / "plugins.md"
RULES_MD = ROOT / "docs" / "rules.md"
#: Rules whose good/bad examples cannot be article files, and where they are tested instead.
NO_FIXTURES = {
    "CC001": "reported for files no reader can read; tests/readers covers every such input",
    "CC005": "reported when a plugin's linker crashes; tests/test_linking.py covers it with such a plugin",
}


def builtin_registry() -> RuleRegistry:
    """The rules claimcheck itself ships (installed plugins left out, even at collection time)."""
    saved = os.environ.get(AUTOLOAD_ENV)
    os.environ[AUTOLOAD_ENV] = "1"
    try:
        config = Config(Settings(), argparse.Namespace(), None)
        return build_registry(make_plugin_manager(config), config)
    finally:
        if saved is None:
            del os.environ[AUTOLOAD_ENV]


def hook_signatures() -> dict[str, str]:
    return {
        name: f"{name}({', '.join(inspect.signature(func).parameters)})"
        for name, func in hookspecs._all_hooks().items()
    }


@pytest.mark.parametrize("name", sorted(hookspecs._all_hooks()))
def test_every_hook_is_documented_with_its_signature(name: str) -> None:
    signature = hook_signatures()[name]
    assert f"### `{signature}`" in PLUGINS_MD.read_text(encoding="utf-8"), f"docs/plugins.md lacks {signature}"


@pytest.mark.parametrize("name", sorted(hookspecs._all_hooks()))
def test_every_hook_has_a_test(name: str) -> None:
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("test_*.py"))
    assert re.search(rf"def test_hook_{name}\b", tests), f"no test_hook_{name} in tests/"


def test_docs_document_no_hook_that_does_not_exist() -> None:
    documented = set(re.findall(r"^### `(claimcheck_\w+)\(", PLUGINS_MD.read_text(encoding="utf-8"), re.M))
    assert documented == set(hookspecs._all_hooks())


@pytest.mark.parametrize("rule", list(builtin_registry()), ids=lambda r: r.code)
def test_every_builtin_rule_docstring_follows_the_template(rule) -> None:
    sections = doc_sections(rule.doc)
    missing = [s for s in DOC_SECTIONS if not sections.get(s)]
    assert not missing, f"{rule.code} {rule.name} docstring lacks {missing}"
    assert rule.summary and rule.summary != rule.name


@pytest.mark.parametrize("rule", list(builtin_registry()), ids=lambda r: r.code)
def test_every_builtin_rule_has_good_and_bad_fixtures(rule) -> None:
    if rule.code in NO_FIXTURES:
        pytest.skip(NO_FIXTURES[rule.code])
    folder = FIXTURES / "rules" / rule.code
    names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    assert any(n.startswith("bad") for n in names), f"fixtures/rules/{rule.code}/ has no bad* article"
    assert any(n.startswith("good") for n in names), f"fixtures/rules/{rule.code}/ has no good* article"


def test_rules_reference_is_up_to_date() -> None:
    expected = rules_markdown(builtin_registry())
    regenerate = "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD=1 claimcheck rules --format markdown --no-config > docs/rules.md"
    assert RULES_MD.is_file(), f"run: {regenerate}"
    assert RULES_MD.read_text(encoding="utf-8") == expected, f"docs/rules.md is stale; run: {regenerate}"


# -- the examples in docs/plugins.md, run as a reader of the page would run them ------------------


def doc_example(name: str) -> str:
    text = PLUGINS_MD.read_text(encoding="utf-8")
    m = re.search(rf"<!-- doctest: {name} -->\s*```python\n(.*?)```", text, re.S)
    assert m, f"docs/plugins.md has no example {name!r}"
    return m.group(1)


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={"CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1", "PATH": "/usr/bin:/bin"},
    )


def local_project(tmp_path: Path, example: str, config: str = "{}\n") -> Path:
    (tmp_path / "claimcheck.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "claimcheck_plugins.py").write_text(doc_example(example), encoding="utf-8")
    return tmp_path


def test_example_ten_line_rule(tmp_path: Path) -> None:
    assert len(doc_example("ten-line-rule").strip().splitlines()) <= 10
    project = local_project(tmp_path, "ten-line-rule")
    (project / "talks.txt").write_text("The talks collapsed on Monday, officials said.\n", encoding="utf-8")
    listed = run_cli(project, "rules")
    assert re.search(r"^HS001\s+no-anonymous-officials\s+attribution", listed.stdout, re.M)
    run = run_cli(project, "talks.txt", "--select", "HS001", "--format", "json")
    report = json.loads(run.stdout)
    (result,) = report["articles"][0]["results"]
    assert result["outcome"] == "warn", run.stderr
    assert "names nobody" in result["findings"][0]["message"]


def test_example_cross_article_rule(tmp_path: Path) -> None:
    project = local_project(tmp_path, "cross-article-rule", "rules: {HS002: {min-length: 10}}\n")
    for name in ("a.md", "b.md"):
        (project / name).write_text("---\ntitle: Talks on Syria collapse\nstory: syria\n---\nText.\n")
    report = json.loads(run_cli(project, "a.md", "b.md", "--select", "HS002", "--format", "json").stdout)
    outcomes = {a["path"]: a["results"][0]["outcome"] for a in report["articles"]}
    assert outcomes == {"a.md": "pass", "b.md": "fail"}
    bad = run_cli(local_project(tmp_path, "cross-article-rule", "rules: {HS002: {min-length: many}}\n"), "a.md")
    assert bad.returncode == 4 and "rules.HS002.min-length" in bad.stderr


def test_example_claim_kind(tmp_path: Path) -> None:
    project = local_project(tmp_path, "claim-kind")
    (project / "a.txt").write_text("Call the desk on 555 123-4567 for details.\n", encoding="utf-8")
    report = json.loads(run_cli(project, "a.txt", "--select", "HS003", "--format", "json").stdout)
    (phone,) = [c for c in report["articles"][0]["claims"] if c["kind"] == "phone"]
    assert (phone["text"], phone["digits"], phone["line"], phone["column"]) == ("555 123-4567", "5551234567", 1, 18)
    assert report["articles"][0]["results"][0]["outcome"] == "warn"


def test_example_reporter(tmp_path: Path) -> None:
    project = local_project(tmp_path, "reporter")
    (project / "a.txt").write_text("Plain text.\n", encoding="utf-8")
    run = run_cli(project, "a.txt", "--count-findings")
    assert "findings: 0" in run.stdout
    assert "findings:" not in run_cli(project, "a.txt").stdout


def test_example_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_exclamations.py").write_text(doc_example("fixture"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "1 passed" in run.stdout, run.stdout + run.stderr


def test_example_linker(tmp_path: Path) -> None:
    project = local_project(tmp_path, "linker")
    (project / "a.md").write_text(
        "---\ntitle: Fare vote\nstory: fares\npublished: 2026-03-02\n---\n"
        "Mayor Lena Ortiz said on Monday that fares would stay. Her son, Mateo Ortiz, 19, rides the bus daily.\n\n"
        '"We will not raise the fare," Ortiz said.\n',
        encoding="utf-8",
    )
    (project / "b.md").write_text(
        "---\ntitle: Fares stay\nstory: fares\npublished: 2026-03-02\n---\n"
        "Mayor Lena Ortiz kept bus fares at two dollars. Ortiz said the budget allowed it.\n",
        encoding="utf-8",
    )
    run = run_cli(project, "a.md", "b.md", "--select", "HS301", "--format", "json")
    report = json.loads(run.stdout)
    outcomes = {a["path"]: a["results"][0]["outcome"] for a in report["articles"]}
    # two Ortizes are named in a.md, one in b.md: only a.md's "Ortiz said" is ambiguous
    assert outcomes == {"a.md": "warn", "b.md": "pass"}, run.stderr
    (finding,) = report["articles"][0]["results"][0]["findings"]
    assert "surname of 2 people" in finding["message"]
