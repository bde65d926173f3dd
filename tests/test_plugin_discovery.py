"""The run's plugin manager finds exactly the hook implementations pluggy's own finds, in every built-in plugin."""

from __future__ import annotations

import importlib
import types

import pluggy
import pytest

from checker import hookspecs
from checker.plugins import BUILTIN_PLUGINS, _PluginManager


def _found(pm: pluggy.PluginManager, plugin: object) -> list[tuple[str, object, bool, bool]]:
    pm.add_hookspecs(hookspecs)
    pm.register(plugin, name="p")
    return sorted(
        (caller.name, impl.function, impl.tryfirst, impl.wrapper)
        for caller in pm.get_hookcallers(plugin) or ()
        for impl in caller.get_hookimpls()
        if impl.plugin is plugin
    )


@pytest.mark.parametrize("module", BUILTIN_PLUGINS)
def test_builtin_plugins_register_the_same_hooks(module: str) -> None:
    plugin = importlib.import_module(module)
    expected = _found(pluggy.PluginManager(hookspecs.PROJECT), plugin)
    assert expected  # every built-in plugin implements some hook
    assert _found(_PluginManager(hookspecs.PROJECT), plugin) == expected


def test_marked_functions_methods_and_wrappers_are_found_and_the_rest_passed_over() -> None:
    impl = pluggy.HookimplMarker(hookspecs.PROJECT)

    @impl(tryfirst=True)
    def claimcheck_addoption(parser: object) -> None:
        return None

    def claimcheck_configure(config: object) -> None:  # no marker: not a hook implementation
        return None

    class Holder:
        @staticmethod
        @impl
        def claimcheck_unconfigure(config: object) -> None:
            return None

    plugin = types.ModuleType("sample_plugin")
    plugin.claimcheck_addoption = claimcheck_addoption  # type: ignore[attr-defined]
    plugin.claimcheck_configure = claimcheck_configure  # type: ignore[attr-defined]
    plugin.claimcheck_unconfigure = vars(Holder)["claimcheck_unconfigure"]  # type: ignore[attr-defined]
    plugin.CONSTANT = {"claimcheck_impl": True}  # type: ignore[attr-defined]
    expected = _found(pluggy.PluginManager(hookspecs.PROJECT), plugin)
    names = [name for name, *_ in expected]
    # a marked function is a hook and an unmarked one is not; a staticmethod object in a module is
    # what the installed pluggy makes of it (1.7 finds it, 1.6 does not): the same in both managers
    assert "claimcheck_addoption" in names and "claimcheck_configure" not in names
    assert _found(_PluginManager(hookspecs.PROJECT), plugin) == expected
