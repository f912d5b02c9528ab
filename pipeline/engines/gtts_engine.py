"""Google's online voice through gTTS, made to survive bad networks.

Only this module imports gtts, and only to build request bodies in the
service's format; sending goes through a transport (the seam tests replace),
with a timeout on every request, bounded exponential backoff on 429, 5xx,
timeouts and refused connections, and throttling between requests. Each
returned MP3 part is written to a temporary name and renamed; the parts are
decoded and joined by ffmpeg, never glued as bytes.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..adapters import ffmpeg as audio
from ..adapters.clock import Clock
from ..adapters.http import HttpRequest, NetworkDown, Transport, UrllibTransport
from ..adapters.pcm import trim_wav
from ..adapters.proc import Runner
from ..domain.settings import GttsSettings
from ..errors import EngineFailed, EngineUnavailable, Problem
from ..i18n import N_, tr
from .context import EngineContext

OFFLINE_FIX = N_("check the internet connection; the next engine in speech.engines speaks meanwhile")
AUDIO_LINE = re.compile(r'jQ1olc","\[\\"(.*?)\\"]')  # where the service puts the base64 MP3
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
CLAUSE_END = re.compile(r"(?<=[,;:])\s+")


@dataclass(frozen=True)
class Breaker:
    """Remembers, for every process of a build, that the network was down: a file in the store.

    Without it, each item of an offline build would retry with backoff before falling
    back (minutes per item). Once tripped, the engine fails at once for `hold_s` seconds,
    so the next engine in the chain speaks; a later build tries the network again.
    """

    path: Path | None  # None: remembered by nobody (each request is tried)
    hold_s: float = 600.0
    now: Callable[[], float] = time.time

    def open_reason(self) -> str | None:
        if self.path is None:
            return None
        try:
            stamp, reason = self.path.read_text(encoding="utf-8").split("\n", 1)
            return reason if 0 <= self.now() - float(stamp) < self.hold_s else None
        except (OSError, ValueError):
            return None

    def trip(self, reason: str) -> None:
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(f".tmp-{os.getpid()}-{self.path.name}")
            temp.write_text(f"{self.now()}\n{reason}", encoding="utf-8")
            os.replace(temp, self.path)


NO_BREAKER = Breaker(None)


def retry_after(headers: Mapping[str, str]) -> float:
    """Seconds the service asks us to wait (Retry-After: seconds or an HTTP date); 0 when it does not say."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), "").strip()
    if value.isdigit():
        return float(value)
    with contextlib.suppress(TypeError, ValueError, IndexError):
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, (when - datetime.now(when.tzinfo)).total_seconds())
    return 0.0


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at sentence ends, then clauses, then spaces (never mid-word)."""
    pieces: list[str] = []
    for sentence in SENTENCE_END.split(text.replace("\n", " ").strip()):
        for clause in _fit(sentence, CLAUSE_END, limit):
            pieces += _fit(clause, re.compile(r"\s+"), limit)
    return _pack([p for p in pieces if p.strip()], limit)


def _fit(text: str, boundary: re.Pattern[str], limit: int) -> list[str]:
    return [text] if len(text) <= limit else [p for p in boundary.split(text) if p]


def _pack(pieces: list[str], limit: int) -> list[str]:
    """Join neighbouring pieces while they fit: fewer requests, same cut points."""
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + 1 + len(piece) <= limit:
            packed[-1] += " " + piece
        else:
            packed.append(piece)
    return packed


def audio_from_answer(body: bytes) -> bytes:
    """The MP3 bytes inside the service's answer."""
    found = AUDIO_LINE.search(body.decode("utf-8", errors="replace"))
    if not found:
        raise EngineFailed(
            Problem(
                None,
                None,
                tr("Google TTS answered without audio"),
                tr("try again later; the next engine in speech.engines is used meanwhile"),
            )
        )
    return base64.b64decode(found.group(1))


