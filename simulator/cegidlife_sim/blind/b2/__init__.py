"""Batch b2: the blind set of sessions 1 to 4; a tuning set since (its classes were learnt from its failures)."""
