"""Jinja2's sandbox with bounds: templates are code an editor writes, so they get a budget.

The stock sandbox stops attribute tricks and `range(10**9)`, but not a loop
inside a loop, `"x" * 10**9`, `9**9**9`, a macro or include that calls itself,
or a template that prints gigabytes. Here each render has a wall-clock
deadline, a cap on output, a step budget shared by all `range()` loops, and
bounded `*`/`**`; breaking one is a `TemplateLimit` the caller reports with the file.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jinja2 import Template
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from ..domain.limits import Limits


class TemplateLimit(Exception):
    """A template went over one of its bounds (the message says which, in plain words)."""


class _Budget:
    """Loop steps left for one render."""

    def __init__(self, steps: int) -> None:
        self.steps = steps

    def take(self) -> None:
        self.steps -= 1
        if self.steps < 0:
            raise TemplateLimit("the template loops too many times")


class BoundedRange:
    """`range()` for templates: every step counts against the render's budget."""

    def __init__(self, budget: _Budget, *args: int) -> None:
        self.inner, self.budget = range(*args), budget

    def __len__(self) -> int:
        return len(self.inner)

    def __iter__(self) -> Iterator[int]:
        for value in self.inner:
            self.budget.take()
            yield value


class BoundedSandbox(SandboxedEnvironment):
    """A SandboxedEnvironment whose renders stay within `limits`."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, limits: Limits, **options: Any) -> None:
        super().__init__(**options)
        self.limits = limits
        self._budget = _Budget(limits.template_iterations)
        self.globals["range"] = lambda *args: BoundedRange(self._budget, *args)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise TemplateLimit("a power in the template is too large")
        if operator == "*":
            count, seq = (right, left) if isinstance(right, int) else (left, right)
            if (
                isinstance(seq, str | list | tuple)
                and isinstance(count, int)
                and len(seq) * count > self.limits.template_chars
            ):
                raise TemplateLimit("the template repeats text too many times")
        return super().call_binop(context, operator, left, right)

    def render(self, template: Template, context: dict[str, Any]) -> str:
        """The rendered text, or TemplateLimit when the template goes over a bound."""
        self._budget.steps = self.limits.template_iterations
        out: list[str] = []
        size = 0
        try:
            with _deadline(self.limits.template_seconds):
                for chunk in template.generate(context):
                    size += len(chunk)
                    if size > self.limits.template_chars:
                        raise TemplateLimit(f"the text is longer than {self.limits.template_chars:,} characters")
                    out.append(chunk)
        except RecursionError:
            raise TemplateLimit("a macro or include calls itself without end") from None
        except (OverflowError, MemoryError):
            raise TemplateLimit("the template asks for a range or a value that is too large") from None
        return "".join(out)


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the render after `seconds` (a timer signal; in threads other than the main one, a check afterwards)."""
    if threading.current_thread() is not threading.main_thread():
        start = time.monotonic()
        yield
        if time.monotonic() - start > seconds:
            raise TemplateLimit(f"the template took longer than {seconds:g} s")
        return

    def expired(signum: int, frame: object) -> None:
        raise TemplateLimit(f"the template took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
