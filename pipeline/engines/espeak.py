"""espeak-ng, offline: the bundled library (espeakng-loader wheel) or the system binary.

The wheel ships libespeak-ng and its data, so no system package is needed;
we call it through ctypes in synchronous mode and collect the samples.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import io
import re
import threading
import wave
from pathlib import Path
from typing import Any

from ..adapters.pcm import pcm_to_trimmed_wav
from ..adapters.proc import Runner
from ..domain.settings import Settings, SpeechSettings
from ..domain.voice import ESPEAK_VARIANTS, opening_spellings, word_spellings
from ..errors import EngineUnavailable, Problem, ToolFailed
from ..i18n import tr

AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
ESPEAK_CHARS_UTF8 = 1
RATE, PITCH, WORDGAP = 1, 3, 7
CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


@functools.cache
def _misread() -> re.Pattern[str]:
    """An opening with more letters after it, or a whole word (a row ending in `$`)."""
    openings = "|".join(map(re.escape, opening_spellings()))
    words = "|".join(map(re.escape, word_spellings()))
    return re.compile(rf"(?<!\w)(?:({openings})(?=[^\W\d_])|({words})(?![^\W\d_]))", re.IGNORECASE)


def for_the_voice(text: str) -> str:
    """`Dê len xki` -> "Dê len xờ ki", `bão Ya gi` -> "bão Ya di": the openings and words of the script this voice
    would misread, respelled for it; a capital stays a capital."""

    def respell(m: re.Match[str]) -> str:
        found = m.group(1) or m.group(2)
        spelling = (opening_spellings() if m.group(1) else word_spellings())[found.lower()]
        return spelling[:1].upper() + spelling[1:] if found[:1].isupper() else spelling

    return _misread().sub(respell, text)


class EspeakLibrary:
    """libespeak-ng from the espeakng-loader wheel, driven through ctypes."""

    def __init__(self) -> None:
        import espeakng_loader

        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_Info.restype = ctypes.c_char_p
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        self.rate = self.lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(), 0)
        if self.rate <= 0:
            raise ToolFailed(
                Problem(
                    None,
                    None,
                    tr("the bundled espeak-ng library did not start"),
                    tr("reinstall it: pip install --force-reinstall espeakng-loader"),
                )
            )
        self.version = "lib-" + (self.lib.espeak_Info(None) or b"?").decode()
        self.chunks: list[bytes] = []
        self.callback = CALLBACK(self._collect)  # kept alive as long as the library
        self.lib.espeak_SetSynthCallback(self.callback)
        self.lock = threading.Lock()  # the library has one global synthesizer

    def _collect(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self.chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def pcm(self, text: str, voice: str, settings: SpeechSettings) -> tuple[bytes, int]:
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise ToolFailed(
                    Problem(
                        None,
                        None,
                        tr("espeak-ng has no voice '{voice}'", voice=voice),
                        tr("use vi, vi-vn-x-central or vi-vn-x-south"),
                    )
                )
            for parameter, value in (
                (RATE, settings.rate_wpm),
                (PITCH, settings.pitch),
                (WORDGAP, settings.word_gap_ms),
            ):
                self.lib.espeak_SetParameter(parameter, value, 0)
            self.chunks = []
            data = text.encode("utf-8")
            self.lib.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, ESPEAK_CHARS_UTF8, None, None)
            self.lib.espeak_Synchronize()
            return b"".join(self.chunks), self.rate


@functools.lru_cache(maxsize=1)
def shared_library() -> EspeakLibrary:
    """The one EspeakLibrary of this process.

    libespeak-ng keeps global state (one synthesizer, one callback); initializing it
    again for every build crashed it now and then, so it is loaded and initialized once.
    """
    return EspeakLibrary()


class EspeakBinary:
    """The system `espeak-ng` program, when the wheel is not installed."""

    def __init__(self, runner: Runner) -> None:
        self.runner = runner
        done = runner.run(["espeak-ng", "--version"], "reporting its version")
        self.version = "bin-" + done.stdout.decode().split()[3] if len(done.stdout.split()) > 3 else "bin-?"

    def pcm(self, text: str, voice: str, settings: SpeechSettings) -> tuple[bytes, int]:
        args = [
            "espeak-ng",
            "-v",
            voice,
            "-s",
            str(settings.rate_wpm),
            "-p",
            str(settings.pitch),
            "-g",
            str(settings.word_gap_ms),
            "--stdin",
            "--stdout",
        ]
        done = self.runner.run(args, "speaking", stdin=text.encode("utf-8"))
        with wave.open(io.BytesIO(done.stdout)) as wav:
            return wav.readframes(wav.getnframes()), wav.getframerate()


class EspeakEngine:
    """The embedded default engine; voices by dialect: vi, vi-vn-x-central, vi-vn-x-south.

    The `espeak-ng` program is preferred when installed: each item is spoken by a fresh
    process, so the same text always gives the same audio, whichever worker renders it.
    The library keeps state from one utterance to the next (its output drifts by a few
    samples), so it is the fallback for machines without the program.
    """

    name = "espeak"

    def __init__(self, settings: Settings, runner: Runner) -> None:
        self.settings = settings.speech
        self.dialect_voices = settings.dialect_voices
        self.backend: EspeakLibrary | EspeakBinary
        try:
            self.backend = EspeakBinary(runner)
        except ToolFailed as missing:
            try:
                self.backend = shared_library()
            except (ImportError, OSError):
                raise EngineUnavailable(*missing.problems) from None

    def voice(self, dialect: str, override: str) -> str:
        """The station's own voice if it names one, else the dialect's (vi, vi-vn-x-central, vi-vn-x-south)."""
        return override or self.dialect_voices.get(dialect, "vi")

    def styled(self, voice: str, choice: str, rate: int) -> str:
        """The dialect's voice with a man's or a woman's variant (`vi-vn-x-south+f3`), and `@wpm` for a speed of
        its own (espeak-ng names have no '@'); a piper model is not an espeak-ng voice: the dialect's stays."""
        variant = ESPEAK_VARIANTS.get(choice)
        styled = f"{voice.partition('+')[0]}+{variant}" if variant else voice
        return f"{styled}@{rate}" if rate else styled

    def identity(self, voice: str) -> dict[str, str]:
        name, settings = self._speaking(voice)
        return {
            "engine": self.name,
            "version": self.backend.version,
            "voice": name,
            "rate": str(settings.rate_wpm),
            "pitch": str(settings.pitch),
            "gap": str(settings.word_gap_ms),
        }

    def spelled(self, text: str) -> str:
        return for_the_voice(text)

    def synthesize(self, text: str, voice: str, dst: Path) -> float:
        name, settings = self._speaking(voice)
        pcm, rate = self.backend.pcm(self.spelled(text), name, settings)
        return pcm_to_trimmed_wav(pcm, rate, dst)

    def _speaking(self, voice: str) -> tuple[str, SpeechSettings]:
        """The espeak-ng voice name, and the settings with the speed a styled voice asks for."""
        name, _, rate = voice.partition("@")
        return name, dataclasses.replace(self.settings, rate_wpm=int(rate)) if rate.isdigit() else self.settings
