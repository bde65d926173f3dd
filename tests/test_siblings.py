"""A story's other articles from the configuration's tree: checking one draft sees its siblings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT, Run

STORY = ROOT / "fixtures" / "rules" / "CC101" / "story_two_outlets"


def _repo(tmp_path: Path, config: str = "select: [CC]\n") -> Path:
    (tmp_path / "claimcheck.yaml").write_text(config, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    for f in STORY.iterdir():
        (news / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    # an article of no story, which must never join a story given by --story
    (news / "brief.md").write_text("Councillors voted on March 12 to sell the old town hall.\n", encoding="utf-8")
    return news


def _cc101(run: Run) -> list[dict]:
    (article,) = run.json()["articles"]
    return [f for r in article["results"] if r["code"] == "CC101" for f in r["findings"]]


def test_checking_one_article_reads_its_story_siblings_from_the_tree(
    tmp_path: Path, cli: Callable[..., Run], monkeypatch
) -> None:
    news = _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    run = cli("news/bad_b_gazette.md", "--format", "json")
    assert run.code == 1
    (finding,) = _cc101(run)
    assert finding["outcome"] == "fail"
    assert [r["path"] for r in finding["related"]] == ["news/bad_a_courier.md"]  # shown as the run shows paths
    assert [a["path"] for a in run.json()["articles"]] == ["news/bad_b_gazette.md"]  # reported on the given file only
    assert (news / "bad_a_courier.md").read_text(encoding="utf-8") == (STORY / "bad_a_courier.md").read_text(
        encoding="utf-8"
    )


def test_no_siblings_by_flag_or_setting(tmp_path: Path, cli: Callable[..., Run], monkeypatch) -> None:
    _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _cc101(cli("news/bad_b_gazette.md", "--format", "json", "--no-siblings")) == []
    (tmp_path / "claimcheck.yaml").write_text("siblings: false\n", encoding="utf-8")
    assert _cc101(cli("news/bad_b_gazette.md", "--format", "json")) == []


def test_tree_articles_join_a_story_only_by_their_own_metadata(
    tmp_path: Path, cli: Callable[..., Run], monkeypatch
) -> None:
    news = _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    draft = news / "draft.txt"
    draft.write_text("Councillors voted on March 14 to sell the old town hall.\n", encoding="utf-8")
    # --story gives the draft a story; brief.md has none of its own, so it is not a sibling
    run = cli("news/draft.txt", "--story", "elsewhere", "--published", "2017-03-20", "--format", "json")
    assert _cc101(run) == []
