"""Rules for web and e-mail addresses, read the Vietnamese way, label by label, and for phone numbers (moved here
from rules_codes: `+84 912 345 678`, `0823 125 xxx`, `024.22415051`), read digit by digit in their groups.

Split from rules_text (its size): an address is read by its own reasons (the house guide's letter names,
"chấm", Vietnamese words written without marks), which change apart from the other marks' rules.
"""

from __future__ import annotations

import math
import re
from itertools import groupby

from .context import Context
from .lines import digits_only, on_lines_matching, on_lines_with, on_runs_with
from .numbers import read_digits, read_int
from .syllable import segment, with_guessed_marks
from .toneless import restore_tones, restore_words

INTERNATIONAL = re.compile(r"\+84[^\S\n]*((?:[0-9][ .]?){8,10})(?<=[0-9])(?![0-9])")
MASKED = re.compile(r"(?<![0-9])(0[0-9]{2,4}(?:[ .][0-9]{2,4})*)[ .]([xX*]{2,4})(?![\w*])")
# `8847xxxx`, `0912xxx456`: an account or a phone with hidden digits typed in one run
GLUED_MASK = re.compile(r"(?<![\w.,*])(?=[xX*]*[0-9][0-9])(?=[0-9]*[xX*]{2})[0-9xX*]{5,}(?![\w*])")
# `(+84-28) 38 653 050` (am2), `(+84) 28 3822 1234`: a country's calling code in brackets, an area's maybe, the groups
COUNTRY_CODE = re.compile(
    r"\(\+([0-9]{1,3})(?:[^\S\n]?-[^\S\n]?([0-9]{1,4}))?\)((?:[^\S\n]?\.?[0-9]{2,4}){2,5})(?![0-9]|[.,][0-9])"
)
UNGROUPED_PHONE = re.compile(
    # a group of 5 or more digits
    r"[0-9](?<![0-9.,][0-9])[0-9]{0,3}(?:[ .][0-9]{3,8})*[ .][0-9]{5,8}(?![0-9]|[.,][0-9])"
    r"|[2-9](?<![0-9.,][2-9])[0-9]{7}(?![0-9]|[.,][0-9])"  # eight digits with no group at all
    r"|0(?<![0-9.,-]0)[0-9]{1,3}-[0-9]{7,8}(?![0-9-]|[.,][0-9])"  # `04-38693108`: an area code, a hyphen, the number
)
PHONE_LABEL = re.compile(r"(?<![\w.])ĐT[^\S\n]*:(?=[^\S\n]*\(?0[0-9])")  # `ĐT: 04-…`: the phone's label, no road
WRITTEN_DATE = re.compile(
    r"(?:[0-2][0-9]|3[01])(?:0[0-9]|1[0-2])(?:19|20)[0-9][0-9]|(?:19|20)[0-9][0-9](?:0[0-9]|1[0-2])(?:[0-2][0-9]|3[01])"
)

