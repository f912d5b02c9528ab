"""Reading a disaster warning's front-matter fields (Decision 18/2021/QĐ-TTg): hazard, risk_level, responsible."""

from __future__ import annotations

from typing import Any

from ..domain.warning import RISK_LEVELS, hazard, hazards
from ..i18n import tr
from .fields import Fields, slugify, whole_number

FIELDS = ("hazard", "risk_level", "responsible")


def fields_of(fields: Fields) -> dict[str, Any]:
    """The three fields as Announcement takes them; a wrong one is noted with how to write it."""
    slug = _hazard(fields)
    return {"hazard": slug, "risk_level": _risk_level(fields, slug), "responsible": fields.line("responsible", "")}


def _hazard(fields: Fields) -> str:
    """The hazard's slug, typed as the slug (`lu-quet`) or as its name ("Lũ quét"), diacritics and case aside."""
    value = fields.raw.get("hazard")
    if value is None:
        return ""
    slug = slugify(str(value))
    if hazard(slug) is None:
        fields.note(
            "hazard",
            tr("'{value}' is not a natural-hazard type of Decision 18/2021/QĐ-TTg", value=value),
            tr("write one of: {names}", names=", ".join(h.name for h in hazards())),
        )
        return ""
    return slug


def _risk_level(fields: Fields, slug: str) -> int | None:
    value = fields.raw.get("risk_level")
    if value is None:
        return None
    level = whole_number(value, RISK_LEVELS[0], RISK_LEVELS[-1])
    if level is None:
        fields.note(
            "risk_level",
            tr("the disaster risk level must be a whole number from 1 to 5, not {value!r}", value=value),
            tr("write e.g. risk_level: 3 (cấp độ rủi ro thiên tai cấp 3)"),
        )
    elif not slug and "hazard" not in fields.raw:
        fields.note(
            "risk_level",
            tr("a disaster risk level needs the hazard it is the level of"),
            tr("add a line e.g. hazard: lũ"),
        )
    return level
