"""House rules declared in configuration (existence, substitution, consistency): their models, checks and rules.

Imported by the ``house_rules`` plugin (:mod:`checker.house_rules`) only when a configuration declares
some: its pydantic models are not built in a run that has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.errors import ConfigError
from checker.models import Article, Finding, Segment
from checker.registry import CODE_PATTERN, NAME_PATTERN, Rule, fail, related, rule, warn

# Words inside direct quotations are the speaker's, not the newsroom's: house style skips them.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Base(BaseModel):
    # built when a configuration declares house rules, not in every run's start-up
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True, defer_build=True
    )

    code: str
    name: str
    outcome: Literal["warn", "fail"] = "warn"
    message: str
    description: str = ""
    ignorecase: bool = True
    #: leave words inside direct quotations alone
    skip_quotes: bool = True

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CODE_PATTERN.match(v):
            raise ValueError(f"{v!r} does not match {CODE_PATTERN.pattern}")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME_PATTERN.match(v):
            raise ValueError(f"{v!r} is not kebab-case")
        return v

    def compile(self, words: list[str]) -> re.Pattern[str]:
        """One alternation of whole words/phrases (regular expressions allowed)."""
        flags = re.IGNORECASE if self.ignorecase else 0
        try:
            return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", flags)
        except (re.error, RecursionError, OverflowError) as err:
            raise ValueError(f"invalid pattern: {err}") from None


class Existence(_Base):
    """Flag these words or patterns. ``message`` may use ``{match}``."""

    type: Literal["existence"]
    tokens: list[str] = Field(min_length=1)


class Substitution(_Base):
    """Use the preferred form instead of another. ``message`` may use ``{match}`` and ``{preferred}``."""

    type: Literal["substitution"]
    swap: dict[str, str] = Field(min_length=1)


class Consistency(_Base):
    """Pick one variant of each set per article. ``message`` may use ``{match}`` and ``{first}``."""

    type: Literal["consistency"]
    either: list[list[str]] = Field(min_length=1)

    @field_validator("either")
    @classmethod
    def _pairs(cls, v: list[list[str]]) -> list[list[str]]:
        if any(len(group) < 2 for group in v):
            raise ValueError("each set needs at least two variants")
        return v


Declaration = Annotated[Existence | Substitution | Consistency, Field(discriminator="type")]


class _Declarations(BaseModel):
    model_config = ConfigDict(defer_build=True)

    rules: list[Declaration]


#: the placeholders each kind's ``message`` may use
PLACEHOLDERS = {"existence": ("match",), "substitution": ("match", "preferred"), "consistency": ("match", "first")}


def _check_at_load(decl: Existence | Substitution | Consistency, source: object, label: str) -> None:
    """Compile every pattern and fill the message once, so a bad one is a configuration error at load time."""
    groups: list[tuple[str, list[str]]]
    if isinstance(decl, Existence):
        groups = [("tokens", decl.tokens)]
    elif isinstance(decl, Substitution):
        groups = [("swap", list(decl.swap))]
        for k in decl.swap:
            try:
                re.compile(k)
            except (re.error, RecursionError, OverflowError) as err:
                raise ConfigError(source, f"house-rules[{label}].swap", f"invalid pattern {k!r}: {err}") from None
    else:
        groups = [(f"either[{n}]", g) for n, g in enumerate(decl.either)]
    for key, words in groups:
        try:
            decl.compile(words)
        except (ValueError, RecursionError, OverflowError) as err:
            raise ConfigError(source, f"house-rules[{label}].{key}", str(err)) from None
    allowed = PLACEHOLDERS[decl.type]
    try:
        decl.message.format(**{name: "x" for name in allowed})
    except KeyError as err:
        raise ConfigError(
            source,
            f"house-rules[{label}].message",
            f"unknown placeholder {{{err.args[0]}}} (a {decl.type} rule's message may use "
            + ", ".join("{" + a + "}" for a in allowed)
            + ")",
        ) from None
    except (ValueError, IndexError, AttributeError) as err:
        raise ConfigError(
            source, f"house-rules[{label}].message", f"not a valid message template: {err} (write {{{{ for a brace)"
        ) from None


def parse(items: list[Any], source: object) -> list[Existence | Substitution | Consistency]:
    """Validate the ``house-rules`` list; an error names the file, the rule and the key."""
    out = []
    for i, item in enumerate(items):
        label = item.get("code") or item.get("name") or f"#{i + 1}" if isinstance(item, dict) else f"#{i + 1}"
        label = str(label)[:60]
        try:
            decl = _Declarations.model_validate({"rules": [item]}).rules[0]
            _check_at_load(decl, source, label)
            out.append(decl)
        except ValidationError as err:
            first = err.errors()[0]
            loc = [str(p) for p in first["loc"][2:] if p not in ("existence", "substitution", "consistency")]
            key = ".".join(loc) or "type"
            problem = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
            if first["type"] == "union_tag_invalid" or first["type"] == "union_tag_not_found":
                problem = "type must be one of existence, substitution, consistency"
            raise ConfigError(source, f"house-rules[{label}].{key}", problem) from None
    return out


def _matches(decl: _Base, pattern: re.Pattern[str], segments: list[Segment]) -> Iterator[tuple[Segment, re.Match[str]]]:
    for seg in segments:
        quoted = [m.span() for m in _QUOTED.finditer(seg.text)] if decl.skip_quotes else []
        for m in pattern.finditer(seg.text):
            if not any(a <= m.start() < b for a, b in quoted):
                yield seg, m


def _where(article: Article, seg: Segment, m: re.Match[str]) -> Any:
    start, end = seg.file_range(m.start(), m.end())
    return article.span(start, end)


def build(decl: Existence | Substitution | Consistency) -> Rule:
    """An ordinary :class:`Rule` doing what the declaration says."""
    make: Callable[..., Finding] = fail if decl.outcome == "fail" else warn
    func: Callable[..., Iterator[Finding]]
    if isinstance(decl, Existence):
        pattern = decl.compile(decl.tokens)

        def func(article: Article, segments: list[Segment]) -> Iterator[Finding]:
            for seg, m in _matches(decl, pattern, segments):
                yield make(_where(article, seg, m), decl.message.format(match=m.group(0)))

    elif isinstance(decl, Substitution):
        pattern = decl.compile(list(decl.swap))
        lookup = [(re.compile(k, re.IGNORECASE if decl.ignorecase else 0), v) for k, v in decl.swap.items()]

        def func(article: Article, segments: list[Segment]) -> Iterator[Finding]:
            for seg, m in _matches(decl, pattern, segments):
                preferred = next((v for k, v in lookup if k.fullmatch(m.group(0))), "")
                if m.group(0) != preferred:
                    yield make(_where(article, seg, m), decl.message.format(match=m.group(0), preferred=preferred))

    else:
        groups = [(decl.compile(group), group) for group in decl.either]

        def func(article: Article, segments: list[Segment]) -> Iterator[Finding]:
            for pattern, _ in groups:
                first: tuple[Segment, re.Match[str]] | None = None
                for seg, m in _matches(decl, pattern, segments):
                    if first is None:
                        first = (seg, m)
                    elif m.group(0).lower() != first[1].group(0).lower():
                        fseg, fm = first
                        yield make(
                            _where(article, seg, m),
                            decl.message.format(match=m.group(0), first=fm.group(0)),
                            related=[related(article, _where(article, fseg, fm), f"first spelled {fm.group(0)!r}")],
                        )

    func.__doc__ = _docstring(decl)
    func.__name__ = decl.name.replace("-", "_")
    return rule(decl.code, decl.name)(func)


def _docstring(decl: Existence | Substitution | Consistency) -> str:
    summary = decl.description or f"House rule ({decl.type}) declared in configuration."
    if isinstance(decl, Existence):
        what, example = f"Flags {', '.join(decl.tokens)}.", decl.tokens[0]
        instead = "Rephrase without it."
    elif isinstance(decl, Substitution):
        bad, good = next(iter(decl.swap.items()))
        what, example, instead = (
            "Flags a spelling the house style replaces: " + ", ".join(f"{k} → {v}" for k, v in decl.swap.items()),
            bad,
            good,
        )
    else:
        what = "Flags an article that uses more than one variant of: " + "; ".join(" / ".join(g) for g in decl.either)
        example, instead = " … ".join(decl.either[0]), decl.either[0][0] + " throughout"
    return (
        f"{summary}\n\nWhat it checks:\n    {what}\n\nWhy it matters:\n    House style: {decl.message}\n\n"
        f"Example:\n    {example}\n\nInstead:\n    {instead}\n\nOptions:\n    Declared in configuration "
        f"(outcome {decl.outcome}, ignorecase {decl.ignorecase}, skip-quotes {decl.skip_quotes})."
    )