# endings scam warnings name alone (`đuôi .top`) or give addresses under (`vietcomm.top`, `gdtgov.cfd`: ai1, cd1)
SCAM_LOWER = "vip|top|xyz|biz|club|cc|online|site|shop|cfd|buzz|icu|live|store|asia|click|cyou|sbs"
SCAM_ENDINGS = f"{SCAM_LOWER}|{SCAM_LOWER.upper()}"
FILE_TYPES = "jpe?g|png|gif|webp|pdf|docx?|xlsx?|JPE?G|PNG|PDF"
URL = re.compile(
    r"['‘]?(?:https?://|www\.)[^\s<>\"“”()]+"  # a quote around an address (`'https://x.com/'`) is no part of it
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # a country's code after a common ending is the address's too: `pm.gov.au`, `abc.net.au` (ex1), not "gốp.au"
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|me|ms|info|{SCAM_LOWER})\b(?:\.[a-z]{{2}}\b)?"
    r"(?:/[^\s<>\"“”()]*)?"
    r"|\b[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.(?:VN|COM|NET|ORG|GOV)\b"  # a news tag in capitals: `VOV.VN -`, `BDK.VN`
    r"|\b[A-Z][A-Za-z0-9-]*\.(?:Vn|Com|Net|Org)\b"  # or in a title's capitals: `ThienNhien.Net –` (gm2)
    # a domain's end alone: `đuôi .com`, `.GOV.VN`; `(.vip), (.top)`, `“.VIP”` (by1, al1: the scams' endings)
    rf"|(?<![\w.])(?:\.(?:vn|com|net|org|gov|VN|COM|NET|ORG|GOV|{SCAM_ENDINGS})\b)+"
    # a picture's or a document's file name, with a letter, in ASCII: `B2222.jpg` "bê hai hai hai hai chấm gi pê giê"
    # (ex2); `nhà máy nước.jpg`, `năm 2011.doc`: the words and the year are read by their own rules, the ending here
    rf"|(?<![\w.])(?=[\w-]*[A-Za-z])[A-Za-z0-9_-]+\.(?:{FILE_TYPES})\b|(?<=\w)\.(?:{FILE_TYPES})\b"
)
# each an address's mark, a literal first: the lines read_urls is handed (ADDRESS_HINT, the same, finds its runs)
SITE_ENDINGS = "vn|com|net|org|gov|edu|me|ms|info|VN|COM|NET|ORG|GOV|Vn|Com|Net|Org"
ADDRESS_MARKS = ("@", "://", r"www\.", rf"\.(?:{SITE_ENDINGS}|{SCAM_ENDINGS}|{FILE_TYPES})\b")
ADDRESS_HINT = re.compile("|".join(ADDRESS_MARKS))
QUOTES = "'‘’"
# `thu mua.Vietnamnet.vn dẫn lời` (ja1): a sentence's last word, its full stop, then a site's name with a capital; no
# address opens on a word in small letters before a capitalized one (`www.VnExpress.net` keeps its www)
GLUED_SENTENCE = re.compile(r"(?!www\.)([a-zà-ỹđ]+)\.(?=[A-ZĐ][a-zà-ỹđ]+\.[A-Za-z])")
URL_SEPARATORS = {
    ".": "chấm",
    "/": "gạch chéo",
    "-": "gạch ngang",
    "_": "gạch dưới",
    "@": "a còng",
    ":": "hai chấm",
    "?": "hỏi",
    "=": "bằng",
    "&": "và",
    "!": "chấm than",
    "~": "ngã",
}
# `bắt đầu bằng http:// thay vì https://;`: the marks first (a scan in C), the protocol's name looked at behind them
BARE_PROTOCOL = re.compile(r"://(?:(?<=\bhttp://)|(?<=\bhttps://))(?=[^\w.]|$)", re.M)
OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
IP_ADDRESS = re.compile(rf"(?<![\w.,])({OCTET})\.({OCTET})\.({OCTET})\.({OCTET})(?![\w]|[.,][0-9])")
IP_HINT = re.compile(r"\.(?<=[0-9]\.)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]")  # the dot first: a fast scan
IP_WORD = re.compile(r"\bIP\b|\bip\b")
# `Dichvucong[.]cvgov[.]com`: a scam warning breaks the dots of the address it warns of, so it cannot be clicked
DEFANGED_DOT = re.compile(r"(?<=[A-Za-z0-9])[^\S\n]?\[\.\][^\S\n]?(?=[A-Za-z0-9])")
DEFANGED = re.compile(r"(?<![^\W_])[A-Za-z0-9-]+(?:[^\S\n]?\[\.\][^\S\n]?[A-Za-z0-9-]+)+(?![^\W_])(?:/[^\s<>\"“”()]*)?")
GOV = re.compile(r"(gov)")
COMMON_SYLLABLE = math.log(10)  # seen 10 times in toneless.tsv's counts: a Vietnamese word, not a stray spelling


def mend_defanged_dots(text: str, ctx: Context) -> str:
    """`vdbank[.]com[.]vn`, `vietgcv [.] cc`: the bracketed dot of a warned-of address is its dot, read "chấm" with
    the address (al2: 4 spans of 4 say "chấm"); left as it was, the brackets became pauses and the labels words.
    Broken so, it is an address whatever its ending: `baohiemxahoi[.]biz` is read here (au2), where the address
    rule, which knows only common endings, left it in Latin letters."""
    if "[.]" not in text:
        return text
    return DEFANGED.sub(lambda m: _read_address(DEFANGED_DOT.sub(".", m.group(0)), ctx), text)


