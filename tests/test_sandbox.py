"""The worker's isolation: mode selection, what the worker sees, its limits, and the cleanup layers.

Both modes are covered: bubblewrap (skipped, with the reason, where it cannot run) and the
process fallback, forced with DRILL_ISOLATION=process.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from harness.errors import GradingError
from harness.grading.grader import GradeOptions, grade
from harness.isolation import backend, bubblewrap, sandbox, uids, zygote_client
from harness.isolation.limits import (
    DEFAULT_PROCESSES,
    ISOLATION_ENV,
    PLAN_ENV,
    PRELOAD_ENV,
    Limits,
    SandboxError,
    python_roots,
)
from harness.isolation.process import ProcessBackend, fallback_can_drop
from harness.isolation.processes import processes_of_uid, reap_adopted, set_subreaper, sweep_adopted
from harness.isolation.workers import ForkedWorker, WorkerProcess
from harness.trusted import remote
from harness.trusted.remote import SubmissionImportError, SubmissionRaised, WorkerClient

from .backends import RecordingBackend, spawn_log
from .conftest import ROOT
from .processes import MARKER, Watch, describe, table

# Tests that look for leftover processes by name: `make test` runs them alone, after the rest.
pytestmark = pytest.mark.processes

MODES = ("bubblewrap", "process")
# Each mode also with workers forked from a pre-warmed zygote (how a batch starts them).
WORKER_MODES = (*MODES, "bubblewrap-prewarmed", "process-prewarmed")
IS_ROOT = os.geteuid() == 0
SLOT_UIDS = range(uids.SLOT_BASE_UID, uids.SLOT_BASE_UID + uids.SLOT_COUNT)


def _bwrap_missing() -> str | None:
    ok, why = bubblewrap.bubblewrap_status()
    return None if ok else why


needs_bwrap = pytest.mark.skipif(_bwrap_missing() is not None, reason=f"bubblewrap unavailable: {_bwrap_missing()}")
needs_root = pytest.mark.skipif(not IS_ROOT, reason="private uids need root")


@pytest.fixture(params=WORKER_MODES)
def mode(request, monkeypatch):
    """The isolation mode (the test's worker is forked from a zygote in the -prewarmed ones)."""
    isolation, _, prewarmed = request.param.partition("-")
    if isolation == "bubblewrap" and _bwrap_missing():
        pytest.skip(f"bubblewrap unavailable: {_bwrap_missing()}")
    monkeypatch.setenv(ISOLATION_ENV, isolation)
    if prewarmed:
        if isolation == "bubblewrap" and not IS_ROOT:
            pytest.skip("joining a sandbox's namespaces needs root; workers start cold")
        monkeypatch.setenv(PRELOAD_ENV, json.dumps(["numpy"]))
    zygote_client.reset_zygote()
    yield isolation
    zygote_client.reset_zygote()


@pytest.fixture
def prewarmed(mode, request) -> bool:
    """Whether this test's workers come from a zygote (then every one of them must)."""
    return request.node.callspec.params["mode"].endswith("-prewarmed")


@pytest.fixture
def make_client(tmp_path):
    clients = []

    def make(source: str, *, call_timeout: float = 10.0, memory_mb: int = 1024) -> WorkerClient:
        path = tmp_path / f"w{len(clients)}" / "solution.py"
        path.parent.mkdir()
        path.write_text(textwrap.dedent(source))
        client = WorkerClient(path, call_timeout=call_timeout, limits=Limits(memory_mb=memory_mb))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def recording_backend(monkeypatch):
    """tests.backends.RecordingBackend registered (as DRILL_ISOLATION=recording) while the test runs."""
    backend.register(RecordingBackend)
    yield RecordingBackend
    backend.unregister(RecordingBackend.name)


@pytest.fixture
def fresh_detection(monkeypatch):
    """Forget cached detection (and restore it afterwards) so a test can change PATH."""
    backend.forget_choice()
    bubblewrap.bubblewrap_status.cache_clear()
    fallback_can_drop.cache_clear()
    yield
    backend.forget_choice()
    bubblewrap.bubblewrap_status.cache_clear()
    fallback_can_drop.cache_clear()


def _path_without_bwrap(tmp_path: Path) -> str:
    """A PATH with the usual tools (python, setpriv, kill) but no bwrap."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("setpriv", "kill"):
        found = subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True, text=True).stdout.strip()
        if found:
            (folder / tool).symlink_to(found)
    return str(folder)


# --- choosing the isolation ------------------------------------------------------------------


def test_isolation_can_be_forced_to_process(monkeypatch):
    monkeypatch.setenv(ISOLATION_ENV, "process")
    plan = backend.plan()
    assert plan.isolation == "process"
    assert "DRILL_ISOLATION=process" in plan.note and "no sandbox" in plan.note


def test_an_unknown_isolation_value_is_a_clear_error(monkeypatch, catalogue):
    monkeypatch.setenv(ISOLATION_ENV, "docker")
    with pytest.raises(GradingError, match="DRILL_ISOLATION='docker' is not one of auto, bubblewrap, process"):
        grade(catalogue.get("two_sum"), ROOT / "solutions/two_sum/reference.py")


def test_an_unknown_isolation_name_is_refused_listing_every_registered_backend(recording_backend, monkeypatch):
    monkeypatch.setenv(ISOLATION_ENV, "docker")
    with pytest.raises(SandboxError) as info:
        backend.plan()
    assert str(info.value) == "DRILL_ISOLATION='docker' is not one of auto, bubblewrap, process, recording"
    monkeypatch.setenv(ISOLATION_ENV, "recording")
    assert backend.plan().isolation == "recording"
    backend.unregister("recording")
    with pytest.raises(SandboxError, match="'recording' is not one of auto, bubblewrap, process$"):
        backend.plan()


def test_a_new_backend_is_one_registered_class_and_grades_through_it(recording_backend, catalogue, monkeypatch):
    """A third backend (a container runtime, a remote runner) is a class and one register call:
    the grader chooses it, the trusted test process starts every worker through it, and grading
    still tells a right answer from a wrong one."""
    plans: list[backend.Plan] = []
    original = sandbox.grading_sandbox

    @contextlib.contextmanager
    def spy():
        with original() as plan:
            plans.append(plan)
            yield plan

    monkeypatch.setattr(sandbox, "grading_sandbox", spy)
    monkeypatch.setenv(ISOLATION_ENV, "recording")
    problem = catalogue.get("two_sum")
    try:
        right = grade(problem, ROOT / "solutions/two_sum/reference.py", GradeOptions(seed=3))
        wrong = grade(problem, ROOT / "solutions/two_sum/wrong_adjacent_only.py", GradeOptions(seed=3))
        spawned = [spawn_log(p.workdir).read_text().split() if spawn_log(p.workdir).exists() else []
                   for p in plans]
    finally:
        for p in plans:
            spawn_log(p.workdir).unlink(missing_ok=True)
    assert right.passed and right.isolation == "recording", right.to_dict()
    assert any(n.startswith("recording backend; no sandbox") for n in right.notes), right.notes
    assert not wrong.passed and wrong.isolation == "recording"
    assert any(t.category == "correctness" and not t.passed for t in wrong.tests)
    assert [p.isolation for p in plans] == ["recording", "recording"]
    assert all(spawned), f"a grading started no worker through the backend: {spawned}"


def test_without_bwrap_auto_falls_back_and_the_report_says_so(monkeypatch, tmp_path, catalogue, fresh_detection):
    monkeypatch.setenv("PATH", _path_without_bwrap(tmp_path))
    monkeypatch.delenv(ISOLATION_ENV, raising=False)
    report = grade(catalogue.get("two_sum"), ROOT / "solutions/two_sum/reference.py", GradeOptions(seed=2))
    assert report.passed and report.isolation == "process"
    note = " ".join(report.notes)
    assert "bubblewrap (bwrap) is not installed" in note and "no sandbox" in note and "could read" in note


def test_bwrap_requested_but_missing_is_refused_with_what_to_do(monkeypatch, tmp_path, catalogue, fresh_detection):
    monkeypatch.setenv("PATH", _path_without_bwrap(tmp_path))
    monkeypatch.setenv(ISOLATION_ENV, "bubblewrap")
    with pytest.raises(GradingError) as info:
        grade(catalogue.get("two_sum"), ROOT / "solutions/two_sum/reference.py")
    assert "cannot start" in info.value.message and "not installed" in info.value.message
    assert "apt-get install bubblewrap" in info.value.hint


@needs_bwrap
def test_bubblewrap_is_the_default_where_it_works(monkeypatch, catalogue):
    monkeypatch.delenv(ISOLATION_ENV, raising=False)
    report = grade(catalogue.get("two_sum"), ROOT / "solutions/two_sum/reference.py", GradeOptions(seed=2))
    assert report.passed and report.isolation == "bubblewrap" and not report.notes


# --- what the worker sees ----------------------------------------------------------------------


def _look_around(module, repo, home):
    import importlib.util
    import os
    import sys

    def can_write(path):
        try:
            with open(path, "w") as fh:
                fh.write("x")
            os.remove(path)
            return True
        except OSError:
            return False

    return {
        "prefix": sys.prefix, "executable": sys.executable, "uid": os.getuid(),
        "numpy": importlib.util.find_spec("numpy") is not None,
        "root": sorted(os.listdir("/")), "cwd": sorted(os.listdir(".")),
        "repo": sorted(os.listdir(repo)) if os.path.isdir(repo) else None,
        "home": sorted(os.listdir(home)) if os.path.isdir(home) else [],
        "pids": sorted(int(p) for p in os.listdir("/proc") if p.isdigit()),
        "write_cwd": can_write("planted.txt"), "write_tmp": can_write("/tmp/planted.txt"),
    }


@needs_bwrap
def test_bubblewrap_worker_runs_this_venv_and_sees_only_its_solution(make_client, monkeypatch):
    monkeypatch.setenv(ISOLATION_ENV, "bubblewrap")
    client = make_client("def f():\n    return 1\n")
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    seen = client.probe(_look_around, str(ROOT), str(home))
    # The venv's interpreter, not a silent fallback to the system Python.
    assert seen["prefix"] == sys.prefix and seen["executable"] == sys.executable and seen["numpy"]
    assert seen["cwd"] == ["solution.py"]
    assert seen["repo"] is not None and set(seen["repo"]) <= {"harness", ".venv"}, seen["repo"]
    # The home folder shows at most the path down to the interpreter (as under /root/.pyenv).
    needed = {r.relative_to(home).parts[0] for r in python_roots() if home in r.parents}
    assert set(seen["home"]) <= needed, seen["home"]
    assert set(seen["root"]) <= {"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "proc",
                                 "dev", "tmp", "sandbox", *{Path(p).parts[1] for p in python_roots()}}
    assert max(seen["pids"]) < 10, "the worker should see only its own pid namespace"
    assert not seen["write_cwd"] and seen["write_tmp"]
    if IS_ROOT:
        assert seen["uid"] in SLOT_UIDS


@needs_bwrap
def test_torch_imports_inside_the_sandbox_under_a_torch_problems_memory_limit(make_client, monkeypatch):
    pytest.importorskip("torch")
    monkeypatch.setenv(ISOLATION_ENV, "bubblewrap")
    client = make_client("""
        import torch
        def f():
            x = torch.ones(300, 300, dtype=torch.float64)
            return float((x @ x).sum()), str(torch.__version__)
    """, memory_mb=3072)
    total, version = client.module.f()
    assert total == 300.0 ** 3 and version


def _limits_and_fds(module):
    import os
    import resource
    import tempfile

    names = {"address_space": resource.RLIMIT_AS, "cpu_seconds": resource.RLIMIT_CPU,
             "file_size": resource.RLIMIT_FSIZE, "open_files": resource.RLIMIT_NOFILE,
             "processes": resource.RLIMIT_NPROC, "core": resource.RLIMIT_CORE}
    limits = {k: resource.getrlimit(v) for k, v in names.items()}
    fds = []
    for fd in range(3, 1024):
        try:
            os.fstat(fd)
            fds.append(fd)
        except OSError:
            pass
    try:
        with tempfile.TemporaryFile() as fh:
            fh.write(b"\0" * (17 * 1024 * 1024))
            fh.flush()
        big_file = "written"
    except OSError as exc:
        big_file = exc.strerror
    try:
        resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        raised = True
    except (ValueError, OSError):
        raised = False
    return limits, fds, big_file, raised, os.getuid()


def test_limits_are_in_force_and_cannot_be_raised(mode, prewarmed, make_client):
    client = make_client("def f():\n    return 1\n")
    limits, fds, big_file, raised, uid = client.probe(_limits_and_fds)
    assert isinstance(client.worker, ForkedWorker) is prewarmed, zygote_client.zygote_failure()
    want = Limits(memory_mb=1024).as_rlimits()
    for name in ("address_space", "cpu_seconds", "file_size", "open_files", "core"):
        assert tuple(limits[name]) == (want[name], want[name]), name
    assert big_file == "File too large"
    assert not raised, "a hard limit was raised again from inside"
    assert len(fds) == 2, f"only the two protocol pipes may be open besides stdio: {fds}"
    if uid in SLOT_UIDS:
        assert tuple(limits["processes"]) == (DEFAULT_PROCESSES,) * 2
    private = mode == "bubblewrap" or ProcessBackend().wants_private_uid()
    assert (uid in SLOT_UIDS) is (IS_ROOT and private)


def test_the_environment_is_scrubbed_in_both_modes(mode, make_client, monkeypatch):
    monkeypatch.setenv("DRILL_SECRET_TEST", "do-not-leak")
    client = make_client("import os\ndef env():\n    return dict(os.environ)\n")
    env = client.module.env()
    assert "DRILL_SECRET_TEST" not in env and PLAN_ENV not in env
    assert env["OMP_NUM_THREADS"] == "1" and env["HOME"] == "/nonexistent"


def test_a_hang_at_import_costs_the_import_timeout_once(make_client, monkeypatch):
    monkeypatch.setattr(remote, "IMPORT_TIMEOUT_MIN", 1.0)
    client = make_client("while True:\n    pass\n", call_timeout=0.5)
    t0 = time.monotonic()
    with pytest.raises(SubmissionImportError, match="did not finish within 1 s"):
        client.module.two_sum([], 0)
    with pytest.raises(SubmissionImportError, match="did not finish within 1 s"):
        client.module.two_sum([], 0)
    assert time.monotonic() - t0 < 3 and client.restarts == 0


@pytest.mark.parametrize(("source", "error"), [
    ("raise ValueError('broken at import')\n", "ValueError: broken at import"),
    ("import os\nos._exit(3)\n", "exit code 3"),
], ids=["raises", "exits"])
def test_a_failed_import_is_not_retried_for_every_test(make_client, source, error):
    """It would fail the same way each time (a memory bomb at import would cost its allocations
    over and over): every later call gets the first failure, and no new worker is started."""
    client = make_client(source + "def f():\n    return 1\n")
    for _ in range(3):
        with pytest.raises(SubmissionImportError, match=error):
            client.module.f()
    assert client.restarts == 0 and client.generation == 1
    healthy = make_client("def f():\n    return 1\n")
    assert healthy.module.f() == 1 and healthy.module.f() == 1 and healthy.restarts == 0


def test_memory_limit_turns_a_bomb_into_memory_error(mode, make_client):
    client = make_client("""
        def bomb():
            return len(bytearray(2 * 1024 ** 3))
        def ok():
            return 1
    """, memory_mb=512)
    with pytest.raises(SubmissionRaised, match="MemoryError"):
        client.module.bomb()
    assert client.module.ok() == 1


# --- cleanup: each layer on its own ---------------------------------------------------------


DAEMON = f"""
import os
def start():
    r, w = os.pipe()
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.write(w, b"x")
            os.execv("/bin/sleep", ["{MARKER}-layer", "600"])
        os._exit(0)
    os.read(r, 1)
    return 1
"""


def _marked() -> list:
    return [p for p in table().values() if p.alive and p.cmdline.startswith(f"{MARKER}-layer")]


def _wait_until(predicate, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


@needs_bwrap
def test_killing_bwrap_takes_its_whole_pid_namespace(make_client, monkeypatch):
    """Layer 1: no uid kill, no sweep: SIGKILL to bwrap alone ends a setsid daemon inside."""
    monkeypatch.setenv(ISOLATION_ENV, "bubblewrap")
    client = make_client(DAEMON)
    client.module.start()
    assert _wait_until(lambda: bool(_marked())), "the daemon should be running"
    proc = client.worker.proc
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _wait_until(lambda: not _marked()), describe(_marked())


@needs_root
def test_kill_uid_reaches_a_daemon_in_its_own_session(tmp_path):
    """Layer 2: everything running as the private uid dies, whatever its session or parent."""
    slot = uids.UidSlot.acquire()
    try:
        subprocess.Popen(["setpriv", f"--reuid={slot.uid}", f"--regid={slot.uid}", "--clear-groups",
                          "setsid", "sleep", "600"],
                         start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert _wait_until(lambda: bool(processes_of_uid(slot.uid)))
        assert uids.kill_uid(slot.uid)
        assert not processes_of_uid(slot.uid)
    finally:
        slot.release()
        reap_adopted()


def test_subreaper_sweep_collects_a_double_forked_daemon():
    """Layer 3 (what remains without root or bwrap): orphans come back to us and are killed."""
    was = set_subreaper(True)
    try:
        keep = {p.pid for p in table().values() if p.ppid == os.getpid()}
        code = textwrap.dedent(DAEMON) + "\nstart()\n"
        subprocess.run([sys.executable, "-c", code], check=True)
        assert _wait_until(lambda: bool(_marked()))
        assert all(p.ppid == os.getpid() for p in _marked()), "the orphan should be reparented to us"
        killed = sweep_adopted(keep=keep)
        assert killed and not _marked()
        assert not [p for p in table().values() if p.ppid == os.getpid() and p.pid not in keep]
    finally:
        set_subreaper(was)


def test_leftover_detection_sees_a_stray_process():
    """The exploit suite's 'nothing left behind' check can fail: it finds a daemon we leave."""
    watch = Watch().start()
    code = textwrap.dedent(DAEMON) + "\nstart()\n"
    subprocess.run([sys.executable, "-c", code], check=True)
    try:
        assert _wait_until(lambda: bool(watch.leftovers()))
    finally:
        for p in _marked():
            os.kill(p.pid, signal.SIGKILL)
    assert _wait_until(lambda: not watch.leftovers())


SYSTEM_PYTHON = Path("/usr/bin/python3")


def _system_python_fits() -> bool:
    if not SYSTEM_PYTHON.is_file():
        return False
    done = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info >= (3, 11))"],
                          capture_output=True, text=True)
    return done.stdout.strip() == "True"


