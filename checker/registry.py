"""Rules as data plus a function: the ``@rule`` decorator, finding helpers and the rule registry."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from checker.errors import RuleDefinitionError
from checker.models import Article, ClaimBase, Finding, Outcome, Related, Span, construct
from checker.signatures import parameter_names

Raised = Literal[Outcome.WARN, Outcome.FAIL]

CODE_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

#: The arguments a rule may ask for, by parameter name.
PARAMETERS: dict[str, str] = {
    "article": "the Article being checked, with its segments and claims",
    "claims": "the article's claims of the rule's kinds, in file order",
    "segments": "the article's non-furniture segments",
    "options": "the rule's options model, filled from configuration",
    "others": "the other articles of the same story (cross-article rules)",
    "earlier": "the other articles of the story that sort before this one, so each pair is seen once",
    "suppressions": "the article's inline suppressions; a rule asking for them runs after all others",
    "links": "the story's links (entities, speakers, events, quantities) from the linking stage",
}
#: Sections every rule docstring must have, in this order.
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Instead", "Options")


class RuleOptions(BaseModel):
    """Base class of a rule's options model: frozen, unknown keys refused, fields by name.

    Its validator is built when a run first validates options, not when the class is made
    (``defer_build``). A plain ``BaseModel`` builds its schema and validator when the class is made,
    on every run, whether or not the rule is configured: the example plugin's one options class cost
    a one-article run 3 ms (195.5 against 198.8 ms CPU, median of 21 alternated runs, 2026-12-01).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class NoOptions(RuleOptions):
    """Options model of a rule that takes none."""


@dataclass(frozen=True)
class Rule:
    """A registered rule: its identity, what it reads, its options model and its function."""

    code: str
    name: str
    func: Callable[..., Any]
    kinds: tuple[str, ...] = ()
    options: type[BaseModel] = NoOptions
    params: tuple[str, ...] = ()
    doc: str = ""
    #: the plugin that offered the rule (set by the registry)
    plugin: str = field(default="", compare=False)

    @property
    def summary(self) -> str:
        """First line of the docstring: the one-line description used in lists and SARIF."""
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else self.name

    @property
    def cross_article(self) -> bool:
        return "others" in self.params or "earlier" in self.params

    def section(self, title: str) -> str:
        """The text of one docstring section (``What it checks`` …), or ``""``."""
        return doc_sections(self.doc).get(title, "")

    def __call__(self, **kwargs: Any) -> Any:
        return self.func(**kwargs)


def doc_sections(doc: str) -> dict[str, str]:
    """Split a rule docstring into its template sections (``Title:`` or ``## Title`` headings)."""
    text = inspect.cleandoc(doc or "")
    out: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in text.splitlines():
        head = line.strip().lstrip("#").strip().rstrip(":")
        if head in DOC_SECTIONS or head == "See also":
            if current:
                out[current] = "\n".join(lines).strip()
            current, lines = head, []
        elif current:
            lines.append(line)
    if current:
        out[current] = "\n".join(lines).strip()
    return out


def rule(
    code: str,
    name: str,
    *,
    kinds: Iterable[str] = (),
    options: type[BaseModel] | None = None,
) -> Callable[[Callable[..., Any]], Rule]:
    """Declare a rule.

    :param code: its code, ``^[A-Z]{2,4}[0-9]{3}$`` (built-ins use ``CC`` + 3 digits).
    :param name: its kebab-case name.
    :param kinds: the claim kinds the rule reads; ``claims`` is filtered to them.
    :param options: a pydantic model of the rule's options (filled from ``rules: {CODE: {...}}``).

    The function's parameters are filled by name from :data:`PARAMETERS`; it returns or yields
    :class:`~checker.models.Finding` values (see :func:`fail` and :func:`warn`) or raises
    :class:`~checker.errors.Skip`.
    """

    def decorate(func: Callable[..., Any]) -> Rule:
        if not CODE_PATTERN.match(code):
            raise RuleDefinitionError(name, f"code {code!r} does not match {CODE_PATTERN.pattern}")
        if not NAME_PATTERN.match(name):
            raise RuleDefinitionError(code, f"name {name!r} is not kebab-case")
        params = parameter_names(func)
        unknown = [p for p in params if p not in PARAMETERS]
        if unknown:
            raise RuleDefinitionError(
                f"{code} {name}",
                f"unknown parameter(s) {', '.join(unknown)}; a rule may ask for {', '.join(PARAMETERS)}",
            )
        if options is not None and not (isinstance(options, type) and issubclass(options, BaseModel)):
            raise RuleDefinitionError(f"{code} {name}", "options must be a pydantic model class")
        return Rule(
            code=code,
            name=name,
            func=func,
            kinds=tuple(kinds),
            options=options or NoOptions,
            params=params,
            doc=inspect.cleandoc(func.__doc__ or ""),
        )

    return decorate


