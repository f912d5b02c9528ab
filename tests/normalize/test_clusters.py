"""Onset clusters the Vietnamese voice says as one cluster (syllable.is_clustered, issue 29 round 40).

The strict speakability check counts a token the voice would misread. `Krông`, `Bra xin`, `Vla đi mia` open with two
consonants no Vietnamese syllable opens with, yet espeak-ng's Vietnamese voice says each as one cluster: these tests
run espeak-ng itself and read its phonemes."""

from __future__ import annotations

import pytest

from pipeline.adapters.proc import Runner
from pipeline.normalize import Normalizer, load_context
from pipeline.normalize.syllable import is_clustered, unspeakable

N = Normalizer(load_context())
SAID = ("br", "bl", "kr", "kl", "vr", "vl", "phr", "phl", "đr", "thr", "xr")
RESPELLED = ("cr", "cl")  # read by the English rules as written; the engine gives them as kr, kl
SPLIT = ("gr", "gl", "pr", "pl")  # read by the English rules as written; the engine gives them with a vowel between


def phonemes(text: str) -> str:
    return Runner().run(["espeak-ng", "-v", "vi", "-q", "-x", text], "reading phonemes").stdout.decode().strip()


@pytest.mark.parametrize("cluster", SAID)
def test_the_voice_says_each_accepted_cluster_as_one_vietnamese_syllable(cluster: str) -> None:
    said = phonemes(cluster + "ông")
    assert "(en)" not in said and said.count("_|") == 1, said  # one syllable, no English rules, nothing spelled
    assert is_clustered(cluster + "ông") and is_clustered(cluster.capitalize() + "a")


@pytest.mark.parametrize("cluster", SPLIT)
def test_g_and_p_before_r_or_l_are_given_to_the_voice_with_a_short_vowel_it_says(cluster: str) -> None:
    from pipeline.engines.espeak import for_the_voice

    assert "(en)" in phonemes(cluster + "i")  # as written, the English rules, the i read "ai"
    said = phonemes(for_the_voice(cluster + "ây"))
    assert "(en)" not in said and said.count("_|") == 2, said  # "pờ lây": two Vietnamese syllables
    assert is_clustered(cluster + "ây") and unspeakable(cluster.capitalize() + "ai") == []


@pytest.mark.parametrize("cluster", RESPELLED)
def test_c_before_r_or_l_is_given_to_the_voice_as_k_which_it_says_as_one_syllable(cluster: str) -> None:
    from pipeline.engines.espeak import for_the_voice

    assert "(en)" in phonemes(cluster + "ông")  # as written, the English rules
    said = phonemes(for_the_voice(cluster + "ông"))
    assert "(en)" not in said and said.count("_|") == 1, said
    assert is_clustered(cluster + "ông") and unspeakable(cluster.capitalize() + "a") == []


def test_a_cluster_before_no_syllable_is_unspeakable() -> None:
    assert unspeakable("Krxông Bra xin") == ["Krxông"]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("huyện Krông Pắc", "huyện Krông Pắc"),  # 8 spans of 9 keep the cluster
        ("xã Krông Nô", "xã Krông Nô"),
        ("ông Y Ngông Niê Kdăm", "ông y Ngông Niê Kơ dăm"),  # kd is no cluster the voice says: "Kơ"
    ],
)
def test_a_highland_name_keeps_a_cluster_the_voice_says(written: str, spoken: str) -> None:
    assert N.line(written) == spoken
