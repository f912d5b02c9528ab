"""A small district server for the station agent's tests: the station link API v1 (notes/api.md) over real HTTP.

It serves the published days of a real workspace built by Loa, and counts what it does (bytes
served per file, Range starts, play-log rows by id), and can misbehave on request: cut a file's
answer halfway once, lose a play-log answer once, or be switched off and on again on its port.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pipeline.domain.manifest import StationEntry
from pipeline.onair.published import read_manifest


def version(entry: StationEntry) -> str:
    """sha256 of the station's manifest entry JSON (keys sorted, as the contract leaves the form to the server)."""
    return hashlib.sha256(json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class District:
    def __init__(self, ws: Path, tokens: dict[str, str], today: str, hold: float = 1.0) -> None:
        self.ws, self.tokens, self.today, self.hold = ws, tokens, today, hold  # tokens: token → its station
        self.stations = set(tokens.values())  # the stations the district knows
        self.served: Counter[str] = Counter()  # bytes sent per file path
        self.starts: list[tuple[str, int]] = []  # (file path, Range start) of every file request
        self.cut_at: dict[str, int] = {}  # file path → byte: the next answer holding it stops there, once
        self.lose_answer_once = False  # the next play-log POST is stored but its answer is never sent
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}  # (station, row id) → row
        self.rows_received = 0
        self.heartbeats: list[dict[str, Any]] = []
        self.confirms: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self.server: ThreadingHTTPServer | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> District:
        district = self

        class Handler(Answer):
            owner = district

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def publish(self, event: dict[str, Any]) -> None:
        with self.changed:
            self.events.append({"seq": len(self.events) + 1, **event})
            self.changed.notify_all()

    def entry(self, station: str, day: str) -> StationEntry | None:
        if not day[:1].isdigit():
            return None
        manifest = read_manifest(self.ws / "playlists" / day)
        return manifest.station(station) if manifest else None

    def days(self, station: str) -> list[dict[str, str]]:
        found = []
        for folder in sorted((self.ws / "playlists").glob("????-??-??")):
            entry = self.entry(station, folder.name)
            if entry and folder.name >= self.today:
                found.append({"date": folder.name, "version": version(entry), "published_at": "2021-08-09T22:00:00"})
        return found


class Answer(BaseHTTPRequestHandler):
    owner: District
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        parts = [unquote(p) for p in url.path.split("/")]
        if parts[:4] != ["", "api", "v1", "stations"] or len(parts) < 6:
            return self._error(404, "not_found", "Không có đường dẫn này")
        station, rest = parts[4], parts[5:]
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.owner.tokens:
            return self._error(401, "bad_token", "Mã truy cập không hợp lệ — xin mã mới ở huyện")
        if station not in self.owner.stations:
            return self._error(404, "unknown_station", f"Không có đài {station}")
        if self.owner.tokens[token] != station:
            return self._error(403, "forbidden", "Mã này không dùng cho đài đó")
        body = self._body() if method == "POST" else {}
        self._dispatch(method, station, rest, body, parse_qs(url.query))

    def _dispatch(self, method: str, station: str, rest: list[str], body: Any, query: dict[str, list[str]]) -> None:
        owner = self.owner
        if method == "GET" and rest == ["days"]:
            return self._json({"station": station, "days": owner.days(station)})
        if method == "GET" and len(rest) == 2 and rest[0] == "days":
            entry = owner.entry(station, rest[1])
            if entry is None:
                return self._error(404, "no_day", "Ngày này chưa phát hành")
            return self._json({**asdict(entry), "version": version(entry)})
        if method == "GET" and len(rest) >= 4 and rest[0] == "days" and rest[2] == "files":
            return self._file(station, rest[1], "/".join(rest[3:]))
        if method == "GET" and rest == ["events"]:
            return self._events(int(query.get("after", ["0"])[0]))
        if method == "POST" and rest == ["heartbeat"]:
            owner.heartbeats.append(body)
            return self._json({"ok": True, "server_time": "2021-08-10T05:00:00+07:00"})
        if method == "POST" and rest == ["playlog"]:
            return self._playlog(station, body["rows"])
        if method == "POST" and rest == ["confirm"]:
            owner.confirms.append(body)
            return self._json({"ok": True})
        return self._error(404, "not_found", "Không có đường dẫn này")

    def _file(self, station: str, day: str, path: str) -> None:
        entry = self.owner.entry(station, day)
        sums = dict(entry.files()) if entry else {}
        if path not in sums:
            return self._error(404, "no_file", "Tệp này không có trong ngày")
        data = (self.owner.ws / "playlists" / day / station / path).read_bytes()
        start, end = 0, len(data) - 1
        ranged = self.headers.get("Range", "")
        if ranged.startswith("bytes="):
            first, _, last = ranged.removeprefix("bytes=").partition("-")
            start, end = int(first), min(end, int(last) if last else end)
        self.owner.starts.append((path, start))
        if start >= len(data):
            return self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
        part = data[start : end + 1]
        headers = {"ETag": f'"{sums[path]}"', "Content-Type": "audio/mpeg"}
        if ranged:
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
        cut = self.owner.cut_at.get(path, -1)
        if start <= cut <= end:  # the line drops in the middle of this answer
            del self.owner.cut_at[path]
            self._head(206 if ranged else 200, len(part), headers)
            self.wfile.write(part[: cut - start])
            self.owner.served[path] += cut - start
            self.close_connection = True
            return None
        self.owner.served[path] += len(part)
        return self._send(206 if ranged else 200, part, headers)

    def _events(self, after: int) -> None:
        owner = self.owner
        with owner.changed:
            owner.changed.wait_for(lambda: any(e["seq"] > after for e in owner.events), owner.hold)
            found = [e for e in owner.events if e["seq"] > after]
        self._json({"events": found, "next": max([after] + [e["seq"] for e in found])})

    def _playlog(self, station: str, rows: list[dict[str, Any]]) -> None:
        owner = self.owner
        owner.rows_received += len(rows)
        for row in rows:
            owner.rows.setdefault((station, row["id"]), row)
        if owner.lose_answer_once:  # stored, but the answer is lost on the way back
            owner.lose_answer_once = False
            self.close_connection = True
            return
        self._json({"accepted": [row["id"] for row in rows]})

    def _body(self) -> Any:
        size = int(self.headers.get("Content-Length", "0"))
        return json.loads(self.rfile.read(size) or b"{}")

    def _json(self, data: object) -> None:
        self._send(200, json.dumps(data, ensure_ascii=False).encode(), {"Content-Type": "application/json"})

    def _error(self, status: int, code: str, message: str) -> None:
        body = json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False).encode()
        self._send(status, body, {"Content-Type": "application/json"})

    def _head(self, status: int, size: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(size))
        self.end_headers()

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self._head(status, len(body), headers)
        self.wfile.write(body)
