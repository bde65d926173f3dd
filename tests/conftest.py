"""Shared test helpers: paths to our fixtures and to the third-party data beside the repository."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _no_autoload(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up plugins installed in the environment unless they ask to."""
    monkeypatch.setenv("CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)


def needs_shared(path: Path) -> pytest.MarkDecorator:
    """Skip a test when ../shared (third-party data, not in the repository) is absent."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")


class Run:
    """The outcome of one in-process ``claimcheck`` run: exit code, stdout and stderr."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> dict[str, Any]:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``checker.cli.main(argv)`` in-process; extra plugin objects with ``plugins=[...]``."""

    def run(*argv: str | Path, plugins: Sequence[object] = ()) -> Run:
        from checker.cli import main

        capsys.readouterr()
        out = io.StringIO()
        code = main([str(a) for a in argv], stdout=out, plugins=list(plugins))
        return Run(code, out.getvalue(), capsys.readouterr().err)

    return run


def write(root: Path, files: dict[str, str]) -> list[Path]:
    """Write ``{relative path: text}`` under ``root``; returns the paths in the order given."""
    paths = []
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        paths.append(target)
    return paths


def word_rules(prefix: str = "TT") -> ModuleType:
    """A plugin module with three rules over segment text, so engine tests need no extractor.

    ``TT101 says-never`` warns at each "never"; ``TT201 says-always`` fails at each "always";
    ``TT301 crashes`` raises on any article that contains "boom".
    """
    from checker import Finding, Segment, fail, rule, warn
    from checker.models import Article

    def at(article: Article, segments: list[Segment], word: str) -> list[Any]:
        spans = []
        for seg in segments:
            for m in re.finditer(rf"\b{word}\b", seg.text):
                spans.append(article.span(*seg.file_range(m.start(), m.end())))
        return spans

    @rule(f"{prefix}101", "says-never")
    def says_never(article: Article, segments: list[Segment]) -> list[Finding]:
        """Warns at "never"."""
        return [warn(span, "'never' is absolute") for span in at(article, segments, "never")]

    @rule(f"{prefix}201", "says-always")
    def says_always(article: Article, segments: list[Segment]) -> list[Finding]:
        """Fails at "always"."""
        return [fail(span, "'always' is absolute") for span in at(article, segments, "always")]

    @rule(f"{prefix}301", "crashes")
    def crashes(article: Article) -> list[Finding]:
        """Raises on "boom"."""
        if "boom" in article.raw:
            return [1 // 0]  # type: ignore[list-item]
        return []

    module = ModuleType(f"word_rules_{prefix.lower()}")
    module.says_never, module.says_always, module.crashes = says_never, says_always, crashes  # type: ignore[attr-defined]
    return module


#: Flags that block the claim extractors: engine tests read raw text and need no claims.
NO_EXTRACTORS = tuple(
    flag
    for name in ("dates", "figures", "quotes", "attributions", "hedges", "people")
    for flag in ("-p", f"no:extractors.{name}")
)
#: Flags that keep a run to the test rules of :func:`word_rules`, without extractors or configuration.
ONLY_WORDS = ("--no-config", "--select", "TT", *NO_EXTRACTORS)


def lexicon_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, load: Any, text: str) -> str:
    """The error a lexicon loader (``load``, an ``lru_cache``d function of ``checker.language.lexicons``)
    raises for a data file ``name`` that holds ``text``; the loader's cache is cleared before and after."""
    from checker.language import lexicons

    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicons, "DATA", tmp_path)
    load.cache_clear()
    try:
        with pytest.raises(ValueError) as err:
            load()
        return str(err.value)
    finally:
        load.cache_clear()
