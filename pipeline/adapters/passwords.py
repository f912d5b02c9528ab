"""Password hashes (argon2id, the one adapter over argon2-cffi): what is stored is never the password."""

from __future__ import annotations

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
