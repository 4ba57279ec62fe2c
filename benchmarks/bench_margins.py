"""How far every timing-based verdict lands from its threshold, over many seeds, idle and loaded.

    .venv/bin/python benchmarks/bench_margins.py [--seeds 20] [--first-seed 1] [--busy 0|1|2]
                                                 [--problems a,b] [--jobs 1] [--out FILE]

For every problem with a complexity test (an operation count with its CPU guard, a speed test
against a plain-Python baseline timed on this machine, a space measurement's allowance), and for
each seed, the problem's reference and alt_*.py solutions (which must pass) and its wrong
solutions declared to fail in complexity (which must fail) are graded on the complexity tests
in one trusted process, as `drill validate` grades them, with DRILL_MARGINS set: the trusted
process then writes down every figure a timing-based verdict rests on (harness.trusted.margins).

Each figure becomes a margin m: how many times over its threshold the reading could move before
the verdict flips. m > 1 says "pass" (the reading sits m times below the limit that would fail
it); m < 1 says "fail". For the CPU guard, which fails a solution when the 32x ratio or all
three of the n^2 fit's criteria are met, m is the smaller of the ratio's margin and the largest
of the three criteria's margins. A call's wall time, a speed test's CPU seconds and a space
measurement's seconds each have m = limit / reading.

Printed per problem: the smallest m any must-pass solution reached over all seeds (with the
test), and the largest m among the figures that failed a must-fail solution, i.e. the closest
a wrong solution came to passing. Also the seeds where a verdict differed from the expected one.
Targets: every must-pass m at least 1.5; no verdict wrong at any seed. --busy N runs N CPU hogs
beside it (1: the other core busy on a 2-core machine).

Exit status 1 if any verdict was wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.catalogue.loader import Catalogue, Problem  # noqa: E402 - after the sys.path line above
from harness.grading.grader import GradeOptions, Submission, grade_batch  # noqa: E402
from harness.trusted.margins import MARGINS_ENV  # noqa: E402

CATEGORY = "complexity"
TARGET_PASS_MARGIN = 1.5
BUSY_LOOP = "while True:\n    pass\n"


def margin(record: dict) -> float:
    """m for one recorded figure: > 1 on the passing side of its threshold, < 1 on the failing side."""

    def over(limit: float, reading: float) -> float:
        return math.inf if reading <= 0 else limit / reading

    figure = record["figure"]
    if figure == "guard":
        share_rule = max(over(record["share_limit"], record["share"]),
                         over(record["share_seconds_limit"], record["share_seconds"]),
                         over(record["step_limit"], record["step"]))
        return min(over(record["ratio_limit"], record["ratio"]), share_rule)
    if figure == "guard_prediction":
        return max(over(record["step_limit"], record["step"]), over(record["predicted_limit"], record["predicted"]))
    if figure == "guard_timeout":
        return over(record["ratio_limit"], record["ratio"])
    if figure in ("call", "speed", "space_seconds"):
        m = over(record["limit"], record["seconds"])
        return min(m, 1.0) if record.get("timed_out") else m
    raise ValueError(f"unknown figure {figure!r}")


def timing_problems(catalogue: Catalogue, only: set[str] | None) -> list[Problem]:
    chosen = []
    problems, errors = catalogue.load_all()
    if errors:
        raise SystemExit(f"the catalogue does not load: {errors[0]}")
    for problem in problems:
        if only is not None and problem.slug not in only:
            continue
        hidden = (problem.path / "tests" / "test_hidden.py").read_text(encoding="utf-8")
        if "mark.complexity" in hidden or "complexity." in hidden:
            chosen.append(problem)
    return chosen


@dataclass
class Tally:
    """One problem's margins over all seeds."""

    pass_low: dict[str, tuple[float, str]] = field(default_factory=dict)  # figure -> (m, where)
    fail_high: dict[str, tuple[float, str]] = field(default_factory=dict)
    wrong_verdicts: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add_pass(self, figure: str, m: float, where: str) -> None:
        if figure not in self.pass_low or m < self.pass_low[figure][0]:
            self.pass_low[figure] = (m, where)

    def add_fail(self, figure: str, m: float, where: str) -> None:
        if figure not in self.fail_high or m > self.fail_high[figure][0]:
            self.fail_high[figure] = (m, where)


