"""Mastering in batches: one ffmpeg process per pass for many items, each item's audio as if made alone."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import pytest

from pipeline.adapters import ffmpeg as audio
from pipeline.adapters.ffmpeg import passes
from pipeline.adapters.ffmpeg.logs import by_instance
from pipeline.adapters.proc import Runner
from pipeline.backends import InProcess
from pipeline.domain.segments import Recording
from pipeline.domain.settings import AudioSettings, Settings
from pipeline.render import mastering, renderer
from pipeline.render.jobs import RenderJob, SpeechJob, Voice
from pipeline.render.mastering import Item

from ..conftest import Kit, Recorder, measured, reference_true_peak, tone


def noise(path: Path, seconds: float, amplitude: float, color: str = "pink") -> Path:
    source = f"anoisesrc=color={color}:amplitude={amplitude}:duration={seconds}:sample_rate=44100"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, str(path)], check=True)
    return path


def sources(folder: Path) -> list[Path]:
    """Four recordings unlike each other: quiet and loud, noise and tones, short and long."""
    return [
        noise(folder / "a.wav", 3.0, 0.02),
        tone(folder / "b.wav", 6.0, -3.0, freq=700),
        noise(folder / "c.wav", 12.0, 0.4, color="white"),
        tone(folder / "d.wav", 1.5, -30.0, freq=300),
    ]


def recording_jobs(kit: Kit, paths: list[Path]) -> list:  # type: ignore[type-arg]
    return [kit.jobs.job(Recording("thu", p.stem, None, str(p))) for p in paths]


@pytest.mark.slow
def test_a_batch_makes_the_same_bytes_as_one_item_at_a_time(tmp_path: Path) -> None:
    paths = sources(tmp_path)
    together, alone = Kit(tmp_path / "t", Settings()), Kit(tmp_path / "a", Settings())
    batch = together.renderer.make_all(recording_jobs(together, paths))
    singles = [alone.make(job) for job in recording_jobs(alone, paths)]
    assert [m.stored.path.read_bytes() for m in batch] == [s.path.read_bytes() for s in singles]  # type: ignore[union-attr]


@pytest.mark.slow
def test_every_item_of_a_batch_reaches_the_target_under_the_ceiling(tmp_path: Path) -> None:
    kit = Kit(tmp_path, Settings())
    outcomes = InProcess(kit.renderer).render(recording_jobs(kit, sources(tmp_path)))
    for outcome in outcomes:
        assert outcome.stored is not None
        m = measured(outcome.stored.path)  # measured again, alone: the batch's figures are the file's
        assert m == outcome.stored.measure
        assert abs(m.lufs + 16.0) <= 0.5 and reference_true_peak(outcome.stored.path) <= -1.5


@pytest.mark.slow
def test_a_batch_spends_one_process_per_pass_not_per_item(tmp_path: Path) -> None:
    kit = Kit(tmp_path, Settings())
    kit.renderer.runner = recorder = Recorder()
    kit.renderer.make_all(recording_jobs(kit, sources(tmp_path)))
    per_item = ("probing", "decoding")  # each recording is probed, then decoded as its container, on its own
    passes = [what for what in recorder.done if not what.startswith(per_item)]
    assert passes[:4] == ["analysing 4 items", "limiting 4 items", "encoding 4 items", "measuring"]
    assert len(passes) <= 7  # then only the items that missed: here at most one more limit, encode and measure


def spoken(kit: Kit, count: int) -> list[RenderJob]:
    """`count` short espeak items (about a second each), each its own file."""
    espeak = kit.renderer.engines.get("espeak")
    voice = espeak.voice("bac", "")
    words = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
    return [SpeechJob(f"Số {w}.", "bac", (Voice("espeak", voice, f"k{n}"),), (("title", w),)) for n, w in
            enumerate(words[:count])]  # fmt: skip


class ScratchWatcher(Recorder):
    """A recorder that also notes how many WAVs the renderer's scratch holds when each analysing pass starts."""

    def __init__(self, work: Path) -> None:
        super().__init__()
        self.work, self.scratch = work, []  # type: list[int]

    def run(self, args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        if what.startswith("analysing"):
            self.scratch.append(len(list(self.work.rglob("*.wav"))))
        return super().run(args, what, stdin)


@pytest.mark.slow
def test_a_builds_jobs_share_each_pass_however_many_they_are(tmp_path: Path) -> None:
    kit = Kit(tmp_path, Settings())
    kit.renderer.runner = recorder = Recorder()
    outcomes = InProcess(kit.renderer).render(spoken(kit, 10))  # more jobs than a batch of 8 used to hold
    assert all(o.stored is not None for o in outcomes)
    assert [what for what in recorder.done if what.startswith("analysing")] == ["analysing 10 items"]


@pytest.mark.slow
def test_groups_are_mastered_as_they_fill_and_their_scratch_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(renderer, "BATCH_SECONDS", 2.0)  # each group holds two or three of the items
    kit = Kit(tmp_path, Settings())
    kit.renderer.runner = watcher = ScratchWatcher(tmp_path / "audio_out" / ".work")
    outcomes = InProcess(kit.renderer).render(spoken(kit, 6))
    assert all(o.stored is not None for o in outcomes)
    assert len(watcher.scratch) >= 2 and max(watcher.scratch) <= 3  # only the group being mastered has WAVs
    assert not list((tmp_path / "audio_out" / ".work").rglob("*.wav"))


def test_each_item_is_read_from_its_own_lines_of_a_shared_log(tmp_path: Path) -> None:
    quiet, loud = tone(tmp_path / "q.wav", 2.0, -30.0), tone(tmp_path / "l.wav", 4.0, -6.0)
    both = audio.measure_all(Runner(), [quiet, loud])
    assert both == [measured(quiet), measured(loud)]
    assert both[0].lufs < both[1].lufs - 20 and (both[0].duration, both[1].duration) == (2.0, 4.0)


def test_encoded_mp3s_are_measured_inside_one_graph_as_each_file_alone(tmp_path: Path) -> None:
    folder = tmp_path / "it's [a], b; c=d:e"  # every character the graph's syntax gives a meaning to
    folder.mkdir()
    sources = [tone(folder / "q.wav", 2.0, -30.0), noise(folder / "n.wav", 3.0, 0.3)]
    mp3s = [folder / "q,1.mp3", folder / "n[2].mp3"]
    encodes = [passes.Encode(src, dst, 0.0, 0.5, ()) for src, dst in zip(sources, mp3s, strict=True)]
    audio.encode_all(Runner(), encodes, AudioSettings())
    runner = Recorder()
    inside = passes.measure_encoded(runner, mp3s)
    assert inside == [measured(p) for p in mp3s]  # as one file alone through an -i input
    assert inside[0].duration == pytest.approx(3.0, abs=0.06) and inside[0].sample_rate == 44100
    args = runner.args[0]
    graph = args[args.index("-filter_complex") + 1]
    assert "-i" not in args and graph.count("amovie=") == 1 and "format_name=concat" in graph  # one, no threads


def test_a_files_length_is_counted_by_volumedetect_not_the_costlier_astats(tmp_path: Path) -> None:
    # astats computed its 25 statistics to give the sample count alone: 0.68 CPU s against 0.39 for 10 minutes of MP3
    silent = tmp_path / "s.wav"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=22050:cl=stereo", "-t", "1.5",
                    str(silent)], check=True)  # fmt: skip
    runner = Recorder()
    found = audio.measure_all(runner, [tone(tmp_path / "t.wav", 2.0, -12.0, channels=2), silent])
    assert [(m.duration, m.channels) for m in found] == [(2.0, 2), (1.5, 2)]
    graph = runner.args[0][runner.args[0].index("-filter_complex") + 1]
    assert graph.count("volumedetect@") == 2 and graph.count("astats@") == 2  # astats only for the true peak:
    assert graph.count("measure_overall=Peak_level") == 2