@on_lines_matching(*ADDRESS_MARKS)
def read_urls(text: str, ctx: Context) -> str:
    """URLs and e-mails, the Vietnamese way: "chấm", "a còng", Vietnamese letter names."""
    if ctx.url_phrase is not None:
        phrase = ctx.url_phrase
        return on_runs_with(ADDRESS_HINT, text, lambda run: URL.sub(lambda m: phrase + _sentence_end(m.group(0)), run))
    said: dict[str, str] = {}  # a notice gives its site two or three times: each address is worked out once

    def read(m: re.Match[str]) -> str:
        sentence = GLUED_SENTENCE.match(m.group(0))
        address = m.group(0)[sentence.end() :] if sentence else m.group(0)
        if address not in said:
            said[address] = _read_address(address, ctx)
        glued = m.start() > 0 and m.string[m.start() - 1].isalnum()  # a file's ending on a word: `nước.jpg`
        return f"{sentence.group(1)}. {said[address]}" if sentence else " " * glued + said[address]

    return on_runs_with(ADDRESS_HINT, text, lambda run: URL.sub(read, run))  # no address holds a space


def _read_address(written: str, ctx: Context) -> str:
    address = re.sub(r"^(?:https?://|mailto:)", "", written.strip(QUOTES)).rstrip("/.,;" + QUOTES)
    end = _sentence_end(written.rstrip(QUOTES))
    words: list[str] = []
    for part in re.split(r"([./_@:?=&!~])", address):
        if part in URL_SEPARATORS:
            words.append(URL_SEPARATORS[part])
        elif part:
            words.append(_read_slug(part, ctx))
    return " ".join(words) + end


def _read_slug(part: str, ctx: Context) -> str:
    """`khai-mac-hoi-thi-the-thao-cac-dan-toc` (hy2): a path's words without tones, one a label, hyphens between,
    are Vietnamese words read with their tones as words written apart are (`restore_words`: one key at least joins
    two), "khai mạc gạch ngang hội gạch ngang thi…"; one by one they were read without tones ("hoi", "toc")."""
    words: list[str] = []
    for plain, group in groupby(part.split("-"), key=lambda label: label.isascii() and label.isalpha()):
        labels = list(group)
        restored = restore_words(labels, ctx.toneless) if plain and len(labels) > 1 else None
        words += restored or [_read_label(label, ctx) if label else "" for label in labels]
    return f" {URL_SEPARATORS['-']} ".join(words).replace("  ", " ").strip()


def _sentence_end(address: str) -> str:
    """The full stop or comma after an address belongs to the sentence, not to the address."""
    return address[-1] if address[-1] in ".,;" else ""


def _read_label(label: str, ctx: Context) -> str:
    """A domain or path label: lexicon, digits, Vietnamese words written without marks (web_words.tsv: a site's
    name "chinhphu" is "chính phủ", never "chinh phu"), common Vietnamese syllables, else letters spelled."""
    known = ctx.web.get(label.lower()) or ctx.lexicon.lookup(label)
    if known:
        return known
    from .numbers import read_digits

    if label.isdigit():
        return read_digits(label)
    restored = restore_tones(label.lower(), ctx.toneless) if label.isascii() and label.isalpha() else None
    if restored:
        return restored  # the whole label first: `baoquangngai` is "báo quảng ngãi", pairs across a web word
    runs = ctx.web_word_pattern.split(label.lower())  # known words at odd places: `phunuvietnam`, `danang`
    return " ".join(ctx.web_words[run] if n % 2 else _read_run(run, ctx) for n, run in enumerate(runs) if run)


