"""Mastering and joining, verified by measuring the audio ffmpeg produces."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.adapters.files import sha256_file
from pipeline.adapters.proc import Runner
from pipeline.domain.settings import AudioSettings, Settings, SpeechSettings
from pipeline.engines.espeak import EspeakEngine

from ..conftest import Kit, measured, reference_true_peak, tone

TARGET = -16.0
CEILING = -1.5


def voice_phonemes(*words: str) -> list[str]:
    """What espeak-ng's Vietnamese voice makes of each word, in its phoneme notation (`(en)` where it switches to
    its English rules)."""
    return [subprocess.run(["espeak-ng", "-v", "vi", "-q", "-x", w], capture_output=True, text=True).stdout
            for w in words]  # fmt: skip


def raw_voice_seconds(text: str, wav: Path) -> float:
    """The seconds of `text` given to espeak-ng as it is, without the engine's respelling."""
    from pipeline.adapters.pcm import pcm_to_trimmed_wav
    from pipeline.engines.espeak import EspeakBinary

    pcm, rate = EspeakBinary(Runner()).pcm(text, "vi", SpeechSettings())
    return pcm_to_trimmed_wav(pcm, rate, wav)


def renderer(ws: Path, target: float = TARGET) -> Kit:
    return Kit(ws, Settings(audio=AudioSettings(jingle_lufs=target, target_lufs=target, true_peak_db=CEILING)))


@pytest.mark.parametrize(
    ("seconds", "volume_db", "tolerance"),
    [(5.0, 0.0, 0.5), (5.0, -40.0, 0.5), (1.5, -6.0, 1.0)],
    ids=["too-loud", "too-quiet", "short"],
)
@pytest.mark.slow
def test_master_reaches_target(tmp_path: Path, seconds: float, volume_db: float, tolerance: float) -> None:
    (tmp_path / "jingles").mkdir()
    tone(tmp_path / "jingles" / "in.wav", seconds, volume_db, rate=48000, channels=2)
    stored = renderer(tmp_path).jingle("jingles/in.wav")
    m = measured(stored.path)  # measured afresh on the final MP3, not trusted from the sidecar
    assert abs(m.lufs - TARGET) <= tolerance
    assert reference_true_peak(stored.path) <= CEILING
    assert (m.sample_rate, m.channels) == (44100, 1)
    assert abs(m.duration - seconds) < 0.1


def test_builtin_chime_is_made_and_cached(tmp_path: Path) -> None:
    r = renderer(tmp_path, target=-20.0)
    first = r.jingle("builtin:chuong-hai")
    again = r.jingle("builtin:chuong-hai")
    assert first.path == again.path
    assert (r.rendered, r.reused) == (1, 1)
    assert abs(measured(first.path).lufs + 20.0) <= 1.0


@pytest.mark.slow
def test_corrupt_cache_file_is_rendered_again(tmp_path: Path) -> None:
    r = renderer(tmp_path, target=-20.0)
    first = r.jingle("builtin:chuong-hai")
    first.path.write_bytes(first.path.read_bytes()[:500])  # truncated on disk
    again = r.jingle("builtin:chuong-hai")
    assert r.rendered == 2
    assert sha256_file(again.path) == again.sha256


@pytest.mark.slow
def test_join_keeps_order_and_duration(tmp_path: Path) -> None:
    (tmp_path / "jingles").mkdir()
    r = renderer(tmp_path)
    parts = []
    for name, seconds, freq in (("a", 1.0, 300.0), ("b", 2.0, 2400.0)):
        tone(tmp_path / "jingles" / f"{name}.wav", seconds, -10.0, freq=freq)
        parts.append(r.jingle(f"jingles/{name}.wav"))
    joined = r.join(parts, "thử")
    m = measured(joined.path)
    assert abs(m.duration - 3.0) < 0.15
    # The first second is the 300 Hz tone: a low-pass at 600 Hz keeps it and removes the 2400 Hz part.
    low = _loudness_of(joined.path, start=0.1, length=0.8, lowpass=600)
    high = _loudness_of(joined.path, start=1.3, length=1.5, lowpass=600)
    assert low > high + 20


