"""Bodies, firms and units named by letters (issue 29, round 35): which letters are words here, and which letters.

`Công ty TNHH hạt giống CP Việt Nam`, `TP. Thủ Đức - KV3`, `Sư đoàn BB320`. Each rule says why; `normalize.RULES`
gives the order.
"""

from __future__ import annotations

import re

from .context import Context
from .lines import on_lines_matching
from .rules_codes import PERSON_BEFORE
from .syllable import is_syllable

BARE_CP = re.compile(r"(?<![\w&./-])CP(?![\w&./-])")
# a firm's word not far before, within its name: no sentence mark between
FIRM_BEFORE = re.compile(r"(?<!\w)(?:công[^\S\n]+ty|c\.?ty)(?!\w)[^,.;:()\n]{0,40}$", re.IGNORECASE)
# `ngân hàng Thương mại CP Bưu điện Liên Việt` (ec2): a joint-stock commercial bank, "thương mại cổ phần"
SHARE_WORD_BEFORE = re.compile(r"(?:TNHH|[Cc]ông[^\S\n]+ty|[Cc]\.?[Tt]y|[Tt]hương[^\S\n]+mại)[^\S\n]+$")
NUMBERED_AREA = re.compile(r"(?<![\w.])KV(?=[0-9]{1,2}(?![0-9]))")
INFANTRY = re.compile(r"(?<=[Đđ]oàn[^\S\n])BB(?=[0-9]{1,3}(?![0-9]))")
# Initials that are also everyday words (thứ tư, đầu tư, tư vấn; tu bổ; ca nhạc, ca nhiễm; tha thứ), each with the
# neighbours that still make it the body: `BAN CHẤP HÀNH TƯ` is the Central Committee, `CA TỈNH` the police.
WORD_INITIALS = re.compile(r"(?<![\w.&/-])(TƯ|TU|CA|THA)(?![\w.&/-])")
STILL_A_BODY = {
    "TƯ": re.compile(r"(?:HÀNH|BCH|UBKT|KIỂM TRA)[^\S\n]+$"),
    "TU": re.compile(r"(?:VỤ|BTV|BCH)[^\S\n]+$"),
    "CA": re.compile(r"^[^\S\n]+(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ|THÀNH|TP)(?!\w)"),
}
WEB_TAGS = ("VN", "COM", "NET", "ORG", "GOV", "EDU", "INFO")  # `TTH.VN`: a site's name, not two bodies
HEAD_OF_BODY = {"CT": "Chủ tịch"}  # `CT.UBMTTQVN huyện` (bo2): the body's chairman; the lexicon's CT is a directive
DOTTED_INITIALS = re.compile(r"(?<![\w.])([A-ZĐ]{2,})\.[^\S\n]?([A-ZĐ]{2,})(?![\w.])")  # `UB. MTTQ` (js2) too
WORD_BEFORE = re.compile(r"(\w+)[,:]?[^\S\n]+$")
WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
# `Tập đoàn Điện lực Việt Nam (EVN)`, `Tổng Công ty Điện lực miền Nam (EVNSPC)`: a Vietnamese firm or office, named in
# full, then its letters in brackets; the name's last words place it in Việt Nam (HOME_PLACES, the one list of them,
# which the pattern reads). The bracket is found first (a literal: a fast scan), the name looked for before it.
BODY_LETTERS = re.compile(r"\([^\S\n]*[A-Z][A-Za-z]{1,11}[^\S\n]*\)")
REGIONS = ("miền Nam", "miền Bắc", "miền Trung")  # also with a title's capital: `Điện lực Miền Trung (EVNCPC)` (dp1)
HOME_PLACES = (*REGIONS, *(region[0].upper() + region[1:] for region in REGIONS), "Việt Nam", "Hà Nội", "Sài Gòn",
               "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "TP HCM", "TP. HCM", "TP.HCM", "TPHCM")  # fmt: skip
HOME_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:Tập[^\S\n]+đoàn|Tổng[^\S\n]+[Cc]ông[^\S\n]+ty|[Cc]ông[^\S\n]+ty|[Đđ]iện[^\S\n]+lực|Hiệp[^\S\n]+hội"
    r"|Trung[^\S\n]+tâm|Cục)(?:[^\S\n]+[^\W0-9_]+){0,8}?[^\S\n]+(?:"
    + "|".join(re.escape(place).replace(r"\ ", r"[^\S\n]+") for place in HOME_PLACES)
    + ")$"
)

