"""The pre-commit hook, for real: ``pre-commit try-repo`` on a temporary git repository of articles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: A rule that needs no extractor, so the hook's outcome does not depend on work in progress elsewhere.
LOCAL_PLUGIN = '''
import re

from checker.registry import fail, related, rule

_DATE = re.compile(r"September (\\d{1,2})")


@rule("TT101", "date-clash")
def date_clash(article):
    """Two September dates in one article."""
    found = list(_DATE.finditer(article.raw))
    for m in found[1:]:
        if m.group(1) != found[0].group(1):
            first = found[0]
            yield fail(article.span(m.start(), m.end()), f"dated {m.group(0)} here and {first.group(0)} earlier",
                       related=[related(article, article.span(first.start(), first.end()))])
'''
CONFIG = (
    "select: [TT101]\n"
    "plugins: [no:extractors.dates, no:extractors.figures, no:extractors.quotes, no:extractors.attributions,"
    " no:extractors.hedges, no:extractors.people, no:rules]\n"
)
CLASH = "---\ntitle: Convoy\npublished: 2016-10-03\n---\nIt was hit on September 21.\n\nThe September 19 attack.\n"
#: The hook must never be given a Python file, even one a rule would object to.
NOT_AN_ARTICLE = "# September 21 and September 19\n"


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _hook_repo(where: Path) -> Path:
    """A committed copy of this project (try-repo installs the hook from a repository's HEAD)."""
    repo = where / "hook-repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".mypy_cache")
    for name in ("checker", "rules"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "hook")
    return repo


def test_try_repo_checks_articles_and_only_articles(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    hook = _hook_repo(tmp_path)
    news = tmp_path / "newsroom"
    news.mkdir()
    (news / "claimcheck.yaml").write_text(CONFIG, encoding="utf-8")
    (news / "claimcheck_plugins.py").write_text(LOCAL_PLUGIN, encoding="utf-8")
    (news / "convoy.md").write_text(CLASH, encoding="utf-8")
    (news / "calm.txt").write_text("Deliveries resume on September 21.\n", encoding="utf-8")
    (news / "notes.py").write_text(NOT_AN_ARTICLE, encoding="utf-8")
    _git(news, "init", "-q")
    _git(news, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hook), "claimcheck", "--all-files", "--verbose"]

    failing = subprocess.run(cmd, cwd=news, env=env, capture_output=True, text=True, timeout=600)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "claimcheck...." in failing.stdout and "Failed" in failing.stdout
    assert "convoy.md:7:5: TT101 date-clash fail: dated September 19 here and September 21 earlier" in failing.stdout
    assert "calm.txt" in failing.stdout and "notes.py" not in failing.stdout

    (news / "convoy.md").write_text(CLASH.replace("September 19", "September 21"), encoding="utf-8")
    _git(news, "add", ".")
    passing = subprocess.run(cmd, cwd=news, env=env, capture_output=True, text=True, timeout=600)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout


def test_a_staged_article_is_checked_against_its_unstaged_story_siblings(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed")
    hook = _hook_repo(tmp_path)
    news = tmp_path / "newsroom"
    news.mkdir()
    story = ROOT / "fixtures" / "rules" / "CC101" / "story_two_outlets"
    courier = (story / "bad_a_courier.md").read_text(encoding="utf-8")
    gazette = (story / "bad_b_gazette.md").read_text(encoding="utf-8")
    (news / "claimcheck.yaml").write_text("select: [CC101]\n", encoding="utf-8")
    (news / "courier.md").write_text(courier, encoding="utf-8")
    (news / "gazette.md").write_text(gazette.replace("March 16", "March 15"), encoding="utf-8")
    _git(news, "init", "-q")
    _git(news, "add", ".")
    _git(news, "commit", "-q", "-m", "published")
    # the gazette's draft now contradicts the courier, which is not staged
    (news / "gazette.md").write_text(gazette, encoding="utf-8")
    _git(news, "add", "gazette.md")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hook), "claimcheck", "--verbose"]
    run = subprocess.run(cmd, cwd=news, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "gazette.md:7:22: CC101 date-agreement fail" in run.stdout
    assert "courier.md:7" in run.stdout  # the related place, in the unstaged sibling
    assert "courier.md ." not in run.stdout  # the sibling itself is not reported on
