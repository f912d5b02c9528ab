"""Round 20 (issue 29): shapes and words of batches t1 and t2 the annotators of every batch agree on, and the
house conventions of 2026-12-03 (evening)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "tâm bão ở 16,8N-115,3E; cách",
            "tâm bão ở mười sáu phẩy tám độ Vĩ Bắc, một trăm mười lăm phẩy ba độ Kinh Đông, cách",
        ),
        (
            "15,0-18,5N; phía Đông kinh tuyến 114,0E",
            "mười lăm phẩy không đến mười tám phẩy năm độ Vĩ Bắc, phía Đông kinh tuyến một trăm mười bốn phẩy không"
            " độ Kinh Đông",
        ),
    ],
)
def test_coordinates_say_their_hemispheres(written: str, spoken: str) -> None:
    assert READ.line(written) == spoken


def test_a_lone_decimal_before_n_is_no_coordinate() -> None:
    assert "Vĩ" not in READ.line("lực kéo 5,5N mới")


def test_the_ordinal_sign_typed_for_a_degree_is_a_degree() -> None:
    assert READ.line("sốt cao (40,5-42ºC).") == "sốt cao, bốn mươi phẩy năm đến bốn mươi hai độ xê."


@pytest.mark.parametrize("written", ["mang vi rút v.v...", "mang vi rút v.v."])
def test_et_cetera_is_van_van(written: str) -> None:
    assert READ.line(written) == "mang vi rút vân vân"


def test_a_list_defined_by_its_initials_is_read_as_defined() -> None:
    text = "Hộ tham gia hoạt động nông nghiệp, lâm nghiệp và thủy sản (NLTS).\nHộ không tham gia NLTS ở nông thôn."
    assert READ.text(text) == (
        "Hộ tham gia hoạt động nông nghiệp, lâm nghiệp và thủy sản.\n"
        "Hộ không tham gia nông nghiệp, lâm nghiệp và thủy sản ở nông thôn."
    )
