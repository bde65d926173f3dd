"""Build the run's plugin manager: built-ins, installed entry points, ``-p`` modules, the local file."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType, MethodType, ModuleType
from typing import Any

import pluggy

from checker import hookspecs
from checker.config import LOCAL_PLUGIN, Config
from checker.errors import PluginError

#: Built-in plugins, registered first, each under its module name without the ``checker.`` prefix
#: (so ``-p no:reporters.terminal`` reads naturally). Order matters only for firstresult hooks:
#: pluggy calls later registrations first.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "checker.readers.text",
    "checker.readers.markdown",
    "checker.readers.html",
    "checker.segmenter",
    "checker.extractors.dates",
    "checker.extractors.figures",
    "checker.extractors.quotes",
    "checker.extractors.attributions",
    "checker.extractors.hedges",
    "checker.extractors.people",
    "checker.linkers.people",
    "checker.linkers.events",
    "checker.linkers.quantities",
    "checker.linkers.sources",
    "checker.siblings",
    "checker.engine_rules",
    "checker.reporters.terminal",
    "checker.reporters.jsonfile",
    "checker.reporters.junitxml",
    "checker.reporters.sarif",
    "checker.reporters.github",
    "checker.reporters.html",
    "checker.baseline",
    "checker.parallel",
    "checker.house_rules",
    "checker.outputs",
    "checker.interrupts",
    "checker.timeouts",
    "checker.ledger.plugin",
    "rules",
)
ENTRY_POINT_GROUP = hookspecs.PROJECT
AUTOLOAD_ENV = "CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD"
DEBUG_ENV = "CLAIMCHECK_DEBUG"


@dataclass(frozen=True)
class PluginInfo:
    """What ``claimcheck plugins`` shows about one loaded plugin."""

    name: str
    version: str
    source: str
    hooks: tuple[str, ...]


def builtin_name(module: str) -> str:
    return module.removeprefix("checker.")


@contextlib.contextmanager
def importable(*folders: Path) -> Iterator[None]:
    """``-p mod`` finds ``mod.py`` in the current folder or the configuration's, as pytest's rootdir does.

    The folders are on ``sys.path`` only while plugins load; what they import stays in ``sys.modules``.
    """
    added = [str(f) for f in dict.fromkeys(f.resolve() for f in folders) if str(f) not in sys.path]
    sys.path[:0] = added
    try:
        yield
    finally:
        for entry in added:
            with contextlib.suppress(ValueError):
                sys.path.remove(entry)


def make_plugin_manager(
    config: Config, requested: Iterable[str] = (), extra: Iterable[object] = ()
) -> pluggy.PluginManager:
    """A fresh plugin manager for one run, loaded in the documented order.

    1. built-ins from :data:`BUILTIN_PLUGINS`; 2. installed packages through the ``claimcheck``
    entry-point group (unless ``CLAIMCHECK_DISABLE_PLUGIN_AUTOLOAD`` is set); 3. ``-p module`` and
    the ``plugins`` setting, with ``-p no:name`` blocking; 4. ``claimcheck_plugins.py`` beside the
    configuration file; 5. ``extra`` plugin objects given in-process (the ``claimcheck_run`` test
    fixture). Then ``check_pending()`` rejects hook implementations with no spec.
    """
    from checker import regexcache

    regexcache.install()  # before the plugins compile their patterns: theirs come from the cache
    pm = _PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if os.environ.get(DEBUG_ENV):
        pm.trace.root.setwriter(sys.stderr.write)
        pm.enable_tracing()
    requested = [*config.settings.plugins, *requested]
    for spec in requested:
        if spec.startswith("no:"):
            pm.set_blocked(spec[3:])
    config.pluginmanager = pm
    versions: dict[str, tuple[str, str]] = {}
    from checker import __version__

    for module in BUILTIN_PLUGINS:
        name = builtin_name(module)
        if pm.is_blocked(name):
            continue
        if importlib.util.find_spec(module) is None:
            continue  # a plugin family not built yet in this checkout
        _register(pm, _import(module, name), name)
        versions[name] = (__version__, "builtin")
    if not os.environ.get(AUTOLOAD_ENV):
        for ep_name, loader, version in _entry_points():
            if pm.is_blocked(ep_name) or pm.get_plugin(ep_name) is not None:
                continue
            try:
                plugin = loader()
            except Exception as err:  # a third-party import failure of any kind
                raise PluginError(ep_name, f"{type(err).__name__}: {err}") from None
            _register(pm, plugin, ep_name)
            versions[ep_name] = (version, "entry point")
    for spec in requested:
        if spec.startswith("no:") or pm.get_plugin(spec) is not None or pm.is_blocked(spec):
            continue
        _register(pm, _import(spec, spec), spec)
        versions[spec] = (_module_version(spec), "-p")
    local = config.rootdir / LOCAL_PLUGIN
    # Python from the checked folder: off with `-p no:local` or `local-plugins: false` (docs/plugins.md)
    if local.is_file() and not pm.is_blocked("local") and config.settings.local_plugins:
        _register(pm, _import_file(local), "local")
        versions["local"] = ("local", str(local))
    for i, plugin in enumerate(extra):
        # a module by its name, an object by its class, so errors and `plugins` can name it
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if pm.get_plugin(name) is not None or pm.is_blocked(name):
            name = f"{name}-{i}"
        _register(pm, plugin, name)
        versions[name] = ("in-process", "extra")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as err:
        raise PluginError(_plugin_name(pm, err.plugin), str(err)) from None
    pm._claimcheck_versions = versions  # type: ignore[attr-defined]
    return pm


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, with a module plugin's plain attributes passed over without ``inspect``.

    ``register`` asks :meth:`parse_hookimpl_opts` about every name in a plugin's ``dir()``; pluggy
    answers with ``inspect.getattr_static``, ~4 us a name, and the built-in plugin modules have
    ~1,600 names (imports, constants, classes, helpers): ~6 ms of every run. A module's attribute
    is its ``__dict__`` entry; one that is not a function, or a function without the hook marker,
    is no hook implementation for pluggy either, so None is answered at once; the rest (marked
    functions, methods of plugin objects, anything else) go to pluggy.
    """

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        if type(plugin) is ModuleType:
            value = vars(plugin).get(name, _ABSENT)
            if type(value) is FunctionType:
                if getattr(value, self.project_name + "_impl", None) is None:
                    return None
            elif value is not _ABSENT and not isinstance(value, (staticmethod, classmethod, MethodType)):
                return None
        return super().parse_hookimpl_opts(plugin, name)


