"""The apparatus of an official letter pasted into an announcement, and links too long to read aloud.

Editors paste whole directives: the national motto, `Số: 123/UBND-VX`, `V/v ...`, `Kính gửi:`, `Nơi nhận:`,
`KT. CHỦ TỊCH`, the signer's name, `(Đã ký)`, `Quét mã QR` and OneDrive links. None of it is news for the
commune, and read aloud it is noise ("Số, một trăm năm mươi lăm, kế hoạch Ủy ban nhân dân"). Lint names each
line and its fix; the text is never changed behind the editor's back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_
from ..normalize.rules_urls import URL

Source = tuple[Path, int, str]

# kind -> (what the line is, how to fix it); CLI words in English (translated by tr), web words in web/words.py
APPARATUS_KINDS = {
    "issuer": (N_("the issuing body's heading of an official letter, not for reading aloud"), N_("delete the line")),
    "motto": (N_("the national motto of an official letter, not for reading aloud"), N_("delete the line")),
    "number": (N_("the letter's number and symbol, not for reading aloud"), N_("delete the line")),
    "place_date": (
        N_("the letter's place and date, not for reading aloud"),
        N_("delete the line, or say the date in a sentence"),
    ),
    "subject": (
        N_("the letter's subject line (V/v), not for reading aloud"),
        N_("delete it, or make it the announcement's title"),
    ),
    "addressees": (N_("the letter's addressees (Kính gửi), not for reading aloud"), N_("delete the line")),
    "copies": (
        N_("the letter's list of recipients and filing (Nơi nhận, Lưu), not for reading aloud"),
        N_("delete the line"),
    ),
    "signature": (N_("the letter's signature block, not for reading aloud"), N_("delete the line")),
    "qr": (N_("an instruction to scan a QR code, which a listener cannot see"), N_("delete the line")),
    "link": (
        N_("a link too long to read aloud"),
        N_('say the site\'s name instead (e.g. "trang dịch vụ công quốc gia") or write the address as it is read'),
    ),
}
MARKUP = re.compile(r"^[\s*+•–-]*|[\s*]*$")  # list markers and bold marks around a pasted line
MOTTO = re.compile(r"CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc", re.I)
NUMBER = re.compile(r"(?:^|\s)Số(?: hiệu)?\s*:\s*\d*\s*/\s*[A-ZĐ]")
PLACE_DATE = re.compile(r"^[^\W\d_][\w ]{1,30}, ngày [\d ]*tháng [\d ]*năm \d{4}\.?$")
SIGNATURE = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\.\s*[A-ZĐ]|^(?:PHÓ |Q\. )?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ)\b")
SIGNED = re.compile(r"^\((?:đã ký|ký số|vb điện tử)[^)]*\)$", re.I)
QR = re.compile(r"^Quét mã QR", re.I)
BLOCK_OPENERS = (("addressees", re.compile(r"^Kính gửi\s*:")), ("copies", re.compile(r"^Nơi nhận\s*:")))
COPY = re.compile(r"^(?:Lưu\s*:|Như trên\b)")
SUBJECT = re.compile(r"^V/v\b")
NAME = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*\s?){1,5}$")  # the signer: a few capitalised words, nothing else
SHORTENERS = ("1drv.ms", "onedrive", "bit.ly", "goo.gl", "tinyurl", "drive.google", "forms.gle", "shorturl")
LONG_LINK = 40  # characters: read aloud, longer addresses take over ten seconds of "gạch chéo", "chấm"


@dataclass(frozen=True, order=True)
class Apparatus:
    """A line of a pasted official letter (or a link) that should not be read aloud.

    Attributes:
        file, line: where it is; text: the line (or the link) as written; kind: a key of `APPARATUS_KINDS`.
    """

    file: Path
    line: int
    text: str
    kind: str


def letter_apparatus(texts: list[Source]) -> list[Apparatus]:
    """Every apparatus line and long link of the texts, in file and line order."""
    found: list[Apparatus] = []
    for file, first_line, text in texts:
        lines = [MARKUP.sub("", line) for line in text.split("\n")]
        kinds = dict(_kinds(lines))
        for index, kind in sorted(kinds.items()):
            found.append(Apparatus(file, first_line + index, lines[index], kind))
        for index, line in enumerate(text.split("\n")):
            found += [Apparatus(file, first_line + index, link, "link") for link in long_links(line)]
    return sorted(set(found))


def long_links(line: str) -> list[str]:
    """Addresses of 40 characters or more, with a query string, or on a link shortener or cloud drive."""
    links = [m.group(0).rstrip(".,;>") for m in URL.finditer(line)] if ("/" in line or "@" in line) else []
    return [link for link in links if len(link) >= LONG_LINK or "?" in link or any(s in link for s in SHORTENERS)]


def _kinds(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line index, kind) of the apparatus lines: single lines, then the blocks that follow an opener."""
    for index, line in enumerate(lines):
        kind = _single(line)
        if kind:
            yield index, kind
            yield from _block(lines, index, kind)
    yield from _issuer(lines)


def _single(line: str) -> str:
    """The kind of one line on its own, or ""."""
    checks = (
        ("motto", MOTTO.search), ("number", NUMBER.search), ("place_date", PLACE_DATE.match),
        ("subject", SUBJECT.match), ("signature", SIGNATURE.match), ("signature", SIGNED.match), ("qr", QR.match),
        ("copies", COPY.match), *((kind, opener.match) for kind, opener in BLOCK_OPENERS),
    )  # fmt: skip
    return next((kind for kind, check in checks if check(line)), "")


def _block(lines: list[str], start: int, kind: str) -> Iterator[tuple[int, str]]:
    """What an opener carries on: the subject's wrapped lines, the addressees' and recipients' list, the signer."""
    rest = [(i, lines[i]) for i in range(start + 1, min(len(lines), start + 30))]
    if kind == "subject":
        yield from ((i, kind) for i, _ in _until_blank(rest))
    elif kind in ("addressees", "copies"):
        listed = _until_blank(_skip_blank(rest))
        yield from ((i, kind) for i, line in listed if line)
    elif kind == "signature":
        following = _skip_blank(rest)[:1]
        yield from ((i, kind) for i, line in following if NAME.match(line) and not _single(line))


def _skip_blank(rest: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return rest[next((n for n, (_, line) in enumerate(rest) if line.strip()), len(rest)) :]


def _until_blank(rest: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return rest[: next((n for n, (_, line) in enumerate(rest) if not line.strip()), len(rest))]


def _issuer(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The issuing body in capitals above the motto or the number (`ỦY BAN NHÂN DÂN` / `TỈNH BẮC GIANG`)."""
    top = [(i, line) for i, line in enumerate(lines[:12]) if line.strip()]
    marked = next((n for n, (_, line) in enumerate(top) if _single(line) in ("motto", "number")), None)
    if marked is None:
        return
    for i, line in top[:marked]:
        if line.isupper():
            yield i, "issuer"
