"""Recordings sent from the web and named by `audio:`: read only as MP3, WAV or M4A and only from the file itself
(a playlist or a list of files renamed `.m4a` never makes ffmpeg read another file), any rate and channel layout,
and a long file refused from its header before it holds a request (real ffmpeg, real files, the Flask test client
and a real threaded server on 127.0.0.1)."""

from __future__ import annotations

import http.client
import io
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from pipeline import i18n
from pipeline.adapters import ffmpeg as audio
from pipeline.adapters.proc import Runner
from pipeline.app import accounts, recordings
from pipeline.build.check import load_workspace
from pipeline.domain.limits import LIMITS
from pipeline.errors import LoaError, ToolFailed, ValidationFailed
from pipeline.web import create_app

from ..conftest import make_mini_ws, measured, tone
from .test_web import ANNOUNCEMENTS, NOW, PASSWORD, files, form, login, recordings_in

VIETNAMESE = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = make_mini_ws(tmp_path / "ws", stations=2)
    accounts.add_user(root, "bien-tap", "editor", (), PASSWORD, NOW)
    accounts.add_user(root, "lanh-dao", "approver", (), PASSWORD, NOW)
    return root


@pytest.fixture
def app(ws: Path) -> Flask:
    return create_app(ws, now=lambda: NOW)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """Audio outside the workspace that no upload may make ffmpeg read (a /etc/passwd that decodes)."""
    (tmp_path / "ngoai").mkdir()
    return tone(tmp_path / "ngoai" / "bi-mat.mp3", 3.0, -12.0)


def _hls(target: str) -> bytes:
    return f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3.0,\n{target}\n#EXT-X-ENDLIST\n".encode()


FOREIGN: dict[str, Callable[[Path], bytes]] = {
    "hls-file-url": lambda s: _hls(f"file://{s}"),
    "hls-path": lambda s: _hls(str(s)),
    "hls-subfile": lambda s: _hls(f"subfile,,start,0,end,0,,:{s}"),
    "hls-http": lambda s: _hls("http://127.0.0.1:9/bi-mat.mp3"),
    "ffconcat": lambda s: f"ffconcat version 1.0\nfile '{s}'\n".encode(),
    "concat-list": lambda s: f"file '{s}'\n".encode(),
}


def _said(response_text: str, field: str) -> str:
    found = re.search(rf'<p class="field-error" id="error-{field}" role="alert">([^<]+)</p>', response_text)
    return found[1] if found else ""


@pytest.mark.slow
@pytest.mark.parametrize("kind", FOREIGN)
def test_a_playlist_or_list_of_files_sent_as_a_recording_is_refused_on_its_field(
    app: Flask, ws: Path, secret: Path, kind: str
) -> None:
    i18n.use("vi")
    client, csrf = login(app, "bien-tap")
    for name in ("ghi-am.m4a", "ghi-am.mp3", "ghi-am.wav"):
        sent = (io.BytesIO(FOREIGN[kind](secret)), name)
        response = client.post("/tin/luu", data={**form(recording=sent), "csrf": csrf})
        message = _said(response.text, "recording")
        assert response.status_code == 422 and VIETNAMESE.search(message), (kind, name, response.text)
        assert "MP3, WAV" in message or "phát lại" in message, message
    assert set(files(ws)) == {"hop-thon.md"} and recordings_in(ws) == []


@pytest.mark.slow
def test_an_emergency_recording_that_is_a_playlist_is_refused_on_its_field(app: Flask, ws: Path, secret: Path) -> None:
    i18n.use("vi")
    client, csrf = login(app, "lanh-dao")
    alert = {"title": "Bão số 3", "body": "Lời trong bản ghi.", "stations": ["an-binh"], "valid_until": "2021-08-10",
             "until_time": "23:59", "csrf": csrf}  # fmt: skip
    sent = (io.BytesIO(_hls(f"file://{secret}")), "bao.m4a")
    response = client.post("/khan-cap", data={**alert, "recording": sent})
    assert response.status_code == 422 and "MP3, WAV hoặc M4A" in _said(response.text, "recording"), response.text
    assert set(files(ws)) == {"hop-thon.md"} and recordings_in(ws) == []