def _loudness_of(path: Path, start: float, length: float, lowpass: int) -> float:
    log = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-ss", str(start), "-t", str(length), "-i", str(path),
         "-af", f"lowpass=f={lowpass},lowpass=f={lowpass},volumedetect", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    return float(log.split("mean_volume:")[1].split("dB")[0])


def test_espeak_speaks_vietnamese_at_horn_rate(tmp_path: Path) -> None:
    engine = EspeakEngine(Settings(), Runner())
    text = "một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm"  # 15 syllables
    seconds = engine.synthesize(text, "vi", tmp_path / "s.wav")
    assert 3.0 <= 15 / seconds <= 4.5  # syllables per second, about 3 for outdoor horns
    assert measured(tmp_path / "s.wav").lufs > -40  # real sound, not silence


def test_espeak_system_binary_fallback(tmp_path: Path) -> None:
    from pipeline.engines.espeak import EspeakBinary

    binary = EspeakBinary(Runner())
    pcm, rate = binary.pcm("xin chào bà con", "vi", SpeechSettings())
    assert rate > 8000 and len(pcm) / 2 / rate > 0.5


@pytest.mark.slow
def test_settings_are_in_the_cache_key(tmp_path: Path) -> None:
    (tmp_path / "jingles").mkdir()
    tone(tmp_path / "jingles" / "in.wav", 2.0, -10.0)
    a = renderer(tmp_path).jingle("jingles/in.wav")
    b = renderer(tmp_path, target=-14.0).jingle("jingles/in.wav")
    assert a.path != b.path


def test_espeak_is_given_the_spelling_it_says_right(tmp_path: Path) -> None:
    """The script writes Zelensky "Dê len xki", as announcers say it; the voice would spell "xki" ("ích ca i"), so
    the engine gives it "xờ ki": the same audio as that spelling, shorter than the letters read one by one."""
    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("Tổng thống Dê len xki") == "Tổng thống Dê len xờ ki"
    assert engine.spelled("quận Xkin, xkít, Dniprovsky") == "quận Xờ kin, xờ kít, Dniprovsky"  # any word opening on xk
    script = engine.synthesize("Dê len xki", "vi", tmp_path / "script.wav")
    respelled = engine.synthesize("Dê len xờ ki", "vi", tmp_path / "respelled.wav")
    assert (tmp_path / "script.wav").read_bytes() == (tmp_path / "respelled.wav").read_bytes()
    spelled_out = raw_voice_seconds("Dê len xki", tmp_path / "spelled.wav")  # the voice given the script
    assert script == respelled < spelled_out  # three letter names take longer than two syllables
    heard = voice_phonemes("xki", "xờ ki")
    assert "'i3c" in heard[0] and "'i3c" not in heard[1]  # "ích", the letter x's name, only in the first


def test_espeak_is_given_a_toneless_gi_alone_as_di_which_it_says_with_its_vowel(tmp_path: Path) -> None:
    """Storm Yagi is "Ya gi" in the script, as announcers say it; espeak-ng says a toneless "gi" standing alone as
    its consonant only (the i lost), so the engine gives it "di", the same syllable, which it says whole. A word
    that opens on gi (`gia`, `giữa`) or a "gi" with its tone (`gì`) stays as written."""
    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("bão Ya gi, ông Gi bran, Ca gin") == "bão Ya di, ông Di bran, Ca din"
    assert engine.spelled("giá gì, giữa gia đình") == "giá gì, giữa gia đình"
    script = engine.synthesize("bão Ya gi", "vi", tmp_path / "script.wav")
    lost = raw_voice_seconds("bão Ya gi", tmp_path / "lost.wav")  # the voice given the script
    assert script > lost + 0.05  # the vowel the voice dropped is heard again
    heard = voice_phonemes("gi", "di")
    assert "'i" not in heard[0] and "z'i" in heard[1]


def test_espeak_is_given_the_old_spelling_qui_as_quy_which_it_says_with_its_vowel(tmp_path: Path) -> None:
    """`qui định`, `Qui Nhơn`: the older spelling of "quy" is in many notices; espeak-ng says a toneless "qui" as
    "kw" and nothing after, so the engine gives it "quy". "quí" with its tone it says right, and keeps."""
    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("theo qui định, Qui Nhơn, quí khách") == "theo quy định, Quy Nhơn, quí khách"
    script = engine.synthesize("theo qui định", "vi", tmp_path / "script.wav")
    respelled = engine.synthesize("theo quy định", "vi", tmp_path / "respelled.wav")
    assert script == respelled
    heard = voice_phonemes("qui", "quy")
    assert "'i" not in heard[0] and "kw'i" in heard[1]