GLUED_PLACE = re.compile(r"(T(?<!\wT)[PX]\.)(?=[A-ZĐ][a-zà-ỹ])")  # the letter first: a fast scan
# `T.P Thái Nguyên` (hc2): the title spelled with a dot between its letters, before a name; `bà P.T.P` is initials
DOTTED_PLACE = re.compile(r"T(?<![\w.]T)\.([PX])\.?(?=[^\S\n]+[A-ZĐ][a-zà-ỹ])")
GLUED_TOWN = re.compile(r"T(?<!\wT)T\.(?=([A-ZĐ][^\W0-9_]+))")  # `TT.Cổ Phúc`: a town; `TT.HĐND` is no place


@on_lines_matching(r"CP")
def read_firm_letters(text: str, ctx: Context) -> str:
    """In a firm's name a bare `CP` is no government: right after `Công ty` or `TNHH` it is "cổ phần" (joint-stock,
    21 spans of 21), further in the name it is the firm's own letters, "xê pê" (`Công ty TNHH hạt giống CP Việt
    Nam`, `công ty chăn nuôi CP miền Bắc`: 2 of 2); the lexicon's "Chính phủ" stays for `CP` anywhere else."""

    def read(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 60) : m.start()]
        if SHARE_WORD_BEFORE.search(before):
            return "cổ phần"
        return "xê pê" if FIRM_BEFORE.search(before) else m.group(0)

    return BARE_CP.sub(read, text)


@on_lines_matching(r"K[VB][0-9]", r"B[VB][0-9]")
def read_numbered_units(text: str, ctx: Context) -> str:
    """`KV3` is "khu vực ba" and `Sư đoàn BB320` "Sư đoàn Bộ binh ba trăm hai mươi": a numbered area or infantry
    division glued to its number, as annotators read them (ah1, ag2: 3 spans of 3); spelled as a code they were "ca
    vê ba", "bê bê ba không bảy". `BB` only after a division's or regiment's "đoàn": elsewhere it is no army."""
    return INFANTRY.sub("Bộ binh ", NUMBERED_AREA.sub("khu vực ", text))


@on_lines_matching(r"TƯ(?![\w.&/-])", r"TU(?![\w.&/-])", r"CA(?![\w.&/-])", r"HA(?![\w.&/-])")
def read_word_initials_in_capitals(text: str, ctx: Context) -> str:
    """In a heading written in capitals, `THỨ TƯ`, `ĐẦU TƯ`, `TƯ VẤN`, `TU BỔ`, `CA NHẠC`, `SỐ CA NHIỄM` are words;
    the lexicon's initials ("Trung ương", "Tỉnh ủy", "Công an") made them "thứ Trung ương", "Công an nhạc". Read as
    the word when a word beside it is a Vietnamese syllable in capitals, unless the neighbours name the body
    (`BAN CHẤP HÀNH TƯ`, `CA HUYỆN`); in running text (`Ban Chấp hành TƯ Đoàn`) the initials stay."""

    def read(m: re.Match[str]) -> str:
        word, before, after = m.group(1), m.string[max(0, m.start() - 30) : m.start()], m.string[m.end() :]
        body = STILL_A_BODY.get(word)
        if body and (body.search(before) or body.search(after[:20])):
            return word
        return word.lower() if _capital_word_beside(before, after) else word

    return WORD_INITIALS.sub(read, text)


