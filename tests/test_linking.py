"""The linking stage: pipeline order and validation, crashing linkers, links reaching rules and the report."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checker import hookimpl, linker, rule, warn
from checker.errors import UsageError
from checker.linkers.people import link_people, link_speakers
from checker.linking import Pipeline
from tests.conftest import Run, write

STORY = {
    "a.md": """---
title: Harbour dredging approved
published: 2024-05-02
outlet: Tidewater Post
story: harbour-dredging
---
Harbour commissioner Rosalind Achterberg said on Wednesday the dredging would start in June.

"We have waited eleven years for this," Achterberg said.
""",
    "b.md": """---
title: Dredging of the harbour to start in June
published: 2024-05-02
outlet: Coastal Ledger
story: harbour-dredging
---
The work was approved by the board, Commissioner Rosalind Achterberg told reporters on Wednesday.

Achterberg said the first ships would be diverted to the north quay.
""",
}


def _layers(name: str, requires: tuple[str, ...], provides: tuple[str, ...]):
    @linker(name, requires=requires, provides=provides)
    def made():
        return dict.fromkeys(provides, ())

    return made


def test_pipeline_orders_linkers_after_what_they_require() -> None:
    late = _layers("late", ("speakers",), ("late",))
    pipeline = Pipeline([(late, "plug"), (link_speakers, "builtin"), (link_people, "builtin")])
    assert [x.name for x in pipeline] == ["people", "speakers", "late"]


@pytest.mark.parametrize(
    ("offered", "says"),
    [
        ([("a", ("missing",), ("x",))], "requires 'missing', which no linker provides"),
        ([("a", (), ("x",)), ("b", (), ("x",))], "provides 'x', already provided by 'a'"),
        ([("a", ("y",), ("x",)), ("b", ("x",), ("y",))], "in a circle"),
    ],
)
def test_pipeline_refuses_what_cannot_run(offered: list[tuple[str, tuple[str, ...], tuple[str, ...]]], says: str):
    with pytest.raises(UsageError, match=says):
        Pipeline([(_layers(n, r, p), "plug") for n, r, p in offered])


def test_a_linker_with_an_unmet_requirement_stops_the_run_with_exit_4(tmp_path: Path, cli: Callable[..., Run]) -> None:
    paths = write(tmp_path, STORY)

    class Plugin:
        @hookimpl
        def claimcheck_register_linkers(self):
            return [_layers("boats", ("vessels",), ("boats",))]

    run = cli(*paths, "--no-config", plugins=[Plugin()])
    assert run.code == 4
    assert "linker 'boats'" in run.err and "requires 'vessels'" in run.err


def test_a_crashing_linker_is_a_cc005_error_naming_it_and_other_rules_still_run(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    paths = write(tmp_path, STORY)

    @linker("brittle", requires=("entities",), provides=("brittle",))
    def brittle(links):
        raise ValueError(f"cannot handle {len(links.entities)} people")

    class Plugin:
        @hookimpl
        def claimcheck_register_linkers(self):
            return [brittle]

    run = cli(*paths, "--no-config", "--format", "json", plugins=[Plugin()])
    assert run.code == 1  # an error result fails the run
    for article in run.json()["articles"]:
        by_code = {r["code"]: r for r in article["results"]}
        assert by_code["CC005"]["outcome"] == "error"
        assert "linker brittle" in by_code["CC005"]["reason"] and "cannot handle" in by_code["CC005"]["reason"]
        assert by_code["CC101"]["outcome"] == "pass"  # the rules ran without the plugin's layer


def test_a_linker_skipped_for_a_crashed_layer_is_named_in_the_error() -> None:
    @linker("brittle", provides=("brittle",))
    def brittle():
        raise ValueError("kaboom")

    @linker("after-brittle", requires=("brittle",), provides=("after",))
    def after(links):
        return {"after": ()}

    made = Pipeline([(brittle, "local"), (after, "local")]).link("s", ())
    messages = dict(made.errors)
    assert "kaboom" in messages["brittle"]
    assert messages["after-brittle"] == (
        "linker after-brittle (plugin local) skipped: a layer it requires was not made (brittle)"
    )


def test_people_are_one_entity_across_the_story_and_quotes_name_their_speaker(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    paths = write(tmp_path, STORY)
    report = cli(*paths, "--no-config", "--format", "json").json()
    (story,) = report["stories"]
    assert story["story"] == "harbour-dredging"
    (achterberg,) = [e for e in story["entities"] if "Achterberg" in e["canonical"]]
    assert achterberg["canonical"] == "Rosalind Achterberg"
    assert {Path(m["path"]).name for m in achterberg["mentions"]} == {"a.md", "b.md"}
    assert "commissioner" in achterberg["roles"] and achterberg["ages"] == []
    assert {"variant", "role", "form"} <= set(achterberg["mentions"][0])
    assert "Commissioner" in achterberg["titles"] or "commissioner" in [t.lower() for t in achterberg["titles"]]
    claims = [c for a in report["articles"] for c in a["claims"]]
    quotes = [c for c in claims if c["kind"] == "quote"]
    assert quotes and all(q["entity"] == achterberg["id"] for q in quotes)
    people = [c for c in claims if c["kind"] == "person" and "Achterberg" in c["text"]]
    assert people and all(p["entity"] == achterberg["id"] for p in people)


def test_rules_receive_the_story_links_by_parameter_name(tmp_path: Path, cli: Callable[..., Run]) -> None:
    paths = write(tmp_path, STORY)

    @rule("HS990", "people-in-story", kinds=("person",))
    def people_in_story(claims, links):
        """Say how many articles of the story name each person.

        What it checks:
            Nothing; a test rule.

        Why it matters:
            It shows links reach rules.

        Example:
            Any.

        Instead:
            Nothing.

        Options:
            None.
        """
        for entity in links.entities:
            seen = {links.entity_of(c).id for c in claims if links.entity_of(c) is not None}
            if entity.id in seen:
                yield warn(None, f"{entity.canonical} in {len(entity.articles())} articles")

    class Plugin:
        @hookimpl
        def claimcheck_register_rules(self):
            return [people_in_story]

    run = cli(*paths, "--no-config", "--format", "json", "--select", "HS990", plugins=[Plugin()])
    messages = {f["message"] for a in run.json()["articles"] for r in a["results"] for f in r["findings"]}
    assert "Rosalind Achterberg in 2 articles" in messages


def test_claim_ids_repeat_across_articles_so_links_are_looked_up_per_article(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    # the same offsets in two articles: one claim id ("quote-…") in each, different speakers
    same = """---
