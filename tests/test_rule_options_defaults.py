"""A rule nobody configured gets its options' defaults without validation, exactly as validating ``{}`` would give them.

The session builds such options with ``model_construct`` (start-up: no validator is built for them);
an options model whose ``{}`` validation would do more (a required field, a validator) is still validated.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from conftest import write
from pydantic import BaseModel, ConfigDict, model_validator

from checker import rule, warn
from checker.models import Article, Finding


def _session():  # type: ignore[no-untyped-def]
    from checker.arguments import make_parser
    from checker.config import Config, load_settings
    from checker.plugins import make_plugin_manager
    from checker.session import Session

    args = make_parser("check").parse_args(["--no-config"])
    settings, path = load_settings(args, Path.cwd())
    config = Config(settings, args, path)
    make_plugin_manager(config)
    return Session(config, [])


def test_built_in_rules_get_the_options_validation_would_give() -> None:
    session = _session()
    assert len(session.options) >= 13
    for r in session.registry:
        given, validated = session.options[r.code], r.options.model_validate({})
        assert given == validated, r.code
        assert given.model_fields_set == validated.model_fields_set == set(), r.code


class _Needs(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    words: list[str]


class _Filled(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    words: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _default_words(cls, data: dict[str, object]) -> dict[str, object]:
        return {"words": ("alpha", "beta"), **data}


def _plugin(options: type[BaseModel]) -> ModuleType:
    def words_rule(article: Article, options: _Filled) -> list[Finding]:
        return [warn(None, f"{len(options.words)} words: {', '.join(options.words)}")]

    plugin = ModuleType("options_plugin")
    plugin.words = rule("TT301", "option-words", options=options)(words_rule)  # type: ignore[attr-defined]
    return plugin


def test_options_with_a_required_field_are_still_validated(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    run = cli(a, "--no-config", "--select", "TT301", plugins=[_plugin(_Needs)])
    assert run.code == 4
    assert "rules.TT301.words" in run.err and "Field required" in run.err


def test_options_with_a_validator_are_still_validated(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (a,) = write(tmp_path, {"a.txt": "Quiet day.\n"})
    run = cli(a, "--no-config", "--select", "TT301", "--format", "json", plugins=[_plugin(_Filled)])
    (finding,) = run.json()["articles"][0]["results"][0]["findings"]
    assert finding["message"] == "2 words: alpha, beta"
