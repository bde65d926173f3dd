"""Tests of the claim extractors, one module per claim kind."""
