"""Everything Loa says to a person about a result: the CLI and the nightly log word the data the use cases return.

Use cases return values (reports, rows, checks); nothing in `pipeline/app` or below builds a
sentence for a person except errors' own problems and a build's warnings (`build.warnings.worded`: the build
words them itself for the pre-air report and its history; `warning` here calls it). Every sentence goes through
`tr`, so it reads in Vietnamese by default and in English with `--lang en` (catalog:
pipeline/locale/vi/LC_MESSAGES/loa.po).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType

from .adapters.cap_web import is_address
from .adapters.ffmpeg import Measure
from .app import cap
from .app.cache import KINDS, CacheStats, Pruned
from .app.commands import Period, ScriptText, Validated
from .app.doctor import Check
from .app.emergency import EmergencyReport
from .app.emergency_stop import StopReport
from .app.playout import Prepared
from .app.station_events import Sent
from .app.station_status import StationState
from .build.letter import APPARATUS_KINDS, Apparatus
from .build.lint import Ambiguous, Finding, Guessed, Spelled
from .build.statistics import Figure
from .build.steps import BuildReport
from .build.warnings import BuildWarning, worded
from .domain.model import Announcement
from .i18n import N_, number, tr
from .onair.verify import VerifyReport


def summary(report: BuildReport) -> str:
    """The one line a build ends with."""
    line = tr(
        "{day}: {stations} stations, {slots} slots, {items} items, {minutes} minutes of audio; "
        "rendered {rendered}, reused {reused} from cache",
        day=report.day, stations=report.stations, slots=report.slots, items=report.items,
        minutes=number(report.seconds / 60), rendered=report.rendered, reused=report.reused,
    )  # fmt: skip
    if report.fallbacks:
        line += tr("; {count} spoken by a fallback engine", count=len(report.fallbacks))
    if report.left_out:
        line += tr("; {count} left out (no engine could speak them)", count=len(report.left_out))
    return line


def where(report: BuildReport) -> str:
    if report.published is None:
        return tr("Nothing was published")
    return tr("Published in {folder} (report: {report})", folder=report.published,
              report=report.published / "bao-cao.html")  # fmt: skip


def warning(said: str | BuildWarning) -> str:
    """One warning line; a build's warning is worded by `build.warnings.worded`, the one place it is."""
    return tr("warning: {text}", text=worded(said) if isinstance(said, BuildWarning) else said)


ROLE_WORDS = MappingProxyType(
    {"editor": N_("editor"), "approver": N_("approver"), "operator": N_("operator"), "admin": N_("admin")}
)


def role(key: str) -> str:
    """A role as people say it (`--role` keeps the English key; Vietnamese readers see biên tập viên…)."""
    return tr(ROLE_WORDS[key]) if key in ROLE_WORDS else key


def error(text: object) -> str:
    return tr("error: {text}", text=text)


def approved(item: Announcement) -> str:
    when = item.approved_at.strftime("%H:%M %d/%m/%Y") if item.approved_at else ""
    return tr(
        "Approved: {file} ({id}) by {by} at {when}", file=item.file.name, id=item.id, by=item.approved_by, when=when
    )


def written_new(path: Path, workspace: Path, emergency: bool) -> str:
    if emergency:
        return tr('Wrote {file}. Check it, then put it on air: loa emergency {workspace} {file} --as TÀI-KHOẢN',
                  file=path, workspace=workspace)  # fmt: skip
    return tr("Wrote {file}. Edit it if needed, then: loa approve {file} --as TÀI-KHOẢN", file=path)


def created_only(directory: Path) -> str:
    return tr("Created workspace {folder}. Next: loa build {folder}", folder=directory)


def building_first_days(directory: Path) -> str:
    return tr("Created workspace {folder}; building today and tomorrow (some seconds)...", folder=directory)


def created(directory: Path, built: Iterable[BuildReport]) -> list[str]:
    """What `loa init` did: the workspace, the days it built (what the operator sees at once), what next."""
    lines = [tr("Built today and tomorrow in {folder}:", folder=directory)]
    lines += [summary(report) for report in built]
    lines.append(tr("Next: loa serve {folder} (the web pages), or loa build {folder} --date DD/MM/YYYY",
                    folder=directory))  # fmt: skip
    return lines


