"""Speech engines through their real code paths: gtts via an HTTP seam, piper via a generated model."""

from __future__ import annotations

import base64
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.adapters.http import HttpRequest, HttpResponse, NetworkDown, urllib_transport
from pipeline.adapters.proc import Runner
from pipeline.domain.settings import GttsSettings, PiperSettings, Settings
from pipeline.engines import EngineContext, EngineSet, make_engine
from pipeline.engines.gtts_engine import GttsEngine, split_text
from pipeline.errors import EngineFailed, EngineUnavailable, LoaError

from ..conftest import measured
from ..piper_model import make_voice

TEXT = "Kính thưa bà con nhân dân, thực hiện nghiêm năm ca. Cài đặt ứng dụng bờ lu dôn để bảo vệ mình và gia đình."


class FakeGoogle:
    """Answers like translate.google.com's TTS endpoint, following a script; time is simulated."""

    def __init__(self, mp3: bytes, script: list[object]) -> None:
        self.mp3, self.script = mp3, list(script)
        self.texts: list[str] = []
        self.now = 0.0
        self.slept: list[float] = []
        self.sent_at: list[float] = []

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.sent_at.append(self.now)
        answer = self.script.pop(0) if self.script else "audio"
        self.now += 0.05  # a request takes a little time
        if answer == "timeout":
            raise TimeoutError(f"no answer within {request.timeout:g} s")
        if answer == "refused":
            raise NetworkDown("[Errno 111] Connection refused")
        if answer == "reset":
            raise ConnectionError("[Errno 104] Connection reset by peer")
        if isinstance(answer, int):
            return HttpResponse(answer, b"<html>error</html>")
        self.texts.append(_text_of(request))
        b64 = base64.b64encode(self.mp3).decode()
        return HttpResponse(
            200, (')]}\'\n\n[["wrb.fr","jQ1olc","[\\"' + b64 + '\\"]",null,null,null,"generic"]]').encode()
        )

    def send(self, request: HttpRequest) -> HttpResponse:
        """The Transport seam."""
        return self(request)

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


def _text_of(request: HttpRequest) -> str:
    """The text inside a batchexecute request body (f.req=[[["jQ1olc","[\"text\",\"vi\",...]"...)."""
    import json

    rpc = json.loads(urllib.parse.unquote(request.body.decode().removeprefix("f.req=").rstrip("&")))
    return str(json.loads(rpc[0][0][1])[0])


def gtts(fake: FakeGoogle, workspace: Path | None = None, **settings: float) -> GttsEngine:
    """A gtts engine on `fake`; with a workspace that has audio_out/, the offline breaker is shared through it."""
    where = workspace or Path(tempfile.mkdtemp())
    ctx = EngineContext(Settings(gtts=GttsSettings(**settings)), Runner(), where, fake, fake)
    engine = make_engine("gtts", ctx)
    assert isinstance(engine, GttsEngine)
    return engine


# --- splitting text for 100-character requests ---


def test_split_cuts_at_sentences_then_clauses_within_the_limit() -> None:
    pieces = split_text(TEXT, 100)
    assert pieces == [
        "Kính thưa bà con nhân dân, thực hiện nghiêm năm ca.",
        "Cài đặt ứng dụng bờ lu dôn để bảo vệ mình và gia đình.",
    ]


def test_split_a_long_clause_at_spaces() -> None:
    long = "một " * 40
    pieces = split_text(long, 100)
    assert all(len(p) <= 100 for p in pieces) and " ".join(pieces).split() == long.split()


WORDS = st.lists(
    st.sampled_from(["bà", "con", "nhân", "dân,", "xã.", "thực", "hiện", "nghiêm;", "khẩn", "trương!"]),
    min_size=1,
    max_size=80,
)


