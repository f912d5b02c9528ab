"""Liquidsoap adapter: the station's playout program, its control socket and the events it prints.

Liquidsoap plays; Loa decides what and when. The program has two queues, `emergency` over
a relayed stream (`input.http`, started and stopped at a relay slot's times) over `program` over
silence (a fallback that switches at once, not at the end of a track, so an emergency cuts in and
the interrupted file resumes where it stopped, and a relay's own program airs while its stream is
down). A timetable file, one line per slot (start, end, slot key, relayed stream, files), is loaded
at start and again through the socket (`loa.load PATH`) when a new day is published: no restart.
A slot is pushed at its start
time, once (its key is remembered), so reloading during a slot never plays it twice. Every
track start is printed as a `LOA-EVENT` line that the play log reads.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import LoaError, Problem
from ..i18n import tr

EVENT = "LOA-EVENT"
# A relayed stream: a connection that gives nothing for RELAY_TIMEOUT s is down; at most RELAY_BUFFER s of it are
# held (what the server bursts beyond that is dropped), so its fallback airs soon after the stream stops; the
# fallback is queued RELAY_GRACE s after the slot starts, time for the stream to connect first.
RELAY_TIMEOUT, RELAY_BUFFER, RELAY_GRACE = 4.0, 2.0, 6.0


@dataclass(frozen=True)
class Output:
    """Where the sound goes: the sound card (ALSA), an Icecast mount, or a WAV file (tests, archives)."""

    kind: str  # "soundcard" | "icecast" | "file"
    target: str = ""  # icecast://user:password@host:port/mount, or the file's path


@dataclass(frozen=True)
class Event:
    """A line the program printed: at `time` (Unix seconds), `kind` (track, skipped, slot, loaded, recording)."""

    time: float
    kind: str
    detail: tuple[str, ...]


PROGRAM = """\
# Chương trình phát của {name}. Do `loa playout` viết: đừng sửa tay, hãy chạy lại lệnh đó.
{root}settings.log.stdout.set(true)
settings.log.file.set(false)
settings.log.level.set(3)
settings.server.socket.set(true)
settings.server.socket.path.set({socket})

# A queue of resolved requests that can drop some of them (a withdrawn emergency), queued or playing.
def loa_queue(id) =
  waiting = ref([])
  def next() =
    if !waiting != [] then
      let [r, ...q] = !waiting
      waiting := q
      (r:request)
    else
      null()
    end
  end
  s = request.dynamic(id=id, prefetch=1, available={{not list.is_empty(!waiting)}}, next)
  def put(r) =
    waiting := [...!waiting, r]
    ignore(s.fetch())
  end
  def drop(gone) =
    waiting := list.filter(fun (r) -> not gone(r), !waiting)
    s.set_queue(list.filter(fun (r) -> not gone(r), s.queue()))
    playing = s.current()
    if null.defined(playing) and gone(null.get(playing)) then
      s.skip()
    end
  end
  s.{{put=put, drop=drop}}
end

program = loa_queue("program")
emergency = loa_queue("emergency")
generation = ref(0)
started = ref([])

def event(kind, detail) =
  print("{event}\\t#{{time()}}\\t#{{kind}}\\t#{{detail}}")
end

# A missing or undecodable file is logged and skipped: the next one plays, never dead air.
# `tag`: the announcement a pushed emergency file belongs to, kept on its request (a stop names it).
def push(queue, enqueue, name, path, tag) =
  r = request.create(if tag == "" then path else 'annotate:loa_item="#{{tag}}":#{{path}}' end)
  if file.exists(path) and request.resolve(content_type=queue, r) then
    enqueue(r)
  else
    event("skipped", name ^ "\\t" ^ path)
  end
end

# A relay slot plays the stream from its start to its end. Its own program (the fallback) is queued after a few
# seconds, below the stream: it airs only while the stream is down (buffer drained, connection lost), and stops
# again when the stream is back. At the end the stream stops and what is left of the fallback leaves the queue.
relay = input.http(id="relay", start=false, new_track_on_metadata=false, timeout={timeout}, poll_delay=2.,
                   max_buffer={buffer}, "")
relay_on = ref("")

def end_relay(key) =
  if !relay_on == key then
    relay_on := ""
    relay.stop()
    program.drop(fun (r) -> list.assoc(default="", "loa_item", request.metadata(r)) == "relay:" ^ key)
    event("relayed", key)
  end
end

def start_relay(key, stop, url, paths) =
  relay_on := key
  relay.set_url(url)
  relay.start()
  def standby() =
    if !relay_on == key then
      list.iter(fun (p) -> push(program, program.put, "program", p, "relay:" ^ key), paths)
    end
  end
  thread.run(delay={grace}, standby)
  thread.run(delay=max(0., stop - time()), fun () -> end_relay(key))
end

def start_slot(mine, key, stop, url, paths) =
  if !generation == mine and not list.mem(key, !started) then
    started := key :: !started
    event("slot", key)
    if url == "" then
      list.iter(fun (p) -> push(program, program.put, "program", p, ""), paths)
    else
      start_relay(key, stop, url, paths)
    end
  end
end

# A line: start, end, key, the stream it relays (or nothing), its files.
def schedule(mine, line) =
  fields = string.split(separator="\\t", line)
  if list.length(fields) >= 4 then
    stop = float_of_string(list.nth(fields, 1))
    wait = float_of_string(list.nth(fields, 0)) - time()
    url = list.nth(fields, 3)
    paths = list.filter(fun (p) -> p != "", list.tl(list.tl(list.tl(list.tl(fields)))))
    if stop > time() then
      thread.run(delay=max(0., wait), fun () -> start_slot(mine, list.nth(fields, 2), stop, url, paths))
    end
  end
end

def load(path) =
  generation := !generation + 1
  mine = !generation
  list.iter(fun (line) -> schedule(mine, line), file.lines(path))
  event("loaded", path)
  "OK"
end
server.register(namespace="loa", description="Load a timetable file.", "load", load)

def cut_in(line) =
  fields = string.split(separator="\\t", line)
  push(emergency, emergency.put, "emergency", list.hd(default="", fields), list.nth(default="", fields, 1))
  "OK"
end
server.register(namespace="loa", description="Play a file now, over the program (PATH, a tab, its item).",
                "emergency", cut_in)

# A withdrawn emergency (ITEM, then tab-separated PATHS): its requests leave both queues, and the one playing stops.
def stop_item(line) =
  fields = string.split(separator="\\t", line)
  tag = list.hd(default="", fields)
  paths = list.tl(fields)
  def gone(r) =
    (tag != "" and list.assoc(default="", "loa_item", request.metadata(r)) == tag)
    or list.mem(request.filename(r), paths)
  end
  emergency.drop(gone)
  program.drop(gone)
  event("stopped", tag)
  "OK"
end
server.register(namespace="loa", description="Stop an emergency: ITEM, a tab, its PATHS.", "stop", stop_item)

radio = fallback(id="radio", track_sensitive=false, [emergency, relay, program, blank(id="silence")])

# A track of the stream has no file name: it is logged as "relay:" and its address.
def track_name(m) =
  if m["filename"] == "" and !relay_on != "" and relay.is_ready() then "relay:" ^ relay.url() else m["filename"] end
end
radio = source.on_track(radio, fun (m) -> event("track", track_name(m)))
{output}
_ = load({timetable})
"""


def program_text(name: str, socket_path: Path, timetable: Path, output: Output) -> str:
    """The station's Liquidsoap program (Liquidsoap 2.1)."""
    root = "settings.init.allow_root.set(true)\n" if os.geteuid() == 0 else ""  # containers and CI run as root
    return PROGRAM.format(
        name=name.replace("\n", " "),
        root=root,
        socket=_quote(str(socket_path)),
        timetable=_quote(str(timetable)),
        output=_output(output),
        event=EVENT,
        timeout=f"{RELAY_TIMEOUT:.1f}",
        buffer=f"{RELAY_BUFFER:.1f}",
        grace=f"{RELAY_GRACE:.1f}",
    )


def _output(output: Output) -> str:
    if output.kind == "file":
        recording = _quote(output.target)
        return f'output.file(%wav, {recording}, on_start=fun () -> event("recording", {recording}), radio)'
    if output.kind == "icecast":
        url = icecast(output.target)
        mount = _quote(url.mount)
        fields = f"host={_quote(url.host)}, port={url.port}, user={_quote(url.user)}, password={_quote(url.password)}"
        return f"output.icecast(%mp3(bitrate=64, mono), {fields}, mount={mount}, radio)"
    return 'output.alsa(bufferize=true, device="default", radio)'


@dataclass(frozen=True)
class Icecast:
    host: str
    port: int
    user: str
    password: str
    mount: str


def icecast(url: str) -> Icecast:
    """`icecast://source:PASSWORD@HOST:8000/xa-tan-dinh` in its parts, or a clear error."""
    parts = urlsplit(url)
    if parts.scheme not in ("icecast", "http") or not parts.hostname or not parts.password or len(parts.path) < 2:
        what = tr("the Icecast address '{url}' is not complete", url=url)
        raise LoaError(Problem(None, None, what, tr("write it as icecast://source:PASSWORD@HOST:8000/MOUNT")))
    user = unquote(parts.username or "source")
    return Icecast(parts.hostname, parts.port or 8000, user, unquote(parts.password), parts.path)


def _quote(text: str) -> str:
    """A Liquidsoap string literal; "#{" would be read as code inside it, so it is refused."""
    if "#{" in text:
        what = tr("the path '{text}' contains '#{{', which Liquidsoap reads as code", text=text)
        raise LoaError(Problem(None, None, what, tr("rename the folder")))
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def parse_event(line: str) -> Event | None:
    """The event on a line of the program's output; None for Liquidsoap's own log lines."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 3 or fields[0] != EVENT:
        return None
    try:
        return Event(float(fields[1]), fields[2], tuple(fields[3:]))
    except ValueError:
        return None


def send(socket_path: Path, command: str, timeout: float = 5.0) -> str:
    """One command to a running program through its socket; its answer (ConnectionError when none runs)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        client.connect(str(socket_path))
        client.sendall(command.encode() + b"\nquit\n")
        answer = b""
        while chunk := client.recv(4096):
            answer += chunk
    return answer.decode("utf-8", "replace").split("\nEND", 1)[0].strip()
