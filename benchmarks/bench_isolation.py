"""How much bubblewrap costs: `drill grade two_sum` (reference solution) with and without it.

Runs the real CLI in a throwaway workspace, alternating the modes so that machine noise hits
both alike, and prints the median (and range) over --runs gradings per mode. Also times one
worker start (spawn + import + first call) per mode.

    .venv/bin/python benchmarks/bench_isolation.py --runs 7
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.isolation import backend  # noqa: E402
from harness.isolation.limits import ISOLATION_ENV, Limits  # noqa: E402
from harness.trusted.remote import WorkerClient  # noqa: E402


def grade_once(workspace: Path, mode: str) -> float:
    env = {**os.environ, ISOLATION_ENV: mode}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "harness", "--workspace", str(workspace), "grade", "two_sum"],
                          env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0 or f"isolation: {mode}" not in done.stdout:
        raise SystemExit(f"grading failed in {mode} mode:\n{done.stdout}\n{done.stderr}")
    return elapsed


def worker_start(solution: Path, mode: str) -> float:
    os.environ[ISOLATION_ENV] = mode
    t0 = time.perf_counter()
    client = WorkerClient(solution, call_timeout=10, limits=Limits())
    try:
        client.module.two_sum([2, 7], 9)
        return time.perf_counter() - t0
    finally:
        client.close()


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} s  (min {min(values):.3f}, max {max(values):.3f}, n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="gradings per mode (at least 5)")
    args = parser.parse_args()
    runs = max(5, args.runs)
    modes = []
    for name in backend.names()[1:]:  # every registered backend, in auto's order
        ok, why = backend.backend_named(name).probe()
        if ok:
            modes.append(name)
        else:
            print(f"{name} unavailable ({why}); not timed")
    tmp = Path(tempfile.mkdtemp(prefix="drill-bench-"))
    try:
        workspace = tmp / "ws"
        subprocess.run([sys.executable, "-m", "harness", "--workspace", str(workspace), "start", "two_sum"],
                       check=True, capture_output=True)
        shutil.copyfile(ROOT / "solutions/two_sum/reference.py", workspace / "two_sum" / "solution.py")
        grade_once(workspace, modes[0])  # warm the file cache
        grades: dict[str, list[float]] = {m: [] for m in modes}
        starts: dict[str, list[float]] = {m: [] for m in modes}
        for _ in range(runs):
            for mode in modes:
                grades[mode].append(grade_once(workspace, mode))
                starts[mode].append(worker_start(workspace / "two_sum" / "solution.py", mode))
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
              f"{'root' if os.geteuid() == 0 else 'user'}")
        for mode in modes:
            print(f"drill grade two_sum, {mode:10s}: {summary(grades[mode])}")
        for mode in modes:
            print(f"worker start + first call, {mode:10s}: {summary(starts[mode])}")
        baseline = modes[-1]  # the plain-process fallback: what isolation is measured against
        for mode in modes[:-1]:
            delta = statistics.median(grades[mode]) - statistics.median(grades[baseline])
            print(f"{mode} costs {delta:+.3f} s per grading over {baseline} (difference of medians)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