@given(WORDS)
def test_split_never_cuts_a_word_or_loses_one(words: list[str]) -> None:
    text = " ".join(words)
    pieces = split_text(text, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert " ".join(pieces).split() == text.split()


# --- gtts through the seam ---


def test_gtts_speaks_each_piece_and_joins_them(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, [])
    seconds = gtts(fake).synthesize(TEXT, "vi", tmp_path / "s.wav")
    assert fake.texts == split_text(TEXT, 100)
    assert abs(seconds - 1.6) < 0.2  # two 0.8 s answers, decoded and joined by ffmpeg
    assert abs(measured(tmp_path / "s.wav").duration - seconds) < 0.05
    assert not list(tmp_path.glob("*.part"))


def test_gtts_rides_out_a_429_storm_with_bounded_backoff(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, [429, 429, 503, "timeout"])
    gtts(fake).synthesize("xin chào bà con.", "vi", tmp_path / "s.wav")
    assert fake.slept == [1.0, 2.0, 4.0, 8.0]  # doubling from backoff_s
    assert fake.texts == ["xin chào bà con."]


def test_gtts_gives_up_after_its_attempts(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, [429] * 10)
    with pytest.raises(EngineFailed, match=r"failed after 5 attempts \(HTTP 429\)"):
        gtts(fake, backoff_max_s=3.0).synthesize("xin chào.", "vi", tmp_path / "s.wav")
    assert fake.slept == [1.0, 2.0, 3.0, 3.0]  # capped by backoff_max_s
    assert not (tmp_path / "s.wav").exists()


def test_gtts_retries_reset_connections_and_timeouts(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, ["reset", "timeout"])
    assert gtts(fake).synthesize("xin chào.", "vi", tmp_path / "s.wav") > 0.5


def test_gtts_stops_asking_when_the_network_is_down_in_every_process(tmp_path: Path, tone_mp3: bytes) -> None:
    (tmp_path / "audio_out").mkdir()
    fake = FakeGoogle(tone_mp3, ["refused"])
    with pytest.raises(EngineFailed, match="the network is down"):
        gtts(fake, tmp_path).synthesize("xin chào.", "vi", tmp_path / "s.wav")
    assert len(fake.sent_at) == 1 and fake.slept == []  # no retry, no backoff
    other = FakeGoogle(tone_mp3, [])  # another worker process of the same build: a new engine, same store
    with pytest.raises(EngineFailed, match="not asked again"):
        gtts(other, tmp_path).synthesize("xin chào.", "vi", tmp_path / "t.wav")
    assert other.sent_at == []


def test_gtts_waits_as_long_as_retry_after_asks(tmp_path: Path, tone_mp3: bytes) -> None:
    class Busy(FakeGoogle):
        def __call__(self, request: HttpRequest) -> HttpResponse:
            if len(self.sent_at) < 1:
                self.sent_at.append(self.now)
                return HttpResponse(503, b"busy", {"Retry-After": "7"})
            return super().__call__(request)

    fake = Busy(tone_mp3, [])
    assert gtts(fake).synthesize("xin chào.", "vi", tmp_path / "s.wav") > 0.5
    assert fake.slept[0] == 7.0


def test_gtts_does_not_retry_a_rejected_request(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, [400])
    with pytest.raises(EngineFailed, match=r"after 1 attempts \(HTTP 400\)"):
        gtts(fake).synthesize("xin chào.", "vi", tmp_path / "s.wav")


def test_gtts_throttles_requests(tmp_path: Path, tone_mp3: bytes) -> None:
    fake = FakeGoogle(tone_mp3, [])
    gtts(fake, min_interval_s=0.5).synthesize("một. " * 60, "vi", tmp_path / "s.wav")
    gaps = [b - a for a, b in zip(fake.sent_at, fake.sent_at[1:], strict=False)]
    assert len(fake.sent_at) == 3 and all(gap >= 0.5 - 1e-9 for gap in gaps)


def test_gtts_answer_without_audio_is_a_failure(tmp_path: Path, tone_mp3: bytes) -> None:
    class NoAudio(FakeGoogle):
        def __call__(self, request: HttpRequest) -> HttpResponse:
            return HttpResponse(200, b")]}'\n\n[]")

    fake = NoAudio(tone_mp3, [])
    with pytest.raises(EngineFailed, match="without audio"):
        gtts(fake).synthesize("xin chào.", "vi", tmp_path / "s.wav")


class _Slow(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path == "/slow":
            threading.Event().wait(1.0)
        self.send_response(429)
        self.end_headers()
        self.wfile.write(b"busy")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.slow
def test_real_transport_reports_status_timeout_and_refusal(local_server: str) -> None:
    assert urllib_transport(HttpRequest(local_server + "/", b"x", {}, 2.0)).status == 429
    with pytest.raises(TimeoutError):
        urllib_transport(HttpRequest(local_server + "/slow", b"x", {}, 0.2))
    with pytest.raises(ConnectionError):
        urllib_transport(HttpRequest("http://127.0.0.1:9/", b"x", {}, 1.0))


# --- registry, piper ---


def test_unknown_engine_lists_the_choices() -> None:
    with pytest.raises(LoaError, match=r"unknown speech engine 'festival'.*espeak, gtts, piper"):
        make_engine("festival", EngineContext(Settings(), Runner(), Path(".")))


@pytest.mark.slow
def test_piper_speaks_with_a_generated_model(tmp_path: Path) -> None:
    make_voice(tmp_path / "tiny.onnx")
    settings = Settings(piper=PiperSettings(model="tiny.onnx"))
    engine = make_engine("piper", EngineContext(settings, Runner(), tmp_path))
    short = engine.synthesize("xin chào", engine.voice("bac", ""), tmp_path / "a.wav")
    long = engine.synthesize(TEXT, engine.voice("bac", ""), tmp_path / "b.wav")
    assert 0.1 < short < long  # the model's output grows with the phonemes piper sends it
    assert abs(measured(tmp_path / "b.wav").duration - long) < 0.05
    assert engine.identity("tiny.onnx")["engine"] == "piper"


def test_piper_without_a_model_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailable, match="no piper voice model is set") as err:
        make_engine("piper", EngineContext(Settings(), Runner(), tmp_path)).voice("bac", "")
    assert "[piper] model" in err.value.problems[0].fix
    missing = Settings(piper=PiperSettings(model="voices/none.onnx"))
    with pytest.raises(EngineUnavailable, match="this piper voice file is missing"):
        EngineSet(EngineContext(missing, Runner(), tmp_path)).get("piper")
