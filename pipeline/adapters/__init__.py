"""The one place for each outside tool: ffmpeg, PCM clips (pydub), subprocesses, the clock."""
