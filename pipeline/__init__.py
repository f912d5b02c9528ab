"""Loa: a content pipeline for Vietnam's commune loudspeaker stations."""

__version__ = "0.1.0"