def _read_run(run: str, ctx: Context) -> str:
    """Letters no known word covers: Vietnamese words with their tones when the whole run is made of them
    (`dancuquocgia`: "dân cư quốc gia"); else, when every piece is a common syllable, syllables with the marks their
    spelling needs; else the whole run spelled, as the house guide says of letters in an address and as annotators
    of every batch wrote `acb`, `gso`, `vnu`, `top` (M short before a letter as in any initialism: `nchmf`, "en nờ
    xê hát em ép"). Guessed syllables of an English run (`theice` "the i ce") matched no annotator."""
    restored = restore_tones(run, ctx.toneless) if run.isascii() and run.isalpha() else None
    if restored:
        return restored
    if "gov" in run and run != "gov":  # `dvcgov`, `xgovvn`: a scam's label apes "gov", said "gốp" (4 spans of 6)
        return " ".join(ctx.web["gov"] if p == "gov" else _read_label(p, ctx) for p in GOV.split(run) if p)
    if not run.isascii():
        return " ".join(with_guessed_marks(p) if ok else ctx.lexicon.spell_initialism(p) for p, ok in segment(run))
    spelled: list[str] = []  # letters waiting to be spelled together, as one initialism (`ubnd` + `tinh`)
    words: list[str] = []
    for piece, ok in segment(run):
        if ok and _common_syllable(piece, ctx):
            words += [ctx.lexicon.spell_initialism("".join(spelled))] if spelled else []
            words, spelled = [*words, with_guessed_marks(piece)], []
        else:
            spelled.append(piece)
    return " ".join(words + ([ctx.lexicon.spell_initialism("".join(spelled))] if spelled else []))


def _common_syllable(piece: str, ctx: Context) -> bool:
    """`ban`, `tinh`, `lieu`: a syllable of three letters or more that Vietnamese text writes often is the word
    (annotators: "ban biên tập", "cây tiêu"); a rare one (`top` seen 4 times, `vip` once) is an English word or
    letters, and a two-letter piece (`nu` in `vnu`, `ac` in `acb`) is part of an initialism: spelled."""
    known = ctx.toneless.get(piece)
    return len(piece) >= 3 and known is not None and " " not in known[0] and known[1] >= COMMON_SYLLABLE


@digits_only
def read_ip_addresses(text: str, ctx: Context) -> str:
    """`địa chỉ IP: 45.76.234.141`: four numbers to 255 joined by dots are a machine's address, each number said
    and the dots "chấm" (al1); read as a number it was "bốn mươi lăm phẩy bảy mươi sáu. hai ba bốn". A group
    under three digits after the first proves it (thousands are written in threes); four groups of three only
    with "IP" on the line: `1.200.100.100` is an amount."""
    return on_lines_with(IP_HINT, text, _ip_addresses)


def _ip_addresses(line: str) -> str:
    def read(m: re.Match[str]) -> str:
        if all(len(group) == 3 for group in m.groups()[1:]) and not IP_WORD.search(line):
            return m.group(0)
        return " chấm ".join(read_int(int(group)) for group in m.groups())

    return IP_ADDRESS.sub(read, line)


def read_bare_protocols(text: str, ctx: Context) -> str:
    """`trang bắt đầu bằng http:// thay vì https://;`: a protocol named alone, with no address after it, is said
    mark by mark as the guide spells an address (ap1); taken for an address, it was dropped, and a scam warning
    lost what to look for."""
    # the name before the marks stays in the text, said by the lexicon ("hát tê tê pê ét")
    return BARE_PROTOCOL.sub(" hai chấm gạch chéo gạch chéo", text) if "://" in text else text


@digits_only
@on_lines_matching(r"\+84")
def read_international_phones(text: str, ctx: Context) -> str:
    """`+84 912 345 678`: "cộng tám tư", then the number digit by digit in its groups."""

    def read(m: re.Match[str]) -> str:
        groups = [g for g in re.split(r"[ .]", m.group(1).strip()) if g]
        return "cộng tám tư, " + ", ".join(read_digits(g) for g in groups)

    return INTERNATIONAL.sub(read, text)


@digits_only
@on_lines_matching("x[xX*]", "X[xX*]", r"\*[xX*]")
def read_masked_phones(text: str, ctx: Context) -> str:
    """`0823 125 xxx`: a phone with its last digits hidden; the known groups digit by digit, then "ích ích ích". So
    is a run typed without spaces (`số tài khoản 8847xxxx`, js1: it was read as an amount, "tám nghìn…")."""

    def read(m: re.Match[str]) -> str:
        groups = [g for g in re.split(r"[ .]", m.group(1)) if g]
        hidden = " ".join("ích" for _ in m.group(2))
        return ", ".join(read_digits(g) for g in groups) + f", {hidden}"

    text = GLUED_MASK.sub(lambda m: " ".join(read_digits(c) if c.isdigit() else "ích" for c in m.group(0)), text)
    return MASKED.sub(read, text)


