"""Reporters: listeners a plugin registers in ``claimcheck_configure`` when its output is asked for."""
