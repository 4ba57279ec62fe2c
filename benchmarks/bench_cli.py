"""Print CLI start-up and grading times (medians over several runs) for the everyday commands.

Targets on a 2-core machine: `drill --help`, `drill list`, `drill start` under 0.3 s each;
`drill grade two_sum` with the reference solution under 1.0 s wall; a torch grade (softmax) for reference.
Usage: .venv/bin/python benchmarks/bench_cli.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRILL = [sys.executable, "-m", "harness"]


def timed(args: list[str], expect: int = 0) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(DRILL + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode != expect:
        raise SystemExit(f"drill {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"drill --help": [], "drill list": [], "drill start two_sum": [],
                                       "drill grade two_sum (reference)": [], "drill test two_sum (reference)": [],
                                       "drill grade softmax (torch reference)": []}
    for _ in range(args.runs):
        ws = Path(tempfile.mkdtemp(prefix="drill-bench-"))
        try:
            results["drill --help"].append(timed(["--help"]))
            results["drill list"].append(timed(["-w", str(ws), "list"]))
            results["drill start two_sum"].append(timed(["-w", str(ws), "start", "two_sum"]))
            shutil.copyfile(ROOT / "solutions/two_sum/reference.py", ws / "two_sum/solution.py")
            results["drill test two_sum (reference)"].append(timed(["-w", str(ws), "test", "two_sum"]))
            results["drill grade two_sum (reference)"].append(timed(["-w", str(ws), "grade", "two_sum"]))
            timed(["-w", str(ws), "start", "softmax"])
            shutil.copyfile(ROOT / "solutions/softmax/reference.py", ws / "softmax/solution.py")
            results["drill grade softmax (torch reference)"].append(timed(["-w", str(ws), "grade", "softmax"]))
        finally:
            shutil.rmtree(ws, ignore_errors=True)
    targets = {"drill --help": 0.3, "drill list": 0.3, "drill start two_sum": 0.3,
               "drill grade two_sum (reference)": 1.0}
    print(f"{'command':<36} {'median':>8} {'min':>8} {'max':>8}  target")
    for name, times in results.items():
        target = targets.get(name)
        verdict = "" if target is None else (f"< {target:.1f} s " + ("ok" if statistics.median(times) < target else "MISSED"))
        print(f"{name:<36} {statistics.median(times):>7.3f}s {min(times):>7.3f}s {max(times):>7.3f}s  {verdict}")
    print(f"({args.runs} runs each; python {sys.version.split()[0]}; isolation as detected by drill)")


if __name__ == "__main__":
    main()
