"""Accuracy and cost of harness.complexity over the labelled corpus, idle and with both cores busy.

    python benchmarks/bench_complexity.py [--runs 10] [--seed 1000]
    python benchmarks/bench_complexity.py --scaling [--runs 20]

Each run measures every corpus case once (time: operation count plus the CPU guard when the
count is below O(n^2); space: tracemalloc plus call depth) on inputs from a fresh seed, and
prints its accuracy (must be 100%) and seconds per check. A "check" is one case's time verdict
or one case's space verdict, as a grade would run it. Targets: median < 0.5 s, max < 2 s.
Exit status 1 if any run misclassifies a case.

--scaling measures the CPU guard alone on two_sum solutions at the guard sizes two_sum uses
(n1 drawn in [2,550, 3,000] per seed, top sizes n1*4 ... n1*32), idle and with the other core
busy: the n^2 share of the fit and the 32x ratio of each, with their margins to the thresholds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from complexity_corpus import cases as corpus  # noqa: E402 - after the sys.path lines above

from harness.complexity.classify import GUARD_QUADRATIC_RATIO  # noqa: E402 - after the sys.path lines above
from harness.complexity.counting import measure_time  # noqa: E402 - after the sys.path lines above
from harness.complexity.growth import Growth  # noqa: E402 - after the sys.path lines above
from harness.complexity.guard import measure_cpu_guard  # noqa: E402 - after the sys.path lines above
from harness.complexity.scaling import SHARE_QUADRATIC, top_step  # noqa: E402 - after the sys.path lines above
from harness.complexity.space import measure_space  # noqa: E402 - after the sys.path lines above

BUSY_LOOP = "while True:\n    pass\n"
# CPU guard readings of this process: (case, expected time class, ratio, timed window at n1).
GUARD_READINGS: list[tuple[str, Growth, float, float]] = []


def time_check(case: corpus.Case) -> tuple[bool, str]:
    evidence = measure_time(case.func, case.make_args, case.sizes,
                            budget_per_size=case.budget, fresh=case.fresh)
    if (case.guard_n is not None and not evidence.tampered
            and evidence.count_growth < Growth.QUADRATIC):
        guard = measure_cpu_guard(case.func, case.make_args, case.guard_n, fresh=case.fresh)
        GUARD_READINGS.append((case.name, case.expected_time, guard.ratio,
                               guard.t_small * guard.batch))
        evidence = evidence.with_guard(guard)
    if case.tamper:
        return bool(evidence.tampered) and not evidence.meets(Growth.WORSE), "tampered"
    return evidence.growth is case.expected_time, evidence.growth.value


def space_check(case: corpus.Case) -> tuple[bool, str]:
    evidence = measure_space(case.func, case.make_args, case.space_sizes_or_default,
                             fresh=case.fresh)
    return (evidence.tampered is None and evidence.growth is case.expected_space,
            evidence.growth.value)


def one_run(seed: int) -> tuple[int, int, list[tuple[float, str]], list[str]]:
    corpus.reseed(seed)
    correct = total = 0
    seconds: list[tuple[float, str]] = []
    wrong: list[str] = []
    for case in corpus.CASES:
        for kind, check, expected in (("time", time_check, case.expected_time),
                                      ("space", space_check, case.expected_space)):
            start = time.perf_counter()
            ok, got = check(case)
            seconds.append((time.perf_counter() - start, f"{case.name}/{kind}"))
            total += 1
            correct += ok
            if not ok:
                wrong.append(f"{case.name} {kind}: got {got}, expected {expected.value}")
    return correct, total, seconds, wrong


def start_busy(count: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(count)]


def stop_busy(procs: list[subprocess.Popen]) -> None:
    for proc in procs:  # only the processes this script started, by their own handles
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summarise(label: str, per_check: list[tuple[float, str]]) -> str:
    values = sorted(s for s, _ in per_check)
    slowest = max(per_check)
    return (f"{label}: median {statistics.median(values):.3f} s, "
            f"p90 {values[int(0.9 * (len(values) - 1))]:.3f} s, max {slowest[0]:.3f} s "
            f"({slowest[1]})")


def guard_margins() -> str:
    """How far the guard's ratios stayed from its quadratic threshold, on both sides."""
    below = [(r, name) for name, want, r, _ in GUARD_READINGS if want < Growth.QUADRATIC]
    above = [(r, name) for name, want, r, _ in GUARD_READINGS if want >= Growth.QUADRATIC]
    lines = [f"CPU guard: {len(GUARD_READINGS)} readings, threshold {GUARD_QUADRATIC_RATIO:.0f}x"]
    claimed = [w for _, _, r, w in GUARD_READINGS if r >= GUARD_QUADRATIC_RATIO]
    if below:
        top, name = max(below)
        lines.append(f"  below n^2: highest {top:.0f}x ({name}), margin x{GUARD_QUADRATIC_RATIO / top:.1f}")
    if above:
        low, name = min(above)
        lines.append(f"  n^2 cases: lowest {low:.0f}x ({name}), margin x{low / GUARD_QUADRATIC_RATIO:.1f}")
    if claimed:
        lines.append(f"  shortest timed window at n1 behind a quadratic claim: {min(claimed) * 1e3:.2f} ms")
    return "\n".join(lines)


def _two_sum_seen_get(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i, j]
        seen[x] = j
    return []


