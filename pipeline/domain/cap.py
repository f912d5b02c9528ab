"""CAP 1.2 alerts (OASIS, ITU-T X.1303) as values: what Loa reads from one and what it publishes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
STATUSES = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPES = ("Alert", "Update", "Cancel", "Ack", "Error")
SCOPES = ("Public", "Restricted", "Private")
VIETNAMESE = ("vi", "vi-VN")
GEOCODE_NAME = "VN-DVHC"  # the valueName Loa publishes its stations' administrative codes under


@dataclass(frozen=True)
class CapArea:
    desc: str
    geocodes: tuple[tuple[str, str], ...] = ()  # (valueName, value)


@dataclass(frozen=True)
class CapInfo:
    language: str
    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    headline: str = ""
    description: str = ""
    instruction: str = ""
    sender_name: str = ""
    expires: datetime | None = None
    areas: tuple[CapArea, ...] = ()
    event_codes: tuple[tuple[str, str], ...] = ()  # (valueName, value)
    parameters: tuple[tuple[str, str], ...] = ()  # (valueName, value)

    def event_code(self, name: str) -> str:
        return next((value for key, value in self.event_codes if key == name), "")

    def parameter(self, name: str) -> str:
        return next((value for key, value in self.parameters if key == name), "")

    def codes(self) -> set[str]:
        return {value for area in self.areas for _name, value in area.geocodes}


@dataclass(frozen=True)
class CapAlert:
    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    scope: str
    references: tuple[tuple[str, str, str], ...] = ()  # (sender, identifier, sent) of earlier alerts
    infos: tuple[CapInfo, ...] = ()

    @property
    def origin(self) -> str:
        return origin(self.sender, self.identifier)

    def info(self) -> CapInfo | None:
        """The block to air: the Vietnamese one, else the first."""
        return next((i for i in self.infos if i.language in VIETNAMESE), self.infos[0] if self.infos else None)


def origin(sender: str, identifier: str) -> str:
    """What an announcement written from the alert records in its front matter."""
    return f"cap:{sender}/{identifier}"
