"""The worker: the only process that imports and runs the submission; it answers calls over a pipe.

Started by harness.isolation.sandbox as `python -I -u worker.py IN_FD OUT_FD SOLUTION LIMITS_JSON`. It applies its
own resource limits before the submission is imported (hard limits, so they cannot be raised
again), then serves requests until its input closes. Nothing it sends is trusted: the other side
only ever receives values, never verdicts.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import sys
import traceback
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from harness.protocol import rpc  # noqa: E402


def apply_limits(limits: dict) -> list[str]:
    """Hard resource limits; a submission cannot raise them again. Returns the ones that failed."""
    table = {
        "address_space": resource.RLIMIT_AS,
        "cpu_seconds": resource.RLIMIT_CPU,
        "file_size": resource.RLIMIT_FSIZE,
        "open_files": resource.RLIMIT_NOFILE,
        "processes": resource.RLIMIT_NPROC,
        "core": resource.RLIMIT_CORE,
    }
    failed = []
    for name, value in limits.items():
        if name in table and value is not None:
            try:
                resource.setrlimit(table[name], (value, value))
            except (ValueError, OSError):
                # Only raising a hard limit can fail, i.e. the caller's limit is already lower
                # than asked; the stricter one stays in force.
                failed.append(name)
    return failed


def close_inherited_fds(keep: tuple[int, ...]) -> None:
    """Close every descriptor but stdio and the two protocol pipes before the submission runs,
    so nothing it writes can reach another channel by accident of inheritance."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        fds = list(range(3, 1024))
    for fd in fds:
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


class Worker:
    def __init__(self, in_fd: int, out_fd: int, solution: Path) -> None:
        self.in_fd = in_fd
        self.out_fd = out_fd
        self.solution = solution
        self.objects: dict[int, object] = {}
        self.next_id = 1
        self.module: ModuleType | None = None
        self.encoder_factory = lambda: rpc.Encoder(make_handle=self._make_handle)
        self.decoder = rpc.Decoder(resolve_ref=self._resolve_ref)

    def _make_handle(self, obj) -> int:
        for key, known in self.objects.items():
            if known is obj:
                return key
        key = self.next_id
        self.next_id += 1
        self.objects[key] = obj
        return key

    def _resolve_ref(self, key):
        try:
            return self.objects[key]
        except KeyError:
            raise rpc.CodecError(f"unknown remote object {key}") from None

    def load(self) -> dict:
        spec = importlib.util.spec_from_file_location("solution", self.solution)
        if spec is None or spec.loader is None:
            # No import machinery loads a file of this name (not a .py file): a failed import.
            return {"ok": False, "error": {"type": "ImportError", "message": f"{self.solution.name} is not "
                                           "a Python source file", "traceback": ""}}
        module = importlib.util.module_from_spec(spec)
        sys.modules["solution"] = module
        try:
            spec.loader.exec_module(module)
        except BaseException as exc:  # noqa: BLE001 - report anything the import raised
            return {"ok": False, "error": describe(exc, self.solution)}
        self.module = module
        self.objects[0] = module
        names = sorted(n for n in vars(module) if not n.startswith("_"))
        return {"ok": True, "names": names}

    def handle(self, request: dict) -> dict:
        op = request.get("op")
        if op == "call":
            target = self._resolve_ref(request["target"])
            fn = getattr(target, request["attr"]) if request.get("attr") else target
            args = self.decoder.decode(request.get("args", []))
            kwargs = dict(self.decoder.decode(request.get("kwargs", [])))
            return self._reply(fn(*args, **kwargs))
        if op == "getattr":
            target = self._resolve_ref(request["target"])
            return self._reply(getattr(target, request["attr"]))
        if op == "probe":
            namespace: dict = {"__name__": "drill_probe"}
            exec(compile(request["source"], "<drill probe>", "exec"), namespace)
            fn = namespace[request["name"]]
            args = self.decoder.decode(request.get("args", []))
            return self._reply(fn(self.module, *args))
        if op == "run_prepared":
            # The complexity guard's timed call: nothing else happens between the grader's two
            # readings of this process's CPU clock (no decoding, no compiling).
            from harness.complexity import guard

            guard.run_prepared_call()
            return {"ok": True, "value": None}
        return {"ok": False, "error": {"type": "ProtocolError", "message": f"unknown op {op!r}", "traceback": ""}}

    def _reply(self, value) -> dict:
        try:
            return {"ok": True, "value": self.encoder_factory().encode(value)}
        except rpc.CodecError as exc:
            return {"ok": False, "error": {"type": "BadReturnValue", "message": str(exc), "traceback": ""}}

    def serve(self) -> None:
        rpc.write_message(self.out_fd, {"op": "hello", **self.load()})
        if self.module is None:
            return
        while True:
            try:
                request = rpc.read_message(self.in_fd)
            except EOFError:
                return
            try:
                reply = self.handle(request)
            except RecursionError as exc:
                reply = {"ok": False, "error": describe(exc, self.solution)}
            except BaseException as exc:  # noqa: BLE001 - the submission may raise anything
                reply = {"ok": False, "error": describe(exc, self.solution)}
            reply["id"] = request.get("id")
            try:
                rpc.write_message(self.out_fd, reply)
            except rpc.CodecError as exc:
                rpc.write_message(self.out_fd, {"id": request.get("id"), "ok": False, "error": {
                    "type": "BadReturnValue", "message": str(exc), "traceback": ""}})


def describe(exc: BaseException, solution: Path) -> dict:
    """The exception as plain data, with the traceback trimmed to the submission's own frames."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(solution)]
    lines: list[str] = []
    repeats = 0
    for f in frames[-200:]:
        line = f"solution.py, line {f.lineno}, in {f.name}\n    {f.line}"
        if lines and lines[-1] == line:
            repeats += 1  # deep recursion: say it once, with a count
            continue
        if repeats:
            lines.append(f"  [the frame above repeated {repeats} more times]")
            repeats = 0
        lines.append(line)
    if repeats:
        lines.append(f"  [the frame above repeated {repeats} more times]")
    lines = lines[-8:]
    if isinstance(exc, SyntaxError) and exc.filename == str(solution):
        lines.append(f"solution.py, line {exc.lineno}\n    {(exc.text or '').rstrip()}")
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = f"{exc.msg} (solution.py, line {exc.lineno})"
    elif isinstance(exc, SystemExit):
        message = f"the submission called exit({exc.code!r})"
    return {"type": type(exc).__name__, "message": message[:2000], "traceback": "\n".join(lines)[:4000],
            "line": frames[-1].lineno if frames else getattr(exc, "lineno", None)}


def main(argv: list[str]) -> None:
    in_fd, out_fd = int(argv[1]), int(argv[2])
    close_inherited_fds((in_fd, out_fd))
    run(in_fd, out_fd, Path(argv[3]), json.loads(argv[4]) if len(argv) > 4 else {})


def run(in_fd: int, out_fd: int, solution: Path, limits: dict) -> None:
    """Limits, guards, then serve the submission (also the entry of a worker forked by
    harness.worker.zygote, which has closed the other descriptors itself)."""
    apply_limits(limits)
    from harness.worker import seccomp

    seccomp.install()  # where the kernel refuses, the other protections still hold
    if limits.get("forbidden"):
        from harness.worker import forbidden

        forbidden.install(limits["forbidden"], str(solution))
    sys.argv = ["solution.py"]
    Worker(in_fd, out_fd, solution).serve()


if __name__ == "__main__":
    main(sys.argv)
    # Skip interpreter teardown (atexit handlers the submission may have registered).
    sys.stdout.flush()
    os._exit(0)
