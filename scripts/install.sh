#!/usr/bin/env bash
# Create the virtual environment and install drill into it; install bubblewrap when possible.
# `install.sh sandbox` does only the bubblewrap step (the test suite checks it that way).
set -euo pipefail
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"

install_python_env() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    # The constraints file pins torch to the CPU build; an unpinned torch pulls several GB of CUDA packages.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
# Byte-compile drill itself: where PYTHONDONTWRITEBYTECODE is set (common in containers) every
# command and every grading would otherwise recompile the package from source.
"$VENV/bin/python" -m compileall -q harness >/dev/null
}

install_sandbox() {
    # Graded code runs inside bubblewrap when it is installed (DRILL_ISOLATION=process opts out).
    if command -v bwrap >/dev/null 2>&1; then
        return 0
    fi
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing bubblewrap (sandbox for graded code)..."
        if apt-get install -y -qq bubblewrap >/dev/null 2>&1 ||
           { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq bubblewrap >/dev/null 2>&1; }; then
            echo "bubblewrap installed: graded code runs sandboxed"
        else
            echo "note: bubblewrap could not be installed; grading uses process isolation instead" \
                 "(no filesystem or network isolation)"
        fi
    else
        echo "note: bubblewrap (bwrap) not found; grading uses process isolation (no filesystem or" \
             "network isolation). Install it with: sudo apt-get install bubblewrap"
    fi
}

case "${1:-all}" in
    sandbox) install_sandbox ;;
    all) install_python_env; install_sandbox ;;
    *) echo "usage: install.sh [all|sandbox]" >&2; exit 2 ;;
esac
