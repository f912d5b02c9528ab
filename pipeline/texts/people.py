"""The words of accounts: a role as people say it."""

from __future__ import annotations

from types import MappingProxyType

from ..i18n import N_, tr

ROLE_WORDS = MappingProxyType(
    {"editor": N_("editor"), "approver": N_("approver"), "operator": N_("operator"), "admin": N_("admin")}
)


def role(key: str) -> str:
    """A role as people say it (`--role` keeps the English key; Vietnamese readers see biên tập viên…)."""
    return tr(ROLE_WORDS[key]) if key in ROLE_WORDS else key
