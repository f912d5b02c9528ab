"""An offline build with gTTS first in the chain, next to the same build with espeak alone.

The network is "down" the way it is for a commune PC without internet: the real urllib
transport, with every request sent to a closed port on this machine (connection refused),
so nothing leaves the machine. Both builds are cold (empty store), one worker each.

Run: .venv/bin/python -m bench.offline_gtts
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from pipeline.adapters.http import HttpRequest, HttpResponse, MockTransport, urllib_transport
from pipeline.build.steps import build
from pipeline.texts import summary

SAMPLE = Path(__file__).resolve().parent.parent / "pipeline" / "sample"
DAY = date(2021, 8, 10)
CLOSED_PORT = "http://127.0.0.1:9/"  # discard port, closed here: connection refused at once


def offline(request: HttpRequest) -> HttpResponse:
    return urllib_transport(dataclasses.replace(request, url=CLOSED_PORT))


def timed(engines: str, transport: MockTransport | None) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        shutil.copytree(SAMPLE, workspace)
        settings = workspace / "loa.toml"
        settings.write_text(
            settings.read_text(encoding="utf-8").replace('engines = ["espeak"]', f"engines = {engines}"),
            encoding="utf-8",
        )
        start = time.perf_counter()
        report = build(workspace, DAY, transport=transport, workers=1)
        return time.perf_counter() - start, summary(report)


def main() -> None:
    calls: list[float] = []

    def counting(request: HttpRequest) -> HttpResponse:
        calls.append(time.perf_counter())
        return offline(request)

    espeak, said = timed('["espeak"]', None)
    print(f'["espeak"]          cold: {espeak:6.1f} s  {said}')
    gtts_first, said = timed('["gtts", "espeak"]', MockTransport(counting))
    print(f'["gtts", "espeak"]  cold: {gtts_first:6.1f} s  {said}')
    print(f"requests sent to the unreachable service: {len(calls)}; ratio {gtts_first / espeak:.2f}")


if __name__ == "__main__":
    main()
