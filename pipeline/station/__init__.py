"""The station agent (`loa station run`): a station PC that follows its district over the station link API.

It sits beside build/, above onair/: it plays with onair's player and reads days as onair does, talks
HTTP through adapters/http.py, and never imports the build (a station PC builds nothing).
"""
