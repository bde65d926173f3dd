"""The linking stage: an ordered pipeline of linkers run once per story, between extraction and rules.

Each linker declares the link layers it ``requires`` and ``provides`` (spaCy's ``requires`` /
``assigns`` is the model, ``../shared/design/model-codebases.md`` §9). The pipeline is ordered and
validated when the run starts: a layer nobody provides, a layer provided twice or a cycle is a
usage error naming the linker (exit 4). Built-in linkers come first in the order they are listed;
plugins add linkers through ``claimcheck_register_linkers`` or by defining them at module level.

A linker is a function whose parameters are filled by name from :data:`PARAMETERS`; it returns a
mapping ``{layer: value}`` with exactly the layers it provides. A linker that raises (or returns
something else) is reported as a CC005 error on the story's articles, naming its plugin, and the
rules run without its layers.
"""

from __future__ import annotations

import functools
import gc
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from checker.errors import RuleDefinitionError, UsageError
from checker.links import StoryLinks
from checker.signatures import parameter_names
from checker.timeouts import TimeLimitExceeded, call_with_limit, limit_of

if TYPE_CHECKING:
    from checker.config import Config
    from checker.models import Article

#: The arguments a linker may ask for, by parameter name.
PARAMETERS: dict[str, str] = {
    "articles": "the story's articles (the run's and the other sources'), in path order",
    "story": "the story's name (None for an article that belongs to no story)",
    "links": "the links made so far (at least the layers the linker requires)",
    "config": "the run's configuration",
}


@dataclass(frozen=True)
class Linker:
    """A registered linker: its name, the layers it needs and makes, and its function."""

    name: str
    func: Callable[..., Mapping[str, Any]]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    doc: str = ""
    #: the plugin that offered the linker (set by the pipeline)
    plugin: str = field(default="", compare=False)

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name


def linker(
    name: str, *, requires: Iterable[str] = (), provides: Iterable[str]
) -> Callable[[Callable[..., Mapping[str, Any]]], Linker]:
    """Declare a linker.

    :param name: its kebab-case name (unique in the run).
    :param requires: link layers that must exist before it runs.
    :param provides: link layers it returns (at least one).
    :raises RuleDefinitionError: an unknown parameter name or nothing provided.
    """

    def decorate(func: Callable[..., Mapping[str, Any]]) -> Linker:
        params = parameter_names(func)
        unknown = [p for p in params if p not in PARAMETERS]
        if unknown:
            raise RuleDefinitionError(
                f"linker {name}",
                f"unknown parameter(s) {', '.join(unknown)}; a linker may ask for {', '.join(PARAMETERS)}",
            )
        made = tuple(provides)
        if not made:
            raise RuleDefinitionError(f"linker {name}", "provides no layer")
        return Linker(
            name=name,
            func=func,
            requires=tuple(requires),
            provides=made,
            params=params,
            doc=inspect.cleandoc(func.__doc__ or ""),
        )

    return decorate


def linkers_in(namespace: Mapping[str, Any]) -> list[Linker]:
    """The linkers defined at module level in a plugin module."""
    return [v for v in namespace.values() if isinstance(v, Linker)]