@digits_only
@on_lines_matching(r"[0-9][0-9]{4}")  # either shape holds five digits in a row; one class first, a fast scan
def read_ungrouped_phones(text: str, ctx: Context) -> str:
    """`024.22415051`, `0255 3842272`, `04-38693108`, `1900.068868`, `3.8556169`, `54122511`: a run of 8 to 11
    digits whose groups are no thousands (a group of five or more digits, or none at all) is a phone, said digit by
    digit in groups of three or four; never "hai mươi tư phẩy..." or "năm mươi tư triệu". Eight bare digits that
    spell a date (`28092017`, in links and file names) are left alone."""

    def read(m: re.Match[str]) -> str:
        groups = re.split(r"[ .-]", m.group(0))
        if not 8 <= sum(map(len, groups)) <= 11 or WRITTEN_DATE.fullmatch(m.group(0)):
            return m.group(0)
        return ", ".join(read_digits(part) for group in groups for part in _phone_parts(group))

    text = PHONE_LABEL.sub("điện thoại:", text) if "ĐT" in text else text
    return UNGROUPED_PHONE.sub(read, text)


def _phone_parts(group: str) -> list[str]:
    """A long group as a voice reads it: 5 and 6 digits after three, 7 after three, 8 after four."""
    if len(group) <= 4:
        return [group]
    head = max(3, len(group) - 4)
    return [group[:head], group[head:]]


SPACED_PHONE = re.compile(  # `0967.77.10.10`: between dots a group may be two digits,
    # or one (`0901.8.01.024`, ie2); `0909 34 99 88` in pairs too
    r"[0-9](?<![0-9.,][0-9])(?:(?<=0)[0-9]{2,4}|(?<=1)[89]00)"
    r"(?:(?:[ .][0-9]{3,4}){1,3}|(?:\.[0-9]{1,4}){2,4}|(?: [0-9][0-9]){3})(?![0-9]|[.,][0-9])"
)
PHONE = re.compile(r"[0-9](?<![0-9.,][0-9])(?:(?<=0)[0-9]{8,10}|(?<=1)[89]00[0-9]{4,6}|[0-9]{10,})(?![0-9]|[.,][0-9])")


@digits_only
def read_phone_numbers(text: str, ctx: Context) -> str:
    """Hotlines and phones digit by digit, in groups with short pauses: `19009095`, `0913 123 456`; `0967.77.10.10`
    in the groups its dots make ("không chín sáu bảy, bảy bảy, một không, một không"), not a decimal; `0909 34 99 88`
    in the pairs its spaces make (ch1), not "ba mươi tư chín mươi chín"."""
    text = SPACED_PHONE.sub(_spaced_phone, text)

    def read(m: re.Match[str]) -> str:
        digits = m.group(0)
        size = 4 if len(digits) <= 8 else 3
        head = 4 if len(digits) in (10, 11) or len(digits) <= 8 else size
        groups = [digits[:head]] + [digits[i : i + size] for i in range(head, len(digits), size)]
        return ", ".join(read_digits(g) for g in groups if g)

    return PHONE.sub(read, text)


def _spaced_phone(m: re.Match[str]) -> str:
    """Groups as written; a run of digits that is too short or long for a phone is left alone."""
    groups = re.split(r"[ .]", m.group(0))
    if not 8 <= sum(len(g) for g in groups) <= 11:
        return m.group(0)
    return ", ".join(read_digits(g) for g in groups)


@digits_only
@on_lines_matching(r"\(\+")
def read_country_codes(text: str, ctx: Context) -> str:
    """`Đường dây nóng: (+84-28) 38 653 050` (am2): a phone written with its country's code in brackets is said as
    dialled, "cộng tám bốn, hai tám, ba tám, sáu năm ba, không năm không"; the dash between the country and the area
    made a range, "tám mươi tư đến hai mươi tám", and the plus was lost."""

    def read(m: re.Match[str]) -> str:
        groups = [m.group(1), *([m.group(2)] if m.group(2) else []), *re.findall(r"[0-9]+", m.group(3))]
        return "cộng " + ", ".join(read_digits(group) for group in groups)

    return COUNTRY_CODE.sub(read, text)
