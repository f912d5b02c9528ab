"""Document numbers: `340/CV-BCĐ`, `39/2020/TT-BTTTT`, `17940-CV-VPTW`, `UBTVQH15`, read as the number, the kind
of document and the issuing bodies. Moved from rules_numbers (its size); the order: `normalize.RULES`.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching, on_lines_with
from .numbers import read_int

# `10/2024/ TT-BYT`, `3660/QĐ- BNN-TY`, `673/UBND – VX`: a space typed after the year's slash, or around a dash
# before a body in capitals (an2, hr2), is still one symbol; so are dotted parts (`QĐ.UBND.VX`)
DOC_NUMBER = re.compile(
    # a code holds two capitals in its first three letters (QĐ, CTr, QĐi; `346/Quân khu 1`, `852/Bộ` are none), and
    # a road's number after a slash is the road's (`Km9+187/ĐT.354`, aw1). The number's first digit or the slash
    # opens it (a scan in C), what stands before is looked at behind that character; the year is group 1
    r"[0-9/](?<![\w/].)(?:(?<=/)|(?<=[0-9])[0-9]*/)(?:([0-9]{4})/[^\S\n]?)?(?=[A-ZĐ][a-zđ]?[A-ZĐ])(?!(?:QL|ĐT|TL|HL|ĐH)\.?[^\S\n]?[0-9])"
    r"([A-ZĐ][\wĐđ&]*(?:(?:-|[^\S\n]?[-–](?=[^\S\n]?[A-ZĐ]{2,}\b))(?:[^\S\n](?=[A-ZĐ]{2,}\b))?[\wĐđ&]+|\.(?=[A-ZĐ]{2})[\wĐđ&]+)*)"
)
SYMBOL_PARTS = re.compile(r"[-–.]")  # a symbol's parts, hyphened or dotted (`1642/QĐ.UBND.VX`, fj1)
SYMBOL_HINT = re.compile(
    r"[/0-9](?:(?<=/)[^\S\n]?[A-ZĐ]|(?<=[0-9])-[A-ZĐ])"
)  # symbol lines; a class first: a fast scan
# `17940-CV-VPTW`, `2416-TB/TƯ`, a Party body's `16-CTr/TU` (aw2)
HYPHEN_SYMBOL = re.compile(r"([0-9](?<![\w/][0-9])[0-9]*)-([A-ZĐ]{2,4}|[A-ZĐ]{1,2}[a-z])[-/]([A-ZĐƯ]{2,8})\b")
LEGISLATURE = re.compile(r"(UBTV)?QH([0-9]{1,2})")  # `UBTVQH15`: its Standing Committee (bs2)


@on_lines_matching(r"/(?=[^\S\n]?[A-ZĐ])", r"-(?<=[0-9]-)[A-ZĐ]")  # SYMBOL_HINT's lines, a literal first
def read_document_numbers(text: str, ctx: Context) -> str:
    """`340/CV-BCĐ`, `39/2020/TT-BTTTT`: the number, the kind of document, then the issuing bodies.

    The kind comes from its own table (in a symbol TT is "thông tư", not "thị trấn") and is
    left out when the sentence just said it ("Công văn số 340/CV-BCĐ"); the other parts
    come from the lexicon or are spelled with Vietnamese letter names.
    """

    def read(m: re.Match[str]) -> str:
        kind, *bodies = (part.strip() for part in SYMBOL_PARTS.split(m.group(2)))
        kind, *bodies = [kind, *bodies] if bodies or kind in ctx.doc_types else _parted_symbol(kind, ctx)
        said_before = m.string[max(0, m.start() - 40) : m.start()].lower()
        kind_words = ctx.doc_types.get(kind)
        if kind_words is None:
            bodies.insert(0, kind)
        said = kind_words is None or kind_words in said_before or _said_as_letters(kind, said_before)
        parts = [] if said or kind_words is None else [kind_words]
        sentence = m.string[max(0, m.start() - 160) : m.start()].lower()  # where an issuer may just have been named
        parts += [_issuer(p, ctx, sentence) for p in bodies]
        number = m.group(0).partition("/")[0]
        head = [read_int(int(number), ctx.style)] if number else []
        year = [f"năm {read_int(int(m.group(1)), ctx.style)}"] if m.group(1) else []
        return ", ".join([*head, *year, " ".join(parts)])

    return on_lines_with(SYMBOL_HINT, text, lambda line: DOC_NUMBER.sub(read, HYPHEN_SYMBOL.sub(r"\1/\2-\3", line)))


def _parted_symbol(symbol: str, ctx: Context) -> list[str]:
    """`1961/QĐUBND`, `61/2018/NĐCP`, `01/2018/TTVPCP` (hy2, a PDF's text that lost its hyphens): a known kind
    opening the symbol and a body the issuers' table or the lexicon reads after it are its two parts; else the
    symbol stays one part (spelled, "quy đê u bê en nờ dê" was heard)."""
    if ctx.lexicon.lookup(symbol) or symbol in ctx.doc_issuers:
        return [symbol]  # `10/HĐBC`, `248/PCTT`: a body's own initials, not a kind and a body
    for cut in range(len(symbol) - 2, 1, -1):
        kind, body = symbol[:cut], symbol[cut:]
        if kind in ctx.doc_types and (body in ctx.doc_issuers or ctx.lexicon.lookup(body)):
            return [kind, body]
    return [symbol]


def _said_as_letters(kind: str, before: str) -> bool:
    """`thực hiện KH số 72/KH-UBND` (cg1): the kind was just said by its own letters; said again, "kế hoạch số bảy
    mươi hai, kế hoạch Ủy ban nhân dân"; so was `NQ 28/2021/NQ-HĐND` (jd2), the letters right before it."""
    return re.search(rf"(?<!\w){re.escape(kind.lower())}(?:[^\S\n]+số\b|[^\S\n]*$)", before) is not None


def _issuer(part: str, ctx: Context, before: str) -> str:
    """`QH15` is the fifteenth National Assembly, `UBTVQH15` its Standing Committee; `BTC` after a kind is the Ministry
    of Finance (doc_issuers.tsv), unless the sentence just named the board the lexicon reads (`Ban Tổ chức … ban hành
    Kế hoạch số 399/KH – BTC`, ad2: "ban tổ chức"); other issuers come from the lexicon."""
    legislature = LEGISLATURE.fullmatch(part)
    if legislature:
        committee = "Ủy ban Thường vụ " if legislature.group(1) else ""
        return f"{committee}Quốc hội khóa {read_int(int(legislature.group(2)), ctx.style)}"
    said = ctx.lexicon.lookup(part)
    named = said is not None and said.lower() in before
    return (said if named else ctx.doc_issuers.get(part)) or said or ctx.lexicon.spell(part)
