"""The one place Loa starts external programs.

Argument lists only, never a shell; tools are looked up when first needed,
not at import; a failure carries the tool's own stderr.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field

from ..errors import DiskFull, Problem, TimedOut, ToolFailed
from ..i18n import N_, tr

INSTALL_HINTS = {
    "ffmpeg": N_("install ffmpeg (Debian/Ubuntu: sudo apt-get install ffmpeg)"),
    "ffprobe": N_("install ffmpeg (Debian/Ubuntu: sudo apt-get install ffmpeg)"),
    "espeak-ng": N_("pip install espeakng-loader, or sudo apt-get install espeak-ng"),
}


@dataclass
class Runner:
    """Runs tools and counts the processes it starts (for benchmarks).

    Attributes:
        timeout: seconds after which a tool is considered hung.
        spawned: how many processes this runner started.
    """

    timeout: float = 600.0
    spawned: int = 0
    _paths: dict[str, str] = field(default_factory=dict)

    def tool(self, name: str) -> str:
        """Full path of a tool on PATH, or ToolFailed saying how to install it."""
        if name not in self._paths:
            found = shutil.which(name)
            if found is None:
                fix = tr(INSTALL_HINTS[name]) if name in INSTALL_HINTS else tr("install {name}", name=name)
                raise ToolFailed(Problem(None, None, tr("the program '{name}' is not installed", name=name), fix))
            self._paths[name] = found
        return self._paths[name]

    def spawn(self, args: list[str]) -> subprocess.Popen[str]:
        """Start a long-running tool (the playout engine), its output and errors as one text stream.

        `run` waits for its tool to finish; a player runs for days and is read line by line.
        """
        argv = [self.tool(args[0]), *args[1:]]
        self.spawned += 1
        return subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )

    def run(self, args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        """Run `args` (args[0] a tool name); raise ToolFailed with stderr on failure."""
        argv = [self.tool(args[0]), *args[1:]]
        self.spawned += 1
        try:
            done = subprocess.run(argv, input=stdin, capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired:
            raise TimedOut(
                Problem(
                    None,
                    None,
                    tr(
                        "{args} did not finish {what} in {timeout:.0f} s", args=args[0], what=what, timeout=self.timeout
                    ),
                    tr("check the input file; it may be damaged"),
                )
            ) from None
        except OSError as err:
            raise ToolFailed(
                Problem(
                    None,
                    None,
                    tr("could not start {args} for {what}: {err}", args=args[0], what=what, err=err),
                    tr("check the installation"),
                )
            ) from None
        if done.returncode != 0:
            text = done.stderr.decode("utf-8", "replace")
            if "No space left on device" in text:  # ffmpeg ends with "Conversion failed!"; the cause is earlier
                raise DiskFull(
                    Problem(
                        None, None, tr("the disk is full ({args}, {what})", args=args[0], what=what), tr(DISK_FULL_FIX)
                    )
                )
            lines = text.strip().splitlines()
            tail = [line for line in lines if not BANNER.match(line)][-3:]
            detail = " | ".join(tail) or f"exit code {done.returncode}"
            raise ToolFailed(
                Problem(
                    None,
                    None,
                    tr("{args} failed {what}: {detail}", args=args[0], what=what, detail=detail),
                    _fix_for(detail),
                )
            )
        return done


DISK_FULL_FIX = N_("free some space (e.g. 'loa cache prune') and run again; published playlists were not changed")
BANNER = re.compile(
    r"\s*(lib\w+\s|configuration:|built with|ffmpeg version|Copyright|\[.*\] Trailing option)"
)  # not the cause


def _fix_for(detail: str) -> str:
    if "No space left" in detail:
        return tr("the disk is full: free some space (e.g. 'loa cache prune') and run again")
    if "Invalid data" in detail or "could not find codec" in detail.lower():
        return tr("the audio file is damaged or not audio: replace it")
    return tr("see the message above; if it persists, report it with this message")