def wrote(output: Path, seconds: float) -> str:
    return tr("Wrote {file} ({seconds} s)", file=output, seconds=number(seconds))


def validated(result: Validated) -> str:
    return tr("OK: {stations} stations, {announcements} announcements", stations=result.stations,
              announcements=result.announcements)  # fmt: skip


def script(result: ScriptText) -> str:
    written, spoken = tr("written"), tr("spoken")
    return f"--- {written} ---\n{result.written}\n--- {spoken} ---\n{result.spoken}"


def cache_lines(stats: CacheStats) -> list[str]:
    files, minutes, everything = tr("files"), tr("min"), tr("total")
    rows = [
        f"{kind:7} {stats.files[kind]:6} {files} {number(stats.size[kind] / 1e6):>9} MB "
        f"{number(stats.seconds.get(kind, 0.0) / 60):>8} {minutes}"
        for kind in KINDS
    ]
    size = number(sum(stats.size.values()) / 1e6)
    total = f"{everything:7} {sum(stats.files.values()):6} {files} {size:>9} MB"
    made = ", ".join(f"{engine} {count}" for engine, count in sorted(stats.engines.items()))
    return [*rows, total, tr("speech by engine: {engines}", engines=made or tr("none"))]


def pruned(done: Pruned, days: int) -> str:
    line = tr("Removed {files} files ({size} MB) not used for {days} days", files=done.files,
              size=number(done.size / 1e6), days=days)  # fmt: skip
    if done.kept_published:
        line += tr("; kept {count} old files that published playlists use", count=done.kept_published)
    return line


def check(result: Check) -> str:
    verdict = tr("ok") if result.ok else tr("FAIL")
    return f"{verdict:4}  {result.name}: {result.detail}"


def no_engine(stations: list[str]) -> str:
    return tr("No working engine for: {stations} — fix one of the failures above", stations=", ".join(stations))


def finding(found: Finding) -> str:
    return tr('{file}:{line}: "{word}" — add it to the lexicon (scripts_vi/lexicon.tsv) or rewrite it',
              file=found.file, line=found.line, word=found.token)  # fmt: skip


def spelled(found: Spelled) -> str:
    return tr('info: {file}:{line}: "{word}" is read letter by letter ("{spoken}"); to give it words, add a line '
              '"{word}<TAB>how to say it" to scripts_vi/lexicon.tsv', file=found.file, line=found.line,
              word=found.token, spoken=found.spoken)  # fmt: skip


def apparatus(found: Apparatus) -> str:
    what, fix = APPARATUS_KINDS[found.kind]
    return tr('{file}:{line}: "{text}" is {what}; fix: {fix}', file=found.file, line=found.line,
              text=found.text, what=tr(what), fix=tr(fix))  # fmt: skip


def guessed(found: Guessed) -> str:
    return tr('info: {file}:{line}: "{word}" is not in the lexicon; the voice guesses "{spoken}"; if that is wrong, '
              'add a line "{word}<TAB>how to say it" to scripts_vi/lexicon.tsv', file=found.file, line=found.line,
              word=found.token, spoken=found.spoken)  # fmt: skip


def ambiguous(found: Ambiguous) -> str:
    return tr('info: {file}:{line}: "{token}" may be a date or a ratio; write "ngày {token}" for a date or '
              '"{first} trên {second}" for a ratio', file=found.file, line=found.line, token=found.token,
              first=found.token.split("/")[0], second=found.token.split("/")[1])  # fmt: skip


def measured(path: Path, m: Measure) -> str:
    layout = "mono" if m.channels == 1 else "stereo" if m.channels == 2 else f"{m.channels} channels"
    return (
        f"{path}: {m.duration:.2f} s, {m.lufs:.1f} LUFS, true peak {m.true_peak:.1f} dBTP, LRA {m.lra:.1f} LU, "
        f"max short-term {m.max_short_term:.1f} LUFS, {m.sample_rate} Hz {layout}, "
        f"longest silence {m.longest_silence:.1f} s"
    )  # an engineer's measurement line: the units and terms are international, not translated


