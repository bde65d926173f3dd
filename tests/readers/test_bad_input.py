"""Bad input: each case gives one clear message naming the file, and the other articles are still checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import load

from checker.errors import ArticleError

GOOD = "---\ntitle: Fine\npublished: 2024-03-12\n---\nThe council met on Monday.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"

CASES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (PNG, "binary file"),
    "utf16.txt": ("The council met.".encode("utf-16"), "encoded as UTF-16"),
    "empty.md": (b"", "empty file"),
    "blank.txt": (b"  \n\n \r\n", "empty file (only whitespace)"),
    "badyaml.md": (b"---\ntitle: Fine\nbyline: [unclosed\nstory: s\n---\nBody.\n", "front matter is not valid YAML (line 4)"),
    "list.md": (b"---\n- one\n- two\n---\nBody.\n", "front matter (line 2) must be a mapping of keys to values, not a list"),
    "scalar.md": (b"---\njust words\n---\nBody.\n", "must be a mapping of keys to values, not a str"),
    "notdate.md": (b"---\ntitle: T\npublished: last Tuesday\n---\nBody.\n", "front matter `published` (line 3): 'last Tuesday' is not a date"),
    "badupdated.md": (b"---\nupdated: 42\n---\nBody.\n", "front matter `updated` (line 2): 42 is not a date"),
    "unclosed.md": (b"---\ntitle: T\n\nBody without a closing fence.\n", "never closed"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_reader_error_names_the_file_and_the_problem(tmp_path: Path, name: str) -> None:
    data, problem = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        load(path)
    assert problem in str(info.value)
    assert str(info.value).startswith(path.as_posix() + ": ")
    assert path.read_bytes() == data  # never written to


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The council met on Monday. " * 40)
    assert load(path).segments
    with pytest.raises(ArticleError, match=r"file is 1,080 bytes, over the 1,000-byte limit \(max-size\)"):
        load(path, max_size=1000)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file or directory"):
        load(tmp_path / "gone.md")
    (tmp_path / "dir.md").mkdir()
    with pytest.raises(ArticleError, match="is a directory"):
        load(tmp_path / "dir.md")


def test_invalid_utf8_is_replaced_with_a_located_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Headline\n\nThe caf\xe9 owner said 12 tables burned.\n".encode("latin-1"))
    article = load(path)
    assert "caf\ufffd owner" in article.raw
    (diag,) = article.diagnostics
    assert "invalid UTF-8 at byte 17" in diag.message and "replaced with U+FFFD" in diag.message
    assert diag.span is not None and (diag.span.line, diag.span.column) == (3, 8)


def test_every_other_article_is_still_checked(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    paths = []
    for name, (data, _) in CASES.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "latin1.txt").write_bytes(b"The caf\xe9 owner said 12 tables burned.\n")
    run = cli(
        "--no-config",
        "--format",
        "json",
        "--select",
        "CC001,CC002",
        tmp_path / "good.md",
        tmp_path / "latin1.txt",
        *paths,
    )
    report = run.json()
    by_name = {Path(a["path"]).name: a for a in report["articles"]}
    assert set(by_name) == {*CASES, "good.md", "latin1.txt"}
    for name, (_, problem) in CASES.items():
        (result,) = [r for r in by_name[name]["results"] if r["code"] == "CC001"]
        assert result["outcome"] == "error" and problem in result["reason"], name
    assert {r["outcome"] for r in by_name["good.md"]["results"]} <= {"pass", "skip"}
    (warning,) = [r for r in by_name["latin1.txt"]["results"] if r["code"] == "CC002"]
    assert warning["outcome"] == "warn" and warning["findings"][0]["line"] == 1
    assert warning["findings"][0]["column"] == 8


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The council met.\n")

    def denied(path: Path, limit: int | None = None) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("checker.filetypes.read_regular", denied)  # readers read through it (issue 11)
    with pytest.raises(ArticleError, match=r"locked.txt: cannot read: Permission denied"):
        load(path)