def _with_recording(ws: Path, audio_line: str) -> Path:
    item = ws / ANNOUNCEMENTS / "hop-thon.md"
    item.write_text(item.read_text(encoding="utf-8").replace("title:", f"audio: {audio_line}\ntitle:", 1), "utf-8")
    return item


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["hls-file-url", "hls-path", "ffconcat"])
def test_a_workspace_recording_that_is_a_playlist_is_refused_at_load_naming_file_and_line(
    ws: Path, secret: Path, kind: str
) -> None:
    (ws / "recordings").mkdir(exist_ok=True)
    (ws / "recordings" / "bao.m4a").write_bytes(FOREIGN[kind](secret))
    item = _with_recording(ws, "recordings/bao.m4a")
    with pytest.raises(ValidationFailed) as caught:
        load_workspace(ws)
    problem = caught.value.problems[0]
    assert problem.file == item and problem.line is not None
    assert "'recordings/bao.m4a' is not an MP3, WAV or M4A file" in problem.what


def test_a_workspace_recording_linked_outside_the_workspace_is_refused_at_load(ws: Path, secret: Path) -> None:
    (ws / "recordings").mkdir(exist_ok=True)
    (ws / "recordings" / "bao.mp3").symlink_to(secret)
    _with_recording(ws, "recordings/bao.mp3")
    with pytest.raises(ValidationFailed, match="outside the workspace"):
        load_workspace(ws)


def test_a_build_never_decodes_a_playlist_even_when_the_load_check_was_skipped(tmp_path: Path, secret: Path) -> None:
    playlist = tmp_path / "bao.m4a"
    playlist.write_bytes(FOREIGN["hls-file-url"](secret))
    with pytest.raises(ToolFailed, match="not an MP3, WAV or M4A recording"):
        audio.decode(Runner(), playlist, tmp_path / "out.wav")
    assert not (tmp_path / "out.wav").exists()


def _six_channels(path: Path, seconds: float = 3.0) -> Path:
    """A valid 96 kHz 5.1 WAV, as a sound recorder or a studio sends it."""
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}:sample_rate=96000",
         "-af", "volume=-12dB,aformat=channel_layouts=5.1(side)", "-ar", "96000", str(path)],
        check=True,
    )  # fmt: skip
    return path


@pytest.mark.slow
def test_a_96_khz_six_channel_wav_is_taken_and_heard_mono_at_the_pipeline_rate(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    client, csrf = login(app, "bien-tap")
    wav = _six_channels(tmp_path / "studio.wav")
    response = client.post(
        "/tin/luu", data={**form(recording=(io.BytesIO(wav.read_bytes()), "studio.wav")), "csrf": csrf}
    )
    assert response.status_code == 302, response.text
    heard = client.post("/tin/nghe-thu", data={**form(), "id": "tiem-vac-xin-soi", "csrf": csrf}).text
    name = re.search(r'src="/nghe/([0-9a-f]{16}\.mp3)"', heard)[1]  # type: ignore[index]
    played = measured(ws / ".loa" / "nghe-thu" / name)
    assert (played.sample_rate, played.channels) == (load_workspace(ws).settings.audio.sample_rate, 1)
    assert 3.0 <= played.duration <= 6.0, played.duration  # the three seconds, with the chimes around them


@pytest.mark.slow
@pytest.mark.parametrize(("channels", "seconds"), [(1, 1.5), (2, 1.5)])
def test_the_length_of_a_recording_does_not_depend_on_its_channels(
    tmp_path: Path, channels: int, seconds: float
) -> None:
    """volumedetect counts every channel's samples: a 1.5 s stereo phone recording is not "3 seconds long"."""
    path = tone(tmp_path / "a.wav", seconds, -12.0, channels=channels)
    assert measured(path).duration == pytest.approx(seconds, abs=0.01) and measured(path).channels == channels
    six = measured(_six_channels(tmp_path / "six.wav", seconds))
    assert (six.duration, six.channels, six.sample_rate) == (pytest.approx(seconds, abs=0.01), 6, 96000)


def _silent_mp3(path: Path, minutes: int) -> Path:
    """`minutes` of silence in a small MP3 (8 kb/s, no length header, as a phone app saves a long recording)."""
    one = path.with_suffix(".1.mp3")
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "60", "-b:a", "8k",
         "-write_xing", "0", "-id3v2_version", "0", str(one)],
        check=True,
    )  # fmt: skip
    path.write_bytes(one.read_bytes() * minutes)  # MP3 frames simply follow each other
    return path


