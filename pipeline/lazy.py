"""A facade that imports each family of its names on first use (PEP 562).

`app.commands` and `texts` name every command and sentence of the CLI once more, so the front ends need not know
which module a name lives in; importing every family up front would make `loa emergency` pay for the web, CAP and
statistics it never uses. Each facade lists its families and takes its module `__getattr__` and `__dir__` from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any


def on_first_use(
    package: str, families: Mapping[str, tuple[str, ...]], own: Callable[[], dict[str, Any]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of `package`, whose `families` map a relative module to the names it gives."""
    where = MappingProxyType({name: family for family, names in families.items() for name in names})

    def get(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(where[name], package), name)

    def listed() -> list[str]:
        return sorted([*own(), *where])

    return get, listed
