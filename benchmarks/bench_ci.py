"""Time `drill ci` on a synthetic practice repo of 30 people x 20 problems against a cold loop of
`drill grade`, one call per submission.

Targets on a 2-core machine: `drill ci` under 180 s for the 600 submissions, and at least 5x
faster than the cold loop. The repo mixes what a study group commits: for each person and
problem the reference solution, one of the problem's known-wrong solutions, the untouched stub,
or (a few) a hostile submission (an import that never ends, exit at import, a memory bomb, a
bounded fork bomb, a double-forked daemon, 100 MB of output), each with a line naming the
person appended so that no two files are alike. The problems mix DS&A, numpy, torch and
statistics problems. Wrong solutions declared to fail on complexity are left out unless
--with-slow-wrongs: most of their grading is the problem's own time limits running out (a
brute force stopped at the per-call limit, a space measurement at its allowance), seconds that
are the same in both modes and would hide drill's own cost. With them, measured here: 250 s,
4.3x the cold loop.

Every submission has an expected verdict (reference: passes; wrong, stub, most hostile ones:
fail; the daemon, fork bomb and output flood wrap the reference and still pass), and the script
prints how many verdicts differ.

The cold loop is timed on a sample (--cold-sample submissions per problem, picked at random) and
extrapolated per problem to the whole repo; the script says so when it prints the figure. The
machine may be shared: the script prints the load average and the CPU time each side used.
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

from harness.catalogue.loader import Catalogue  # noqa: E402

DRILL = [sys.executable, "-m", "harness"]
TARGET_SECONDS = 180.0
TARGET_SPEEDUP = 5.0
SEED = "20240601"

# 12 DS&A, 3 torch, 3 numpy, 2 statistics problems, in an order that mixes them (--problems N
# takes the first N).
PROBLEMS = ("two_sum", "softmax", "lru_cache", "kmeans", "has_cycle", "cross_entropy",
            "number_of_islands", "welch_ttest", "merge_intervals", "pca", "search_rotated", "adam",
            "longest_substring", "markov_chain", "reverse_linked_list", "logistic_regression_l2",
            "coin_change", "course_schedule", "kth_largest", "valid_parentheses")

# Hostile submissions: (name, code run at import after the reference solution, expected to pass).
HOSTILE = (
    ("import_never_ends", "while True:\n    pass\n", False),
    ("exit_at_import", "import os\nos._exit(0)\n", False),
    ("memory_bomb", "_hoard = [bytearray(1 << 26) for _ in range(1 << 10)]\n", False),
    ("fork_bomb", "import os, time\nfor _ in range(200):\n    try:\n        if os.fork() == 0:\n"
                  "            time.sleep(600)\n            os._exit(0)\n    except OSError:\n        break\n", True),
    ("daemon", "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
               "        time.sleep(600)\n    os._exit(0)\n", True),
    ("output_flood", "import sys\nsys.stdout.write('x' * 100_000_000)\n", True),
)
SHARES = {"reference": 0.45, "wrong": 0.35, "stub": 0.20}  # of the non-hostile submissions
HOSTILE_COUNT = 6


def build_repo(repo: Path, people: int, count: int, with_slow: bool, seed: int) -> tuple[list[str], dict]:
    """Write the repo; returns the problems used and, per path, (kind, expected to pass)."""
    catalogue = Catalogue()
    if count > len(PROBLEMS):
        raise SystemExit(f"at most {len(PROBLEMS)} problems")
    problems = [catalogue.get(slug) for slug in PROBLEMS[:count]]
    rng = random.Random(seed)
    cells = [(i, p) for i in range(people) for p in problems]
    hostile_at = dict(zip(rng.sample(range(len(cells)), min(HOSTILE_COUNT, len(cells))), HOSTILE, strict=False))
    expected: dict[str, tuple[str, bool]] = {}
    for k, (i, problem) in enumerate(cells):
        person = f"person{i:02d}"
        reference = (problem.solutions_dir / "reference.py").read_text(encoding="utf-8")
        wrongs = sorted(f"wrong_{name}.py" for name, category in problem.wrong.items()
                        if with_slow or category != "complexity")
        if k in hostile_at:
            name, payload, passes = hostile_at[k]
            kind, source = f"hostile:{name}", f"{reference}\n{payload}"
        else:
            draw = rng.random()
            if draw < SHARES["reference"] or not wrongs and draw < 1 - SHARES["stub"]:
                kind, source, passes = "reference", reference, True
            elif draw < SHARES["reference"] + SHARES["wrong"]:
                name = rng.choice(wrongs)
                kind, source, passes = "wrong", (problem.solutions_dir / name).read_text(encoding="utf-8"), False
            else:
                kind, source, passes = "stub", problem.stub_path.read_text(encoding="utf-8"), False
        folder = repo / person / problem.slug
        folder.mkdir(parents=True)
        (folder / "solution.py").write_text(f"{source}\n# submitted by {person}\n", encoding="utf-8")
        expected[f"{person}/{problem.slug}/solution.py"] = (kind, passes)
    return [p.slug for p in problems], expected


def children_cpu() -> float:
    """CPU seconds of every finished process this one started (and they started, once reaped)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_ci(repo: Path, out: Path, jobs: int | None) -> tuple[float, float, dict]:
    args = [*DRILL, "ci", str(repo), "--json", str(out), "--seed", SEED]
    if jobs:
        args += ["--jobs", str(jobs)]
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    elapsed, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    if done.returncode != 0:
        raise SystemExit(f"drill ci exited {done.returncode}: {done.stderr[-1000:]}")
    return elapsed, cpu, json.loads(out.read_text())


