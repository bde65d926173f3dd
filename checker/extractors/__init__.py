"""Extractors: plugins that find typed claims in article text (one module per claim kind)."""
