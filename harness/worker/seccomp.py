"""A seccomp filter the worker installs on itself before the submission loads: nothing it does outlives it.

Classic BPF built here (struct-packed sock_filter), installed with prctl after no_new_privs, so
a worker started by bubblewrap, forked from the zygote, or run as a plain process gets the same
filter, and every thread and child it makes inherits it. Denied with EPERM: the kernel keyrings
(keyctl, add_key, request_key: keys of the sandbox uid outlive the worker, and a later
submission graded as the same uid could read them), System V IPC objects (shmget, semget,
msgget: they too outlive their creator), new user namespaces (unshare / clone with
CLONE_NEWUSER; setns), mounting (mount, umount2, pivot_root and the new mount API), ptrace and
process_vm_readv/writev, and perf_event_open. clone3 gets ENOSYS: its flags sit in memory the
filter cannot read, and glibc then falls back to clone, whose flags it can. On an architecture
other than x86_64 and aarch64 nothing is installed (the other protections stay as they are);
a system call made through another ABI of the same machine (i386 or x32 on x86_64) is denied.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct

__all__ = ["DENIED", "install"]

# Names of the calls denied with EPERM (clone is filtered by its flags, clone3 gets ENOSYS).
DENIED = ("keyctl", "add_key", "request_key", "shmget", "semget", "msgget", "unshare", "setns",
          "mount", "umount2", "pivot_root", "open_tree", "move_mount", "fsopen", "fsconfig",
          "fsmount", "fspick", "mount_setattr", "ptrace", "process_vm_readv", "process_vm_writev",
          "perf_event_open")

_SYSCALLS = {
    # name: (x86_64, aarch64)
    "keyctl": (250, 219), "add_key": (248, 217), "request_key": (249, 218),
    "shmget": (29, 194), "semget": (64, 190), "msgget": (68, 186),
    "unshare": (272, 97), "setns": (308, 268),
    "mount": (165, 40), "umount2": (166, 39), "pivot_root": (155, 41),
    "open_tree": (428, 428), "move_mount": (429, 429), "fsopen": (430, 430),
    "fsconfig": (431, 431), "fsmount": (432, 432), "fspick": (433, 433),
    "mount_setattr": (442, 442),
    "ptrace": (101, 117), "process_vm_readv": (310, 270), "process_vm_writev": (311, 271),
    "perf_event_open": (298, 241),
    "clone": (56, 220), "clone3": (435, 435),
}
_ARCHES = {"x86_64": (0xC000003E, 0), "aarch64": (0xC00000B7, 1)}
_SECCOMP_SYSCALL = (317, 277)
_AUDIT_ARCH_I386 = 0x40000003
_X32_BIT = 0x40000000
CLONE_NEWUSER = 0x10000000

# BPF opcodes and seccomp return values (linux/filter.h, linux/seccomp.h).
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JSET_K = 0x45
_JGE_K = 0x35
_RET_K = 0x06
_ALLOW = 0x7FFF0000
_ERRNO = 0x00050000
_NR, _ARCH, _ARG0_LOW = 0, 4, 16  # offsets in struct seccomp_data (args little-endian)
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_SET_MODE_FILTER = 1
_SECCOMP_FILTER_FLAG_TSYNC = 1


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def program(machine: str | None = None) -> bytes | None:
    """The filter for this machine (or `machine`), or None where it has no known numbers."""
    arch = _ARCHES.get(machine or platform.machine())
    if arch is None:
        return None
    audit_arch, column = arch
    deny = _RET_K, 0, 0, _ERRNO | errno.EPERM
    out = [_insn(_LD_W_ABS, 0, 0, _ARCH)]
    # Another ABI of this machine has other numbers: deny all of it (Python never uses it).
    out.append(_insn(_JEQ_K, 1, 0, audit_arch))
    out.append(_insn(*deny))
    out.append(_insn(_LD_W_ABS, 0, 0, _NR))
    if column == 0:
        out.append(_insn(_JGE_K, 0, 1, _X32_BIT))  # x32 calls carry this bit
        out.append(_insn(*deny))
    for name in DENIED:
        out.append(_insn(_JEQ_K, 0, 1, _SYSCALLS[name][column]))
        out.append(_insn(*deny))
    out.append(_insn(_JEQ_K, 0, 1, _SYSCALLS["clone3"][column]))
    out.append(_insn(_RET_K, 0, 0, _ERRNO | errno.ENOSYS))
    # clone: allowed unless its flags (argument 0) ask for a new user namespace.
    out.append(_insn(_JEQ_K, 0, 3, _SYSCALLS["clone"][column]))
    out.append(_insn(_LD_W_ABS, 0, 0, _ARG0_LOW))
    out.append(_insn(_JSET_K, 0, 1, CLONE_NEWUSER))
    out.append(_insn(*deny))
    out.append(_insn(_RET_K, 0, 0, _ALLOW))
    return b"".join(out)


def install() -> str | None:
    """Install the filter on this process; None when it is in force, else why it is not."""
    code = program()
    if code is None:
        return f"no seccomp filter for {platform.machine()}"
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as exc:
        return f"libc not loadable ({exc})"
    buffer = ctypes.create_string_buffer(code, len(code))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    prog = SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    prctl = libc.prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    if prctl(_PR_SET_NO_NEW_PRIVS, 1, None, 0, 0) != 0:
        return f"no_new_privs refused ({os.strerror(ctypes.get_errno())})"
    # seccomp(2) with TSYNC puts every thread of the process under the filter (a thread pool a
    # preloaded library started, say); prctl, the fallback, only the calling thread.
    number = _SECCOMP_SYSCALL[_ARCHES[platform.machine()][1]]
    syscall = libc.syscall
    syscall.argtypes = [ctypes.c_long, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_void_p]
    if syscall(number, _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC, ctypes.byref(prog)) == 0:
        return None
    if prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        return f"seccomp refused ({os.strerror(ctypes.get_errno())})"
    return None
