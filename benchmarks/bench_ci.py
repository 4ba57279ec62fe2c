"""Time `drill ci` on a practice repo of 30 people x 20 problems against a cold loop of `drill grade`.

Targets on a 2-core machine: `drill ci` under 180 s, and at least 5x faster than calling
`drill grade` once per submission in sequence. The repo is built in a temporary folder from the
catalogue's coding problems: each person gets the reference solution or one of the known-wrong
solutions of each problem (a fixed pseudo-random mix), with a line naming the person appended so
no two files are alike. Wrong solutions declared to fail on complexity are left out unless
--with-slow-wrongs: their grading time is the problem's own time limits at work (seconds of a
brute force running into them), the same in both modes, not drill's overhead.

The cold loop is timed on a sample, one submission per problem, and extrapolated to the whole
repo (the script says so when it prints the figure). The machine may be shared: the script also
prints the CPU time each side used (every process it started, graded code included) and the
load average, and "CPU / cores" is what the wall time would be with the cores to itself.
Usage: .venv/bin/python benchmarks/bench_ci.py [--people 30] [--problems 20] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.catalogue import Catalogue  # noqa: E402

DRILL = [sys.executable, "-m", "harness"]
TARGET_SECONDS = 180.0
TARGET_SPEEDUP = 5.0


def build_repo(repo: Path, people: int, count: int, with_slow: bool, seed: int) -> tuple[list[str], dict]:
    """Write the repo; returns the problems used and, per path, whether it should pass."""
    catalogue = Catalogue()
    loaded, _ = catalogue.load_all()
    problems = [p for p in loaded if p.round == "coding" and (p.solutions_dir / "reference.py").is_file()]
    if len(problems) < count:
        raise SystemExit(f"only {len(problems)} coding problems in the catalogue; asked for {count}")
    problems = problems[:count]
    rng = random.Random(seed)
    expected: dict[str, bool] = {}
    for i in range(people):
        person = f"person{i:02d}"
        for problem in problems:
            wrongs = sorted(f"wrong_{name}.py" for name, category in problem.wrong.items()
                            if with_slow or category != "complexity")
            name = "reference.py" if not wrongs or rng.random() < 0.5 else rng.choice(wrongs)
            source = (problem.solutions_dir / name).read_text(encoding="utf-8")
            folder = repo / person / problem.slug
            folder.mkdir(parents=True)
            (folder / "solution.py").write_text(f"{source}\n# submitted by {person}\n", encoding="utf-8")
            expected[f"{person}/{problem.slug}/solution.py"] = name == "reference.py"
    return [p.slug for p in problems], expected


def children_cpu() -> float:
    """CPU seconds of every finished process this one started (and they started, once reaped)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_ci(repo: Path, out: Path, jobs: int | None) -> tuple[float, float, dict]:
    args = [*DRILL, "ci", str(repo), "--json", str(out), "--seed", "20240601"]
    if jobs:
        args += ["--jobs", str(jobs)]
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=False)
    elapsed, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if done.returncode != 0:
        raise SystemExit(f"drill ci exited {done.returncode}: {done.stderr[-1000:]}")
    return elapsed, cpu, json.loads(out.read_text())


def time_cold_sample(repo: Path, problems: list[str], people: int, seed: int) -> tuple[dict[str, float], float]:
    """One `drill grade` per problem, for a person picked at random: seconds per problem, and
    the CPU seconds all of them used."""
    rng = random.Random(seed + 1)
    times = {}
    cpu0 = children_cpu()
    for slug in problems:
        person = f"person{rng.randrange(people):02d}"
        workspace = Path(tempfile.mkdtemp(prefix="drill-bench-ws-"))
        try:
            (workspace / slug).mkdir()
            shutil.copyfile(repo / person / slug / "solution.py", workspace / slug / "solution.py")
            t0 = time.perf_counter()
            done = subprocess.run([*DRILL, "--workspace", str(workspace), "grade", slug, "--seed", "20240601"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                  check=False)
            times[slug] = time.perf_counter() - t0
            if done.returncode not in (0, 1):
                raise SystemExit(f"drill grade {slug} exited {done.returncode}: {done.stderr[-1000:]}")
        finally:
            shutil.rmtree(workspace, ignore_errors=True)
    return times, children_cpu() - cpu0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30)
    parser.add_argument("--problems", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=None, help="passed to drill ci (default: all cores)")
    parser.add_argument("--with-slow-wrongs", action="store_true",
                        help="also use wrong solutions declared to fail on complexity")
    parser.add_argument("--seed", type=int, default=7, help="picks the mix of solutions")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="drill-bench-ci-"))
    try:
        repo = tmp / "repo"
        problems, expected = build_repo(repo, args.people, args.problems, args.with_slow_wrongs, args.seed)
        total = len(expected)
        references = sum(expected.values())
        print(f"repo: {args.people} people x {len(problems)} coding problems = {total} submissions "
              f"({references} reference solutions, {total - references} wrong ones"
              f"{'' if args.with_slow_wrongs else ', complexity-failing wrong ones left out'})")
        print(f"problems: {', '.join(problems)}")
        print(f"machine: {os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
        ci_seconds, ci_cpu, report = time_ci(repo, tmp / "report.json", args.jobs)
        statuses = {s["path"]: s["status"] for s in report["submissions"]}
        wrong = [p for p, ok in expected.items() if statuses.get(p) != ("passed" if ok else "failed")]
        print(f"drill ci: {ci_seconds:.1f} s for {total} submissions ({ci_seconds / total:.3f} s each); "
              f"{report['totals']['passed']} passed, {report['totals']['failed']} failed, "
              f"{report['totals']['error']} grading errors; {len(wrong)} verdicts differ from the "
              "reference/wrong label" + (f": {', '.join(wrong[:5])}" if wrong else ""))
        cores = len(os.sched_getaffinity(0))
        print(f"drill ci CPU: {ci_cpu:.0f} s ({ci_cpu / total:.3f} s per submission; "
              f"{ci_cpu / cores:.0f} s on {cores} cores to itself)")
        cold, cold_cpu = time_cold_sample(repo, problems, args.people, args.seed)
        cold_total = sum(cold.values()) * args.people
        print(f"cold loop: timed {len(cold)} `drill grade` calls (one per problem, "
              f"mean {sum(cold.values()) / len(cold):.2f} s, CPU {cold_cpu / len(cold):.2f} s each), "
              f"extrapolated to all {total} submissions as {args.people} x the per-problem times: "
              f"{cold_total:.0f} s")
        speedup = cold_total / ci_seconds
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print(f"{'figure':<28} {'value':>10}  target")
        verdict = "ok" if ci_seconds < TARGET_SECONDS else "MISSED"
        print(f"{'drill ci wall time':<28} {ci_seconds:>9.1f}s  < {TARGET_SECONDS:.0f} s {verdict}")
        verdict = "ok" if speedup >= TARGET_SPEEDUP else "MISSED"
        print(f"{'speed-up over cold loop':<28} {speedup:>9.1f}x  >= {TARGET_SPEEDUP:.0f}x {verdict}")
        print(f"{'CPU / cores (idle estimate)':<28} {ci_cpu / cores:>9.1f}s  "
              f"(cold loop: {cold_cpu * args.people:.0f} s of CPU, {cold_cpu * args.people / ci_cpu:.1f}x as much)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
