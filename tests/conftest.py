"""Shared test helpers: paths to our fixtures and to the third-party data beside the repository."""

from __future__ import annotations

from pathlib import Path

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
