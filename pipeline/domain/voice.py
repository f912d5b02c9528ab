"""The voice an announcement is read in: a choice among what the engines can do, and a reading speed.

`voice:` in an announcement (or `[speech] voice` in loa.toml, the district's default) is `nam` or `nu`, an
espeak-ng variant on top of the dialect's voice (the accent stays the station's), or a piper voice model the
workspace has (`voices/x.onnx`); `rate:` is words per minute, the unit of `[speech] rate_wpm`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

# choice -> espeak-ng variant (espeak-ng/espeak-ng-data/voices/!v): a man's and a woman's voice
ESPEAK_VARIANTS = MappingProxyType({"nam": "m3", "nu": "f3"})
RATE_WPM = (80, 450)  # espeak-ng's own range for -s, as for [speech] rate_wpm
PIPER_SUFFIX = ".onnx"


def is_piper(choice: str) -> bool:
    """A piper voice model named by its path in the workspace."""
    return choice.endswith(PIPER_SUFFIX)


@functools.cache
def voice_spellings() -> Mapping[str, str]:
    """data/espeak_spelling.tsv: a word's opening -> the spelling this voice says right (`xk` -> "xờ k")."""
    text = resources.files("pipeline").joinpath("data/espeak_spelling.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return MappingProxyType({row[0]: row[1] for row in rows})


@functools.cache
def opening_spellings() -> Mapping[str, str]:
    """The table's openings, respelled wherever a word starts with one and more letters follow (`xk` -> "xờ k")."""
    return MappingProxyType({k: v for k, v in voice_spellings().items() if not k.endswith("$")})


@functools.cache
def word_spellings() -> Mapping[str, str]:
    """The table's whole words (its rows ending in `$`), respelled where they stand alone (`gi` -> "di")."""
    return MappingProxyType({k[:-1]: v for k, v in voice_spellings().items() if k.endswith("$")})
