"""The measure pass's MP3s read as one joined input, each cut back by the frame count of its headers.

Each MP3 read through its own `amovie` source has its own demuxer and decoder; read joined (the concat demuxer,
one decoder) and cut per file by `asegment`, which hands each frame to one branch only, the pass cost 11-14% less
CPU on 34-38 items with every Measure the same (docs/build-profile-issue31.md, h31x). Three frames of silence
between files (`mp3frames.separator`) make each file decode byte for byte as alone; each branch's timestamps are
counted from its first sample, as the file's own are, and it is measured by the same filters as a file alone.

The guard: the cut rests on the header counts, so a file that decodes to more or fewer samples than its frames
(a frame the decoder rejects) would shift every file after it. Every branch but the last has its count by
construction, so the last one's volumedetect count carries any disagreement of the group's total; a group whose
count or format disagrees with its headers is measured again file by file through `-i` inputs (`measure_all`):
an `amovie` source ends at a decoding error, and with it every other source of its graph (so a group measured
through one `amovie` each would all be cut short), where an input's decoder skips the bad frame as a player does.
A file that is not wholly frames of one format, of a format alone in its pass, or too short to be probed, is read
alone (its own `amovie`, as before).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .graph import Chain, chain, file, measuring, node
from .joined import MOST_JOINED
from .logs import Measure
from .meters import Format, peak_filters, readings, required, stat_filters
from .mp3frames import SEPARATOR_FRAMES, Mp3, counted, separator

Again = Callable[[list[Path]], list[Measure]]  # how a group that failed its guard is measured instead
NULL = ("-f", "null", "-")  # an output that writes nothing
CONCAT_OPTIONS = "safe=0:protocol_whitelist=file"  # absolute `file:` paths in our own list; no other protocol


@dataclass(frozen=True)
class Plan:
    """A round's measure chains: the graph's text, the outputs after the round's own, the MP3s read joined (by
    their index among the round's measures), the scratch files to remove once ffmpeg has run, and each MP3's rate
    and layout from its headers where its branch ends in `anullsink` (None: it has an output, the log says)."""

    graph: str
    outputs: tuple[str, ...]
    groups: tuple[tuple[tuple[int, Mp3], ...], ...]
    scratch: tuple[Path, ...]
    known: tuple[Format | None, ...]


def planned(paths: Sequence[Path], scratch: Path, others: int = 0) -> Plan:
    """The chains measuring `paths`: groups of MP3s of one format joined, the rest alone; each branch ends in the
    graph, but for MP3s without headers to read their format from, and one if the round has no `others` outputs
    (ffmpeg wants one). The graph runs until every branch has ended, whichever outputs end first."""
    mp3s = [counted(path) for path in paths]
    alone, groups = _grouped(mp3s)
    known = _known(mp3s, others)
    chains = [_named(n, path, known[n] is None) for n, path in enumerate(paths)]
    texts = [chain(n, chains[n]) for n in alone]
    files: list[Path] = []
    for number, group in enumerate(groups):
        text, written = _joined(number, group, chains, scratch)
        texts.append(text)
        files += written
    outputs = tuple(a for n, form in enumerate(known) if form is None for a in ("-map", f"[o{n}]", *NULL))
    return Plan(";".join(texts), outputs, tuple(groups), tuple(files), tuple(known))


def _known(mp3s: Sequence[Mp3 | None], others: int) -> list[Format | None]:
    """Each MP3's rate and layout from its headers (its branch ends in the graph), None where it keeps an output:
    no headers, or the first when nothing else in the process has an output."""
    known = [(mp3.rate, mp3.layout) if mp3 else None for mp3 in mp3s]
    if known and not others and None not in known:
        known[0] = None
    return known


def _grouped(mp3s: Sequence[Mp3 | None]) -> tuple[list[int], list[tuple[tuple[int, Mp3], ...]]]:
    """The MP3s read alone (by index) and the groups read joined: MP3s of one format, at most MOST_JOINED."""
    by_form: dict[int, list[tuple[int, Mp3]]] = {}
    alone = []
    for n, mp3 in enumerate(mp3s):
        if mp3 is None or mp3.frames < SEPARATOR_FRAMES:
            alone.append(n)
        else:
            by_form.setdefault(mp3.form, []).append((n, mp3))
    groups = [tuple(m[at : at + MOST_JOINED]) for m in by_form.values() for at in range(0, len(m), MOST_JOINED)]
    alone += [g[0][0] for g in groups if len(g) == 1]
    return sorted(alone), [g for g in groups if len(g) > 1]


def measured(log: str, plan: Plan, paths: Sequence[Path], first: int, again: Again) -> list[Measure]:
    """Each MP3's Measure from the round's log (its outputs from `first` on); the files of a group whose counts
    disagree with their headers measured `again` (one more process)."""
    found = readings(log, plan.known, first)
    wrong = [n for group in plan.groups if not all(_agrees(found[n], mp3) for n, mp3 in group) for n, _ in group]
    if wrong:
        found = [*found]
        for n, measure in zip(wrong, again([paths[n] for n in wrong]), strict=True):
            found[n] = measure
    return required(found, paths)


def _agrees(measure: Measure | None, mp3: Mp3) -> bool:
    """The branch decoded to its headers' rate, channels and sample count (duration is volumedetect's count)."""
    if measure is None:
        return False
    return (measure.sample_rate, measure.channels, measure.duration) == (mp3.rate, mp3.channels, mp3.samples / mp3.rate)


def _named(n: int, path: Path, output: bool) -> Chain:
    """An MP3 read through its own source (forced as MP3), its filters named after its number (m{n}), into its
    output o{n} or else `anullsink`."""
    return Chain(path, "mp3", _nodes(stat_filters(f"m{n}")), NULL if output else (), _nodes(peak_filters(f"m{n}")))


def _joined(
    number: int, group: Sequence[tuple[int, Mp3]], chains: Sequence[Chain], scratch: Path
) -> tuple[str, list[Path]]:
    """The group's graph: one concat source, `asegment` cut at each file's and separator's end, each file's
    branch counted from 0 and measured by its chain (`chains[n]`); the separators dropped. Its list and
    separator files."""
    silence = _written(separator(group[0][1]), scratch, "silence-", ".mp3")
    listing = _listed([mp3.path for _, mp3 in group], silence, scratch)
    gap = SEPARATOR_FRAMES * group[0][1].frame_samples
    points = itertools.accumulate(s for _, mp3 in group[:-1] for s in (mp3.samples, gap))
    labels = [f"[j{number}s{k}]" for k in range(2 * len(group) - 1)]
    read = node("amovie", filename=file(listing), format_name="concat", format_opts=CONCAT_OPTIONS)
    texts = [f"{read},{node('asegment', samples='|'.join(map(str, points)))}{''.join(labels)}"]
    for k, label in enumerate(labels):
        n = group[k // 2][0]
        texts.append(f"{label}{node('asetpts', 'N/SR/TB')}{measuring(n, chains[n])}" if k % 2 == 0
                     else f"{label}anullsink")  # fmt: skip
    return ";".join(texts), [silence, listing]


def _listed(paths: Sequence[Path], silence: Path, scratch: Path) -> Path:
    """The concat demuxer's list: the paths in order, the silence between each two."""
    entries = [e for at, path in enumerate(paths) for e in ([_entry(silence)] if at else []) + [_entry(path)]]
    return _written(("ffconcat version 1.0\n" + "\n".join(entries) + "\n").encode(), scratch, "mp3s-", ".txt")


def _entry(path: Path) -> str:
    """A concat list's entry: the file (a ' closed, escaped, reopened), opened only as an MP3."""
    return "file '" + file(path).replace("'", "'\\''") + "'\noption format_whitelist mp3"


def _written(data: bytes, scratch: Path, prefix: str, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=scratch)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return Path(name)


def _nodes(filters: list[tuple[str, dict[str, object]]]) -> tuple[str, ...]:
    return tuple(node(f, **options) for f, options in filters)
