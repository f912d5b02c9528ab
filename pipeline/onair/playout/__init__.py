"""A station's player: its Liquidsoap program and timetable, the running player, and its play log."""
