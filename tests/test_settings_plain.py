"""Settings read without pydantic's validator (``checker.config._plain_settings``) equal the validated ones.

A run with no configuration file and plain flags builds its settings from plain values; anything
else goes to pydantic. Whatever the input, the settings (or the error) must be pydantic's.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import Settings, _plain_dump, _plain_settings, merge_cli, validate_settings
from checker.errors import ConfigError

KEYS = [*(name.replace("_", "-") for name in Settings.model_fields), "extend_select", "fail_on", "colour", "max size"]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**7),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["fail", "warn", "error", "2016-10-03", "2016-02-30", "2016-1-3", "20161003", "CC501", ""]),
    st.text(max_size=5),
    st.dates(),
    st.lists(st.one_of(st.text(max_size=4), st.integers(0, 3)), max_size=3),
    st.dictionaries(st.text(max_size=3), st.lists(st.text(max_size=3), max_size=2), max_size=2),
    st.just({}),
    st.just([]),
)


def _validated(data: dict[str, Any]) -> Settings | str:
    try:
        return Settings.model_validate(data)
    except Exception as err:  # compared by kind: a validation error
        return type(err).__name__


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=4))
def test_plain_settings_are_the_validated_settings(data: dict[str, Any]) -> None:
    plain = _plain_settings(data)
    if plain is None:
        return  # pydantic reads it
    validated = _validated(data)
    assert isinstance(validated, Settings), f"{data!r} is invalid for pydantic but read as plain"
    assert plain == validated
    assert plain.model_fields_set == validated.model_fields_set
    assert plain.model_dump(by_alias=True) == validated.model_dump(by_alias=True)
    assert _plain_dump(plain) in (None, validated.model_dump(by_alias=True))


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"select": "CC501", "published": date(2016, 10, 3), "story": "us-russia-syria"},
        {"ignore": ["CC1", "CC2"], "fail-on": "warn", "published": "2016-10-03", "time-limit": 2.5},
        {"extend-select": [], "local-plugins": False, "siblings": False, "max-size": 0, "ledger": "l.db"},
    ],
)
def test_plain_inputs_skip_pydantic(data: dict[str, Any]) -> None:
    plain = _plain_settings(data)
    assert plain is not None and plain == Settings.model_validate(data)


@pytest.mark.parametrize(
    ("data", "key", "problem"),
    [
        ({"published": "2016-02-30"}, "published", "date"),
        ({"fail-on": "error"}, "fail-on", "'fail' or 'warn'"),
        ({"max-size": -1}, "max-size", "greater than or equal to 0"),
        ({"time-limit": math.inf}, "time-limit", "finite"),
        ({"selct": ["CC501"]}, "selct", "unknown key"),
        ({"siblings": "maybe"}, "siblings", "bool"),
    ],
)
def test_errors_are_pydantics(data: dict[str, Any], key: str, problem: str) -> None:
    assert _plain_settings(data) is None
    with pytest.raises(ConfigError) as err:
        validate_settings(data, "claimcheck.yaml")
    assert key in str(err.value) and problem in str(err.value)


def test_flags_merged_over_plain_settings_equal_the_validated_merge() -> None:
    import argparse

    args = argparse.Namespace(
        select=None,
        ignore=["CC101,CC102"],
        extend_select=["CC9"],
        fail_on="warn",
        published=date(2016, 10, 3),
        story="s",
        exclude=["drafts/*"],
    )
    base = validate_settings({}, "configuration")
    merged = merge_cli(base, args)
    expected = Settings.model_validate(
        {
            **Settings().model_dump(by_alias=True),
            "ignore": ["CC101", "CC102"],
            "extend-select": ["CC9"],
            "fail-on": "warn",
            "published": "2016-10-03",
            "story": "s",
            "exclude": ["drafts/*"],
        }
    )
    assert merged == expected and merged.model_fields_set == expected.model_fields_set
