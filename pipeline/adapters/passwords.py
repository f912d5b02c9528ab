"""Password hashes (argon2id, the one adapter over argon2-cffi): what is stored is never the password."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

HASHER = PasswordHasher()  # argon2id with the library's current defaults (RFC 9106 low-memory profile)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def password_matches(stored: str, password: str) -> bool:
    """True when `password` is the one `stored` was made from; a damaged hash never matches."""
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def unmatchable_hash() -> str:
    """A hash of the current parameters that no password matches: checked for a name that does not exist, so a
    sign-in takes as long for an unknown name as for a known one and its time does not tell which names exist."""
    return _unmatchable()


@functools.cache  # hashed once per process: the point is the cost of verifying, not of hashing
def _unmatchable() -> str:
    return HASHER.hash(secrets.token_urlsafe(32))
