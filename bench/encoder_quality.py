"""What LAME's quality setting (ffmpeg's `compression_level`) costs and changes, on what Loa airs.

Builds the sample workspace (the Quick start's day) cold and keeps, for each mastered item, the limited
PCM its final encode read and that encode's make-up gain and padding. Each item is then encoded as
Loa encodes it (64 kbit/s mono CBR, no Xing header) at LAME's default quality and at each level of
LEVELS, the MP3 decoded and compared with the exact PCM the encoder was given (gain and padding
applied, float), aligned on the codec's delay:

  cpu       CPU seconds of the encoder process, all items
  snr       signal to coding-noise ratio, dB, whole band
  band snr  the same in 200 Hz-8 kHz, where a horn sounds (8th-order brick wall in the FFT)
  lsd       log-spectral distance, dB: per 46 ms frame (speech frames only), the RMS over the
            200 Hz-8 kHz bins of the decoded spectrum's dB difference from the source's
  fwseg     frequency-weighted segmental SNR (Hu & Loizou 2008, a speech-quality predictor): per frame,
            per 1/3-octave band of 200 Hz-8 kHz, the band's SNR of magnitudes, clipped to -10..35 dB, weighted
            by the band's level to the power 0.2; the mean over speech frames
  third     the largest long-term 1/3-octave band level difference, dB, 200 Hz-8 kHz
  lufs, tp  the MP3's integrated loudness and true peak (ebur128), what the build's guarantees read

Run: .venv/bin/python -m bench.encoder_quality [--levels 2 5 7 9]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.adapters import ffmpeg as audio
from pipeline.build.steps import build

from .province import DAY

ROOT = Path(__file__).resolve().parent.parent
RATE = 44100
LOW, HIGH = 200.0, 8000.0


@dataclass(frozen=True)
class Kept:
    """One item's final encode: its limited PCM (copied), make-up gain and padding."""

    name: str
    pcm: Path
    gain_db: float
    pad: float