def time_cold_sample(repo: Path, problems: list[str], people: int, per_problem: int,
                     seed: int) -> tuple[dict[str, list[float]], float]:
    """`per_problem` cold `drill grade` calls per problem, on people picked at random: the
    seconds of each call per problem, and the CPU seconds all of them used."""
    rng = random.Random(seed + 1)
    times: dict[str, list[float]] = {}
    cpu0 = children_cpu()
    for slug in problems:
        for person in rng.sample(range(people), min(per_problem, people)):
            workspace = Path(tempfile.mkdtemp(prefix="drill-bench-ws-"))
            try:
                (workspace / slug).mkdir()
                shutil.copyfile(repo / f"person{person:02d}" / slug / "solution.py", workspace / slug / "solution.py")
                t0 = time.perf_counter()
                done = subprocess.run([*DRILL, "--workspace", str(workspace), "grade", slug, "--seed", SEED],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
                times.setdefault(slug, []).append(time.perf_counter() - t0)
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
    parser.add_argument("--cold-sample", type=int, default=2, help="cold gradings timed per problem")
    parser.add_argument("--no-cold", action="store_true", help="time drill ci only")
    parser.add_argument("--seed", type=int, default=7, help="picks the mix of solutions")
    parser.add_argument("--keep", type=Path, default=None,
                        help="copy the JSON report here, with each submission's kind added")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="drill-bench-ci-"))
    try:
        repo = tmp / "repo"
        problems, expected = build_repo(repo, args.people, args.problems, args.with_slow_wrongs, args.seed)
        total = len(expected)
        kinds: dict[str, int] = {}
        for kind, _ in expected.values():
            kinds[kind.split(":")[0]] = kinds.get(kind.split(":")[0], 0) + 1
        print(f"repo: {args.people} people x {len(problems)} problems = {total} submissions: "
              + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
              + ("" if args.with_slow_wrongs else " (complexity-failing wrong ones left out)"))
        print(f"hostile: {', '.join(sorted(p + ' ' + k.split(':')[1] for p, (k, _) in expected.items() if k.startswith('hostile')))}")
        print(f"problems: {', '.join(problems)}")
        print(f"machine: {os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
        ci_seconds, ci_cpu, report = time_ci(repo, tmp / "report.json", args.jobs)
        statuses = {s["path"]: s["status"] for s in report["submissions"]}
        if args.keep:
            for sub in report["submissions"]:
                sub["bench_kind"] = expected.get(sub["path"], ("?", None))[0]
            args.keep.write_text(json.dumps(report))
        wrong = [f"{p} ({kind}: {statuses.get(p)})" for p, (kind, ok) in expected.items()
                 if statuses.get(p) != ("passed" if ok else "failed")]
        print(f"drill ci: {ci_seconds:.1f} s for {total} submissions ({total / ci_seconds:.2f} per second); "
              f"{report['totals']['passed']} passed, {report['totals']['failed']} failed, "
              f"{report['totals']['error']} grading errors; {len(wrong)} verdicts differ from the "
              "expected ones" + (f": {'; '.join(wrong[:5])}" if wrong else ""))
        cores = len(os.sched_getaffinity(0))
        print(f"drill ci CPU (processes it reaped): {ci_cpu:.0f} s; load average after: {os.getloadavg()[0]:.2f}")
        print(f"{'figure':<28} {'value':>10}  target")
        verdict = "ok" if ci_seconds < TARGET_SECONDS else "MISSED"
        print(f"{'drill ci wall time':<28} {ci_seconds:>9.1f}s  < {TARGET_SECONDS:.0f} s {verdict}")
        print(f"{'submissions per second':<28} {total / ci_seconds:>10.2f}")
        if args.no_cold:
            return
        cold, cold_cpu = time_cold_sample(repo, problems, args.people, args.cold_sample, args.seed)
        calls = sum(len(v) for v in cold.values())
        cold_total = sum(sum(v) / len(v) * args.people for v in cold.values())
        print(f"cold loop: timed {calls} `drill grade` calls ({args.cold_sample} per problem, people at "
              f"random; mean {sum(map(sum, cold.values())) / calls:.2f} s, CPU {cold_cpu / calls:.2f} s "
              f"each), extrapolated per problem to all {total} submissions: {cold_total:.0f} s "
              f"on {cores} cores, one at a time")
        speedup = cold_total / ci_seconds
        verdict = "ok" if speedup >= TARGET_SPEEDUP else "MISSED"
        print(f"{'speed-up over cold loop':<28} {speedup:>9.1f}x  >= {TARGET_SPEEDUP:.0f}x {verdict}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