class GttsEngine:
    """Engine "gtts": Vietnamese from Google Translate's voice (needs internet)."""

    name = "gtts"

    def __init__(
        self,
        settings: GttsSettings,
        runner: Runner,
        transport: Transport,
        clock: Clock,
        breaker: Breaker = NO_BREAKER,
    ) -> None:
        try:
            import gtts
        except ImportError:
            raise EngineUnavailable(
                Problem(None, None, tr("the gtts package is not installed"), tr("pip install gtts"))
            ) from None
        self.gtts, self.settings, self.runner = gtts, settings, runner
        self.transport, self.clock, self.breaker = transport, clock, breaker
        self.last_request = -1e9
        self.requests = 0

    @classmethod
    def from_context(cls, ctx: EngineContext) -> GttsEngine:
        breaker = Breaker(
            ctx.workspace / "audio_out" / ".gtts-offline" if (ctx.workspace / "audio_out").is_dir() else None
        )
        return cls(ctx.settings.gtts, ctx.runner, ctx.transport or UrllibTransport(), ctx.clock, breaker)

    def voice(self, dialect: str, override: str) -> str:
        return override or "vi"  # one Vietnamese voice; the language code is its name

    def styled(self, voice: str, choice: str, rate: int) -> str:
        return voice  # Google's one voice, at its one speed

    def identity(self, voice: str) -> dict[str, str]:
        return {"engine": self.name, "version": self.gtts.__version__, "voice": voice, "tld": self.settings.tld}

    def spelled(self, text: str) -> str:
        return text  # no respelling known for this voice

    def synthesize(self, text: str, voice: str, dst: Path) -> float:
        parts = []
        for index, piece in enumerate(split_text(text, self.settings.chunk_chars)):
            part = dst.with_name(f"{dst.stem}-{index:03d}.mp3")
            temp = part.with_suffix(".part")
            temp.write_bytes(audio_from_answer(self._send(self._request(piece, voice))))
            temp.replace(part)  # a failed call never leaves a truncated part behind a real name
            parts.append(part)
        if not parts:
            raise EngineFailed(Problem(None, None, tr("there was no text to speak"), tr("check the announcement")))
        audio.decode_joined(self.runner, parts, dst, dst.with_suffix(".ffconcat"))
        return trim_wav(dst)

    def _request(self, piece: str, voice: str) -> HttpRequest:
        body = self.gtts.gTTS(piece, lang=voice, lang_check=False, tld=self.settings.tld).get_bodies()[0]
        url = f"https://translate.google.{self.settings.tld}/_/TranslateWebserverUi/data/batchexecute"
        return HttpRequest(
            url,
            body.encode() if isinstance(body, str) else body,
            self.gtts.gTTS.GOOGLE_TTS_HEADERS,
            self.settings.timeout_s,
        )

    def _send(self, request: HttpRequest) -> bytes:
        """One request with throttling and bounded exponential backoff; EngineFailed when attempts run out."""
        s = self.settings
        reason, wait = "", 0.0
        for attempt in range(max(1, s.attempts)):
            self._check_breaker()
            if attempt:
                self.clock.sleep(min(max(wait, s.backoff_s * 2 ** (attempt - 1)), s.backoff_max_s))
            self._throttle()
            try:
                answer = self.transport.send(request)
            except NetworkDown as err:
                self.breaker.trip(str(err))
                raise EngineFailed(
                    Problem(None, None, tr("Google TTS: the network is down ({err})", err=err), tr(OFFLINE_FIX))
                ) from None
            except (TimeoutError, ConnectionError) as err:
                reason = f"{type(err).__name__}: {err}"
                continue
            if answer.status == 200:
                return answer.body
            reason, wait = f"HTTP {answer.status}", retry_after(answer.headers)
            if answer.status != 429 and answer.status < 500:
                break  # 4xx other than 429 will not get better by asking again
        what = tr("Google TTS failed after {attempt} attempts ({reason})", attempt=attempt + 1, reason=reason)
        raise EngineFailed(
            Problem(
                None,
                None,
                what,
                tr("check the internet connection; the next engine in speech.engines is used meanwhile"),
            )
        )

    def _check_breaker(self) -> None:
        down = self.breaker.open_reason()
        if down is not None:
            raise EngineFailed(
                Problem(
                    None,
                    None,
                    tr("Google TTS: the network was down a moment ago ({down}); not asked again", down=down),
                    tr(OFFLINE_FIX),
                )
            )

    def _throttle(self) -> None:
        wait = self.last_request + self.settings.min_interval_s - self.clock.monotonic()
        if wait > 0:
            self.clock.sleep(wait)
        self.last_request = self.clock.monotonic()
        self.requests += 1
