"""Adding a word to the workspace lexicon from the web ("add to lexicon" beside a lint finding)."""

from __future__ import annotations

from pathlib import Path

from ..adapters.files import read_text
from ..domain.limits import LIMITS
from ..errors import LoaError, Problem
from ..i18n import tr
from ..normalize.lexicon_file import parse_lexicon
from ..normalize.syllable import is_syllable
from ..workspace.saving import edit_lock, replace_text

HEADER = "# Words this workspace adds to Loa's lexicon: written<TAB>spoken.\n"


def add_entry(root: Path, written: str, spoken: str) -> None:
    """Append `written<TAB>spoken` to scripts_vi/lexicon.tsv; the spoken form must be Vietnamese syllables."""
    written, spoken = written.strip(), " ".join(spoken.split()).lower()
    if not written or len(written) > 40 or any(c in written for c in "\t\n\r#"):
        raise LoaError(Problem(None, None, tr("the written form must be one short word or abbreviation"),
                               tr("write it exactly as in the text, e.g. HTX")))  # fmt: skip
    odd = [word for word in spoken.split() if not is_syllable(word)]
    if not spoken or odd or len(spoken) > 200:
        raise LoaError(Problem(None, None, tr("the spoken form must be Vietnamese words: {odd}", odd=" ".join(odd)),
                               tr("write how to say it in Vietnamese, e.g. hợp tác xã")))  # fmt: skip
    path = root / "scripts_vi" / "lexicon.tsv"
    with edit_lock(root):
        text = read_text(path, root, LIMITS.lexicon_bytes) if path.exists() else HEADER
        text = text if text.endswith("\n") or not text else text + "\n"
        updated = text + f"{written}\t{spoken}\n"
        parse_lexicon(updated, path)  # the whole file still reads (never leave a lexicon a build refuses)
        replace_text(path, updated)