@pytest.mark.slow
def test_the_true_peak_meter_reads_as_ebur128s_peak_true_on_full_band_noise_at_any_rate(tmp_path: Path) -> None:
    # White noise is the hardest case for a short interpolating filter (it under-reads what lies near Nyquist); the
    # meter is 4x each file's own rate, though the graph is built before the rate is known (asetrate only relabels)
    wav, full, mp3 = tmp_path / "w.wav", tmp_path / "n.wav", tmp_path / "n.mp3"
    for path, rate, channels in ((wav, 48000, 2), (full, 44100, 1)):  # seeded: the same noise on every run
        source = f"anoisesrc=color=white:amplitude=0.3:seed=11:r={rate}:d=3"
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-ac", str(channels), str(path)],
                       check=True)  # fmt: skip
    low = tone(tmp_path / "l.wav", 2.0, -6.0, freq=5000, rate=22050)
    audio.encode_all(Runner(), [passes.Encode(full, mp3, 0.0, 0.0, ())], AudioSettings())
    found = [*audio.measure_all(Runner(), [wav, low]), *passes.measure_encoded(Runner(), [mp3])]
    for path, m in zip([wav, low, mp3], found, strict=True):
        assert abs(m.true_peak - reference_true_peak(path)) <= mastering.METER_MARGIN + 0.01, path.name


