"""`loa init --xa NAME --huyen NAME`: the new workspace's stations.yaml is the user's own commune from the start.

The sample's three stations are somebody else's; an operator who had to edit YAML by hand before anything
was theirs stopped at step one. The sample announcements then air at every station (their lists named the
sample stations).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..workspace.fields import slugify

KINDS = ("xã ", "thị trấn ", "phường ")  # how a commune-level unit is named; "Tân Hưng" alone means a xã
STATION_LIST = re.compile(r"^stations:.*$", re.MULTILINE)


def station_yaml(commune: str, district: str) -> str:
    """One station, the user's, with the sample's slots and the northern voice (both to adjust in the file)."""
    bare = next((commune[len(k) :] for k in KINDS if commune.lower().startswith(k)), commune).strip()
    unit = commune if bare != commune.strip() else f"xã {bare}"
    lines = [
        "# The stations of this district. Slots are local times, in quotes.",
        "# dialect: bac (northern voice) or nam (southern); add a station per commune as below.",
        "stations:",
        f"  - id: {slugify(bare)}",
        f"    name: {json.dumps('Đài Truyền thanh ' + unit, ensure_ascii=False)}",
    ]
    if district.strip():
        lines.append(f"    district: {json.dumps(district.strip(), ensure_ascii=False)}")
    lines += ["    dialect: bac", "    slots:", '      sang: "05:30-06:00"', '      chieu: "17:00-17:30"', ""]
    return "\n".join(lines)


def make_own(directory: Path, commune: str, district: str) -> None:
    """Write the user's stations.yaml and let the sample announcements air at it."""
    (directory / "stations.yaml").write_text(station_yaml(commune, district), encoding="utf-8")
    for path in (directory / "scripts_vi" / "announcements").glob("*.md"):
        path.write_text(STATION_LIST.sub("stations: all", path.read_text("utf-8"), count=1), encoding="utf-8")
