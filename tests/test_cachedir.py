"""Where the caches go: beside the files when their folder can be written, else in the user's cache folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from checker import cachedir, datafiles

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "articles" / "millbrook-warehouse-fire-1.md"


def _package(root: Path) -> Path:
    # a package name of its own per test: datafiles finds the folder through the imported package
    pkg = root / f"cuepkg_{root.name.replace('-', '_')}"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    data = pkg / "cues.yaml"
    data.write_text("cues:\n  - {cue: reportedly}\n  - {cue: allegedly}\n", encoding="utf-8")
    return data


def _derive(data: Path, calls: list[int]) -> list[str]:
    def names(parsed: dict) -> list[str]:
        calls.append(1)
        return sorted(c["cue"] for c in parsed["cues"])

    return datafiles.derived(data.parent.name, data.name, "names", 1, names)


def _writing_package(tmp_path: Path, monkeypatch, prefix: str | None) -> Path:
    """A data file in a package of its own, in a process that writes caches (user folder: ``user-cache``)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", prefix)
    monkeypatch.setenv(cachedir.ENV, str(tmp_path / "user-cache"))
    monkeypatch.syspath_prepend(str(tmp_path))
    cachedir.forget()
    return _package(tmp_path)


def test_a_folder_that_can_be_written_keeps_its_caches_beside_the_files(tmp_path: Path, monkeypatch) -> None:
    data = _writing_package(tmp_path, monkeypatch, prefix=None)
    calls: list[int] = []
    assert _derive(data, calls) == _derive(data, calls) == ["allegedly", "reportedly"]
    assert len(calls) == 1
    assert list((data.parent / "__pycache__").glob("cues.yaml.names.*.marshal"))
    assert not (tmp_path / "user-cache").exists()


def test_a_folder_whose_pycache_cannot_be_made_caches_in_the_user_folder(tmp_path: Path, monkeypatch) -> None:
    data = _writing_package(tmp_path, monkeypatch, prefix=None)
    # a file where the cache folder would go: no __pycache__ can be made there, even by root
    (data.parent / "__pycache__").write_text("not a folder", encoding="utf-8")
    calls: list[int] = []
    assert _derive(data, calls) == ["allegedly", "reportedly"]
    cached = list((tmp_path / "user-cache").joinpath(*data.parent.resolve().parts[1:]).glob("cues.yaml.names.*"))
    assert [p.name.endswith(".marshal") for p in cached] == [True]
    assert _derive(data, calls) == ["allegedly", "reportedly"]
    assert len(calls) == 1  # the second from the user's cache
    assert (data.parent / "__pycache__").read_text(encoding="utf-8") == "not a folder"


def test_pythons_pycache_prefix_wins_as_for_bytecode(tmp_path: Path, monkeypatch) -> None:
    data = _writing_package(tmp_path, monkeypatch, prefix=str(tmp_path / "prefix"))
    calls: list[int] = []
    _derive(data, calls)
    assert list((tmp_path / "prefix").joinpath(*data.parent.resolve().parts[1:]).glob("cues.yaml.names.*.marshal"))
    assert not (data.parent / "__pycache__").exists()


def test_the_user_folder_follows_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(cachedir.ENV, str(tmp_path / "given"))
    assert cachedir.user_root() == tmp_path / "given"
    monkeypatch.delenv(cachedir.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cachedir.user_root() == tmp_path / "xdg" / "claimcheck"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/xdg")  # the XDG spec: a relative path is ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cachedir.user_root() == tmp_path / "home" / ".cache" / "claimcheck"


def _listing(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*"))}


def test_an_installation_that_cannot_be_written_gets_its_caches_from_the_second_run_on(tmp_path: Path) -> None:
    # a copy of claimcheck in which no folder can take a __pycache__ (a file stands in its place)
    install = tmp_path / "site"
    for package in ("checker", "rules"):
        shutil.copytree(ROOT / package, install / package, ignore=shutil.ignore_patterns("__pycache__"))
    for folder in [install / "checker", install / "rules", *(p for p in install.rglob("*") if p.is_dir())]:
        (folder / "__pycache__").write_text("read-only", encoding="utf-8")
    before = _listing(install)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")},
        "PYTHONPATH": str(install),
        cachedir.ENV: str(tmp_path / "user-cache"),
        "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1",
        "NO_COLOR": "1",
    }
    argv = [sys.executable, "-m", "checker", "--no-config", "--format", "json", str(ARTICLE)]
    runs = [subprocess.run(argv, env=env, capture_output=True, text=True, cwd=tmp_path) for _ in range(2)]
    assert [r.returncode for r in runs] == [runs[0].returncode] * 2 and runs[0].returncode in (0, 1), runs[0].stderr
    assert runs[0].stdout.split('"duration"')[0] == runs[1].stdout.split('"duration"')[0]
    mirrored = (tmp_path / "user-cache").joinpath(*install.resolve().parts[1:])
    tag = sys.implementation.cache_tag
    assert (mirrored / "checker" / f"regex.{tag}.marshal").is_file()
    assert (mirrored / "checker" / f"code.{tag}.marshal").is_file()
    assert list(mirrored.rglob(f"*.yaml.{tag}.marshal"))  # the lexicons, parsed once
    assert _listing(install) == before  # nothing written into the installation
