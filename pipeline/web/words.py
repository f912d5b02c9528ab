"""The Vietnamese words of the web app that come from data (statuses, roles, priorities, days)."""

from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType

from ..domain.model import WEEKDAY_NAMES, clock, slot_label, weekday_date

STATUS_NAMES = MappingProxyType(
    {
        "nhap": "Nháp",
        "cho-duyet": "Chờ duyệt",
        "da-duyet": "Đã duyệt",
        "can-duyet-lai": "Cần duyệt lại",
        "tu-choi": "Bị từ chối",
        "het-han": "Hết hạn",
        "phat-ngay": "Phát không cần duyệt",
    }
)
DAY_STATES = MappingProxyType(  # per day and station on the calendar: only a published day airs
    {
        "current": "Đã phát hành, đúng với nội dung hiện tại",
        "rebuilding": "Đang dựng lại: nội dung vừa thay đổi, chương trình mới được phát hành trong vòng 1 phút",
        "outdated": "Đã phát hành nhưng chưa cập nhật theo nội dung mới: "
        "bấm “Dựng ngay” hoặc chạy loa serve / loa nightly",
        "planned": "Chỉ dự kiến: chưa phát hành, chưa có gì được phát",
        "past": "Đã phát hành",
    }
)
PRIORITY_LABELS = MappingProxyType({"thuong": "Thường", "uu-tien": "Ưu tiên", "khan-cap": "Khẩn cấp"})
ROLE_NAMES = MappingProxyType(
    {"editor": "Biên tập viên", "approver": "Người duyệt", "operator": "Người vận hành đài", "admin": "Quản trị"}
)
DIALECT_NAMES = MappingProxyType({"bac": "Giọng Bắc", "trung": "Giọng Trung", "nam": "Giọng Nam"})
DAY_CODES = MappingProxyType({"t2": "T2", "t3": "T3", "t4": "T4", "t5": "T5", "t6": "T6", "t7": "T7", "cn": "CN"})
FIELD_LABELS = MappingProxyType(  # front-matter keys as the approver reads them on the review page
    {
        "title": "Tiêu đề",
        "priority": "Mức ưu tiên",
        "valid_from": "Phát từ",
        "valid_until": "Phát đến",
        "stations": "Đài",
        "slots": "Buổi",
        "days": "Ngày trong tuần",
        "repeat": "Số lần mỗi buổi",
        "template": "Mẫu",
        "issuer": "Cơ quan ban hành",
        "hazard": "Loại thiên tai",
        "risk_level": "Cấp độ rủi ro thiên tai",
        "responsible": "Người chịu trách nhiệm",
        "status": "Trạng thái",
        "audio": "Bản ghi âm",
        "created": "Ngày tạo",
        "approved_by": "Người duyệt",
        "approved_at": "Duyệt lúc",
        "approved_checksum": "Mã kiểm tra bản duyệt",
        "supersedes": "Thay cho tin",
        "intro": "Nhạc hiệu đầu",
        "outro": "Nhạc hiệu cuối",
        "bed": "Nhạc nền",
    }
)
SHAPE_NAMES = MappingProxyType(  # the sample's announcement templates, as an editor chooses them
    {"thong-bao": "Thông báo (đọc tiêu đề, nội dung, nơi ban hành)", "khan-cap": "Tin khẩn cấp (nhắc lại, nhấn mạnh)"}
)
ACTIONS = MappingProxyType(
    {
        "sua-nguoi-dung": "đổi vai trò, đài hoặc họ tên của",
        "them-dai": "thêm đài",
        "sua-dai": "sửa đài",
        "tao-ma-dai": "tạo mã kết nối mới cho đài",
        "thu-hoi-ma-dai": "thu hồi mã kết nối của đài",
        "tao": "tạo",
        "sua": "sửa",
        "gui-duyet": "gửi duyệt",
        "duyet": "duyệt",
        "tu-choi": "từ chối",
        "dung": "dựng chương trình",
        "khan-cap": "phát khẩn cấp",
        "ngung-phat": "ngừng phát tin khẩn cấp",
        "tu-dien": "thêm vào từ điển",
        "them-nguoi-dung": "thêm người dùng",
        "doi-mat-khau": "đặt lại mật khẩu cho",
        "xoa-nguoi-dung": "xóa người dùng",
    }
)


