"""A tiny but valid piper voice, made by the tests (no model is downloaded or shipped).

The ONNX graph has piper's inputs (phoneme ids, their length, scales) and
answers with a 430 Hz tone whose length grows with the number of phoneme
ids: 256 samples per id at 22050 Hz. That exercises piper's real loading,
phonemizing and synthesis code, and gives audio we can measure.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

HOP = 256  # samples per phoneme id; 5 whole periods of 430.66 Hz, so the tiles join smoothly
RATE = 22050
# Every character espeak-ng may produce for Vietnamese, plus piper's specials.
SYMBOLS = ["_", "^", "$", " ", "!", "'", ",", "-", ".", ":", ";", "?", *"0123456789"] + [
    chr(c) for c in range(ord("a"), ord("z") + 1)
]
SYMBOLS += (
    [chr(c) for c in range(0x0250, 0x02B0)] + [chr(c) for c in range(0x02B0, 0x0370)] + ["ɜ", "ɤ", "ŋ", "ə", "ɲ", "ɯ"]
)


def make_voice(model: Path) -> Path:
    """Write `model` (.onnx) and `model.json`; return the model path."""
    import onnx
    from onnx import TensorProto, helper

    tone = [0.5 * math.sin(2 * math.pi * 5 * i / HOP) for i in range(HOP)]
    nodes = [
        helper.make_node("Shape", ["input"], ["shape"]),
        helper.make_node("Gather", ["shape", "one"], ["count"], axis=0),
        helper.make_node("Concat", ["ones3", "count"], ["repeats"], axis=0),
        helper.make_node("Tile", ["tone", "repeats"], ["tiled"]),
        helper.make_node("ReduceSum", ["scales"], ["scale_sum"], keepdims=0),
        helper.make_node("Mul", ["scale_sum", "zero"], ["no_effect"]),
        helper.make_node("Add", ["tiled", "no_effect"], ["output"]),
    ]
    constants = [
        helper.make_tensor("one", TensorProto.INT64, [1], [1]),
        helper.make_tensor("ones3", TensorProto.INT64, [3], [1, 1, 1]),
        helper.make_tensor("tone", TensorProto.FLOAT, [1, 1, 1, HOP], tone),
        helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny-piper",
        [
            helper.make_tensor_value_info("input", TensorProto.INT64, [1, None]),
            helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
            helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
        ],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, 1, None])],
        initializer=constants,
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], ir_version=8), str(model))
    config = {
        "audio": {"sample_rate": RATE},
        "espeak": {"voice": "vi"},
        "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_id_map": {symbol: [index] for index, symbol in enumerate(SYMBOLS)},
        "num_symbols": len(SYMBOLS),
        "num_speakers": 1,
        "speaker_id_map": {},
        "piper_version": "1.0.0",
        "language": {"code": "vi"},
    }
    model.with_name(model.name + ".json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return model
