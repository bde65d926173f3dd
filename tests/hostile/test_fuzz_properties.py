"""Property tests (issue 11): any bytes, and structural mutations of our fixture articles, give a report.

Every input runs through ``checker.cli.main`` as the command line does. The property: exit 0, 1
(findings or an error result for that article) or never 3, with a JSON report naming the article,
within a time bound proportional to the input's size. ``benchmarks/fuzz.py`` runs the long campaign.
"""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import mutations
from checker.cli import main
from tests.conftest import FIXTURES

SEEDS = mutations.fixture_articles(FIXTURES)
#: seconds allowed: a fixed start-up share plus a share per KB (far above the measured ~0.05 s/KB worst)
BASE_SECONDS, PER_KB_SECONDS = 3.0, 0.25
COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _check(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    out = io.StringIO()
    start = time.perf_counter()
    code = main(
        ["--no-config", "--published", "2016-10-03", "--format", "json", "-p", "no:local", str(path)], stdout=out
    )
    elapsed = time.perf_counter() - start
    assert code in (0, 1), f"exit {code} on {data[:200]!r}"
    (article,) = json.loads(out.getvalue())["articles"]
    assert article["path"].endswith(path.name)
    assert elapsed < BASE_SECONDS + PER_KB_SECONDS * len(data) / 1024, f"{elapsed:.1f} s for {len(data)} bytes"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@settings(max_examples=30, **COMMON)
@given(data=st.binary(max_size=2000))
def test_any_bytes(tmp_path: Path, suffix: str, data: bytes) -> None:
    _check(tmp_path, data, suffix)


@settings(max_examples=50, **COMMON)
@given(seed=st.integers(0, 2**32 - 1), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_mutated_fixture_articles(tmp_path: Path, seed: int, suffix: str) -> None:
    rng = random.Random(seed)
    text = rng.choice(SEEDS)[:4000]
    for _ in range(rng.randint(1, 3)):
        text = mutations.mutate(text, rng)
    _check(tmp_path, text.encode("utf-8", "surrogatepass"), suffix)


@settings(max_examples=30, **COMMON)
@given(words=st.lists(st.sampled_from(mutations.VOCAB), max_size=300), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_soup_of_the_words_extractors_look_for(tmp_path: Path, words: list[str], suffix: str) -> None:
    _check(tmp_path, " ".join(words).encode("utf-8", "surrogatepass"), suffix)


def test_every_mutation_kind_is_exercised() -> None:
    rng = random.Random(0)
    text = SEEDS[0]
    changed = {m.__name__ for m in mutations._MUTATIONS if m(text, rng) != text}
    assert len(changed) >= len(mutations._MUTATIONS) - 1  # a truncation may keep the whole text