def emergency(done: EmergencyReport, source: Path, seconds: float) -> list[str]:
    lines = []
    if done.renamed:
        lines.append(tr("Saved as {file} (another announcement already had the name {name})", file=done.file.name,
                        name=source.name))  # fmt: skip
    if done.ended:
        lines.append(warning(tr("{file} had no valid_until: it airs until {end}; add valid_until to keep it longer",
                                file=source.name, end=done.ended)))  # fmt: skip
    lines += [
        tr("{station}: waiting for the station to confirm it aired; in slot {slot} of {day} (slot starts {start})",
           station=a.station, slot=a.slot, day=a.day, start=a.start)
        for a in done.airs
    ]  # fmt: skip
    if done.ahead:
        lines.append(tr("stations sent it ahead of their slots' rebuild: {count} (their players can cut it in now)",
                        count=len({a.station for a in done.ahead})))  # fmt: skip
    lines += [warning(w) for b in done.builds for w in b.warnings if w.announcement_id == done.announcement_id]
    lines += [tr("{station}: on air now (cut into the running player)", station=s) for s in done.cut_in]
    return [*lines, tr("Published in {seconds} s", seconds=number(seconds))]


def emergency_stopped(done: StopReport) -> list[str]:
    """What a stop did, and what it did not yet: each station stops it itself and says so (loa station status)."""
    lines = [tr("{id} is withdrawn: it no longer airs in any published program", id=done.announcement_id)]
    lines += [tr("{day}: published again without it", day=day) for day in done.days]
    lines += [tr("{station}: told to stop; waiting for the station to confirm (loa station status)", station=s)
              for s in done.stations if s not in done.cut_off]  # fmt: skip
    lines += [tr("{station}: cut off in the running player", station=s) for s in done.cut_off]
    return lines


def cap_decision(d: cap.CapDecision) -> str:
    """One line per alert: what was decided and why."""
    said = {
        cap.AIRED: lambda: tr("on air as emergency {id} (trusted sender): {airs}", id=d.announcement, airs=d.detail),
        cap.WAITING: lambda: tr("saved as {id} for stations {stations}, waiting for an approver (sender not in "
                                "[cap] trusted_senders)", id=d.announcement, stations=", ".join(d.stations)),
        cap.NOT_ON_AIR: lambda: tr("NOT on air: {why}", why=d.detail),
        cap.REFUSED: lambda: tr("refused, not a valid CAP 1.2 alert: {why}", why=d.detail),
        cap.NOT_ACTUAL: lambda: tr("not aired: its status is {status}; only Actual alerts air", status=d.detail),
        cap.IGNORED: lambda: tr("not aired: a {kind} message says nothing to the public", kind=d.detail),
        cap.EXPIRED: lambda: tr("not aired: it expired at {end}", end=d.detail),
        cap.NO_AREA: lambda: tr("not aired: no station's area_codes match its area ({codes})",
                                codes=d.detail or tr("it names no geocode")),
        cap.NO_INFO: lambda: tr("not aired: it has no <info> block to read out"),
        cap.CANCELLED: lambda: tr("cancelled: {ids} taken off the air", ids=", ".join(d.replaced)),
        cap.NOTHING_TO_CANCEL: lambda: tr("cancelled, but no announcement came from the alert it cancels"),
        cap.ALREADY: lambda: tr("already imported: nothing changed"),
        cap.FOREIGN: lambda: tr("refused: it changes another sender's alert ({refs})", refs=d.detail),
        cap.UNFETCHED: lambda: tr("not read: {why}", why=d.detail),
        cap.SUPERSEDED: lambda: tr("not aired: {later}, later in the same feed, updates or cancels it", later=d.detail),
        cap.EMPTY: lambda: tr("the feed lists no alerts now"),
    }  # fmt: skip
    where = d.source if is_address(d.source) else Path(d.source).name
    line = f"{where} {d.alert}: {said[d.outcome]()}" if d.alert else f"{d.source}: {said[d.outcome]()}"
    if d.replaced and d.outcome != cap.CANCELLED:
        line += " " + tr("(replaces {ids})", ids=", ".join(d.replaced))
    return line