_ABSENT = object()


def _plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    return pm.get_name(plugin) or getattr(plugin, "__name__", None) or type(plugin).__name__


def _register(pm: pluggy.PluginManager, plugin: Any, name: str) -> None:
    try:
        pm.register(plugin, name=name)
    except (pluggy.PluginValidationError, ValueError) as err:
        raise PluginError(name, str(err)) from None


def _import(module: str, name: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except Exception as err:  # any failure while importing someone's module
        raise PluginError(name, f"{type(err).__name__}: {err}") from None


def _import_file(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("claimcheck_plugins", path)
    if spec is None or spec.loader is None:
        raise PluginError(str(path), "cannot import")
    module = importlib.util.module_from_spec(spec)
    sys.modules["claimcheck_plugins"] = module
    try:
        spec.loader.exec_module(module)
    except Exception as err:  # the user's own file
        del sys.modules["claimcheck_plugins"]
        raise PluginError(str(path), f"{type(err).__name__}: {err}") from None
    return module


def _may_have_entry_points() -> bool:
    """Whether any installed distribution declares a ``claimcheck`` entry point, cheaply.

    ``importlib.metadata.entry_points()`` parses the metadata of every installed distribution
    (~8 ms here); a run with no plugin installed should not pay that. This reads only the
    ``entry_points.txt`` files beside the folders on ``sys.path`` (~1 ms) and says yes when one
    has the group, or when a ``sys.path`` entry is not a plain folder (a zip), where it cannot look.
    """
    header = f"[{ENTRY_POINT_GROUP}]"
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return True  # a zip file or similar: let importlib.metadata look inside
            continue
        try:
            listing = os.scandir(folder)
        except OSError:
            continue
        with listing:
            for item in listing:
                if not item.name.endswith((".dist-info", ".egg-info")):
                    continue
                try:
                    with open(os.path.join(item.path, "entry_points.txt"), encoding="utf-8") as fh:
                        if header in fh.read():
                            return True
                except OSError:
                    continue
    return False


def _entry_points() -> list[tuple[str, Any, str]]:
    """Installed ``claimcheck`` entry points as (name, loader, distribution version)."""
    if not _may_have_entry_points():
        return []
    from importlib.metadata import entry_points

    found = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        version = ep.dist.version if ep.dist is not None else "?"
        found.append((ep.name, ep.load, version))
    return found


def _module_version(module: str) -> str:
    mod = sys.modules.get(module)
    return str(getattr(mod, "__version__", "?"))


def plugin_infos(pm: pluggy.PluginManager) -> list[PluginInfo]:
    """Every loaded plugin with its version, where it came from and the hooks it implements."""
    versions: dict[str, tuple[str, str]] = getattr(pm, "_claimcheck_versions", {})
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        version, source = versions.get(name, ("?", "registered"))
        infos.append(PluginInfo(name=name, version=version, source=source, hooks=hooks))
    return infos
