"""The main job, `loa build`: the step list (steps.py) and each step — check, plan, script, program, render, keep
(the day before), assemble, publish (through onair/), the day's report and summary, and compose (the services)."""
