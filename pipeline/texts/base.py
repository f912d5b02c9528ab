"""What every command's lines share: a warning and an error, as the CLI prints them."""

from __future__ import annotations

from ..build.warnings import BuildWarning, worded
from ..i18n import tr


def warning(said: str | BuildWarning) -> str:
    """One warning line; a build's warning is worded by `build.warnings.worded`, the one place it is."""
    return tr("warning: {text}", text=worded(said) if isinstance(said, BuildWarning) else said)


def error(text: object) -> str:
    return tr("error: {text}", text=text)