def _capital_word_beside(before: str, after: str) -> bool:
    """A neighbour in capitals with a Vietnamese mark (THỨ, VẤN, BỔ, NHẠC): a heading's word, never initials."""
    words = [m.group(1) for m in (WORD_BEFORE.search(before), WORD_AFTER.match(after)) if m]
    return any(w.isupper() and not w.isascii() and is_syllable(w.lower()) for w in words)


@on_lines_matching(r"\.(?<=[A-ZĐ]\.)(?=[A-ZĐ])", r"\.(?<=[A-ZĐ]\.)[^\S\n][A-ZĐ]{2}")  # the dot first: a fast scan
def part_dotted_initials(text: str, ctx: Context) -> str:
    """`UB.MTTQ xã`: two initials joined by a dot are the body the lexicon knows joined or spaced (`UBMTTQ`, `UB
    MTTQ`: "Ủy ban Mặt trận Tổ quốc"), written so to save a space (au1); spelled, the dot was read "chấm" inside the
    letters. So are two entries (`PCT.UBND huyện`, hi2: "Phó Chủ tịch Ủy ban nhân dân"). Pairs the lexicon does not
    know stay as written (web tags such as `VOV.VN` are read before)."""

    def part(m: re.Match[str]) -> str:
        if ctx.lexicon.lookup(m.group(0)):
            return m.group(0)  # `TP.HCM`: the entry as written
        for joined in (f"{m.group(1)} {m.group(2)}", m.group(1) + m.group(2)):
            if ctx.lexicon.lookup(joined):
                return joined
        spaced = " " in m.group(0)  # `UBND. MTTQ, các đoàn thể`: a full stop or a typo's, unless one body (`UB. MTTQ`)
        apart = not spaced and m.group(2) not in WEB_TAGS and all(ctx.lexicon.exact.get(part) for part in m.groups())
        title = HEAD_OF_BODY.get(m.group(1), m.group(1))
        return f"{title} {m.group(2)}" if apart else m.group(0)  # `PCT.UBND` (hi2): a title, then its body

    return DOTTED_INITIALS.sub(part, text)


@on_lines_matching(r"\)")  # a literal: a fast scan
def drop_home_body_letters(text: str, ctx: Context) -> str:
    """`Tập đoàn Điện lực Việt Nam (EVN) sẽ thực hiện`: the letters in brackets after a Vietnamese firm's or office's
    full name are not read (EVN, EVNSPC, SAWACO, VFA, VNNIC, VAMAS): the listener has just heard the name. So read
    the batches annotated by the house guide, ab onward, 20 spans to 2; the batches before it read them (15 to 1).
    A foreign body's letters are read (`Tổ chức Y tế thế giới (WHO)`, the guide's §9), and so are a bank's (`(VIB)`,
    `(Vietinbank)`), which no rule here names, and a disease-control centre's, known by the letters (`(HCDC)`, `(CDC)`:
    105 spans to 3 in the guide)."""

    def drop(m: re.Match[str]) -> str:
        end = m.start()
        while end and text[end - 1] in " \t":  # the name ends before the space that opens the bracket
            end -= 1
        if "CDC" in m.group(0) or not text[max(0, end - 12) : end].endswith(HOME_PLACES):  # a cheap test first
            return m.group(0)
        return "" if HOME_BODY_BEFORE.search(text, max(0, end - 90), end) else m.group(0)

    return BODY_LETTERS.sub(drop, text)


# `đồng/LĐ`: initials typed against a slash after a word
SLASH_BEFORE_INITIALS = re.compile(r"/(?<=[a-zà-ỹđ]/)(?=([A-ZĐ][A-ZĐ0-9]{1,7})(?![\w&/-]|\.\w))")


