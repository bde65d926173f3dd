"""Baseline paths are relative to the configuration's folder (or the repository), so a baseline written
in one folder matches from any other; stale entries are listed, including those of deleted articles."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import NO_EXTRACTORS, word_rules, write

FLAGS = (*NO_EXTRACTORS, "--select", "TT1,TT2")
TEXT = "The ferry always leaves at noon.\n\nIt will never be late.\n"


def test_a_baseline_matches_from_any_working_folder(tmp_path: Path, cli, monkeypatch) -> None:
    root = tmp_path / "newsroom"
    write(root, {"claimcheck.yaml": "fail-on: fail\n", "desk/a.txt": TEXT, "desk/b.txt": TEXT})
    monkeypatch.chdir(root)
    wrote = cli("desk", *FLAGS, "--write-baseline", "base.json", plugins=[word_rules()])
    assert wrote.code == 0, wrote.err
    stored = json.loads((root / "base.json").read_text(encoding="utf-8"))["findings"]
    assert sorted({e["path"] for e in stored}) == ["desk/a.txt", "desk/b.txt"]
    for cwd, target in ((tmp_path, "newsroom/desk"), (root / "desk", "."), (Path("/"), str(root / "desk"))):
        monkeypatch.chdir(cwd)
        run = cli(target, *FLAGS, "--baseline", root / "base.json", plugins=[word_rules()])
        assert run.code == 0, (cwd, run.out)
        assert "baseline: 4 findings accepted\n" in run.out, (cwd, run.out)


def test_without_configuration_paths_are_relative_to_the_repository(tmp_path: Path, cli, monkeypatch) -> None:
    repo = tmp_path / "repo"
    write(repo, {".git/HEAD": "ref: refs/heads/main\n", "desk/a.txt": TEXT})
    monkeypatch.chdir(repo / "desk")
    cli("a.txt", "--no-config", *FLAGS, "--write-baseline", repo / "base.json", plugins=[word_rules()])
    stored = json.loads((repo / "base.json").read_text(encoding="utf-8"))["findings"]
    assert {e["path"] for e in stored} == {"desk/a.txt"}
    monkeypatch.chdir(tmp_path)
    run = cli("repo/desk/a.txt", "--no-config", *FLAGS, "--baseline", repo / "base.json", plugins=[word_rules()])
    assert (run.code, "baseline: 2 findings accepted\n" in run.out) == (0, True), run.out


def test_entries_of_a_deleted_article_are_stale_and_listed(tmp_path: Path, cli, monkeypatch) -> None:
    files = {"claimcheck.yaml": "fail-on: fail\n", "desk/a.txt": TEXT, "desk/b.txt": TEXT, "desk/gone.txt": TEXT}
    write(tmp_path, files)
    monkeypatch.chdir(tmp_path)
    cli("desk", *FLAGS, "--write-baseline", "base.json", plugins=[word_rules()])
    (tmp_path / "desk" / "gone.txt").unlink()
    run = cli("desk/a.txt", *FLAGS, "--baseline", "base.json", plugins=[word_rules()])
    assert "baseline: 2 findings accepted, 2 entries no longer match\n" in run.out
    stale = [ln for ln in run.out.splitlines() if ln.endswith("(no longer found)")]
    # gone.txt's entries are stale; b.txt exists but was not checked this run, so its entries are not
    assert stale == [
        "    desk/gone.txt: TT101 says-never: 'never' is absolute (no longer found)",
        "    desk/gone.txt: TT201 says-always: 'always' is absolute (no longer found)",
    ]


def test_with_no_configuration_and_no_repository_paths_are_relative_to_the_baseline(
    tmp_path: Path, cli, monkeypatch
) -> None:
    plain = tmp_path / "plain"
    write(plain, {"desk/a.txt": TEXT, "wire/b.txt": TEXT})
    monkeypatch.chdir(plain)
    cli("desk", "wire", "--no-config", *FLAGS, "--write-baseline", "bl.json", plugins=[word_rules()])
    stored = json.loads((plain / "bl.json").read_text(encoding="utf-8"))["findings"]
    assert sorted({e["path"] for e in stored}) == ["desk/a.txt", "wire/b.txt"]
    monkeypatch.chdir(plain / "desk")
    run = cli(".", "../wire", "--no-config", *FLAGS, "--baseline", "../bl.json", plugins=[word_rules()])
    assert (run.code, "baseline: 4 findings accepted\n" in run.out) == (0, True), run.out