def keep_encodes(work: Path) -> list[Kept]:
    """Build the sample day cold, keeping each item's last encode's input."""
    root = work / "sample"
    root.mkdir()
    for name in ("loa.toml", "stations.yaml", "scripts_vi", "jingles"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    kept: dict[str, Kept] = {}
    original = audio.round_all

    def keeping(runner: object, step: audio.Round, settings: object) -> object:
        for item in step.encodes:  # a round's encodes (it may limit and measure other items as well)
            name = item.dst.name
            copy = work / f"{len(kept):03d}.wav"
            shutil.copy(item.src, copy)
            kept[name] = Kept(dict(item.tags).get("title", name), copy, item.gain_db, item.pad)
        return original(runner, step, settings)  # type: ignore[arg-type]

    audio.round_all = keeping  # type: ignore[assignment]
    try:
        build(root, DAY)
    finally:
        audio.round_all = original
    return list(kept.values())


def children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def ffmpeg(args: list[str]) -> str:
    done = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-nostdin", "-y", *args], capture_output=True)
    if done.returncode:
        raise RuntimeError(done.stderr.decode()[-2000:])
    return done.stderr.decode("utf-8", "replace")


def chain(item: Kept) -> str:
    """The encode pass's filter (passes._encoded)."""
    audio_filter = f"volume={item.gain_db:.3f}dB"
    if item.pad > 0:
        audio_filter += f",adelay={int(item.pad * 1000)},apad=pad_dur={item.pad:.3f}"
    return audio_filter


def encode(item: Kept, level: int | None, dst: Path) -> float:
    """CPU seconds to encode `item` as Loa does, at LAME quality `level` (None: its default)."""
    quality = [] if level is None else ["-compression_level", str(level)]
    before = children_cpu()
    ffmpeg(["-i", str(item.pcm), "-af", chain(item), "-ac", "1", "-ar", str(RATE), "-c:a", "libmp3lame",
            "-b:a", "64k", *quality, "-map_metadata", "-1", "-id3v2_version", "3", "-write_xing", "0", "-f", "mp3",
            str(dst)])  # fmt: skip
    return children_cpu() - before


def pcm(args: list[str], dst: Path) -> np.ndarray:
    ffmpeg([*args, "-ac", "1", "-ar", str(RATE), "-f", "f32le", str(dst)])
    return np.fromfile(dst, dtype=np.float32).astype(np.float64)


def aligned(ref: np.ndarray, dec: np.ndarray) -> np.ndarray:
    """`dec` shifted by the codec delay (found by cross-correlation, up to 4096 samples) to match `ref`."""
    n = min(len(ref), RATE * 10)
    size = 1 << int(np.ceil(np.log2(2 * n + 4096)))
    corr = np.fft.irfft(np.fft.rfft(dec[: n + 4096], size) * np.conj(np.fft.rfft(ref[:n], size)), size)
    lag = int(np.argmax(corr[:4096]))
    out = dec[lag : lag + len(ref)]
    return np.pad(out, (0, len(ref) - len(out)))


def band(signal: np.ndarray) -> np.ndarray:
    spectrum = np.fft.rfft(signal)
    freqs = np.fft.rfftfreq(len(signal), 1 / RATE)
    spectrum[(freqs < LOW) | (freqs > HIGH)] = 0
    return np.fft.irfft(spectrum, len(signal))


def snr(ref: np.ndarray, dec: np.ndarray) -> float:
    return float(10 * np.log10(np.sum(ref**2) / max(np.sum((dec - ref) ** 2), 1e-20)))


def frames(signal: np.ndarray, size: int = 2048) -> np.ndarray:
    count = len(signal) // size
    window = np.hanning(size)
    return np.abs(np.fft.rfft(signal[: count * size].reshape(count, size) * window, axis=1)) ** 2


def lsd(ref: np.ndarray, dec: np.ndarray) -> float:
    """Log-spectral distance over speech frames (within 40 dB of the loudest), 200 Hz-8 kHz."""
    r, d = frames(ref), frames(dec)
    freqs = np.fft.rfftfreq(2048, 1 / RATE)
    keep = (freqs >= LOW) & (freqs <= HIGH)
    energy = r[:, keep].sum(axis=1)
    speech = energy > energy.max() * 1e-4
    diff = 10 * np.log10(d[speech][:, keep] + 1e-12) - 10 * np.log10(r[speech][:, keep] + 1e-12)
    return float(np.mean(np.sqrt(np.mean(diff**2, axis=1))))


def third_octaves(ref: np.ndarray, dec: np.ndarray) -> float:
    """Largest long-term 1/3-octave band level difference, dB, 200 Hz-8 kHz."""
    r, d = frames(ref).sum(axis=0), frames(dec).sum(axis=0)
    freqs = np.fft.rfftfreq(2048, 1 / RATE)
    worst, centre = 0.0, LOW
    while centre <= HIGH:
        sel = (freqs >= centre / 2 ** (1 / 6)) & (freqs < centre * 2 ** (1 / 6))
        if sel.any() and r[sel].sum() > 0:
            worst = max(worst, abs(float(10 * np.log10(d[sel].sum() / r[sel].sum()))))
        centre *= 2 ** (1 / 3)
    return worst


def fwseg(ref: np.ndarray, dec: np.ndarray) -> float:
    """Frequency-weighted segmental SNR over speech frames, 1/3-octave bands of 200 Hz-8 kHz."""
    r, d = np.sqrt(frames(ref)), np.sqrt(frames(dec))
    freqs = np.fft.rfftfreq(2048, 1 / RATE)
    edges = LOW * 2 ** (np.arange(0, 17) / 3 - 1 / 6)
    rb = np.stack([r[:, (freqs >= a) & (freqs < b)].sum(axis=1) for a, b in itertools.pairwise(edges)], 1)
    db = np.stack([d[:, (freqs >= a) & (freqs < b)].sum(axis=1) for a, b in itertools.pairwise(edges)], 1)
    speech = rb.sum(axis=1) > rb.sum(axis=1).max() * 1e-2
    rb, db = rb[speech], db[speech]
    band_snr = np.clip(10 * np.log10(rb**2 / np.maximum((rb - db) ** 2, 1e-20)), -10, 35)
    weight = rb**0.2
    return float(np.mean((weight * band_snr).sum(axis=1) / weight.sum(axis=1)))


def loudness(mp3: Path) -> tuple[float, float]:
    log = ffmpeg(["-i", str(mp3), "-af", "ebur128=peak=true", "-f", "null", "-"])
    summary = log[log.rindex("Summary:") :]
    lufs = float(summary.split("I:")[1].split("LUFS")[0])
    peak = float(summary.split("Peak:")[1].split("dBFS")[0])
    return lufs, peak


def compare(item: Kept, level: int | None, work: Path) -> tuple[float, ...]:
    mp3 = work / "x.mp3"
    used = encode(item, level, mp3)
    ref = pcm(["-i", str(item.pcm), "-af", chain(item)], work / "ref.f32")
    dec = aligned(ref, pcm(["-i", str(mp3)], work / "dec.f32"))
    figures = (snr(ref, dec), snr(band(ref), band(dec)), lsd(ref, dec), third_octaves(ref, dec), *loudness(mp3))
    return (used, *figures, fwseg(ref, dec))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--levels", type=int, nargs="*", default=[2, 5, 7, 9])
    args = parser.parse_args()
    levels: list[int | None] = [None, *args.levels]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        items = keep_encodes(work)
        seconds = sum(len(np.fromfile(i.pcm, dtype=np.int16)) / RATE for i in items)
        print(f"{len(items)} items of the sample, {seconds:.0f} s of limited PCM")
        rows = {level: [compare(item, level, work) for item in items] for level in levels}
        print(f"{'level':8} {'cpu s':>6} {'snr':>6} {'band snr':>8} {'lsd':>5} {'third':>5} {'fwseg':>5}   worst per item: "
              f"{'band snr':>8} {'lsd':>5} {'third':>5} {'tp':>5}  lufs moved, worst fwseg")  # fmt: skip
        base = rows[None]
        for level, row in rows.items():
            cols = np.array(row)
            moved = max(abs(r[5] - b[5]) for r, b in zip(row, base, strict=True))
            print(f"{'default' if level is None else level!s:8} {cols[:, 0].sum():6.2f} {cols[:, 1].mean():6.1f} "
                  f"{cols[:, 2].mean():8.1f} {cols[:, 3].mean():5.2f} {cols[:, 4].mean():5.2f} {cols[:, 7].mean():5.1f}   {'':16}"
                  f"{cols[:, 2].min():8.1f} {cols[:, 3].max():5.2f} {cols[:, 4].max():5.2f} {cols[:, 6].max():5.1f}"
                  f"  {moved:.1f}  fwseg {cols[:, 7].min():.1f}")  # fmt: skip
        print("per item (fwseg / band snr / tp, default then each level):")
        for n, item in enumerate(items):
            figures = "  ".join(f"{rows[lv][n][7]:4.1f}/{rows[lv][n][2]:4.1f}/{rows[lv][n][6]:4.1f}" for lv in levels)
            print(f"  {item.name[:28]:28} {figures}")


if __name__ == "__main__":
    main()
