"""Linking: one entity per real-world thing within and across articles."""
