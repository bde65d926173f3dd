"""Built-in linkers of the linking stage (see :mod:`checker.linking`), one module per kind of link."""
