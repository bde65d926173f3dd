"""Language knowledge: names, titles and roles, timex, numbers, sentences and the lexicons (data files).

This package imports nothing of the engine (checked by import-linter in CI): it turns English news
text into plain values that extractors and linkers build claims and links from. Lexicons live in
``checker/language/data/`` as versioned YAML files, each entry class tested.
"""