def test_log_lines_go_to_the_filter_instance_that_printed_them() -> None:
    log = "\n".join([
        "Input #0, wav, from 'file:/a.wav':",
        "[ebur128@i1 @ 0x55aa] Summary:",
        "",
        "    I:         -21.7 LUFS",
        "[mp3 @ 0x77] a warning of the muxer",
        "[ebur128@i0 @ 0x55bb] t: 0.1  M: -30.0 S: -120.7",
        "Stream mapping:",
    ])  # fmt: skip
    found = by_instance(log)
    assert found["i1"] == "Summary:\n\n    I:         -21.7 LUFS"
    assert found["i0"] == "t: 0.1  M: -30.0 S: -120.7"


def progress(tmp_path: Path, makeup: float = 0.0) -> mastering._Progress:
    item = Item(tmp_path / "r.wav", tmp_path / "l.wav", tmp_path / "o.mp3", -16.0, 0.0, True, ())
    p = mastering._Progress(item, gain=4.0, ceiling=-3.0, slope=0.8, makeup=makeup)
    p.limited = audio.Loudness(-15.8, -12.0)
    return p


def final(lufs: float, true_peak: float) -> audio.Measure:
    return audio.Measure(lufs, true_peak, 3.0, 5.0, 44100, 1, lufs + 3)


def test_an_mp3_peaking_over_the_ceiling_is_limited_again_lower(tmp_path: Path) -> None:
    p, settings = progress(tmp_path), AudioSettings()
    assert mastering._after_encode(p, final(-16.0, -1.1), settings) == "limit"
    assert math.isclose(p.ceiling, -3.0 - 0.4 - mastering.METER_MARGIN - mastering.TRUE_PEAK_MARGIN)


def test_an_mp3_the_meter_reads_at_the_ceiling_is_limited_again_one_under_it_by_the_margin_is_done(
    tmp_path: Path,
) -> None:
    """The product's 4x meter reads up to 0.1 dB under ebur128's: an MP3 passes only METER_MARGIN under -1.5."""
    settings = AudioSettings()
    assert mastering._after_encode(progress(tmp_path), final(-16.0, -1.5), settings) == "limit"
    assert mastering._after_encode(progress(tmp_path), final(-16.0, -1.6), settings) == "done"


def test_a_small_miss_is_mended_by_encoding_again_a_large_one_by_limiting_again(tmp_path: Path) -> None:
    settings = AudioSettings()
    small = progress(tmp_path, makeup=-0.3)
    assert mastering._after_encode(small, final(-16.6, -3.0), settings) == "encode"
    assert math.isclose(small.makeup, 0.3)  # +0.6 LU more, still within the headroom: no peak can pass the ceiling
    large = progress(tmp_path, makeup=0.2)
    assert mastering._after_encode(large, final(-17.2, -3.0), settings) == "limit"
    assert large.gain > 4.0
    on_target = progress(tmp_path)
    assert mastering._after_encode(on_target, final(-16.2, -2.0), settings) == "done"


def test_an_mp3_exactly_at_the_tolerance_is_done_not_encoded_again(tmp_path: Path) -> None:
    # ebur128 prints tenths: -16.0 - -16.3 is 0.30000000000000071 in floating point, "not more than 0.3 LU off"
    assert mastering._after_encode(progress(tmp_path), final(-16.3, -3.0), AudioSettings()) == "done"
    assert mastering._after_encode(progress(tmp_path), final(-15.7, -3.0), AudioSettings()) == "done"
    assert mastering._after_encode(progress(tmp_path), final(-16.4, -3.0), AudioSettings()) == "encode"