def run_problem(problem: Problem, seeds: list[int], out_path: str | None) -> Tally:
    solutions = problem.solutions_dir
    must_pass = [solutions / "reference.py", *sorted(solutions.glob("alt_*.py"))]
    must_fail = [solutions / f"wrong_{name}.py" for name, category in sorted(problem.wrong.items())
                 if category == CATEGORY]
    files = [p for p in must_pass + must_fail if p.is_file()]
    tally = Tally()
    started = time.perf_counter()
    out = open(out_path or os.devnull, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - closed below
    for seed in seeds:
        with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as log:
            os.environ[MARGINS_ENV] = log.name
            try:
                reports = grade_batch(problem, [Submission(p.read_bytes(), p.name, kind="grade", category=CATEGORY)
                                                for p in files], GradeOptions(kind="grade", seed=seed))
            finally:
                os.environ.pop(MARGINS_ENV, None)
            records = [json.loads(line) for line in log.read().splitlines() if line.strip()]
        for path, report in zip(files, reports, strict=True):
            failed = report.error is not None or any(not t.passed for t in report.tests if t.category == CATEGORY)
            if (path in must_pass) == failed:
                first = report.error or next((f"{t.name}: {t.message.splitlines()[0] if t.message else ''}"
                                              for t in report.tests if not t.passed), "passed")
                tally.wrong_verdicts.append(f"seed {seed}: {path.name} {'failed' if failed else 'passed'} ({first})")
        by_run: dict[tuple[int, str], list[dict]] = defaultdict(list)
        for record in records:
            by_run[(record["index"], record["test"])].append(record)
            record = dict(record, what=str(record.get("what", ""))[:80])
            out.write(json.dumps({"slug": problem.slug, "seed": seed, **record}) + "\n")
        for index, (path, report) in enumerate(zip(files, reports, strict=True)):
            if path in must_pass:
                for (at, test), group in by_run.items():
                    for record in group if at == index else ():
                        tally.add_pass(record["figure"], margin(record), f"{path.name} {test.split('::')[-1]} seed {seed}")
                continue
            # A wrong solution is as close to passing as its failed test that came closest: a
            # test failed on a figure past its threshold has that figure's m; one failed with no
            # such figure (a wrong answer, an operation count) does not rest on a timing: m = 0.
            closest: tuple[float, str, str] | None = None
            for result in report.tests:
                if result.passed or result.category != CATEGORY:
                    continue
                failing = [r for r in by_run.get((index, result.id), []) if margin(r) < 1]
                m, figure = (min((margin(r), r["figure"]) for r in failing) if failing else (0.0, "untimed"))
                if closest is None or m < closest[0]:
                    closest = (m, figure, result.name)
            if closest is not None:
                tally.add_fail(closest[1], closest[0], f"{path.name} {closest[2]} seed {seed}")
    out.close()
    tally.seconds = time.perf_counter() - started
    return tally


def start_busy(count: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", BUSY_LOOP], start_new_session=True) for _ in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20, help="seeds per problem (default 20)")
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--busy", type=int, default=0, help="CPU hogs to run beside it (default 0)")
    parser.add_argument("--problems", default=None, help="comma-separated slugs (default: every timed problem)")
    parser.add_argument("--jobs", type=int, default=1, help="problems graded at a time (default 1)")
    parser.add_argument("--out", type=Path, default=None, help="also write every figure as JSON lines here")
    args = parser.parse_args()
    only = set(args.problems.split(",")) if args.problems else None
    problems = timing_problems(Catalogue(), only)
    seeds = list(range(args.first_seed, args.first_seed + args.seeds))
    hogs = start_busy(args.busy)
    load_before = os.getloadavg()[0]
    if args.out:
        args.out.write_text("")
    wrong = 0
    print(f"{len(problems)} problems, seeds {seeds[0]}..{seeds[-1]}, {args.jobs} at a time, {args.busy} CPU "
          f"hog(s) beside, {os.cpu_count()} cores, load average before {load_before:.2f}")
    print(f"{'problem':<28} {'must pass: lowest m':<46} {'must fail: highest m':<46} s")
    started = time.perf_counter()
    try:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            futures = {problem.slug: pool.submit(run_problem, problem, seeds, str(args.out) if args.out else None)
                       for problem in problems}
            for slug, future in futures.items():
                tally = future.result()
                low = min(tally.pass_low.items(), key=lambda kv: kv[1][0], default=None)
                high = max(tally.fail_high.items(), key=lambda kv: kv[1][0], default=None)
                low_text = f"{low[1][0]:7.2f} {low[0]} ({low[1][1]})" if low else "   -"
                high_text = f"{high[1][0]:7.2f} {high[0]} ({high[1][1]})" if high else "   -"
                print(f"{slug:<28} {low_text:<46} {high_text:<46} {tally.seconds:.0f}", flush=True)
                for figure, (m, where) in sorted(tally.pass_low.items()):
                    if m < TARGET_PASS_MARGIN:
                        print(f"    pass margin under {TARGET_PASS_MARGIN}: {figure} {m:.2f} ({where})")
                for line in tally.wrong_verdicts:
                    print(f"    WRONG VERDICT {line}")
                wrong += len(tally.wrong_verdicts)
    finally:
        for hog in hogs:
            hog.kill()
    print(f"{time.perf_counter() - started:.0f} s in all")
    print(f"load average after {os.getloadavg()[0]:.2f}; wrong verdicts: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
