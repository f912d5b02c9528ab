#!/usr/bin/env bash
# Translators' loop: extract every marked message (tr, N_) into loa.pot, merge it into the Vietnamese
# catalog (new messages appear untranslated there), then compile the .mo that Loa reads at run time.
# Edit pipeline/locale/vi/LC_MESSAGES/loa.po (any PO editor, e.g. Poedit), then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
pybabel=.venv/bin/pybabel
"$pybabel" -q extract --no-location --sort-output -k tr -k N_ --project loa -o pipeline/locale/loa.pot pipeline
.venv/bin/python tools/extract_help.py pipeline/locale/loa.pot  # click's help texts (docstrings, option help)
"$pybabel" -q update --no-fuzzy-matching --ignore-obsolete -l vi -D loa -d pipeline/locale -i pipeline/locale/loa.pot
"$pybabel" -q compile --statistics -l vi -D loa -d pipeline/locale
