"""A regex of many words factored into a trie ("UBND|UB" -> "UB(?:ND)?"): at each position the regex engine follows
one branch instead of trying every word. Moved from lexicon.py (its size), which builds its patterns with it."""

from __future__ import annotations

import re


def trie_regex(words: list[str], fold: bool = True) -> str:
    """A regex matching any of `words` (lower-cased when `fold`), the longest one where several match."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word.lower() if fold else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_branch(tree)


def _trie_branch(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _trie_branch(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer entry is tried first
