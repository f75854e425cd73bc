"""Batch b2: the blind set, kept out of all tuning; only bench/first_contact.py runs it."""
