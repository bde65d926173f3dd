"""The parameter names of a rule's, a linker's or a hook's function, read without building a signature.

``inspect.signature`` makes a ``Parameter`` for every parameter and a ``Signature`` around them (~7 us
a function); a run asks for the names of ~40 functions as it registers rules and linkers and calls
hooks with the arguments they take. A plain function's names are in its code object already.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import FunctionType
from typing import Any

#: function attributes that make ``inspect.signature`` look past the function's own code
_REDIRECTS = frozenset({"__wrapped__", "__signature__", "_partialmethod", "__partialmethod__"})


def parameter_names(func: Callable[..., Any]) -> tuple[str, ...]:
    """``tuple(inspect.signature(func).parameters)``: ``func``'s parameter names in signature order
    (positional, ``*args``, keyword-only, ``**kwargs``).

    Read from the code object of a plain function (not wrapped by ``functools.wraps``, without a
    ``__signature__``); anything else (methods, partials, classes, builtins, wrapped functions) is
    asked of :func:`inspect.signature`, whose errors (``ValueError``, ``TypeError``) it raises.
    """
    if type(func) is not FunctionType or not _REDIRECTS.isdisjoint(vars(func)):
        return tuple(inspect.signature(func).parameters)
    code = func.__code__
    positional = code.co_argcount
    keyword_end = positional + code.co_kwonlyargcount
    names = code.co_varnames
    out = names[:positional]
    rest = keyword_end
    if code.co_flags & inspect.CO_VARARGS:
        out += (names[rest],)
        rest += 1
    out += names[positional:keyword_end]
    if code.co_flags & inspect.CO_VARKEYWORDS:
        out += (names[rest],)
    return out


__all__ = ["parameter_names"]