def vi_date(day: date | str | None) -> str:
    """`Thứ Ba, ngày 10/08/2021`: a date as the program sheet writes it."""
    if not day:
        return ""
    return weekday_date(date.fromisoformat(day) if isinstance(day, str) else day)


def short_date(day: date | str | None) -> str:
    if not day:
        return ""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{value:%d/%m/%Y}"


def weekday_day(day: date | str | None) -> str:
    """`Thứ Ba 10/08/2021`: a day in a list (the build history)."""
    if not day:
        return ""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{WEEKDAY_NAMES[value.weekday()]} {value:%d/%m/%Y}"


def short_weekday(moment: date) -> str:
    """`Thứ Năm 03/12`: a day of this week or the next, as a line beside a time says it."""
    return f"{WEEKDAY_NAMES[moment.weekday()]} {moment:%d/%m}"


def vi_moment(moment: str) -> str:
    """`10:00 Thứ Hai 09/08/2021` of an ISO time; the text itself when it is not one."""
    try:
        value = datetime.fromisoformat(moment)
    except (TypeError, ValueError):
        return moment
    return f"{value:%H:%M} {WEEKDAY_NAMES[value.weekday()]} {value:%d/%m/%Y}"


def duration_words(seconds: float) -> str:
    """`2 phút 02 giây` (`45 giây` under a minute): a length as people say it."""
    whole = round(seconds)
    return f"{whole // 60} phút {whole % 60:02d} giây" if whole >= 60 else f"{whole} giây"


def shape_name(template: str) -> str:
    """An announcement template as an editor chooses it: its Vietnamese name, else `Mẫu “name”`."""
    return SHAPE_NAMES.get(template, f"Mẫu “{template}”")


def hms(moment: str) -> str:
    """`05:31:02` of an ISO time ("2026-12-03T05:31:02+07:00"); the text itself when it is not one."""
    try:
        return f"{datetime.fromisoformat(moment):%H:%M:%S}"
    except (TypeError, ValueError):
        return moment


def missed_slot(missed: str) -> str:
    """`Buổi sáng lúc 05:30` of a slot the status keeps as `sang 05:30` (its key in stations.yaml and its start)."""
    slot, _, start = missed.rpartition(" ")
    return f"{slot_label(slot)} lúc {start}" if slot else missed


APPARATUS = MappingProxyType(  # stages/letter.py APPARATUS_KINDS: what the line is, how to fix it
    {
        "issuer": ("tên cơ quan ban hành ở đầu công văn", "xóa dòng này"),
        "motto": ("quốc hiệu, tiêu ngữ của công văn", "xóa dòng này"),
        "number": ("số và ký hiệu công văn", "xóa dòng này"),
        "place_date": ("địa danh, ngày tháng của công văn", "xóa dòng này, hoặc nói ngày trong câu"),
        "subject": ("trích yếu công văn (V/v)", "xóa, hoặc dùng làm tiêu đề bản tin"),
        "addressees": ("nơi gửi (Kính gửi)", "xóa dòng này"),
        "copies": ("nơi nhận, lưu văn thư", "xóa dòng này"),
        "signature": ("phần ký tên", "xóa dòng này"),
        "qr": ("lời mời quét mã QR, người nghe không thấy mã", "xóa dòng này"),
        "link": (
            "đường liên kết quá dài để đọc",
            "đọc tên trang thay cho địa chỉ (ví dụ “trang dịch vụ công quốc gia”) hoặc viết địa chỉ như cách đọc",
        ),
    }
)
VOICE_NAMES = MappingProxyType({"nam": "Giọng nam", "nu": "Giọng nữ"})  # domain/voice.py's choices, as said

BUILD_ORIGINS = MappingProxyType(  # what started a build (build/history.py ORIGINS), as the history says it
    {
        "web": "Dựng ngay (trang web)",
        "build": "Lệnh loa build",
        "init": "Tạo không gian làm việc (loa init)",
        "nightly": "Dựng hằng đêm",
        "keeper": "Tự cập nhật khi tin thay đổi",
        "emergency": "Tin khẩn cấp",
        "stop": "Ngừng phát tin khẩn cấp",
        "repair": "Sửa ngày bị hỏng (kiểm tra hằng đêm)",
    }
)

