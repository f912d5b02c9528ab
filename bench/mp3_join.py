"""Does a concat-demuxer input of MP3s decode to the same samples as each MP3 alone? (issue 31, goal 2)

Decodes each MP3 alone to PCM and all of them joined once (plainly, then with a silent separator of three
all-zero MP3 frames listed between files), cuts the joined PCM at each file's own decoded length and compares
the bytes. The encoder writes no Xing/LAME header (passes.encode_all), so nothing is skipped at a file's start:
what differs joined is the decoder's IMDCT overlap and synthesis filterbank carried from the previous file's tail.

Run: .venv/bin/python -m bench.mp3_join [--format f32le|s16le] FILE.mp3 ...
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import numpy as np

# MPEG-1 Layer III, 64 kb/s, 44.1 kHz, mono, no CRC; 208 bytes; side info and main data all zero: silence, and a
# decoder's state after it is a fresh decoder's (main_data_begin 0, nothing to overlap, a filterbank of zeros).
SILENT_FRAME = bytes([0xFF, 0xFB, 0x50, 0xC0]) + bytes(204)
SEPARATOR_FRAMES = 3  # ffmpeg's mp3 probe wants more than one frame in a file


def decoded(args: list[str], fmt: str) -> np.ndarray:
    out = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", *args, "-f", fmt, "-acodec", f"pcm_{fmt}", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return np.frombuffer(out, np.float32 if fmt == "f32le" else np.int16)


def joined(paths: list[Path], separator: Path | None, fmt: str, scratch: Path) -> np.ndarray:
    entries = []
    for path in paths:
        entries += [f"file 'file:{path.resolve()}'", "option format_whitelist mp3"]
        entries += [f"file 'file:{separator}'", "option format_whitelist mp3"] if separator else []
    listing = scratch / "list.txt"
    listing.write_text("ffconcat version 1.0\n" + "\n".join(entries) + "\n", encoding="utf-8")
    return decoded(["-f", "concat", "-safe", "0", "-i", str(listing)], fmt)


def compare(paths: list[Path], alone: list[np.ndarray], whole: np.ndarray, gap: int) -> int:
    """How many files' samples differ joined; each one's difference printed."""
    differing, at = 0, 0
    for path, own in zip(paths, alone, strict=True):
        cut = whole[at : at + len(own)]
        at += len(own) + gap
        if cut.tobytes() == own.tobytes():
            continue
        differing += 1
        n = min(len(cut), len(own))
        where = np.nonzero(cut[:n] != own[:n])[0]
        worst = float(np.max(np.abs(cut[:n].astype(np.float64) - own[:n]))) if n else 0.0
        print(f"  {path.name}: {len(own)} samples alone, {len(cut)} joined; {len(where)} differ "
              f"(samples {where[:1]}..{where[-1:]}), max abs {worst:.3g}")  # fmt: skip
    print(f"  {len(paths)} files, {sum(len(a) for a in alone)} samples alone, {len(whole) - gap * len(paths)} joined")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--format", default="f32le", choices=("f32le", "s16le"))
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    alone = [decoded(["-f", "mp3", "-i", f"file:{p.resolve()}"], args.format) for p in args.files]
    with tempfile.TemporaryDirectory() as scratch:
        separator = Path(scratch) / "silence.mp3"
        separator.write_bytes(SILENT_FRAME * SEPARATOR_FRAMES)
        gap = len(decoded(["-f", "mp3", "-i", f"file:{separator}"], args.format))
        for name, between, step in (("plain", None, 0), ("with separator", separator, gap)):
            print(f"{name}:")
            bad = compare(args.files, alone, joined(args.files, between, args.format, Path(scratch)), step)
            print(f"  differing files: {bad}")


if __name__ == "__main__":
    main()
