"""The day on air: published days (read, verify, repair, publish atomically), what a station takes away, and the
station's player (playout/). The build writes a day through this package; nothing here imports the build."""
