#!/usr/bin/env bash
# Set up Loa on a fresh Debian/Ubuntu machine: system tools, then a virtualenv in .venv.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
command -v chromium >/dev/null || missing+=(chromium)             # the tests look at the pages in a real browser
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v liquidsoap >/dev/null || missing+=(liquidsoap)         # playout: `loa playout --run`, and its tests
command -v icecast2 >/dev/null || missing+=(icecast2)             # a real stream on loopback for the relay test (tests/onair/test_relay.py)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing with apt-get: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# A regular install, not an editable one: setuptools' editable modes print notices (or deprecations) on every
# set-up. Run this script again after changing Loa's code to refresh .venv/bin/loa; the tests import the
# working tree itself.
.venv/bin/python -m pip install -q --force-reinstall --no-deps . && .venv/bin/python -m pip install -q '.[test]'