@on_lines_matching(r"/(?<=[a-zà-ỹđ]/)(?=[A-ZĐ])")  # the slash first: a fast scan
def space_slashes_before_initials(text: str, ctx: Context) -> str:
    """`250.000 đồng/LĐ`, `bão/ATNĐ`, `user/mật khẩu/OTP`: a slash typed between a word and initials the lexicon
    holds hid them from it (an entry is a whole token), so they were spelled, "đồng một e lờ đê" (fr1: 4 spans); a
    space after the slash shows them, and the slash is read as before ("một lao động", a pause). Initials after
    initials (`QĐ/UBND`) are a symbol's, left to the document rules."""
    return SLASH_BEFORE_INITIALS.sub(lambda m: "/ " if ctx.lexicon.lookup(m.group(1)) else "/", text)


# `Đảng ủy-HĐND-UBND xã`, `Kỳ họp thứ 13-HĐND tỉnh`: bodies' letters hyphened onto a word or a number; the hyphen
# first, a scan in C, the small letter or digit behind it looked at
JOINED_BODIES = re.compile(r"-(?:(?<=[a-zà-ỹđ]-)|(?<=[0-9]-))((?:[A-ZĐ]{2,}-)*[A-ZĐ]{2,})(?![\w/&.-])")


@on_lines_matching(r"-[A-ZĐ]{2}")
def part_bodies_joined_by_hyphens(text: str, ctx: Context) -> str:
    """`lãnh đạo Đảng ủy-UBND xã`, `Đảng ủy-HĐND-UBND xã`, `Kỳ họp thứ 13-HĐND tỉnh` (bv2): a hyphen typed between a
    word or a number and the letters of bodies hid them from the lexicon (a hyphen joins a pair such as `KT-XH`
    into one entry), so they were spelled, "u bê en nờ dê"; it is a list's pause, "Đảng ủy, Ủy ban nhân dân xã".
    Only when every part is letters the lexicon holds: `COVID-19`, `37-NQ/TW` (a document's number) stay."""

    def part(m: re.Match[str]) -> str:
        bodies = m.group(1).split("-")
        if m.string[m.start() - 1].isupper():  # `LĐ-TB-XH`: the class à-ỹ holds capitals (Đ, Ạ…); one entry's letters
            return m.group(0)
        if not all(body in ctx.lexicon.exact for body in bodies):
            return m.group(0)
        return ", " + ", ".join(bodies)

    return JOINED_BODIES.sub(part, text)


@on_lines_matching(r"T(?:[PXT]\.|\.[PX])")
def split_glued_places(text: str, ctx: Context) -> str:
    """`TP.Hà Nội`, `TX.Sơn Tây`: the abbreviation's dot is glued to the name; with a space it is "thành phố". So is
    a town's, `TT.Cổ Phúc`, `TT.Yên Bình` (db1), "thị trấn", which was spelled "tê tê"; `TT.Huế` is the province,
    Thừa Thiên Huế. Spaced, `TT.` is left to the lexicon: `TT. HĐND` is a council's standing board."""
    text = GLUED_TOWN.sub(_town, text) if "TT." in text else text
    text = DOTTED_PLACE.sub(_dotted_place, text) if "T.P" in text or "T.X" in text else text
    return GLUED_PLACE.sub(r"\1 ", text)


def _dotted_place(m: re.Match[str]) -> str:
    """`UBND T.P Thái Nguyên` is the city's (3 spans of hc2, "tê pê" as initials): `TP` to the lexicon, unless a
    person is named by it (`bà T.P Hà`)."""
    return m.group(0) if PERSON_BEFORE.search(m.string, max(0, m.start() - 6), m.start() - 1) else f"T{m.group(1)}"


def _town(m: re.Match[str]) -> str:
    if not m.group(1)[1:].islower() or m.string.startswith(" ủy", m.end() + len(m.group(1))):
        return m.group(0)  # `TT.HĐND`: capitals, a body; `TT.Tỉnh ủy` (jd2) a committee's board, the lexicon's
    return "Thừa Thiên " if m.group(1) == "Huế" else "thị trấn "
