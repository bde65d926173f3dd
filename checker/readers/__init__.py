"""Readers: one plugin per input format, each implementing ``claimcheck_read_article``."""