class Pipeline:
    """The run's linkers in an order where every linker runs after those it requires."""

    def __init__(self, offered: Sequence[tuple[Linker, str]]) -> None:
        by_name: dict[str, Linker] = {}
        provider: dict[str, Linker] = {}
        for item, plugin in offered:
            if not isinstance(item, Linker):
                raise UsageError(f"plugin {plugin!r} offered a linker that is not a Linker: {item!r}")
            if item.name in by_name:
                if by_name[item.name].func is item.func:
                    continue
                raise UsageError(
                    f"linker {item.name!r} from {plugin} has the name of one from {by_name[item.name].plugin}"
                )
            object.__setattr__(item, "plugin", plugin)
            by_name[item.name] = item
            for layer in item.provides:
                if layer in provider:
                    raise UsageError(
                        f"linker {item.name!r} ({plugin}) provides {layer!r}, "
                        f"already provided by {provider[layer].name!r} ({provider[layer].plugin})"
                    )
                provider[layer] = item
        for item in by_name.values():
            for layer in item.requires:
                if layer not in provider:
                    raise UsageError(
                        f"linker {item.name!r} ({item.plugin}) requires {layer!r}, which no linker provides"
                    )
        self.linkers = _ordered(list(by_name.values()), provider)
        self.provided = tuple(provider)

    def __iter__(self) -> Any:
        return iter(self.linkers)

    def __len__(self) -> int:
        return len(self.linkers)

    def link(self, story: str | None, articles: Sequence[Article], config: Config | None = None) -> StoryLinks:
        """Run every linker over one story; a crashing linker is recorded in ``errors``, not raised."""
        # Linkers make many objects that live as long as the story (links, indexes, features) and
        # almost no cyclic garbage: the cyclic collector's passes during them find nothing (2-5% of
        # the stage on ECB+, and the run's total CPU drops with it). Paused for one story at a time,
        # as the CLI pauses it while starting up; what is garbage is collected when it resumes.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._link(story, articles, config)
        finally:
            if collecting:
                gc.enable()

    def _link(self, story: str | None, articles: Sequence[Article], config: Config | None) -> StoryLinks:
        layers: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        # the time limit is per article (``time-limit``); a linker reads the whole story at once
        seconds = limit_of(config) * max(1, len(articles))
        failed: set[str] = set()
        for item in self.linkers:
            if failed & set(item.requires):
                missing = ", ".join(sorted(failed & set(item.requires)))
                errors.append(
                    (item.name, f"linker {_named(item)} skipped: a layer it requires was not made ({missing})")
                )
                failed.update(item.provides)
                continue
            menu = {
                "articles": lambda: tuple(articles),
                "story": lambda: story,
                "links": lambda: StoryLinks.model_construct(story=story, layers=dict(layers)),
                "config": lambda: config,
            }
            args = {p: menu[p]() for p in item.params}
            try:
                made = call_with_limit(functools.partial(item.func, **args), seconds, f"linker {item.name}")
                if not isinstance(made, Mapping) or set(made) != set(item.provides):
                    got = sorted(made) if isinstance(made, Mapping) else type(made).__name__
                    raise TypeError(f"returned {got}, not the layers it provides {sorted(item.provides)}")
            except KeyboardInterrupt:
                raise
            except TimeLimitExceeded:  # a linker that hangs must not hang the run: the story goes on without it
                errors.append((item.name, f"linker {_named(item)} stopped after the {seconds:g} s time limit"))
                failed.update(item.provides)
                continue
            except Exception as err:  # the guard: the story is still checked, without these links
                import traceback  # only when a linker crashed: a run that needs none does not import it

                detail = traceback.format_exception_only(type(err), err)[-1].strip()
                errors.append((item.name, f"linker {_named(item)} crashed: {detail}"))
                failed.update(item.provides)
                continue
            layers.update(made)
        # typed values made here: built without validation (the model's validator is then never built in a run)
        return StoryLinks.model_construct(story=story, layers=layers, errors=tuple(errors))


def _named(item: Linker) -> str:
    """A linker's name for a message, with the plugin that offered it ("boom (plugin local)")."""
    return f"{item.name} (plugin {item.plugin})" if item.plugin else item.name


def _ordered(linkers: list[Linker], provider: Mapping[str, Linker]) -> list[Linker]:
    """A stable topological order: registration order, each linker moved after what it requires."""
    done: list[Linker] = []
    state: dict[str, str] = {}

    def visit(item: Linker, path: tuple[str, ...]) -> None:
        if state.get(item.name) == "done":
            return
        if state.get(item.name) == "active":
            cycle = " → ".join((*path, item.name))
            raise UsageError(f"linkers require each other in a circle: {cycle}")
        state[item.name] = "active"
        for layer in item.requires:
            visit(provider[layer], (*path, item.name))
        state[item.name] = "done"
        done.append(item)

    for item in linkers:
        visit(item, ())
    return done


def build_pipeline(pm: Any, config: Config) -> Pipeline:
    """Every linker offered by a plugin (through the hook or at module level), ordered and validated."""
    offered: list[tuple[Linker, str]] = []
    for name, plugin in pm.list_name_plugin():  # registration order: built-ins first
        if plugin is None:
            continue
        caller = getattr(plugin, "claimcheck_register_linkers", None)
        items: list[Any] = []
        if caller is not None:
            params = parameter_names(caller)
            items.extend(caller(**({"config": config} if "config" in params else {})) or [])
        for item in linkers_in(getattr(plugin, "__dict__", {})):
            if item not in items:
                items.append(item)
        offered.extend((item, name) for item in items)
    return Pipeline(offered)


__all__ = ["PARAMETERS", "Linker", "Pipeline", "build_pipeline", "linker", "linkers_in"]
