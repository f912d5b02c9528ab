"""Where rendering runs, behind one seam: given jobs, make them and say, per job, what came of it.

`RenderBackend.render(jobs)` returns one `Outcome` per job, in order: the stored file, or
the problem when no engine could make it. Backends: `InProcess` (this process) and
`Pool` (worker processes, `backends.pool`). The build never knows which one it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..errors import Problem
from ..render.jobs import RenderJob
from ..render.renderer import Fallback, ItemFailed, Renderer
from ..render.store import Stored


@dataclass(frozen=True)
class Outcome:
    """What came of one job.

    Attributes:
        stored: the file in the store, or None when the job failed.
        rendered: files rendered for it (0: it was found in the store, e.g. a fallback's earlier audio).
        fallback: set when a later engine of the chain spoke it.
        failure: why it failed (every engine failed), else None.
        spawned: processes a worker started for it (in-process work counts on the build's own runner).
    """

    stored: Stored | None
    rendered: int = 0
    fallback: Fallback | None = None
    failure: Problem | None = None
    spawned: int = 0


class RenderBackend(Protocol):
    """Makes jobs: the missing files of a build, each once."""

    def render(self, jobs: Sequence[RenderJob]) -> list[Outcome]: ...


def run_job(renderer: Renderer, job: RenderJob) -> Outcome:
    """One job in this process; a failure of every engine is an outcome, not an exception."""
    try:
        made = renderer.make(job)
    except ItemFailed as err:
        return Outcome(None, failure=err.problems[0])
    return Outcome(made.stored, made.rendered, made.fallback)


class InProcess:
    """Renders in this process, one job after the other."""

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer

    def render(self, jobs: Sequence[RenderJob]) -> list[Outcome]:
        return [run_job(self.renderer, job) for job in jobs]
