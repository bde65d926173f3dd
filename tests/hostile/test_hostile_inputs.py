"""Hostile inputs (issue 11): every kind in ../shared/cases/hostile-1 gives a clear answer, never exit 3 or a hang."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import SHARED, Run, needs_shared, write

CASES = SHARED / "cases" / "hostile-1"
ARTICLE = "The council voted on Monday, officials said.\n"


def _results(run: Run) -> dict[str, list[dict]]:
    return {Path(a["path"]).name: a["results"] for a in run.json()["articles"]}


# -- 2. never an internal error: values read from the input are validated where they are read ----------------


@needs_shared(CASES)
def test_invalid_front_matter_date_is_cc001_and_the_run_goes_on(cli: Callable[..., Run], tmp_path: Path) -> None:
    (other,) = write(tmp_path, {"other.txt": ARTICLE})
    run = cli("--no-config", "--format", "json", CASES / "fm_invalid_date.md", other)
    assert run.code == 1, run.err
    results = _results(run)
    (error,) = [r for r in results["fm_invalid_date.md"] if r["code"] == "CC001"]
    assert "`published`" in error["reason"] and "day is out of range" in error["reason"]
    assert {r["outcome"] for r in results["other.txt"]} <= {"pass", "skip"}


def test_invalid_date_in_configuration_is_exit_4(cli: Callable[..., Run], tmp_path: Path) -> None:
    config, article = write(tmp_path, {"claimcheck.yaml": "published: 2016-02-30\n", "a.txt": ARTICLE})
    run = cli("--config", config, article)
    assert run.code == 4 and "claimcheck.yaml: published:" in run.err


@pytest.mark.parametrize(
    "front",
    [
        "title: [a, b]",
        "published: 2016",
        "published: [2016-10-03]",
        "updated: {a: 1}",
        "story: {x: y}",
        "x: !!binary AAAA",
    ],
)
def test_front_matter_of_wrong_types_never_crashes(cli: Callable[..., Run], tmp_path: Path, front: str) -> None:
    (article,) = write(tmp_path, {"a.md": f"---\n{front}\n---\n{ARTICLE}"})
    run = cli("--no-config", "--published", "2016-10-03", "--format", "json", article)
    assert run.code in (0, 1), run.err
    key = front.split(":")[0]
    flagged = [r for r in _results(run)["a.md"] if r["code"] in ("CC001", "CC002") and r["outcome"] != "pass"]
    if key in ("title", "published", "updated", "story"):
        text = " ".join(r.get("reason") or "" for r in flagged) + json.dumps(flagged)
        assert f"`{key}`" in text


@needs_shared(CASES)
def test_marked_section_reads_what_can_be_read(cli: Callable[..., Run]) -> None:
    run = cli("--no-config", "--format", "json", CASES / "marked_section.html")
    assert run.code in (0, 1), run.err
    (warning,) = [r for r in _results(run)["marked_section.html"] if r["code"] == "CC002"]
    assert "HTML parser stopped" in json.dumps(warning)


@pytest.mark.parametrize(
    "jsonld",
    [
        '{"headline": ["a", "b"], "datePublished": {"x": 1}, "url": [1], "author": [[[["A"]]]]}',
        '{"@graph": "nope", "headline": "x"}',
        '{"@graph": [1, "2", {"headline": {"@value": "x"}, "datePublished": "2016-02-30"}]}',
        "[" * 5000 + "]" * 5000,
        '{"headline": "x", "publisher": {"name": {"name": ["deep"]}}}',
    ],
)
def test_json_ld_of_any_shape(cli: Callable[..., Run], tmp_path: Path, jsonld: str) -> None:
    page = (
        f'<html><head><script type="application/ld+json">{jsonld}</script></head><body><p>{ARTICLE}</p></body></html>'
    )
    (article,) = write(tmp_path, {"a.html": page})
    run = cli("--no-config", "--format", "json", article)
    assert run.code in (0, 1), run.err
    if "2016-02-30" in jsonld:
        assert "datePublished" in run.out and "not a date" in run.out


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[tool]\nclaimcheck = 1\n", "tool.claimcheck"),
        ("tool = 'x'\n", "tool"),
        ("[tool.claimcheck]\nmax-size = -1\n", "max-size"),
        ("[tool.claimcheck]\ntime-limit = -2\n", "time-limit"),
        ("[tool.claimcheck]\nselect = [[1]]\n", "select"),
    ],
)
def test_bad_pyproject_is_exit_4_naming_the_key(cli: Callable[..., Run], tmp_path: Path, text: str, key: str) -> None:
    config, article = write(tmp_path, {"pyproject.toml": text, "a.txt": ARTICLE})
    run = cli("--config", config, article)
    assert run.code == 4 and "pyproject.toml" in run.err and key in run.err, run.err


@needs_shared(CASES)
def test_baseline_with_wrong_types_is_exit_4_naming_the_entry(cli: Callable[..., Run], tmp_path: Path) -> None:
    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli("--no-config", "--baseline", CASES / "baseline_fingerprint_list.json", article)
    assert run.code == 4
    assert "baseline_fingerprint_list.json: findings[0].fingerprint: must be a string" in run.err


@pytest.mark.parametrize(
    "findings",
    [
        "[1]",
        '[{"fingerprint": "x"}]',
        '[{"fingerprint":"a","code":"b","rule":"c","path":"d","message":"e","line":"7"}]',
    ],
)
def test_malformed_baseline_entries(cli: Callable[..., Run], tmp_path: Path, findings: str) -> None:
    baseline, article = write(
        tmp_path, {"b.json": '{"schema": "claimcheck-baseline/1", "findings": ' + findings + "}", "a.txt": ARTICLE}
    )
    run = cli("--no-config", "--baseline", baseline, article)
    assert run.code == 4 and "b.json: findings[0]" in run.err


def _house(rule: str) -> str:
    return "house-rules:\n  - {code: HS101, name: no-very, type: existence, " + rule + "}\n"


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("tokens: ['(very'], message: 'Avoid {match}'", "house-rules[HS101].tokens"),
        ("tokens: [very], message: 'Avoid {preferred}'", "house-rules[HS101].message: unknown placeholder {preferred}"),
        ("tokens: [very], message: 'Avoid {'", "house-rules[HS101].message"),
    ],
)
def test_house_rule_errors_at_load(cli: Callable[..., Run], tmp_path: Path, rule: str, expected: str) -> None:
    config, article = write(tmp_path, {"claimcheck.yaml": _house(rule), "a.txt": "It was very big.\n"})
    run = cli("--config", config, article)
    assert run.code == 4 and expected in run.err, run.err


# -- 3. never hang, never blow up ------------------------------------------------------------------------------


@needs_shared(CASES)
def test_yaml_alias_bomb_in_configuration_is_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli("--config", CASES / "yaml_bomb_claimcheck.yaml", "--published", "2016-10-03", article)
    assert run.code == 4 and "yaml_bomb_claimcheck.yaml" in run.err and "aliases" in run.err


def test_yaml_alias_bomb_in_front_matter_is_cc001(cli: Callable[..., Run], tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (article,) = write(tmp_path, {"a.md": "---\n" + "\n".join(lines) + "\n---\n" + ARTICLE})
    run = cli("--no-config", "--format", "json", article)
    (error,) = [r for r in _results(run)["a.md"] if r["code"] == "CC001"]
    assert "aliases" in error["reason"]


def test_yaml_loader_bounds() -> None:
    import yaml

    from checker import yamltext

    assert yamltext.load("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}  # small aliases are fine
    for text in ("&a [*a]", "[" * 300 + "]" * 300):
        with pytest.raises(yaml.YAMLError):
            yamltext.load(text)
    assert yamltext.load("d: 2016-02-30") == {"d": "2016-02-30"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(cli: Callable[..., Run], tmp_path: Path) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    (other,) = write(tmp_path, {"g.txt": ARTICLE})
    done: list[Run] = []
    worker = threading.Thread(target=lambda: done.append(cli("--no-config", "--format", "json", fifo, other)))
    worker.start()
    worker.join(20)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        with open(fifo, "w"):
            pass
        pytest.fail("claimcheck blocked on a FIFO")
    (error,) = [r for r in _results(done[0])["f.txt"] if r["code"] == "CC001"]
    assert "not a regular file" in error["reason"] and "FIFO" in error["reason"]
    # a FIFO found while walking a folder is refused the same way
    run = cli("--no-config", "--format", "json", tmp_path)
    assert "not a regular file" in json.dumps(_results(run)["f.txt"])


def test_device_is_refused(cli: Callable[..., Run], tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    run = cli("--no-config", "--format", "json", link)
    assert "not a regular file (a character device)" in json.dumps(_results(run))


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any folder")
def test_unreadable_folder_is_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    write(tmp_path, {"ok/a.txt": ARTICLE, "locked/b.txt": ARTICLE})
    (tmp_path / "locked").chmod(0)
    try:
        run = cli("--no-config", "--format", "json", tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert "cannot list folder" in json.dumps(_results(run)["locked"])


def test_negative_size_limit_is_a_configuration_error(cli: Callable[..., Run], tmp_path: Path) -> None:
    config, article = write(tmp_path, {"claimcheck.yaml": "max-size: -5\n", "a.txt": ARTICLE})
    run = cli("--config", config, article)
    assert run.code == 4 and "max-size" in run.err


@needs_shared(CASES)
def test_according_to_before_a_long_run_of_spaces_is_fast(cli: Callable[..., Run], tmp_path: Path) -> None:
    text = (CASES / "according_spaces.txt").read_text(encoding="utf-8")
    big = text.replace(" " * 40, " " * 4000)  # a hundred times the run of spaces
    (article,) = write(tmp_path, {"a.txt": big})
    start = time.perf_counter()
    run = cli("--no-config", "--published", "2016-10-03", "--format", "json", "--time-limit", "0", article)
    assert run.code in (0, 1) and time.perf_counter() - start < 10  # cubic took hours at this size


# -- plugins past the time limit, plugins returning garbage ----------------------------------------------------


def _plugin(**members: object) -> ModuleType:
    module = ModuleType("hostile_plugin")
    for name, value in members.items():
        setattr(module, name, value)
    return module


def _spinning_rule() -> ModuleType:
    from checker import rule

    @rule("HX101", "spins")
    def spins(article: object) -> list[object]:
        """Never ends."""
        while True:
            pass

    return _plugin(spins=spins)


def test_rule_that_never_ends_is_stopped(cli: Callable[..., Run], tmp_path: Path) -> None:
    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    start = time.perf_counter()
    run = cli("--no-config", "--time-limit", "0.3", "--format", "json", article, plugins=[_spinning_rule()])
    assert time.perf_counter() - start < 10
    (error,) = [r for r in _results(run)["a.txt"] if r["code"] == "HX101"]
    assert error["outcome"] == "error" and "hostile_plugin" in error["reason"] and "time limit" in error["reason"]
    assert run.code == 1


def test_time_limit_from_a_worker_thread() -> None:
    from checker.timeouts import TimeLimitExceeded, call_with_limit

    caught: list[BaseException] = []

    def spin() -> None:
        while True:
            pass

    def in_thread() -> None:
        try:
            call_with_limit(spin, 0.2, "spin")
        except TimeLimitExceeded as err:
            caught.append(err)

    worker = threading.Thread(target=in_thread)
    start = time.perf_counter()
    worker.start()
    worker.join(10)
    assert caught and time.perf_counter() - start < 5
    assert call_with_limit(lambda: 7, 1.0, "quick") == 7


def _extractor(result: Callable[[], object]) -> object:
    from checker.hookspecs import hookimpl

    class Extractor:
        @hookimpl
        def claimcheck_extract_claims(self, article: object) -> object:
            return result()

    return Extractor()


@pytest.mark.parametrize(
    ("result", "problem"),
    [(lambda: "not claims", "returned str"), (lambda: [1, 2], "returned a int"), (lambda: {"a": 1}, "returned dict")],
)
def test_extractor_returning_garbage_is_blamed_on_its_plugin(
    cli: Callable[..., Run], tmp_path: Path, result: Callable[[], object], problem: str
) -> None:
    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli("--no-config", "--format", "json", article, plugins=[_extractor(result)])
    assert run.code == 1, run.err
    (error,) = [r for r in _results(run)["a.txt"] if r["code"] == "CC001"]
    assert "extractor plugin 'Extractor'" in error["reason"] and problem in error["reason"]


def test_extractor_that_never_ends_is_stopped(cli: Callable[..., Run], tmp_path: Path) -> None:
    def spin() -> object:
        while True:
            pass

    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    run = cli("--no-config", "--time-limit", "0.3", "--format", "json", article, plugins=[_extractor(spin)])
    (error,) = [r for r in _results(run)["a.txt"] if r["code"] == "CC001"]
    assert "stopped after the 0.3 s time limit" in error["reason"]


def test_markdown_parser_failure_falls_back_to_plain_text(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.readers import markdown

    def broken(article: object, furniture: tuple[str, ...] = ()) -> list[object]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(markdown, "segments_of", broken)
    (article,) = write(tmp_path, {"a.md": "---\ntitle: T\n---\nOfficials said 12 people died on Monday.\n"})
    run = cli("--no-config", "--published", "2016-10-03", "--format", "json", article)
    assert run.code in (0, 1), run.err
    (only,) = run.json()["articles"]
    assert only["claims"] and all(c["line"] >= 4 for c in only["claims"])  # the body, not the front matter


def test_rule_that_never_ends_is_stopped_when_claimcheck_runs_in_a_worker_thread(tmp_path: Path) -> None:
    import io

    from checker.cli import main

    (article,) = write(tmp_path, {"a.txt": ARTICLE})
    out: dict[str, object] = {}

    def run() -> None:
        stdout = io.StringIO()
        argv = ["--no-config", "--format", "json", "--time-limit", "0.3", str(article)]
        out["code"] = main(argv, stdout=stdout, plugins=[_spinning_rule()])
        out["report"] = json.loads(stdout.getvalue())

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(20)
    assert not worker.is_alive() and out["code"] == 1
    report = out["report"]
    assert isinstance(report, dict)
    (error,) = [r for a in report["articles"] for r in a["results"] if r["code"] == "HX101"]
    assert error["outcome"] == "error" and "time limit" in error["reason"]


def test_a_number_of_thousands_of_digits_set_off_like_an_age(cli: Callable[..., Run], tmp_path: Path) -> None:
    # found by benchmarks/fuzz.py: int() refuses strings over 4,300 digits (CPython's limit)
    (article,) = write(tmp_path, {"a.txt": "Mayor Ana Lind, " + "7" * 11_000 + ", opened the bridge.\n"})
    run = cli("--no-config", "--published", "2016-10-03", article)
    assert run.code in (0, 1), run.err