@pytest.mark.slow
def test_a_two_hour_upload_is_refused_from_its_header_in_well_under_a_second(
    app: Flask, ws: Path, tmp_path: Path
) -> None:
    i18n.use("vi")
    client, csrf = login(app, "bien-tap")
    long = _silent_mp3(tmp_path / "hai-gio.mp3", 120)
    assert 7_000_000 < long.stat().st_size < LIMITS.upload_bytes
    start = time.perf_counter()
    response = client.post(
        "/tin/luu", data={**form(recording=(io.BytesIO(long.read_bytes()), "hai-gio.mp3")), "csrf": csrf}
    )
    took = time.perf_counter() - start
    assert response.status_code == 422 and "dài hơn 30 phút" in _said(response.text, "recording"), response.text
    assert took < 1.0, took  # decoding it all took 40 s of the request
    assert recordings_in(ws) == []


@pytest.mark.slow
def test_a_decode_that_takes_longer_than_allowed_is_stopped_with_a_plain_message(ws: Path, tmp_path: Path) -> None:
    upload = recordings.Upload("dai.mp3", _silent_mp3(tmp_path / "dai.mp3", 20).read_bytes())
    with pytest.raises(LoaError, match=r"took longer than 0 s to check") as caught:
        recordings.keep(ws, upload, "Dài", Runner(timeout=0.01))
    assert caught.value.problems[0].fix and recordings_in(ws) == []
    assert recordings.checker().timeout == LIMITS.upload_check_seconds


@pytest.fixture
def server(app: Flask) -> Iterator[int]:
    """The app behind a real threaded HTTP server on 127.0.0.1 (as waitress runs it, requests in threads)."""
    running = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running.server_port
    running.shutdown()
    thread.join(5)


@pytest.mark.slow
def test_other_pages_answer_while_an_upload_is_being_checked(app: Flask, ws: Path, tmp_path: Path, server: int) -> None:
    client, csrf = login(app, "bien-tap")
    cookie = client.get_cookie("loa_session")
    body, boundary = _multipart({**form(), "csrf": csrf}, _silent_mp3(tmp_path / "muoi.mp3", 10).read_bytes())
    finished: list[float] = []

    def upload() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", server, timeout=60)
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Cookie": f"loa_session={cookie.value if cookie else ''}",
        }
        connection.request("POST", "/tin/luu", body=body, headers=headers)
        assert connection.getresponse().status == 422  # silent: refused, but only once decoded whole
        finished.append(time.perf_counter())

    sending = threading.Thread(target=upload)
    sending.start()
    time.sleep(0.3)  # the upload is being decoded
    answers = []
    for _ in range(3):
        start = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
        connection.request("GET", "/dang-nhap")
        assert connection.getresponse().status == 200
        answers.append(time.perf_counter() - start)
    answered = time.perf_counter()
    sending.join(60)
    assert finished and answered < finished[0] and max(answers) < 1.0, (answers, finished, answered)


def _multipart(fields: dict[str, object], recording: bytes) -> tuple[bytes, str]:
    boundary = "loa-boundary-7d1"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()
    ]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="recording"; filename="muoi.mp3"\r\n'
                 "Content-Type: audio/mpeg\r\n\r\n".encode() + recording + b"\r\n")  # fmt: skip
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary
