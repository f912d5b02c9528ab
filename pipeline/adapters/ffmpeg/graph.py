"""Filter graphs whose files are read inside the graph (`amovie` sources), written out by hand.

ffmpeg 5.1 reads each `-i` input in a thread of its own once a process has several, and hands every packet
across threads, which costs the most for MP3s (small packets, light filters). ffmpeg-python cannot build a
source filter (its filters need an input), so these graphs are written here, escaped as ffmpeg-python escapes.

A file is read this way only with its container forced (the MP3s this program encoded), so ffmpeg reads it only
as that and opens nothing it names; any other file is an `-i` input with the file protocol alone, as elsewhere.
Measured on the province's passes (bench/build_profile.py): -13% CPU on measuring 14 MP3s, but -1% on the
analyse and limit passes over WAVs (large packets, heavy filters), which therefore keep their `-i` inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

OPTION_SPECIAL = "\\'=:"  # escaped inside a filter's option value
GRAPH_SPECIAL = "\\'[],;"  # escaped in the graph's text


@dataclass(frozen=True)
class Chain:
    """One item of a pass: `src`, read as `container` only, through `filters` into the output options `output`
    (none: the filters end in the graph); a copy of what is read goes through `tap` (filters that only measure)
    and ends there."""

    src: Path
    container: str
    filters: tuple[str, ...]
    output: tuple[str, ...]
    tap: tuple[str, ...] = ()


def escaped(text: str, special: str) -> str:
    return "".join("\\" + c if c in special else c for c in text)


def node(name: str, *args: object, **options: object) -> str:
    """One filter as the graph writes it: `name=arg:key=value`, options in name order (as ffmpeg-python does)."""
    params = [escaped(str(a), OPTION_SPECIAL) for a in args]
    params += [f"{escaped(k, OPTION_SPECIAL)}={escaped(str(v), OPTION_SPECIAL)}" for k, v in sorted(options.items())]
    text = escaped(name, OPTION_SPECIAL) + ("=" + ":".join(params) if params else "")
    return escaped(text, GRAPH_SPECIAL)


def file(path: Path) -> str:
    """A path as ffmpeg's `file:` protocol, so no name is misread as an option or another protocol."""
    return f"file:{path.resolve()}"


def with_graph(args: list[str] | None, graph: str, outputs: Sequence[str]) -> list[str]:
    """`graph` (chains written here) and its `outputs` added to an argument list with a filter graph, or alone."""
    if args is None:
        start = ["ffmpeg", "-hide_banner", "-nostats", "-nostdin", "-y"]
        return [*start, "-filter_complex", graph, *outputs]
    at = args.index("-filter_complex") + 1
    return [*args[:at], f"{args[at]};{graph}", *args[at + 1 :], *outputs]


def chain(n: int, c: Chain) -> str:
    """Chain `c` read through its own `amovie`, its output labelled o{n}."""
    read = node("amovie", filename=file(c.src), format_name=c.container)
    return f"{read}{measuring(n, c)}"


def measuring(n: int, c: Chain) -> str:
    """What follows a chain's source: its tap on a copy (if any), its filters, its output labelled o{n}; with no
    output options, its filters end in `anullsink` inside the graph (no output to convert to and "encode")."""
    filters, end = (list(c.filters), f"[o{n}]") if c.output else ([*c.filters, "anullsink"], "")
    if not c.tap:
        return "".join("," + f for f in filters) + end
    copy = ",".join([*c.tap, "anullsink"])
    return f",asplit[tap{n}][main{n}];[tap{n}]{copy};[main{n}]{','.join(filters)}{end}"
