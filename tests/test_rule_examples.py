"""Every rule fixture under fixtures/rules/: bad articles give exactly their marked findings, good ones none."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.hookspecs import hookimpl
from checker.models import Article, ArticleMeta
from checker.testing import Runner

ROOT = Path(__file__).resolve().parent.parent
RULE_FIXTURES = ROOT / "fixtures" / "rules"

#: one marker; entries ``CODE outcome`` separated by commas; a repeated entry expects a second finding
MARKER = re.compile(r"<!--\s*expect:\s*(?P<body>[^>]*?)\s*-->")
_ENTRY = re.compile(r"^(?P<code>CC\d{3})\s+(?P<outcome>warn|fail)$")
_FRONT = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)

#: the rules the fixtures are about; engine and house-style rules are outside the expectations
BUILTIN_CODES = ("CC101", "CC201", "CC301", "CC401", "CC501", "CC601", "CC701")

Expected = Counter[tuple[str, int, str, str]]


def expectations(path: Path) -> Expected:
    """(file name, line, code, outcome) for every marker entry in ``path``, counted."""
    found: Expected = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for m in MARKER.finditer(line):
            for entry in m.group("body").split(","):
                e = _ENTRY.match(entry.strip())
                if e is None:
                    raise ValueError(f"{path}:{number}: bad expectation {entry.strip()!r} (want e.g. 'CC101 fail')")
                found[(path.name, number, e.group("code"), e.group("outcome"))] += 1
    return found


def blank_markers(text: str) -> str:
    """The text with every marker replaced by spaces, so offsets and lines stay where they were."""
    return MARKER.sub(lambda m: " " * len(m.group(0)), text)


class FixtureReader:
    """Reads the fixtures' Markdown (front matter as metadata, markers blanked) so that these tests
    exercise the rules on exactly the text written, whatever the Markdown reader does with comments."""

    @hookimpl(tryfirst=True)
    def claimcheck_read_article(self, path: Path, config: Any) -> Article | None:
        if path.suffix != ".md":
            return None
        text = path.read_text(encoding="utf-8")
        m = _FRONT.match(text)
        meta: dict[str, Any] = (yaml.safe_load(m.group("yaml")) or {}) if m else {}
        fields = {k: meta[k] for k in ("title", "published", "outlet", "story", "byline") if k in meta}
        return Article(
            path=path.as_posix(),
            format="markdown",
            raw=blank_markers(text),
            meta=ArticleMeta(**fields),
            body_start=m.end() if m else 0,
        )


def cases() -> list[Any]:
    """One case per single-article fixture file, and one per story folder (all its articles together).

    Only the built-in rules' folders: the engine's own rules (CC002–CC004) have their fixtures
    beside these, with the same markers, run by tests/test_engine_rule_fixtures.py."""
    out = []
    for folder in (RULE_FIXTURES / code for code in BUILTIN_CODES):
        for path in sorted(folder.glob("*.md")):
            out.append(pytest.param([path], id=f"{folder.name}/{path.name}"))
        for story in sorted(p for p in folder.iterdir() if p.is_dir()):
            out.append(pytest.param(sorted(story.glob("*.md")), id=f"{folder.name}/{story.name}"))
    return out


@pytest.mark.parametrize("paths", cases())
def test_fixture_findings_match_markers(paths: list[Path], claimcheck_run: Runner) -> None:
    expected: Expected = Counter()
    for path in paths:
        if path.name.startswith("good"):
            assert not MARKER.search(path.read_text(encoding="utf-8")), f"{path.name}: a good article has a marker"
        expected += expectations(path)
    assert any(p.name.startswith("bad") for p in paths) or not expected
    result = claimcheck_run(
        {p.name: p.read_text(encoding="utf-8") for p in paths},
        select=BUILTIN_CODES,
        plugins=[FixtureReader()],
    )
    errors = [(r.code, r.reason) for ar in result.results for r in ar.results if r.outcome.value == "error"]
    assert not errors, errors
    got: Expected = Counter(
        (Path(h.path).name, h.line or 0, h.code, h.outcome) for h in result.findings() if h.code in BUILTIN_CODES
    )
    detail = "\n".join(f"  {h.path}:{h.line} {h.code} {h.outcome}: {h.message}" for h in result.findings())
    assert got == expected, f"missing {dict(expected - got)}, unexpected {dict(got - expected)}\n{detail}"


def test_every_rule_has_bad_and_good_examples() -> None:
    for code in BUILTIN_CODES:
        folder = RULE_FIXTURES / code
        names = [p.name for p in folder.rglob("*.md")]
        assert any(n.startswith("bad") for n in names), f"{code}: no bad example"
        assert any(n.startswith("good") for n in names), f"{code}: no good example"


def test_markers_parse_and_blank_in_place() -> None:
    line = "Rebels said 40 were killed. <!-- expect: CC401 warn, CC201 fail -->"
    assert MARKER.search(line)
    blanked = blank_markers(line)
    assert len(blanked) == len(line) and "expect" not in blanked and blanked.startswith("Rebels said 40")
