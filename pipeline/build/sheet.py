"""What an operator reads in a station folder: the program sheet (lich-phat.html) and HUONG-DAN.txt.

Both are always Vietnamese (they are for the commune, whatever language the editor's terminal
speaks) and made for a phone first: a viewport, large type, one column that wraps, badges for
KHẨN CẤP and ƯU TIÊN, the file to play for each slot, when it was made and what changed since
the day before.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.manifest import RECORDED, Item, SlotEntry, StationEntry
from ..domain.model import Station, clock, weekday_date
from ..domain.segments import EMERGENCY_MARK

PRIORITY_MARK = "ƯU TIÊN"


@dataclass(frozen=True)
class SheetContext:
    """What the sheet says beyond the station's own entry.

    Attributes:
        built_at: when the build ran (local time), or None.
        previous: the station's entry on the day before, when that day was published.
        priority: announcement ids with the ưu-tiên level (khẩn cấp is on the items themselves).
    """

    built_at: datetime | None = None
    previous: Mapping[str, StationEntry] = field(default_factory=dict)
    priority: frozenset[str] = frozenset()


def minutes_seconds(seconds: float) -> str:
    """ "12 phút 34 giây" (how an operator says a length)."""
    whole = round(seconds)
    return f"{whole // 60} phút {whole % 60:02d} giây" if whole >= 60 else f"{whole} giây"


def guide(station: Station, day: date, entry: StationEntry) -> str:
    """HUONG-DAN.txt: which file to play at what time, and which one carries an emergency."""
    lines = [f"HƯỚNG DẪN PHÁT — {station.name}", weekday_date(day), "", "Mỗi buổi phát MỘT tệp, đúng giờ:"]
    lines += [f"  {s.start}  {s.label:<11} phát tệp {s.file}  (dài {minutes_seconds(s.duration)})" for s in entry.slots]
    for slot in (s for s in entry.slots if s.emergency):
        items = {i.announcement_id: i.title for i in slot.items if i.emergency and i.kind == "speech"}
        titles = "; ".join(items.values())
        lines += [
            "",
            f"{EMERGENCY_MARK}: {slot.label} có tin khẩn cấp ({titles}).",
            f"  Phát tệp {slot.file} đúng giờ, không được bỏ.",
        ]
    lines += [
        "",
        # true in the USB zip (no playlists, no parts) and in the whole folder alike
        "Loa IP, bảng điều khiển: dùng danh sách phát .m3u8 cùng tên, có trong bản đầy đủ của ngày",
        "  (trên trang của đài: “Tải cả phần đoạn”); không phát riêng các đoạn trong thư mục phan-doan.",
        "Chỉ phát tệp có ngày hôm nay trong tên; xóa thư mục của những ngày đã qua khỏi USB.",
        "Lịch chi tiết: mở tệp lich-phat.html.",
    ]
    return "\r\n".join(lines) + "\r\n"  # CRLF: operators open it in Windows Notepad too


STYLE = """
*{box-sizing:border-box}
body{font:18px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0 auto;padding:12px;max-width:48rem;
color:#111;background:#fff}
h1{font-size:1.35rem;margin:.2em 0}
h2{font-size:1.15rem;margin:1.2em 0 .3em;border-top:2px solid #333;padding-top:.5em}
.meta,.muted{color:#555;font-size:.9rem}
.file{background:#f2f2f2;padding:6px 8px;border-radius:6px;overflow-wrap:anywhere}
ol{list-style:none;padding:0;margin:0}
li{display:flex;flex-wrap:wrap;gap:0 .6em;padding:6px 0;border-bottom:1px solid #ddd}
li .at{font-variant-numeric:tabular-nums;color:#333;min-width:4.6em}li .title{flex:1 1 12em}li .len{color:#333}
li.jingle{color:#666;font-size:.9rem}
h3{font-size:1.05rem;margin:.9em 0 .3em}
.badge{display:inline-block;font-size:.8rem;font-weight:700;padding:1px 7px;border-radius:4px;color:#fff}
.khan{background:#c00}.uu{background:#b35c00}.moi{background:#1a6b2a}
.alert{background:#c00;color:#fff;padding:10px;border-radius:6px;font-weight:700}
.warn{color:#b00;font-weight:700}.total{font-weight:700}code{font-size:.95em}
"""


def program_sheet(station: Station, day: date, entry: StationEntry, context: SheetContext) -> str:
    """The program sheet: per slot the file to play and every item with its time; badges; changes since yesterday."""
    e = html.escape
    district = f" · {e(station.district)}" if station.district else ""
    made = f" · Lập lúc {context.built_at:%H:%M ngày %d/%m/%Y}" if context.built_at else ""
    parts = [
        f"<h1>Lịch phát — {e(station.name)}</h1>",
        f'<p class="day"><strong>{weekday_date(day)}</strong></p><p class="meta">{district.lstrip(" ·")}{made}</p>',
    ]
    if any(s.emergency for s in entry.slots):
        parts.append(f'<p class="alert">Hôm nay có tin {EMERGENCY_MARK}: phát đúng giờ, không được bỏ.</p>')
    before = context.previous.get(entry.id)
    earlier = set(_titles(before)) if before else set()  # what this station aired the day before
    parts += [_slot(day, slot, context, earlier) for slot in entry.slots]
    parts.append(_changes(entry, before))
    title = f"Lịch phát — {e(station.name)} — {day:%d/%m/%Y}"
    head = '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    return (
        f'<!doctype html>\n<html lang="vi"><head>{head}<title>{title}</title><style>{STYLE}</style></head>'
        f"<body>{''.join(parts)}</body></html>\n"
    )


def _slot(day: date, slot: SlotEntry, context: SheetContext, earlier: set[str]) -> str:
    e = html.escape
    start = datetime.combine(day, datetime.strptime(slot.start, "%H:%M").time())
    end = start + timedelta(seconds=slot.length)
    warn = ' <span class="warn">VƯỢT QUÁ THỜI LƯỢNG BUỔI PHÁT</span>' if slot.overlong else ""
    rows = "".join(_row(start, item, context, earlier) for item in slot.items)
    return (
        f"<section><h2>{e(slot.label)} · {slot.start}–{end:%H:%M}{warn}</h2>"
        f'<p class="file">Phát tệp <code>{e(slot.file)}</code> ({clock(slot.duration)}) '
        f'<span class="muted">hoặc danh sách <code>{e(slot.playlist)}</code></span></p>'
        f'<ol>{rows}</ol><p class="total">Tổng {clock(slot.duration)} / buổi dài {clock(slot.length)}</p></section>'
    )


def _row(start: datetime, item: Item, context: SheetContext, earlier: set[str]) -> str:
    badges = []
    if item.emergency and item.kind == "speech":
        badges.append(f'<span class="badge khan">{EMERGENCY_MARK}</span>')
    if item.announcement_id in context.priority and item.kind == "speech":
        badges.append(f'<span class="badge uu">{PRIORITY_MARK}</span>')
    if item.announcement_id and item.kind == "speech" and context.previous and item.announcement_id not in earlier:
        badges.append('<span class="badge moi">MỚI</span>')
    at = start + timedelta(seconds=item.start)
    kind = ' class="jingle"' if item.kind == "jingle" else ""
    recorded = ' <span class="muted">· bản ghi âm</span>' if item.engine == RECORDED else ""  # no text to read
    return (
        f'<li{kind}><span class="at">{at:%H:%M:%S}</span><span class="title">{" ".join(badges)} '
        f'{html.escape(item.title)}{recorded}</span><span class="len">{clock(item.duration)}</span></li>'
    )


def _changes(entry: StationEntry, before: StationEntry | None) -> str:
    """New and dropped announcements compared with the day before (by title, as the operator knows them)."""
    if before is None:
        return '<h2>So với hôm trước</h2><p class="muted">Hôm trước không có lịch phát để so sánh.</p>'
    now, then = _titles(entry), _titles(before)
    new = [t for i, t in now.items() if i not in then]
    gone = [t for i, t in then.items() if i not in now]
    if not new and not gone:
        return "<h2>So với hôm trước</h2><p>Không thay đổi nội dung.</p>"
    e = html.escape
    lines = [f"<li>Mới: {e(t)}</li>" for t in new] + [f"<li>Thôi phát: {e(t)}</li>" for t in gone]
    return f"<h2>So với hôm trước</h2><ul>{''.join(lines)}</ul>"


def _titles(entry: StationEntry) -> dict[str, str]:
    return {
        i.announcement_id: i.title for s in entry.slots for i in s.items if i.announcement_id and i.kind == "speech"
    }