def test_a_limited_signal_needing_exactly_the_headroom_is_encoded_not_limited_again(tmp_path: Path) -> None:
    item = Item(tmp_path / "r.wav", tmp_path / "l.wav", tmp_path / "o.mp3", -16.0, 0.0, True, ())
    exact = mastering._Progress(item, gain=8.0, ceiling=-3.0, slope=0.58)  # aims at -16 + the encoder's 0.5 LU
    assert mastering._after_limit(exact, audio.Loudness(-16.0, -12.0)) is True
    assert exact.makeup == mastering.MAKEUP_HEADROOM
    short = mastering._Progress(item, gain=8.0, ceiling=-3.0, slope=0.58)
    assert mastering._after_limit(short, audio.Loudness(-16.1, -12.0)) is False and short.gain > 8.0


@pytest.mark.parametrize("taken", [0.22, 0.3, 0.41, 0.52, 0.63, 0.74, 0.82])
def test_an_mp3_is_on_target_at_its_first_encode_whatever_lame_7_takes_within_the_tolerance_of_its_mean(
    tmp_path: Path, taken: float
) -> None:
    # LAME at quality 7 took 0.52 LU on average (sd 0.11) from the province's 72 limited items: a prior at that mean
    # lands an MP3 on target for any offset within the tolerance of it; 0.4 (the default quality's) missed above 0.75.
    item = Item(tmp_path / "r.wav", tmp_path / "l.wav", tmp_path / "o.mp3", -16.0, 0.0, True, ())
    p = mastering._Progress(item, gain=8.0, ceiling=-3.0, slope=0.58)
    limited = audio.Loudness(-15.3, -12.0)
    assert mastering._after_limit(p, limited) is True
    mp3 = round(limited.lufs + p.makeup - taken, 1)  # ebur128 reads in tenths
    assert mastering._after_encode(p, final(mp3, -3.0), AudioSettings()) == "done"


@pytest.mark.parametrize(
    ("peak_over_loudness", "over", "loss"), [(18.4, 6.98, 3.88), (16.9, 4.40, 2.30), (15.6, 2.16, 0.76)]
)
def test_the_first_gain_expects_what_the_limiter_takes_from_heavily_limited_speech(
    tmp_path: Path, peak_over_loudness: float, over: float, loss: float
) -> None:
    # Measured on bench/province.py's espeak items: pushed `over` dB past ceiling + knee, the limiter took `loss` LU
    # (the most of any item so pushed). One rate of 0.42 LU/dB left the first of these 0.1 LU short of the make-up's
    # reach, so it was limited twice; the first gain must land every one within it.
    item = Item(tmp_path / "r.wav", tmp_path / "l.wav", tmp_path / "o.mp3", -16.0, 0.0, True, ())
    before = audio.Loudness(-30.0, -28.5, -30.0 + peak_over_loudness)
    p = mastering._first(item, before, -3.0)
    pushed = before.sample_peak + p.gain + 3.0 - mastering.LIMITER_KNEE_DB
    limited = before.lufs + p.gain - loss * pushed / over  # the measured rate, at the gain chosen
    aim = item.target + mastering.ENCODER_OFFSET_PRIOR
    assert aim - mastering.MAKEUP_HEADROOM <= limited <= aim + mastering.AIM_ABOVE + 0.5


def test_mp3s_are_encoded_at_the_quality_bench_encoder_quality_chose(tmp_path: Path) -> None:
    # LAME's default quality spent 0.49 of a 64 s item's 0.52 CPU s of encoding; 7 stays within the margin
    # docs/build-profile-issue31.md states (bench/encoder_quality.py) at under half the CPU.
    item = audio.Encode(tmp_path / "l.wav", tmp_path / "o.mp3", 0.0, 0.0, (("title", "t"),))
    args = passes.command(passes._encoded(item, passes.source(item.src).audio, AudioSettings()))
    assert args[args.index("-compression_level") + 1] == "7" == str(passes.ENCODER_QUALITY)
