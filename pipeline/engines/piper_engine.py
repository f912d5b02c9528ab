"""piper: a neural voice from a model the user downloaded (optional extra `loa[piper]`).

The workspace names the model in loa.toml (`[piper] model = "voices/x.onnx"`,
with `x.onnx.json` beside it); a station may name another with `voice:`.
Nothing is downloaded at run time.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from ..adapters.files import sha256_file
from ..adapters.pcm import trim_wav
from ..domain.settings import PiperSettings
from ..domain.voice import is_piper
from ..errors import EngineFailed, EngineUnavailable, Problem
from ..i18n import N_, tr

MODEL_FIX = N_(
    "download a voice (e.g. vi_VN-vais1000-medium.onnx and its .onnx.json) into voices/ "
    "and set [piper] model in loa.toml"
)


class PiperEngine:
    """Engine "piper"; models are loaded once and kept for the build."""

    name = "piper"

    def __init__(self, settings: PiperSettings, workspace: Path, default_rate: int = 115) -> None:
        try:
            import piper
        except ImportError:
            raise EngineUnavailable(
                Problem(
                    None, None, tr("piper is not installed"), tr("pip install 'loa[piper]' (or: pip install piper-tts)")
                )
            ) from None
        self.piper, self.settings, self.workspace = piper, settings, workspace.resolve()
        self.default_rate = default_rate  # [speech] rate_wpm: an announcement's rate is read relative to it
        self.voices: dict[str, Any] = {}
        self.checksums: dict[str, str] = {}
        if settings.model:
            self._model(settings.model)  # check the default model now, not halfway through a build

    def voice(self, dialect: str, override: str) -> str:
        if not (override or self.settings.model):
            fix = tr(MODEL_FIX) + tr(" (or give the station voices: {{piper: ...}})")
            raise EngineUnavailable(Problem(self.workspace / "loa.toml", None, tr("no piper voice model is set"), fix))
        return override or self.settings.model

    def styled(self, voice: str, choice: str, rate: int) -> str:
        """The announcement's piper model if it chose one, with `@scale` when it asks for a speed of its own: the
        length scale stretched by the district's speed over the one asked (a man's or woman's voice is a model)."""
        voice = choice if is_piper(choice) else voice
        return f"{voice}@{self.settings.length_scale * self.default_rate / rate:.3f}" if rate else voice

    def identity(self, voice: str) -> dict[str, str]:
        version = getattr(self.piper, "__version__", "") or _package_version()
        model, scale = self._speaking(voice)
        return {"engine": self.name, "version": version, "model": self._checksum(model), "length_scale": scale}

    def spelled(self, text: str) -> str:
        return text  # no respelling known for this voice

    def synthesize(self, text: str, voice: str, dst: Path) -> float:
        from piper import SynthesisConfig

        model, scale = self._speaking(voice)
        config = SynthesisConfig(length_scale=float(scale))
        try:
            with wave.open(str(dst), "wb") as wav:
                self._model(model).synthesize_wav(text, wav, syn_config=config)
        except Exception as err:  # onnxruntime raises its own types; any is a failure of this item
            raise EngineFailed(
                Problem(
                    None,
                    None,
                    tr("piper could not speak with {voice} ({err})", voice=voice, err=err),
                    tr("check the model files, or use another engine"),
                )
            ) from None
        return trim_wav(dst)

    def _speaking(self, voice: str) -> tuple[str, str]:
        """The model's path and the length scale (as text, for the key) of a styled voice."""
        model, _, scale = voice.partition("@")
        return model, scale or str(self.settings.length_scale)

    def _model(self, name: str) -> Any:
        if name not in self.voices:
            model = self._path(name)
            try:
                self.voices[name] = self.piper.PiperVoice.load(model)
            except Exception as err:  # a damaged model: say which file
                raise EngineUnavailable(
                    Problem(model, None, tr("piper could not load this voice model ({err})", err=err), tr(MODEL_FIX))
                ) from None
        return self.voices[name]

    def _path(self, name: str) -> Path:
        model = (self.workspace / name).resolve()
        if not model.is_relative_to(self.workspace):
            raise EngineUnavailable(
                Problem(
                    self.workspace / "loa.toml",
                    None,
                    tr("the piper model '{name}' is outside the workspace", name=name),
                    tr(MODEL_FIX),
                )
            )
        for needed in (model, model.with_name(model.name + ".json")):
            if not needed.is_file():
                raise EngineUnavailable(Problem(needed, None, tr("this piper voice file is missing"), tr(MODEL_FIX)))
        return model

    def _checksum(self, name: str) -> str:
        if name not in self.checksums:
            model = self._path(name)
            self.checksums[name] = sha256_file(model)[:16] + sha256_file(model.with_name(model.name + ".json"))[:16]
        return self.checksums[name]


def _package_version() -> str:
    from importlib.metadata import version

    return version("piper-tts")
