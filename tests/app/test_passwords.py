"""Passwords are stored as argon2id at the production cost (the other tests hash at the cheapest cost)."""

from __future__ import annotations

import importlib

from argon2 import extract_parameters
from argon2.profiles import RFC_9106_LOW_MEMORY

from pipeline.adapters import passwords


def test_the_stored_hash_is_argon2id_at_the_rfc_9106_low_memory_cost() -> None:
    production = importlib.reload(passwords).HASHER  # the module as a process loads it, not the tests' cheap one
    stored = production.hash("mat-khau-123")
    assert extract_parameters(stored) == RFC_9106_LOW_MEMORY
    assert production.verify(stored, "mat-khau-123")
    assert "mat-khau-123" not in stored