def _two_sum_numpy_sorted(nums, target):
    import numpy as np

    a = np.array(nums, dtype=np.int64)
    order = np.argsort(a, kind="stable")
    s = a[order]
    k = np.searchsorted(s, target - s)
    k = np.minimum(k, len(s) - 1)
    hit = np.flatnonzero((s[k] == target - s) & (order[k] != order))
    if hit.size:
        i, j = sorted((int(order[hit[0]]), int(order[k[hit[0]]])))
        return [i, j]
    return []


SCALING_CASES = (  # (name, function, whether it is quadratic)
    ("dict (reference)", _two_sum_seen_get, False),
    ("dict + in", corpus.two_sum_dict, False),
    ("sorted pairs (n log n)", corpus.two_sum_sorted, False),
    ("numpy argsort + searchsorted", _two_sum_numpy_sorted, False),
    ("numpy comparison per element (n^2)", corpus.two_sum_numpy_pairs, True),
)


def _pair_at_end(seed: int):
    import random

    def make_args(n: int):
        rng = random.Random(seed * 1_000_003 + n)
        nums = [2 * v for v in rng.sample(range(4 * n), n)]
        nums[-1] = 2 * rng.randrange(4 * n) + 1
        return (nums, nums[-2] + nums[-1]), {}
    return make_args


def scaling(runs: int, seed: int) -> int:
    """The guard on two_sum solutions over `runs` seeds per condition; 1 if any verdict is wrong."""
    import random

    wrong = 0
    for condition in ("idle", "busy"):
        procs = start_busy(1) if condition == "busy" else []
        readings: dict[str, list[tuple[float, float, bool, float, float]]] = {
            name: [] for name, _, _ in SCALING_CASES}
        try:
            for run in range(runs):
                n1 = 3000 - random.Random(seed + run).randrange(451)
                for name, func, quadratic in SCALING_CASES:
                    guard = measure_cpu_guard(func, _pair_at_end(seed + run), n1)
                    caught = guard.bound is Growth.QUADRATIC
                    readings[name].append((guard.share, guard.ratio, caught, guard.share_seconds,
                                           top_step(guard.top_times)))
                    wrong += caught is not quadratic
        finally:
            stop_busy(procs)
        print(f"{condition} ({runs} seeds from {seed}; n^2 share threshold {SHARE_QUADRATIC:.2f}, "
              f"ratio threshold {GUARD_QUADRATIC_RATIO:.0f}x):")
        for name, _, quadratic in SCALING_CASES:
            shares = [r[0] for r in readings[name]]
            ratios = [r[1] for r in readings[name]]
            caught = sum(r[2] for r in readings[name])
            quad = [r[3] for r in readings[name]]
            steps = [r[4] for r in readings[name]]
            margin = (min(shares) / SHARE_QUADRATIC if quadratic
                      else SHARE_QUADRATIC / max(max(shares), 1e-9))
            print(f"  {name:38s} share {min(shares):.2f}-{max(shares):.2f} (margin x{margin:.2f}), "
                  f"n^2 part {min(quad) * 1e3:.0f}-{max(quad) * 1e3:.0f} ms, last 4x "
                  f"{min(steps):.1f}-{max(steps):.1f}, ratio {min(ratios):.0f}-{max(ratios):.0f}x, "
                  f"caught {caught}/{len(shares)}", flush=True)
    return 1 if wrong else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per condition (default 10)")
    parser.add_argument("--seed", type=int, default=1000, help="seed of the first run")
    parser.add_argument("--scaling", action="store_true", help="the guard on two_sum solutions only")
    options = parser.parse_args()
    if options.scaling:
        return scaling(options.runs, options.seed)

    print(f"corpus: {len(corpus.CASES)} cases x (time, space) = {2 * len(corpus.CASES)} checks "
          f"per run; python {sys.version.split()[0]}")
    failures = 0
    all_seconds: dict[str, list[tuple[float, str]]] = {}
    seed = options.seed
    for condition in ("idle", "busy"):
        procs = start_busy(2) if condition == "busy" else []
        seconds_here: list[tuple[float, str]] = []
        try:
            if procs:
                time.sleep(0.5)  # let the busy loops get going
            for run in range(1, options.runs + 1):
                start = time.perf_counter()
                correct, total, seconds, wrong = one_run(seed)
                values = [s for s, _ in seconds]
                print(f"{condition} run {run:2d} seed {seed}: accuracy {correct}/{total} "
                      f"({100 * correct / total:.1f}%), per check median "
                      f"{statistics.median(values):.3f} s, max {max(values):.3f} s, "
                      f"run {time.perf_counter() - start:.1f} s", flush=True)
                for line in wrong:
                    print(f"    WRONG {line}", flush=True)
                failures += len(wrong)
                seconds_here.extend(seconds)
                seed += 1
        finally:
            stop_busy(procs)
        all_seconds[condition] = seconds_here

    print()
    for condition, seconds in all_seconds.items():
        print(summarise(f"{condition:4s} seconds per check", seconds))
        print(summarise(f"{condition:4s}   time checks ", [s for s in seconds
                                                          if s[1].endswith("/time")]))
        print(summarise(f"{condition:4s}   space checks", [s for s in seconds
                                                          if s[1].endswith("/space")]))
    print(guard_margins())
    print(f"misclassified checks: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