FILTERS = MappingProxyType(
    {
        "vi_date": vi_date,
        "short_date": short_date,
        "short_weekday": short_weekday,
        "weekday_day": weekday_day,
        "build_origin": lambda key: BUILD_ORIGINS.get(key, key),
        "minutes": clock,
        "status_name": lambda key: STATUS_NAMES.get(key, key),
        "priority_name": lambda key: PRIORITY_LABELS.get(key, key),
        "role_name": lambda key: ROLE_NAMES.get(key, key),
        "action_name": lambda key: ACTIONS.get(key, key),
        "slot_label": slot_label,
        "hms": hms,
        "missed_slot": missed_slot,
        "vi_moment": vi_moment,
        "duration_words": duration_words,
        "shape_name": shape_name,
        "day_state": lambda key: DAY_STATES.get(key, key),
        "apparatus_what": lambda key: APPARATUS.get(key, (key, ""))[0],
        "apparatus_fix": lambda key: APPARATUS.get(key, ("", key))[1],
    }
)


# What pages say back about a request or a form: every sentence of the handlers is here, none in web/*.py.
USER_HINTS = MappingProxyType(  # what to do, in the form's words (the CLI's own hints name its options)
    {
        "name": "Dùng chữ không dấu, số và dấu '-', ví dụ nguyen-van-a; tên chưa có người dùng.",
        "role": "Chọn vai trò trong danh sách.",
        "stations": "Người vận hành cần ít nhất một đài: đánh dấu các đài người đó phụ trách.",
        "password": "Chọn mật khẩu dài hơn.",
        "full_name": "Viết họ tên đầy đủ, không quá 80 chữ, ví dụ Nguyễn Văn An.",
    }
)
REVIEW_REFUSED = MappingProxyType(
    {
        "own-text": "Không được duyệt bài do chính mình sửa.",
        "no-reason": "Hãy ghi lý do từ chối để người viết sửa.",
        "role": "Tài khoản của bạn không được duyệt tin.",
    }
)
SAID = MappingProxyType(
    {
        "passwords-differ": "Hai lần nhập mật khẩu khác nhau: nhập lại cả hai.",
        "own-admin-role": "Không tự bỏ vai trò quản trị của mình: nhờ một quản trị khác.",
        "own-account": "Không tự xóa tài khoản đang dùng: nhờ một quản trị khác.",
        "not-sure": "Đánh dấu “chắc chắn” rồi bấm Xóa.",
        "sign-in-failed": "Sai tên đăng nhập hoặc mật khẩu (sau 5 lần sai, tài khoản bị khóa 15 phút).",
        "nothing-to-hear": "Chưa có nội dung để nghe thử.",
        "held-expired": "Tệp ghi âm giữ từ lần gửi trước đã hết hạn (giữ 2 giờ): chọn lại tệp rồi gửi.",
        "changed-meanwhile": "Bài vừa được sửa: hãy xem lại rồi quyết định.",
        "every-station": "mọi đài",
        "every-slot": "mọi buổi",
    }
)
READING_SPEEDS = (("95", "Chậm (95 từ/phút)"), ("140", "Nhanh (140 từ/phút)"))  # offered beside the default
API_ERRORS = MappingProxyType(  # the station API's JSON errors: (code, message) by HTTP status
    {
        400: ("invalid", "Yêu cầu không đúng dạng — xem tài liệu /api/v1/openapi.json rồi gửi lại."),
        401: (
            "unauthorized",
            "Thiếu mã của đài hoặc mã không còn hiệu lực — gửi Authorization: Bearer <mã>; "
            "mã bị thu hồi thì xin huyện cấp mã mới (loa station token add).",
        ),
        403: ("forbidden", "Mã này là của đài khác — dùng mã của chính đài này."),
        404: ("not-found", "Không có mục này — xem lại địa chỉ (ngày, tên tệp theo danh sách của ngày)."),
        405: ("invalid", "Phương thức không dùng được ở địa chỉ này — xem tài liệu /api/v1/openapi.json."),
        413: ("too-large", "Nội dung gửi quá lớn (tối đa 64 KiB) — gửi ít dòng hơn mỗi lần."),
        429: ("rate-limited", "Đài gửi quá nhiều yêu cầu — chờ vài giây (xem Retry-After) rồi gửi lại."),
    }
)
API_SAID = MappingProxyType(
    {
        "bad-wait": "Tham số after (số thứ tự) hoặc wait (số giây) không đúng — ví dụ ?after=7.",
        "busy": "Máy chủ đang giữ quá nhiều kết nối chờ — thử lại sau ít giây.",
        "not-json": "Nội dung gửi không phải JSON — gửi một đối tượng JSON (UTF-8) như tài liệu API.",
    }
)
