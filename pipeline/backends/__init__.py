"""Where rendering runs, behind one seam: given jobs, make them and say, per job, what came of it.

`RenderBackend.render(jobs)` returns one `Outcome` per job, in order: the stored file, or
the problem when no engine could make it. Backends: `InProcess` (this process) and
`Pool` (worker processes, `backends.pool`). The build never knows which one it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..errors import Problem
from ..render.jobs import RenderJob
from ..render.renderer import Fallback, ItemFailed, Made, Renderer
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


# Jobs a pool worker takes at most at a time (a batch's many items share each mastering pass's process; the
# renderer bounds the scratch space they hold); more jobs are cut into more batches, for the workers' balance.
BATCH = 48


def run_jobs(renderer: Renderer, jobs: Sequence[RenderJob]) -> list[Outcome]:
    """Jobs in this process, mastered together; a failure of every engine is an outcome, not an exception."""
    return [_outcome(made) for made in renderer.make_all(jobs)]


def run_counted(renderer: Renderer, jobs: Sequence[RenderJob]) -> list[Outcome]:
    """`run_jobs` in a worker: the processes it started are counted on the first outcome, for the build's tally."""
    before = renderer.runner.spawned
    outcomes = run_jobs(renderer, jobs)
    return [replace(outcomes[0], spawned=renderer.runner.spawned - before), *outcomes[1:]]


def _outcome(made: Made | ItemFailed) -> Outcome:
    if isinstance(made, ItemFailed):
        return Outcome(None, failure=made.problems[0])
    return Outcome(made.stored, made.rendered, made.fallback)


def batches(jobs: Sequence[RenderJob], size: int) -> list[Sequence[RenderJob]]:
    """`jobs` cut in order into runs of at most `size`."""
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def shares(count: int, workers: int) -> int:
    """The batch size that cuts `count` jobs into a multiple of `workers` even batches of at most BATCH."""
    parts = workers * -(-count // (workers * BATCH))
    return max(1, -(-count // max(parts, 1)))


class InProcess:
    """Renders in this process, every job in one call: the renderer masters them in groups as they come."""

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer

    def render(self, jobs: Sequence[RenderJob]) -> list[Outcome]:
        return run_jobs(self.renderer, jobs) if jobs else []