@needs_root
@pytest.mark.skipif(not _system_python_fits(), reason="needs a system /usr/bin/python3 >= 3.11")
def test_process_mode_as_root_drops_to_a_private_uid_when_the_interpreter_allows(tmp_path):
    """The usual CI container: root, no bwrap, a system Python every uid can run. The worker
    (stdlib only) then runs as a private uid, so RLIMIT_NPROC stops the fork bomb and the uid
    kill ends it. The venv here lives under /root (mode 0700), hence the system interpreter."""
    (tmp_path / "solution.py").write_text((Path(__file__).parent / "exploits/fork_bomb/solution.py").read_text())
    script = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from harness.isolation.limits import Limits
        from harness.isolation.process import fallback_can_drop
        from harness.isolation.processes import processes_of_uid
        from harness.trusted.remote import WorkerClient, SubmissionFailure
        client = WorkerClient(Path({str(tmp_path / 'solution.py')!r}), call_timeout=5, limits=Limits())
        out = {{"drop": fallback_can_drop(), "answer": client.module.two_sum([2, 7], 9),
               "uid": client.worker.uid}}
        try:
            client.module.two_sum([], 0)
        except SubmissionFailure as exc:
            out["bomb"] = str(exc).splitlines()[0]
        client.close()
        out["left"] = processes_of_uid(out["uid"], include_zombies=True)
        print(json.dumps(out))
    """)
    env = {"PATH": "/usr/bin:/bin", ISOLATION_ENV: "process"}
    done = subprocess.run([str(SYSTEM_PYTHON), "-I", "-c", script], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[-1])
    assert out["drop"] and out["answer"] == [0, 1] and out["uid"] in SLOT_UIDS
    numbers = [int(n) for n in re.findall(r"stopped after (\d+) forks", out["bomb"])]
    assert numbers and numbers[0] <= DEFAULT_PROCESSES, out["bomb"]
    assert out["left"] == []


@needs_root
def test_uid_slots_are_exclusive_and_skip_a_slot_held_elsewhere():
    first = uids.UidSlot.acquire()
    lock = Path("/run/drill-sandbox") if Path("/run/drill-sandbox").is_dir() else uids.slot_dir()
    try:
        nxt = first.uid + 1 if first.uid + 1 in SLOT_UIDS else uids.SLOT_BASE_UID
        holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
            import fcntl, os, sys, time
            fd = os.open("{lock / f'uid-{nxt}.lock'}", os.O_RDWR | os.O_CREAT)
            fcntl.flock(fd, fcntl.LOCK_EX)
            print("held", flush=True)
            time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            second = uids.UidSlot.acquire()
            try:
                assert second.uid not in (first.uid, nxt)
            finally:
                second.release()
        finally:
            holder.kill()
            holder.wait()
    finally:
        first.release()


@pytest.mark.parametrize("mode", MODES, indirect=True)  # single gradings start workers cold
def test_grading_in_each_mode_leaves_nothing_and_reports_its_isolation(mode, catalogue, tmp_path):
    """A whole grading of a submission that starts a daemon and children, in each mode."""
    solution = tmp_path / "two_sum" / "solution.py"
    solution.parent.mkdir()
    solution.write_text(textwrap.dedent(DAEMON) + textwrap.dedent("""
        import subprocess, sys
        if not os.environ.get("STARTED"):  # once per worker, however often the module is loaded
            os.environ["STARTED"] = "1"
            start()
            CHILD = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        def two_sum(nums, target):
            seen = {}
            for j, x in enumerate(nums):
                if target - x in seen:
                    return [seen[target - x], j]
                seen[x] = j
            return []
    """))
    watch = Watch().start()
    report = grade(catalogue.get("two_sum"), solution, GradeOptions(seed=4))
    assert report.passed and report.isolation == mode
    assert not watch.leftovers(), describe(watch.leftovers())
    assert not _marked()


# --- time limits ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES, indirect=True)  # single gradings start workers cold
def test_the_overall_grading_limit_stops_a_slow_submission(mode, catalogue, tmp_path, monkeypatch):
    from harness.grading import grader

    monkeypatch.setattr(grader, "GRADE_TIMEOUT_SLACK", 1.0)
    solution = tmp_path / "two_sum" / "solution.py"
    solution.parent.mkdir()
    solution.write_text("import time\ndef two_sum(nums, target):\n    time.sleep(0.4)\n    return []\n")
    watch = Watch().start()
    t0 = time.monotonic()
    report = grade(replace(catalogue.get("two_sum"), grade_timeout=2.0), solution, GradeOptions(seed=1))
    elapsed = time.monotonic() - t0
    assert elapsed < 2.0 + 1.0 + 3.0, elapsed
    assert not report.passed and any("overall time limit of 2 s" in n for n in report.notes)
    assert any("grading hit its overall time limit" in t.message for t in report.failures())
    assert not watch.leftovers(), describe(watch.leftovers())


# --- output --------------------------------------------------------------------------------------


def test_100_mb_of_output_is_drained_fast_and_capped(mode, make_client):
    client = make_client("""
        import os, sys
        def shout():
            chunk = b"y" * (1 << 20)
            for _ in range(100):
                os.write(1, chunk)
            return 1
    """)
    t0 = time.monotonic()
    assert client.module.shout() == 1
    elapsed = time.monotonic() - t0
    time.sleep(0.1)
    out = client.take_output()
    assert elapsed < 5, f"100 MB took {elapsed:.1f} s"
    assert len(out) <= remote.OUTPUT_KEEP + 200 and "more bytes of output dropped" in out


# --- install ---------------------------------------------------------------------------------------


def _stub_tools(tmp_path: Path, uid: int, apt_ok: bool = True) -> tuple[str, Path]:
    folder = tmp_path / "stubs"
    folder.mkdir()
    log = tmp_path / "apt.log"
    (folder / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> {log}\nexit {0 if apt_ok else 1}\n')
    for stub in folder.iterdir():
        stub.chmod(0o755)
    return str(folder), log


@pytest.mark.parametrize(("uid", "apt_ok"), [(0, True), (0, False), (1000, True)], ids=["root", "apt-fails", "user"])
def test_install_script_installs_bubblewrap_as_root_when_missing(tmp_path, uid, apt_ok):
    path, log = _stub_tools(tmp_path, uid, apt_ok)
    done = subprocess.run(["/bin/bash", str(ROOT / "scripts/install.sh"), "sandbox"], env={"PATH": path},
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    if uid == 0:
        assert "install -y -qq bubblewrap" in calls
        if apt_ok:
            assert "bubblewrap installed" in done.stdout
        else:
            assert "update -qq" in calls and "could not be installed" in done.stdout
    else:
        assert calls == [] and "sudo apt-get install bubblewrap" in done.stdout


def test_install_script_leaves_an_installed_bubblewrap_alone(tmp_path):
    path, log = _stub_tools(tmp_path, 0)
    (Path(path) / "bwrap").write_text("#!/bin/sh\n")
    (Path(path) / "bwrap").chmod(0o755)
    done = subprocess.run(["/bin/bash", str(ROOT / "scripts/install.sh"), "sandbox"], env={"PATH": path},
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and not log.exists() and done.stdout == ""


def test_a_virtual_environment_under_tmp_is_bound_over_the_sandbox_tmpfs(monkeypatch, tmp_path):
    """CI checkouts often live under /tmp; the sandbox's own /tmp is a fresh tmpfs, so the venv
    must be bound on top of it, with world-traversable parents (else bwrap fails to start the
    interpreter and grading silently loses the sandbox)."""
    from pathlib import Path

    venv = Path("/tmp/drill-ci-checkout/.venv")
    monkeypatch.setattr(bubblewrap, "python_roots", lambda: [Path("/usr"), venv])
    argv = bubblewrap.bwrap_argv(tmp_path, None)
    tmpfs = argv.index("/tmp", argv.index("--tmpfs"))
    bind = next(i for i in range(len(argv) - 2) if argv[i] == "--ro-bind" and argv[i + 1] == str(venv))
    assert bind > tmpfs, "the venv must be mounted after (on top of) the tmpfs"
    parent = next(i for i in range(len(argv) - 1) if argv[i] == "--dir" and argv[i + 1] == "/tmp/drill-ci-checkout")
    assert argv[parent - 2:parent] == ["--perms", "0755"]


# --- workers forked from a batch's pre-warmed zygote ---------------------------------------------


def _state_probe(module, mark):
    """What one worker can learn about another: a file in /tmp, a global in a preloaded module."""
    import os

    import numpy

    found = {"tmp": os.path.exists("/tmp/drill-mark"), "attr": getattr(numpy, "_drill_mark", None),
             "pid": os.getpid(), "uid": os.getuid()}
    try:
        with open("/tmp/drill-mark", "w") as fh:
            fh.write(mark)
    except OSError:
        pass
    numpy._drill_mark = mark
    return found


def test_prewarmed_workers_see_what_cold_ones_see_and_share_nothing(mode, prewarmed, make_client):
    if not prewarmed:
        pytest.skip("compares forked workers with cold ones")
    cold_env = {k: v for k, v in os.environ.items() if k != PRELOAD_ENV}
    forked = [make_client("def f():\n    return 1\n") for _ in range(2)]
    seen = [client.probe(_look_around, str(ROOT), "/nonexistent") for client in forked]
    assert all(isinstance(c.worker, ForkedWorker) for c in forked), zygote_client.zygote_failure()
    marks = [forked[0].probe(_state_probe, "first"), forked[1].probe(_state_probe, "second")]
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(PRELOAD_ENV)
        assert PRELOAD_ENV not in cold_env
        cold = make_client("def f():\n    return 1\n")
        baseline = cold.probe(_look_around, str(ROOT), "/nonexistent")
        assert isinstance(cold.worker, WorkerProcess)
    for view in seen:
        for key in ("prefix", "executable", "numpy", "root", "cwd", "repo", "write_cwd", "write_tmp"):
            assert view[key] == baseline[key], (key, view[key], baseline[key])
        assert (view["uid"] in SLOT_UIDS) is (baseline["uid"] in SLOT_UIDS)
        if mode == "bubblewrap":
            assert max(view["pids"]) < 10, "a forked worker must be inside its own sandbox's pid namespace"
    # The second worker finds nothing of the first: not its module state, not (in a sandbox) its /tmp.
    assert marks[1]["attr"] is None
    if mode == "bubblewrap":
        assert not marks[1]["tmp"]
    if mode == "process":
        assert marks[0]["pid"] != marks[1]["pid"]
    else:
        assert marks[0]["pid"] == marks[1]["pid"] < 10, "each one is in a pid namespace of its own"


def test_a_prewarmed_worker_leaves_nothing_behind(mode, prewarmed, make_client):
    if not prewarmed:
        pytest.skip("the cold worker's layers are tested above")
    client = make_client(DAEMON)
    client.module.start()
    assert isinstance(client.worker, ForkedWorker)
    assert _wait_until(lambda: bool(_marked())), "the daemon should be running"
    uid = client.worker.uid
    client.close()
    assert _wait_until(lambda: not _marked()), describe(_marked())
    if uid is not None:
        assert not processes_of_uid(uid)


def test_a_prewarmed_worker_reports_how_it_ended(mode, prewarmed, make_client):
    client = make_client("import os, signal\ndef ok():\n    return 1\ndef f(how):\n"
                         "    os._exit(7) if how == 'exit' else os.kill(os.getpid(), signal.SIGSEGV)\n")
    assert client.module.ok() == 1
    assert isinstance(client.worker, ForkedWorker) is prewarmed
    with pytest.raises(remote.SubmissionCrashed, match="exit code 7"):
        client.module.f("exit")
    with pytest.raises(remote.SubmissionCrashed, match="segmentation fault"):
        client.module.f("segv")


def test_a_zygote_that_cannot_start_leaves_workers_cold(monkeypatch, tmp_path, make_client):
    broken = tmp_path / "zygote.py"
    broken.write_text("import sys\nsys.exit(3)\n")
    monkeypatch.setattr(zygote_client, "ZYGOTE_SCRIPT", broken)
    monkeypatch.setenv(ISOLATION_ENV, "process")
    monkeypatch.setenv(PRELOAD_ENV, json.dumps(["numpy"]))
    zygote_client.reset_zygote()
    try:
        client = make_client("def f():\n    return 41 + 1\n")
        assert client.module.f() == 42
        assert isinstance(client.worker, WorkerProcess)
        assert "zygote" in (zygote_client.zygote_failure() or "")
    finally:
        zygote_client.reset_zygote()


def _capabilities(module):
    import os

    with open("/proc/self/status") as fh:
        fields = dict(line.split(":", 1) for line in fh.read().splitlines() if ":" in line)
    return {"uid": os.getuid(), **{k: int(fields[k].strip(), 16) for k in ("CapEff", "CapPrm", "CapBnd")}}


def test_a_worker_holds_no_capability_in_any_mode(mode, prewarmed, make_client):
    """A worker left running as root (process mode, interpreter out of a private uid's reach)
    is powerless all the same: no effective, permitted or bounding capability."""
    client = make_client("def f():\n    return 1\n")
    caps = client.probe(_capabilities)
    assert isinstance(client.worker, ForkedWorker) is prewarmed
    assert caps["CapEff"] == caps["CapPrm"] == 0, caps
    if caps["uid"] == 0:
        assert caps["CapBnd"] == 0, caps


def _reach_zygote(module):
    import os

    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as fh:
                if b"harness/worker/zygote.py" not in fh.read():
                    continue
        except OSError:
            continue
        tries = {}
        pid = name
        for what, action in (("mem", lambda pid=pid: open(f"/proc/{pid}/mem", "rb").close()),  # noqa: SIM115
                             ("fd", lambda pid=pid: [os.close(os.open(f"/proc/{pid}/fd/{n}", os.O_RDONLY))
                                                    for n in os.listdir(f"/proc/{pid}/fd")]),
                             ("environ", lambda pid=pid: open(f"/proc/{pid}/environ", "rb").read())):  # noqa: SIM115
            try:
                action()
                tries[what] = "opened"
            except OSError as exc:
                tries[what] = type(exc).__name__
        found[name] = tries
    return found


def test_a_worker_cannot_reach_the_zygote(mode, prewarmed, make_client):
    """A worker of the same uid as the zygote (process mode as root) cannot read its memory or
    open its descriptors (listing their numbers is allowed), so it cannot change what later
    workers run: it holds no capability the zygote holds, and the zygote is not dumpable."""
    if not prewarmed:
        pytest.skip("no zygote")
    client = make_client("def f():\n    return 1\n")
    found = client.probe(_reach_zygote)
    assert isinstance(client.worker, ForkedWorker)
    if mode == "bubblewrap":
        assert not found, "the zygote is outside the worker's pid namespace"
    else:
        assert found, "in process mode the zygote is visible in /proc"
    for tries in found.values():
        assert set(tries.values()) == {"PermissionError"}, found


_STORE_KEY_AND_SEGMENT = """
import ctypes, platform
column = 0 if platform.machine() == "x86_64" else 1
syscall = ctypes.CDLL(None, use_errno=True).syscall
key = syscall((248, 217)[column], b"user", b"drill-left-behind", b"secret", 6, -4)
segment = syscall((29, 194)[column], 0x7E5701, 4096, 0o1000 | 0o600)
print(key, segment)
"""
_READ_KEYRING = """
import ctypes, platform
column = 0 if platform.machine() == "x86_64" else 1
syscall = ctypes.CDLL(None, use_errno=True).syscall
buffer = ctypes.create_string_buffer(64)
print(syscall((250, 219)[column], 11, -4, buffer, 64))  # KEYCTL_READ the user keyring: 4 bytes a key
"""


@pytest.mark.skipif(os.geteuid() != 0 or not os.path.exists("/usr/bin/python3"),
                    reason="needs root to act as a slot's uid")
def test_releasing_a_slot_clears_what_the_kernel_keeps_for_its_uid():
    """Keys and System V IPC objects outlive their process; a slot's next holder must not see them."""
    uid = uids.SLOT_BASE_UID + uids.SLOT_COUNT - 1

    def as_uid(code: str) -> str:
        return subprocess.run(["/usr/bin/python3", "-I", "-S", "-c", code], user=uid, group=uid,
                              extra_groups=[], capture_output=True, text=True, timeout=30).stdout.strip()

    key, segment = (int(v) for v in as_uid(_STORE_KEY_AND_SEGMENT).split())
    assert key > 0 and segment >= 0
    assert int(as_uid(_READ_KEYRING)) >= 4
    uids.clear_uid_state(uid)
    assert int(as_uid(_READ_KEYRING)) == 0
    with open("/proc/sysvipc/shm") as handle:
        assert not any(line.split()[1] == str(segment) for line in handle.read().splitlines()[1:])