title: Ferry talks
published: 2024-05-02
story: ferry-talks
---
"We will sail on Friday," {who} said.
"""
    paths = write(
        tmp_path,
        {
            "a.md": same.format(who="harbour master Ingrid Sollberg"),
            "b.md": same.format(who="union leader Tomas Arvidsen"),
        },
    )
    report = cli(*paths, "--no-config", "--format", "json").json()
    (story,) = report["stories"]
    by_id = {e["id"]: e["canonical"] for e in story["entities"]}
    speakers = {
        Path(a["path"]).name: by_id.get(c.get("entity"))
        for a in report["articles"]
        for c in a["claims"]
        if c["kind"] == "quote"
    }
    assert speakers == {"a.md": "Ingrid Sollberg", "b.md": "Tomas Arvidsen"}
    quote_ids = {c["id"] for a in report["articles"] for c in a["claims"] if c["kind"] == "quote"}
    assert len(quote_ids) == 1  # the premise: one id in both articles


def test_a_hanging_linker_is_stopped_at_the_time_limit_and_the_story_still_checked(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    paths = write(tmp_path, STORY)

    @linker("stuck", provides=("stuck",))
    def stuck():
        while True:  # a plugin linker that never returns
            pass

    class Plugin:
        @hookimpl
        def claimcheck_register_linkers(self):
            return [stuck]

    started = time.monotonic()
    run = cli(*paths, "--no-config", "--time-limit", "0.2", "--format", "json", plugins=[Plugin()])
    assert time.monotonic() - started < 10  # 0.2 s for each of the story's two articles, not forever
    assert run.code == 1
    for article in run.json()["articles"]:
        by_code = {r["code"]: r for r in article["results"]}
        assert "linker stuck" in by_code["CC005"]["reason"] and "time limit" in by_code["CC005"]["reason"]
        assert by_code["CC601"]["outcome"] in ("pass", "warn")  # the built-in links were still made
