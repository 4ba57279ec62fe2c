#!/usr/bin/env bash
# Create the virtual environment and install drill into it; install bubblewrap when possible.
set -euo pipefail
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
# The constraints file pins torch to the CPU build; an unpinned torch pulls several GB of CUDA packages.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
if ! command -v bwrap >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing bubblewrap (sandbox for graded code)..."
        (apt-get install -y -qq bubblewrap >/dev/null 2>&1 ||
         (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq bubblewrap >/dev/null 2>&1)) ||
            echo "note: bubblewrap could not be installed; grading uses process isolation instead"
    else
        echo "note: bubblewrap (bwrap) not found; grading uses process isolation. Install it with: sudo apt-get install bubblewrap"
    fi
fi