Where = ClaimBase | Span | None


def _finding(
    outcome: Raised,
    where: Where,
    message: str,
    related: Iterable[Related],
    hint: str | None,
    claims: Iterable[ClaimBase],
) -> Finding:
    ids = [c.id for c in claims]
    if isinstance(where, ClaimBase):
        span: Span | None = where.span
        ids.insert(0, where.id)
    else:
        span = where
    fields: dict[str, Any] = {
        "outcome": outcome,
        "message": message,
        "span": span,
        "claims": tuple(dict.fromkeys(ids)),
        "related": tuple(related),
        "hint": hint,
    }
    if _typed(fields):
        return construct(Finding, **fields)  # what validation would build, without building the validator
    return Finding(**fields)  # a plugin's odd value: validated (coerced, or a clear error)


def _typed(fields: dict[str, Any]) -> bool:
    """Whether a finding's fields already have the types validation would give them."""
    span, hint = fields["span"], fields["hint"]
    return (
        type(fields["message"]) is str
        and (span is None or type(span) is Span)
        and (hint is None or type(hint) is str)
        and all(type(i) is str for i in fields["claims"])
        and all(type(r) is Related for r in fields["related"])
    )


def fail(
    where: Where,
    message: str,
    *,
    related: Iterable[Related] = (),
    hint: str | None = None,
    claims: Iterable[ClaimBase] = (),
) -> Finding:
    """A failing finding at a claim (or span), with the other places it concerns."""
    return _finding(Outcome.FAIL, where, message, related, hint, claims)


def warn(
    where: Where,
    message: str,
    *,
    related: Iterable[Related] = (),
    hint: str | None = None,
    claims: Iterable[ClaimBase] = (),
) -> Finding:
    """A warning finding at a claim (or span), with the other places it concerns."""
    return _finding(Outcome.WARN, where, message, related, hint, claims)


def related(article: Article, where: ClaimBase | Span | None, message: str = "") -> Related:
    """A pointer to the other side of a finding, in ``article`` (this one or another of the story)."""
    span = where.span if isinstance(where, ClaimBase) else where
    if type(article.path) is str and type(message) is str and (span is None or type(span) is Span):
        return construct(Related, path=article.path, span=span, message=message)
    return Related(path=article.path, span=span, message=message)


class RuleRegistry:
    """Every rule of the run, looked up by code or name; rejects duplicates at registration."""

    def __init__(self) -> None:
        self._by_code: dict[str, Rule] = {}
        self._by_name: dict[str, Rule] = {}

    def add(self, item: Rule, plugin: str) -> None:
        if not isinstance(item, Rule):
            raise RuleDefinitionError(repr(item), f"plugin {plugin!r} offered something that is not a Rule")
        if item.code in self._by_code and self._by_code[item.code].func is not item.func:
            other = self._by_code[item.code]
            raise RuleDefinitionError(
                f"{item.code} {item.name}", f"duplicate code {item.code} (also {other.name} from {other.plugin})"
            )
        if item.name in self._by_name and self._by_name[item.name].func is not item.func:
            other = self._by_name[item.name]
            raise RuleDefinitionError(
                f"{item.code} {item.name}", f"duplicate name {item.name} (also {other.code} from {other.plugin})"
            )
        object.__setattr__(item, "plugin", plugin)
        self._by_code[item.code] = item
        self._by_name[item.name] = item

    def get(self, key: str) -> Rule | None:
        """A rule by code (case-insensitive) or name."""
        return self._by_code.get(key.upper()) or self._by_name.get(key)

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._by_code)


def rules_in(namespace: dict[str, Any]) -> list[Rule]:
    """The rules defined at module level in a plugin module (so a plugin needs no hook to offer them)."""
    return [v for v in namespace.values() if isinstance(v, Rule)]
