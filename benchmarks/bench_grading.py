"""Print median `drill grade` wall time per round and per framework (torch, numpy, plain Python).

Grades each problem's reference solution through the CLI, as a user would, `--runs` times, and
prints per-problem medians and the median over each group. A torch problem pays for importing
torch twice (the trusted test process and the worker, in parallel), which dominates its time.
Usage: .venv/bin/python benchmarks/bench_grading.py [--runs N] [--round ml|stats|coding] [SLUG ...]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DRILL = [sys.executable, "-m", "harness"]


def framework(reference: Path) -> str:
    text = reference.read_text()
    if re.search(r"^\s*(import|from)\s+torch", text, re.M):
        return "torch"
    if re.search(r"^\s*(import|from)\s+numpy", text, re.M):
        return "numpy"
    return "python"


def grade_once(ws: Path, slug: str) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(DRILL + ["-w", str(ws), "grade", slug], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"drill grade {slug} with the reference exited {proc.returncode}: "
                         f"{proc.stderr.decode()[-400:]}")
    return elapsed


def main() -> None:
    from harness.catalogue.loader import Catalogue

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--round", choices=("coding", "ml", "stats"))
    args = parser.parse_args()
    catalogue = Catalogue(ROOT)
    slugs = args.slugs or [s for s in catalogue.slugs()
                           if catalogue.get(s).round in ((args.round,) if args.round else ("ml", "stats"))]
    groups: dict[str, list[float]] = {}
    print(f"{'problem':<28} {'round':<7} {'framework':<9} {'median':>8} {'min':>8} {'max':>8}")
    for slug in slugs:
        problem = catalogue.get(slug)
        reference = problem.solutions_dir / "reference.py"
        kind = framework(reference)
        ws = Path(tempfile.mkdtemp(prefix="drill-bench-"))
        try:
            subprocess.run(DRILL + ["-w", str(ws), "start", slug], stdout=subprocess.DEVNULL, check=True, cwd=ROOT)
            shutil.copyfile(reference, ws / slug / "solution.py")
            times = [grade_once(ws, slug) for _ in range(args.runs)]
        finally:
            shutil.rmtree(ws, ignore_errors=True)
        med = statistics.median(times)
        groups.setdefault(f"{problem.round}/{kind}", []).append(med)
        groups.setdefault(kind, []).append(med)
        print(f"{slug:<28} {problem.round:<7} {kind:<9} {med:>7.2f}s {min(times):>7.2f}s {max(times):>7.2f}s")
    print()
    print(f"{'group':<20} {'problems':>8} {'median grade':>13}")
    for name in sorted(groups):
        print(f"{name:<20} {len(groups[name]):>8} {statistics.median(groups[name]):>12.2f}s")
    print(f"({args.runs} runs per problem, reference solutions, `drill grade` through the CLI)")


if __name__ == "__main__":
    main()
