"""Shipped data files read through the parse cache: the same data as the YAML, re-read when the file changes."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest

from checker import datafiles, yamltext


def _package(root: Path, text: str, name: str = "lexpkg") -> Path:
    pkg = root / name
    pkg.mkdir(exist_ok=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    data = pkg / "cues.yaml"
    data.write_text(text, encoding="utf-8")
    return data


def test_cached_data_is_the_yaml_and_follows_edits(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.syspath_prepend(str(tmp_path))
    data = _package(tmp_path, "version: 3\ncues:\n  - {cue: reportedly, sense: source, confidence: 0.8}\n")
    first = datafiles.load("lexpkg", "cues.yaml")
    assert first == yamltext.load(data.read_text(encoding="utf-8"))
    cache = next((tmp_path / "lexpkg" / "__pycache__").glob("cues.yaml.*.marshal"))
    assert datafiles.load("lexpkg", "cues.yaml") == first  # now from the cache
    data.write_text("version: 4\ncues: []\n", encoding="utf-8")
    os.utime(data, ns=(cache.stat().st_mtime_ns + 10**9,) * 2)
    assert datafiles.load("lexpkg", "cues.yaml") == {"version": 4, "cues": []}


def test_the_shipped_lexicons_load_the_same_through_the_cache() -> None:
    root = Path(datafiles.__file__).parent
    for name in ("language/data/hedges.yaml", "data/furniture.yaml"):
        assert datafiles.load("checker", name) == yamltext.load((root / name).read_text(encoding="utf-8"))


def test_derived_data_is_cached_and_recomputed_when_the_file_or_the_version_changes(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.syspath_prepend(str(tmp_path))
    data = _package(tmp_path, "cues:\n  - {cue: reportedly}\n  - {cue: allegedly}\n", "derivedpkg")
    calls = []

    def names(parsed: dict) -> list[str]:
        calls.append(1)
        return sorted(c["cue"] for c in parsed["cues"])

    assert datafiles.derived("derivedpkg", "cues.yaml", "names", 1, names) == ["allegedly", "reportedly"]
    assert datafiles.derived("derivedpkg", "cues.yaml", "names", 1, names) == ["allegedly", "reportedly"]
    assert len(calls) == 1  # the second from the cache
    assert datafiles.derived("derivedpkg", "cues.yaml", "names", 2, names) == ["allegedly", "reportedly"]
    assert len(calls) == 2  # another version of the deriving code: computed again
    cache = next((tmp_path / "derivedpkg" / "__pycache__").glob("cues.yaml.names.*.marshal"))
    data.write_text("cues:\n  - {cue: supposedly}\n", encoding="utf-8")
    os.utime(data, ns=(cache.stat().st_mtime_ns + 10**9,) * 2)
    assert datafiles.derived("derivedpkg", "cues.yaml", "names", 2, names) == ["supposedly"]


def test_the_hedge_prefilter_keys_from_the_cache_are_the_computed_ones() -> None:
    from checker.extractors import hedges

    _, shipped = hedges._shipped()
    cached = hedges._shipped_prefixes()
    for cue in shipped:
        found = hedges._prefixes(cue.pattern)
        assert cached[cue.name] == (None if found is None else sorted(found)), cue.name


def test_a_cached_reading_follows_edits_and_a_failed_one_is_not_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    words = tmp_path / "names.tsv"
    words.write_text("ada\tfemale\n", encoding="utf-8")

    def read(path: Path) -> dict[str, str]:
        pairs = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
        if any(len(p) != 2 for p in pairs):
            raise ValueError(f"{path}: bad line")
        return dict(pairs)  # type: ignore[arg-type]

    assert datafiles.cached(words, "names", 1, read) == {"ada": "female"}
    cache = next((tmp_path / "__pycache__").glob("names.tsv.names.*.marshal"))
    words.write_text("ada\n", encoding="utf-8")
    os.utime(words, ns=(cache.stat().st_mtime_ns + 10**9,) * 2)
    for _ in range(2):  # not cached: the error every time
        with pytest.raises(ValueError, match="bad line"):
            datafiles.cached(words, "names", 1, read)


def test_given_names_from_the_cache_are_the_file() -> None:
    from checker.language import lexicons

    names = lexicons.given_names()
    assert names == lexicons._read_given_names(lexicons.DATA / "given_names.tsv")


def test_data_derived_from_several_files_is_recomputed_when_any_of_them_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("ada\n", encoding="utf-8")
    second.write_text("bo\n", encoding="utf-8")
    calls = []

    def joined() -> list[str]:
        calls.append(1)
        return [p.read_text(encoding="utf-8").strip() for p in (first, second)]

    assert datafiles.derived_from([first, second], "joined", joined) == ["ada", "bo"]
    assert datafiles.derived_from([first, second], "joined", joined) == ["ada", "bo"]
    assert len(calls) == 1  # the second from the cache, beside the first file
    cache = next((tmp_path / "__pycache__").glob("a.txt.joined.*.marshal"))
    second.write_text("cy\n", encoding="utf-8")
    os.utime(second, ns=(cache.stat().st_mtime_ns + 10**9,) * 2)
    assert datafiles.derived_from([first, second], "joined", joined) == ["ada", "cy"]
    assert len(calls) == 2
    assert datafiles.derived_from([first, tmp_path / "gone.txt"], "joined", joined) == ["ada", "cy"]
    assert len(calls) == 3  # an input that cannot be stat'ed: computed, nothing kept


def test_nothing_derived_is_written_without_bytecode(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    source = tmp_path / "a.txt"
    source.write_text("ada\n", encoding="utf-8")
    assert datafiles.derived_from([source], "upper", lambda: source.read_text(encoding="utf-8").upper()) == "ADA\n"
    assert not (tmp_path / "__pycache__").exists()


def test_the_language_layers_derived_data_from_the_cache_is_the_derived_data(monkeypatch) -> None:
    from checker.language import frame_lexicons, lexicons, names, speech

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cached = (frame_lexicons._form_index, names.role_alternation)
    try:
        for _ in range(2):  # the first time maybe derived and written, the second read from the file
            for f in cached:
                f.cache_clear()
            monkeypatch.setattr(names, "_DERIVED", {})
            assert frame_lexicons._form_index() == frame_lexicons._derive_form_index()
            assert names.role_alternation() == names.alternation(lexicons.people().role_words())
            assert speech._pattern_texts() == speech._write_patterns()
            lex = lexicons.people()
            derived = [(w, lex.titles[i]) for w, i in lexicons._role_word_numbers(lex.titles)]
            assert list(lexicons._role_words(lex).items()) == derived  # the same words in the same order
            unfiled = dataclasses.replace(lex, source=None)  # a lexicon read from no file derives them
            assert list(unfiled.role_words().items()) == derived
    finally:
        for f in cached:
            f.cache_clear()
