"""Print the save-to-result time of `drill test --watch` (and a cold `drill test` beside it) for
two_sum (plain Python) and softmax (torch): from writing solution.py to the report on stdout.

Usage: .venv/bin/python benchmarks/bench_watch.py [--runs N] [--kind test|grade]
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRILL = [sys.executable, "-m", "harness"]
READY = b"each save runs"  # the line the watch prints after every run


def read_until(proc: subprocess.Popen, marker: bytes, timeout: float) -> bytes:
    """stdout up to the next line holding `marker`."""
    assert proc.stdout is not None
    out = b""
    deadline = time.monotonic() + timeout
    while marker not in out:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise SystemExit(f"no '{marker.decode()}' within {timeout:g} s; got:\n{out.decode()[-2000:]}")
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            raise SystemExit(f"the watch ended:\n{out.decode()[-2000:]}")
        out += chunk
    return out


def bench(slug: str, kind: str, runs: int) -> tuple[float, float, list[float]]:
    """(cold run, first watch run, save-to-result of each later save) in seconds."""
    workspace = Path(tempfile.mkdtemp(prefix="drill-bench-watch-"))
    env = {**os.environ, "DRILL_WORKSPACE": str(workspace), "DRILL_PROGRESS": "0"}
    try:
        subprocess.run(DRILL + ["start", slug], env=env, check=True, stdout=subprocess.DEVNULL)
        solution = workspace / slug / "solution.py"
        versions = [(ROOT / "solutions" / slug / "reference.py").read_bytes(), (ROOT / "problems" / slug / "stub.py").read_bytes()]
        t0 = time.perf_counter()
        subprocess.run(DRILL + [kind, slug], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        proc = subprocess.Popen(DRILL + [kind, slug, "--watch"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        try:
            read_until(proc, READY, 300)
            first = time.perf_counter() - t0
            times = []
            for i in range(runs):
                time.sleep(0.3)  # the user types; the watch sits idle
                t0 = time.perf_counter()
                solution.write_bytes(versions[i % 2] + f"\n# save {i}\n".encode())
                read_until(proc, READY, 120)
                times.append(time.perf_counter() - t0)
        finally:
            proc.send_signal(signal.SIGINT)  # Ctrl-C: the watch ends cleanly
            proc.wait(timeout=30)
        return cold, first, times
    finally:
        shutil.rmtree(workspace, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--kind", choices=("test", "grade"), default="test")
    args = parser.parse_args()
    print(f"drill {args.kind} --watch: save-to-result (median of {args.runs} saves), "
          f"against a cold `drill {args.kind}`")
    for slug in ("two_sum", "softmax"):
        cold, first, times = bench(slug, args.kind, args.runs)
        print(f"  {slug:<8} save-to-result {statistics.median(times):.2f} s (min {min(times):.2f}, "
              f"max {max(times):.2f}) · cold drill {args.kind} {cold:.2f} s · watch start-up {first:.2f} s")


if __name__ == "__main__":
    main()
