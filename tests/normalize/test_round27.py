"""Round 27 (issue 29): shapes and words the aa batches and earlier annotators agree on. N inside a virus subtype
is "en nờ" as the house guide spells it, `TT-TT` is the information department, `DVVL` the job centres, and the
names `Fung-wong`, `Surigae`, `NAVETCO` and `AVAC` are said as syllables."""

from __future__ import annotations

import pytest

from pipeline.normalize import Normalizer, load_context

READ = Normalizer(load_context())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("virus cúm A/H5N6", "vi rút cúm a hát năm en nờ sáu"),
        ("cúm gia cầm H5N1", "cúm gia cầm hát năm en nờ một"),
    ],
)
def test_n_in_a_virus_subtype_is_en_no(written: str, spoken: str) -> None:
    """Batch aa2, s2, w2, l1, x2, n2 wrote "en nờ" (8 spans to 6, and every batch since the guide)."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sở TT-TT thành phố", "Sở Thông tin và Truyền thông thành phố"),
        ("các trung tâm DVVL quản lý", "các trung tâm dịch vụ việc làm quản lý"),
    ],
)
def test_department_and_job_centre_abbreviations(written: str, spoken: str) -> None:
    """`TT-TT` was split into two `TT` ("thị trấn, thị trấn"); `DVVL` was spelled."""
    assert READ.line(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("bão Fung-wong mạnh lên", "bão Phung Uông mạnh lên"),
        ("siêu bão Surigae", "siêu bão xu ri gai"),
        ("Công ty NAVETCO nghiên cứu", "Công ty na vét cô nghiên cứu"),
        ("Công ty Cổ phần AVAC Việt Nam", "Công ty Cổ phần a vắc Việt Nam"),
    ],
)
def test_names_said_as_syllables(written: str, spoken: str) -> None:
    """Batch aa1 and aa2: these names were letters spelled or a syllable split ("u ong", "ga ê")."""
    assert READ.line(written) == spoken