def period(rows: Iterable[Period]) -> list[str]:
    """Planned (published) airings and minutes beside what the station's play log says aired ("—": no log)."""
    heads = (tr("announcement"), tr("station"), tr("airings"), tr("minutes"), tr("aired"), tr("minutes aired"))
    lines = [f"{heads[0]:30} {heads[1]:32} {heads[2]:>12} {heads[3]:>8} {heads[4]:>12} {heads[5]:>13}"]
    return lines + [
        f"{cut(r.title or r.announcement, 30):30} {cut(r.station_name or r.station, 32):32} {r.airings:12d} "
        f"{number(r.minutes):>8} "
        + (f"{r.aired:12d} {number(r.aired_minutes):>13}" if r.aired is not None else f"{'—':>12} {'—':>13}")
        for r in rows
    ]


def cut(text: str, width: int) -> str:
    """`text` in a column of `width`: a longer one ends with "…" rather than pushing the next columns."""
    return text if len(text) <= width else text[: width - 1] + "…"


def statistics(figures: Iterable[Figure]) -> list[str]:
    """The official statistics as a table: station, basis, grouping, bulletins, minutes and seconds."""
    heads = (tr("station"), tr("figures"), tr("group"), tr("bulletins"), tr("minutes"), tr("seconds"))
    lines = [f"{heads[0]:20} {heads[1]:17} {heads[2]:24} {heads[3]:>7} {heads[4]:>8} {heads[5]:>8}"]
    for f in figures:
        group = f"{f.group}: {f.value}" if f.value else f.group
        lines.append(f"{f.station:20} {f.basis:17} {group:24} {f.bulletins:7d} {number(f.seconds / 60):>8} "
                     f"{round(f.seconds):8d}")  # fmt: skip
    return lines


def verified(result: VerifyReport, repair: bool) -> list[str]:
    left = result.unrepaired if repair else result.problems
    lines = [tr("damaged: {problem}", problem=problem) for problem in result.problems]
    lines += [tr("repaired: {line}", line=line) for line in result.repaired]
    return [
        *lines,
        tr("Checked {days} days ({files} files) and {stored} stored files: {problems} problems, {repaired} repaired, "
           "{left} left", days=result.days, files=result.files, stored=result.store_files,
           problems=len(result.problems), repaired=len(result.repaired), left=len(left)),
    ]  # fmt: skip


def playout(prepared: Prepared) -> list[str]:
    """What `loa playout` wrote, and the slots the program will play."""
    places, where = prepared.places, prepared.places.root
    lines = [tr("Program: {program}", program=places.program.relative_to(where)),
             tr("Timetable: {timetable} ({slots} slots)", timetable=places.timetable.relative_to(where),
                slots=len(prepared.slots))]  # fmt: skip
    lines += [f"  {slot.key}  {len(slot.cues)} " + tr("files") for slot in prepared.slots]
    return [*lines, tr("Start it with: loa playout {root} --station {station} --run", root=where,
                       station=places.station)]  # fmt: skip


def station_state(state: StationState) -> str:
    """One line of `loa station status`: link, last seen, days, playing, last slot, missed slots, emergencies."""
    if not state.linked:
        return tr("{station}: not on the line (no token)", station=state.station)
    parts = [
        tr("online") if state.online else tr("offline"),
        tr("last seen {at}", at=state.last_seen) if state.last_seen else tr("never seen"),
        tr("days current") if not state.behind else tr("behind on {days}", days=", ".join(state.behind)),
        tr("playing {title}", title=state.playing) if state.playing else tr("not playing"),
    ]
    if state.last_aired:
        parts.append(tr("last aired {slot} of {day} at {started}", slot=state.last_aired.slot,
                        day=state.last_aired.day, started=state.last_aired.started))  # fmt: skip
    if state.missed:
        parts.append(tr("MISSED {slots}", slots=", ".join(state.missed)))
    parts += [_sent(e) for e in state.emergencies]
    return f"{state.station}: " + "; ".join(parts)


def _sent(e: Sent) -> str:
    """An emergency at a station: stopped only once the station said so, as aired."""
    if e.stopped:
        return tr("emergency {id} stopped at {stopped}", id=e.announcement_id, stopped=e.stopped)
    if e.withdrawn:
        return tr("emergency {id}: told to stop, stop not confirmed", id=e.announcement_id)
    if e.started:
        return tr("emergency {id} aired at {started}", id=e.announcement_id, started=e.started)
    return tr("emergency {id}: not confirmed", id=e.announcement_id)
