"""Parameter names read from the code object are the names ``inspect.signature`` gives, in its order."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from checker.signatures import parameter_names


def plain(article, claims, options): ...


def defaults_and_keywords(article, claims=None, *, options=None, links=()): ...


def every_kind(a, b, /, c, *rest, d, e=1, **extra): ...


def star_only(*args, **kwargs): ...


def keywords_after_star(*, config): ...


def with_locals(story, config):
    seen = [story, config]  # locals follow the parameters in co_varnames
    return seen


@functools.wraps(plain)
def wrapped(*args, **kwargs): ...


def marked(article, links): ...


marked.claimcheck_impl = {"tryfirst": True}  # type: ignore[attr-defined]  # a hook marker: still plain


def _with_signature(story): ...


_with_signature.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [inspect.Parameter("config", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
)


class _Caller:
    def method(self, article, options): ...

    def __call__(self, claims, *, links): ...


def _closure() -> Callable[..., Any]:
    kept = 3

    def inner(article, extra=kept): ...

    return inner


FUNCTIONS: list[Callable[..., Any]] = [
    plain,
    defaults_and_keywords,
    every_kind,
    star_only,
    keywords_after_star,
    with_locals,
    wrapped,
    marked,
    _with_signature,
    _Caller().method,
    _Caller(),
    functools.partial(defaults_and_keywords, 1),
    _closure(),
    lambda story, *, config=None: None,
]


@pytest.mark.parametrize("func", FUNCTIONS, ids=lambda f: getattr(f, "__name__", type(f).__name__))
def test_the_names_are_the_signatures(func: Callable[..., Any]) -> None:
    assert parameter_names(func) == tuple(inspect.signature(func).parameters)


def test_the_kinds_come_in_signature_order() -> None:
    assert parameter_names(every_kind) == ("a", "b", "c", "rest", "d", "e", "extra")
    assert parameter_names(wrapped) == ("article", "claims", "options")  # through functools.wraps
    assert parameter_names(_with_signature) == ("config",)


def test_what_inspect_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        parameter_names(3)  # type: ignore[arg-type]
