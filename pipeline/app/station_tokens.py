"""The admin's page of station tokens ("Mã kết nối của đài"): per station whether it holds a valid token, when
that was made and last used; a new token made (the same as `loa station token add`: shown once, kept hashed) and
a station's tokens revoked (refused at the next request), each written to the audit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.model import Station
from .accounts import record
from .station_link import Token, add_token, list_tokens, revoke_tokens

MADE, REVOKED = "tao-ma-dai", "thu-hoi-ma-dai"  # audit actions


@dataclass(frozen=True)
class TokenState:
    station: str
    name: str
    valid: int  # tokens that open the API for it now
    created: str  # when its newest valid token was made, "" when it has none
    last_used: str  # the latest use of one of its valid tokens, "" when never
    revoked: int  # tokens revoked before


def token_states(root: Path, stations: tuple[Station, ...]) -> list[TokenState]:
    """Every station of stations.yaml, in its order."""
    tokens = list_tokens(root)
    return [_state(station, [t for t in tokens if t.station == station.id]) for station in stations]


def _state(station: Station, tokens: list[Token]) -> TokenState:
    valid = [t for t in tokens if not t.revoked]
    created = max((t.created for t in valid), default="")
    last_used = max((t.last_used for t in valid), default="")
    return TokenState(station.id, station.name, len(valid), created, last_used, len(tokens) - len(valid))


def make_token(root: Path, station_id: str, by: str, now: datetime) -> str:
    """A new token for the station (LoaError for a station stations.yaml does not name); show it once."""
    token = add_token(root, station_id, now)
    record(root, by, MADE, station_id, now)
    return token


def revoke(root: Path, station_id: str, by: str, now: datetime) -> int:
    """Revoke every valid token of the station; how many (LoaError when it has none)."""
    count = revoke_tokens(root, station_id, now)
    record(root, by, REVOKED, station_id, now, str(count))
    return count
