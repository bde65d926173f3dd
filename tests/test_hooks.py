"""Each hook, exercised through a plugin that implements it: the docs test requires a test_hook_<name> per hook."""

from __future__ import annotations

import io
import json
import types
from pathlib import Path
from typing import Any

from checker import ArticleError, ClaimBase, hookimpl
from checker.cli import main
from checker.models import Article, Segment


def run(
    tmp_path: Path, *plugins: object, args: tuple[str, ...] = (), text: str = "The talks ended.\n"
) -> tuple[int, str]:
    article = tmp_path / "a.txt"
    if not article.exists():
        article.write_text(text, encoding="utf-8")
    out = io.StringIO()
    code = main([str(article), "--no-config", *args], stdout=out, plugins=list(plugins))
    return code, out.getvalue()


class Recorder:
    """Records the hooks called on it, with the arguments that matter."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    @hookimpl
    def claimcheck_configure(self, config):
        self.calls.append(("configure", config.option("format")))

    @hookimpl
    def claimcheck_unconfigure(self, config):
        self.calls.append(("unconfigure", None))

    @hookimpl
    def claimcheck_sessionstart(self, session):
        self.calls.append(("sessionstart", [p.name for p in session.files]))

    @hookimpl
    def claimcheck_article_result(self, result, session):
        self.calls.append(("article_result", (Path(result.path).name, result.outcome.value)))

    @hookimpl
    def claimcheck_sessionfinish(self, session, exit_code):
        self.calls.append(("sessionfinish", int(exit_code)))


def test_hook_claimcheck_addoption(tmp_path: Path) -> None:
    seen = {}

    class Flag:
        @hookimpl
        def claimcheck_addoption(self, parser):
            parser.add_argument("--house-style", default="ap")

        @hookimpl
        def claimcheck_configure(self, config):
            seen["style"] = config.option("house_style")

    assert run(tmp_path, Flag(), args=("--house-style", "chicago"))[0] == 0
    assert seen == {"style": "chicago"}


def test_hook_claimcheck_configure(tmp_path: Path) -> None:
    rec = Recorder()
    run(tmp_path, rec, args=("--format", "json"))
    assert rec.calls[0] == ("configure", "json")


def test_hook_claimcheck_unconfigure(tmp_path: Path) -> None:
    rec = Recorder()
    run(tmp_path, rec)
    assert rec.calls[-1] == ("unconfigure", None)
    assert [c[0] for c in rec.calls] == ["configure", "sessionstart", "article_result", "sessionfinish", "unconfigure"]


def test_hook_claimcheck_read_article(tmp_path: Path) -> None:
    class Shouting:
        @hookimpl(tryfirst=True)
        def claimcheck_read_article(self, path, config):
            if path.suffix != ".shout":
                return None
            raw = path.read_text(encoding="utf-8").lower()
            if not raw.strip():
                raise ArticleError(path, "nothing to shout")
            return Article(path=path.as_posix(), format="shout", raw=raw)

    (tmp_path / "a.shout").write_text("ALEPPO WAS BOMBED.\n", encoding="utf-8")
    (tmp_path / "b.shout").write_text("  \n", encoding="utf-8")
    rec = Recorder()
    out = io.StringIO()
    code = main(
        [str(tmp_path / "a.shout"), str(tmp_path / "b.shout"), "--no-config", "--format", "json"],
        stdout=out,
        plugins=[Shouting(), rec],
    )
    outcomes = dict(c[1] for c in rec.calls if c[0] == "article_result")
    assert outcomes == {"a.shout": "pass", "b.shout": "error"}
    assert code == 1
    assert "nothing to shout" in out.getvalue()


def test_hook_claimcheck_segment(tmp_path: Path) -> None:
    class OneBlock:
        @hookimpl
        def claimcheck_segment(self, article):
            return [Segment(index=0, text=article.raw.strip(), span=article.span(0, len(article.raw.strip())))]

    got: list[int] = []

    class Count:
        @hookimpl
        def claimcheck_extract_claims(self, segments):
            got.append(len(segments))
            return []

    run(tmp_path, OneBlock(), Count(), text="First paragraph.\n\nSecond paragraph.\n")
    assert got == [1]


def test_hook_claimcheck_extract_claims(tmp_path: Path) -> None:
    class Word(ClaimBase):
        kind: str = "word"

    class Words:
        @hookimpl
        def claimcheck_extract_claims(self, article, segments):
            out = []
            for seg in segments:
                i = seg.text.find("talks")
                if i >= 0:
                    start, end = seg.file_range(i, i + 5)
                    out.append(Word(id=f"w{start}", text="talks", span=article.span(start, end), segment=seg.index))
            return out

    claims: list[ClaimBase] = []

    class Keep:
        @hookimpl
        def claimcheck_article_result(self, result):
            claims.extend(result.article.claims)

    run(tmp_path, Words(), Keep())
    words = [c for c in claims if c.kind == "word"]
    assert [(c.text, c.span.line, c.span.column) for c in words] == [("talks", 1, 5)]


def test_hook_claimcheck_register_rules(tmp_path: Path) -> None:
    from checker import rule, warn

    @rule("HK001", "talks-word")
    def talks_word(article):
        """Flags the word talks."""
        if "talks" in article.raw:
            yield warn(None, "talks mentioned")

    class Offer:
        @hookimpl
        def claimcheck_register_rules(self, config):
            return [talks_word]

    code, out = run(tmp_path, Offer(), args=("--select", "HK001"))
    assert "HK001 talks-word warn: talks mentioned" in out
    assert code == 0


def test_hook_claimcheck_sessionstart(tmp_path: Path) -> None:
    rec = Recorder()
    run(tmp_path, rec)
    assert ("sessionstart", ["a.txt"]) in rec.calls


def test_hook_claimcheck_article_result(tmp_path: Path) -> None:
    rec = Recorder()
    run(tmp_path, rec)
    assert ("article_result", ("a.txt", "pass")) in rec.calls


def test_hook_claimcheck_sessionfinish(tmp_path: Path) -> None:
    rec = Recorder()
    code, _ = run(tmp_path, rec, args=("--fail-on", "warn"))
    assert rec.calls[-2] == ("sessionfinish", code)


def test_hooks_work_from_a_module_plugin(tmp_path: Path) -> None:
    mod = types.ModuleType("recorder_module")
    rec = Recorder()
    mod.claimcheck_sessionstart = rec.claimcheck_sessionstart  # type: ignore[attr-defined]
    run(tmp_path, mod)
    assert rec.calls and rec.calls[0][0] == "sessionstart"


def test_hook_claimcheck_register_linkers(tmp_path: Path) -> None:
    from checker import linker

    seen: list[tuple[str | None, int]] = []

    @linker("counting", requires=("entities",), provides=("counting",))
    def counting(story, articles, links):
        seen.append((story, len(articles)))
        return {"counting": len(links.entities)}

    class Linkers:
        @hookimpl
        def claimcheck_register_linkers(self, config):
            return [counting]

    code, _ = run(tmp_path, Linkers(), text="Mayor Ada Quint opened the bridge.\n")
    assert code == 0
    assert seen == [(None, 1)]  # an article of no story is a story of its own, linked once


def test_hook_claimcheck_story_sources(tmp_path: Path) -> None:
    from checker.models import Article as ArticleModel

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "old.md").write_text(
        "---\nstory: bridge\npublished: 2024-03-20\n---\nCouncillors voted on March 15 to sell the old bridge, the mayor said.\n",
        encoding="utf-8",
    )
    asked: list[str] = []

    class Archive:
        name = "archive"

        def siblings(self, story, prepare):
            asked.append(story)
            item = prepare(archive / "old.md")
            if isinstance(item, ArticleModel):
                yield item

    class Sources:
        @hookimpl
        def claimcheck_story_sources(self, config):
            return [Archive()]

    out = io.StringIO()
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\nstory: bridge\npublished: 2024-03-20\n---\nCouncillors voted on March 16 to sell the old bridge, the mayor said.\n",
        encoding="utf-8",
    )
    code = main([str(draft), "--no-config", "--format", "json"], stdout=out, plugins=[Sources()])
    report = json.loads(out.getvalue())
    assert asked == ["bridge"]
    assert [a["path"] for a in report["articles"]] == [str(draft)]  # findings only on the run's article
    (cc101,) = [r for r in report["articles"][0]["results"] if r["code"] == "CC101"]
    assert cc101["outcome"] == "fail" and code == 1
    assert any(rel["path"].endswith("old.md") for f in cc101["findings"] for rel in f["related"])
