"""Disaster warnings' fields (Decision 18/2021/QĐ-TTg): the hazard, the risk level 1–5, who is responsible.

The hazard types are data (pipeline/data/hazards.tsv); the risk level maps to CAP 1.2's severity and urgency
(the table in README, "Warning fields").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

RISK_LEVELS = (1, 2, 3, 4, 5)  # cấp độ rủi ro thiên tai: 1 nhỏ … 5 thảm họa
# CAP 1.2 has four severities and five urgencies; a risk level of 3 and above calls for acting now.
SEVERITY = MappingProxyType({1: "Minor", 2: "Moderate", 3: "Severe", 4: "Extreme", 5: "Extreme"})
URGENCY = MappingProxyType({1: "Expected", 2: "Expected", 3: "Immediate", 4: "Immediate", 5: "Immediate"})
HAZARD_CODE = "VN-QD18-2021"  # CAP <eventCode> valueName: the hazard's slug
RISK_PARAMETER = "VN-QD18-2021-CAP-DO-RUI-RO"  # CAP <parameter> valueName: the risk level, "1" … "5"


@dataclass(frozen=True)
class Hazard:
    slug: str  # as the front matter stores it: `lu`, `sat-lo-dat`
    name: str  # as read aloud: "lũ"
    category: str  # its CAP 1.2 category (Met, Geo, Env, Fire)
    events: tuple[str, ...] = ()  # lower-case event names other CAP senders use ("flood")


@functools.lru_cache(maxsize=1)
def hazards() -> tuple[Hazard, ...]:
    """The hazard types of Decision 18/2021, in the order of the list."""
    text = resources.files("pipeline").joinpath("data", "hazards.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(Hazard(slug, name, category, tuple(e.strip().lower() for e in events.split(",") if e.strip()))
                 for slug, name, category, events in rows)  # fmt: skip


def hazard(slug: str) -> Hazard | None:
    return next((h for h in hazards() if h.slug == slug), None)


def hazard_of_event(event: str) -> Hazard | None:
    """The hazard a CAP event names, in Vietnamese ("Lũ") or as other senders say it ("Flood"); None if none."""
    wanted = " ".join(event.split()).lower()
    return next((h for h in hazards() if wanted == h.name or wanted in h.events), None)


def warning_words(slug: str, risk_level: int | None) -> str:
    """What the khẩn-cấp template reads: "Cảnh báo lũ, cấp độ rủi ro thiên tai cấp 3" ("" without a hazard)."""
    found = hazard(slug)
    if found is None:
        return ""
    level = f", cấp độ rủi ro thiên tai cấp {risk_level}" if risk_level else ""
    return f"Cảnh báo {found.name}{level}"