def test_espeak_is_given_cr_and_cl_as_kr_and_kl_which_it_says_in_vietnamese_with_their_tones(tmp_path: Path) -> None:
    """`U crai na`, `Ma crông`, `Crít`: espeak-ng reads a word opening on "cr" or "cl" by its English rules, where
    the tone is lost (and "crốc" is read as letter names); "kr", "kl" are the same sounds, which its Vietnamese rules
    say as clusters, with the tone. Words it takes for English (`kali`, `gen`) are given as it says them right."""
    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("U crai na, Ma crông, khí clo") == "U krai na, Ma krông, khí klo"
    assert engine.spelled("phân kali, gen di truyền, cờ rai") == "phân ka li, ghen di truyền, cờ rai"
    script = engine.synthesize("hang crốc", "vi", tmp_path / "script.wav")
    english = raw_voice_seconds("hang crốc", tmp_path / "english.wav")  # the voice given the script
    assert script < english - 0.5  # one syllable, not the letters' English names
    heard = voice_phonemes("Crít", "Krít", "crông", "krông")
    assert "(en)" in heard[0] and "(en)" in heard[2]
    assert "(en)" not in heard[1] and "'i3" in heard[1] and "(en)" not in heard[3]  # the sắc tone said


def test_espeak_is_given_names_it_reads_by_its_english_rules_as_it_says_them(tmp_path: Path) -> None:
    """`Yun Xốc Yơn` (Yoon Suk-yeol), `Chôl Chnăm Thmây`: the script writes the names as the annotators do; the voice
    reads "Yun", "Yu" and "Chôl" by its English rules, so the engine gives it "Iun", "Iu" and "Chôn", which it says
    by its Vietnamese rules. "Yơn" it says already, and keeps; a longer word opening on Yu stays too."""
    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("Yun Xốc Yơn, Yu Nam, lễ Chôl Chnăm Thmây, Yuna") == (
        "Iun Xốc Yơn, Iu Nam, lễ Chôn Chnăm Thmây, Yuna"
    )
    heard = voice_phonemes("Yun", "Iun", "Chôl", "Chôn")
    assert "(en)" in heard[0] and "(en)" not in heard[1] and "(en)" in heard[2] and "(en)" not in heard[3]


def test_espeak_is_given_campuchia_in_syllables_while_the_script_keeps_it_whole() -> None:
    """Vietnamese writes Cambodia whole, `Campuchia`, and so does the script the approver reads; espeak-ng reads
    the whole word by its English rules, so its engine gives it "Cam pu chia"; the strict check counts it speakable."""
    from pipeline.normalize.syllable import unspeakable

    engine = EspeakEngine(Settings(), Runner())
    assert engine.spelled("Thái Lan, Campuchia") == "Thái Lan, Cam pu chia"
    heard = voice_phonemes("Campuchia", "Cam pu chia")
    assert "(en)" in heard[0] and "(en)" not in heard[1]
    assert unspeakable("Thái Lan, Campuchia") == [] and unspeakable("Campuchiaa") == ["Campuchiaa"]


def test_the_cache_key_holds_the_text_the_voice_is_given(tmp_path: Path) -> None:
    """A respelling for the voice changes what it says, so it must change the key: "xki" and "xờ ki" are one audio
    for espeak-ng (the same text reaches it), and a word it reads as written keeps its own key."""
    from pipeline.domain.segments import Speech
    from pipeline.engines import EngineContext, EngineSet
    from pipeline.render.jobs import JobMaker, SpeechJob

    maker = JobMaker(Settings(), EngineSet(EngineContext(Settings(), Runner(), tmp_path)), tmp_path, lambda: "7.1")

    def key(spoken: str) -> str:
        job = maker.job(Speech("tin", "Tin", None, spoken, spoken, "bac", ("espeak",)))
        assert isinstance(job, SpeechJob)
        return job.key

    assert key("Dê len xki") == key("Dê len xờ ki") != key("Dê len xpi")
