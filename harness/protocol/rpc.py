"""The strict codec and framing between the trusted test process and the submission's worker.

Only exact built-in types cross (a subclass of int, str, list, ... is refused, so an object whose
__eq__ always says True cannot pose as an answer). numpy arrays and scalars and torch tensors
cross as dtype + shape + raw bytes. Everything else the submission returns stays in the worker
and is represented by a handle. Expected values never travel to the worker.
This module is imported by the worker too: stdlib only at import time.
"""

from __future__ import annotations

import base64
import json
import math
import os
import struct
import sys

MAX_MESSAGE = 256 * 1024 * 1024
MAX_DEPTH = 64
MAX_ITEMS = 5_000_000

_HEADER = struct.Struct(">I")
_PLAIN_SCALARS = (type(None), bool, int, str)
_BUILTIN_BASES = (bool, int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset)


class CodecError(Exception):
    """A value that may not cross the boundary (wrong type, too big, too deep)."""


# --- encoding ---------------------------------------------------------------------------------


class Encoder:
    """Turns a value into a JSON-able tree; `make_handle` decides what to do with other objects."""

    def __init__(self, make_handle=None, ref_of=None) -> None:
        self.make_handle = make_handle
        self.ref_of = ref_of
        self.items = 0

    def encode(self, value, depth: int = 0):
        self.items += 1
        if self.items > MAX_ITEMS:
            raise CodecError(f"value has more than {MAX_ITEMS:,} items")
        if depth > MAX_DEPTH:
            raise CodecError(f"value is nested more than {MAX_DEPTH} levels deep")
        t = type(value)
        if t in _PLAIN_SCALARS:
            return value
        if t is float:
            if math.isfinite(value):
                return value
            return {"$float": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
        if t is list:
            return [self.encode(v, depth + 1) for v in value]
        if t is tuple:
            return {"$tuple": [self.encode(v, depth + 1) for v in value]}
        if t is dict:
            return {"$dict": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]}
        if t is set or t is frozenset:
            return {"$" + t.__name__: [self.encode(v, depth + 1) for v in value]}
        if t is bytes:
            return {"$bytes": base64.b64encode(value).decode()}
        if t is complex:
            return {"$complex": [self.encode(value.real), self.encode(value.imag)]}
        module = t.__module__
        if module == "numpy" and t.__name__ == "ndarray":
            return self._ndarray(value)
        if module == "numpy" and _is_numpy_scalar(value):
            return {"$npscalar": {"dtype": value.dtype.str, "data": _b64(value.tobytes())}}
        if "torch" in sys.modules and isinstance(value, sys.modules["torch"].Tensor):
            # Subclasses (nn.Parameter) are fine: only dtype, shape and bytes are sent.
            return self._tensor(value)
        if isinstance(value, _BUILTIN_BASES):
            base = next(b for b in _BUILTIN_BASES if isinstance(value, b))
            raise CodecError(
                f"returned a {t.__name__}, a subclass of {base.__name__}; return a plain {base.__name__}"
            )
        if "numpy" in sys.modules and isinstance(value, sys.modules["numpy"].ndarray):
            raise CodecError(f"returned a {t.__name__} (an ndarray subclass); return a plain numpy.ndarray")
        if self.ref_of is not None:
            ref = self.ref_of(value)
            if ref is not None:
                return {"$ref": ref}
        if self.make_handle is None:
            raise CodecError(f"a {t.__name__} cannot be sent to the submission")
        return {"$handle": self.make_handle(value), "type": t.__qualname__}

    def _ndarray(self, value):
        if value.dtype.hasobject or value.dtype.kind not in "biufc":
            raise CodecError(f"numpy array of dtype {value.dtype} cannot be graded; use a numeric dtype")
        # Not np.ascontiguousarray: it turns a 0-d array into a 1-d one.
        data = value if value.flags.c_contiguous else value.copy(order="C")
        self.items += data.size
        return {"$ndarray": {"dtype": data.dtype.str, "shape": list(data.shape), "data": _b64(data.tobytes())}}

    def _tensor(self, value):
        import torch

        if value.is_sparse or value.layout != torch.strided:
            raise CodecError("sparse tensors cannot be graded; return a dense tensor")
        if value.is_complex():
            raise CodecError("complex tensors cannot be graded")
        t = value.detach().to("cpu").contiguous()
        dtype = str(t.dtype).removeprefix("torch.")
        if t.dtype == torch.bfloat16:
            raw = t.view(torch.int16).numpy().tobytes()
        else:
            raw = t.numpy().tobytes()
        self.items += t.numel()
        return {"$tensor": {"dtype": dtype, "shape": list(t.shape), "data": _b64(raw),
                            "requires_grad": bool(value.requires_grad)}}


def _is_numpy_scalar(value) -> bool:
    import numpy as np

    return isinstance(value, np.generic) and type(value) is not np.object_ and value.dtype.kind in "biufc"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# --- decoding ---------------------------------------------------------------------------------


class Decoder:
    """Rebuilds values from a tree; `resolve_handle`/`resolve_ref` map handles to local objects."""

    def __init__(self, resolve_handle=None, resolve_ref=None) -> None:
        self.resolve_handle = resolve_handle
        self.resolve_ref = resolve_ref

    def decode(self, tree, depth: int = 0):
        if depth > MAX_DEPTH + 1:
            raise CodecError("value nested too deeply")
        t = type(tree)
        if t in _PLAIN_SCALARS or t is float:
            return tree
        if t is list:
            return [self.decode(v, depth + 1) for v in tree]
        if t is not dict or len(tree) not in (1, 2):
            raise CodecError(f"malformed value of type {t.__name__}")
        key = next(iter(tree))
        body = tree[key]
        if key == "$float":
            return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[body]
        if key == "$tuple":
            return tuple(self.decode(v, depth + 1) for v in body)
        if key == "$dict":
            return {self.decode(k, depth + 1): self.decode(v, depth + 1) for k, v in body}
        if key == "$set":
            return {self.decode(v, depth + 1) for v in body}
        if key == "$frozenset":
            return frozenset(self.decode(v, depth + 1) for v in body)
        if key == "$bytes":
            return base64.b64decode(body)
        if key == "$complex":
            return complex(self.decode(body[0]), self.decode(body[1]))
        if key == "$ndarray":
            return _decode_ndarray(body)
        if key == "$npscalar":
            import numpy as np

            return np.frombuffer(base64.b64decode(body["data"]), dtype=np.dtype(body["dtype"]))[0]
        if key == "$tensor":
            return _decode_tensor(body)
        if key == "$handle":
            if self.resolve_handle is None:
                raise CodecError("unexpected handle")
            return self.resolve_handle(body, tree.get("type", "object"))
        if key == "$ref":
            if self.resolve_ref is None:
                raise CodecError("unexpected reference")
            return self.resolve_ref(body)
        raise CodecError(f"unknown tag {key!r}")


def _decode_ndarray(body):
    import numpy as np

    dtype = np.dtype(body["dtype"])
    if dtype.hasobject or dtype.kind not in "biufc":
        raise CodecError(f"refused array dtype {dtype}")
    shape = tuple(int(s) for s in body["shape"])
    raw = base64.b64decode(body["data"])
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


def _decode_tensor(body):
    import numpy as np
    import torch

    shape = tuple(int(s) for s in body["shape"])
    raw = base64.b64decode(body["data"])
    name = body["dtype"]
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        raise CodecError(f"refused tensor dtype {name}")
    if dtype == torch.bfloat16:
        arr = np.frombuffer(raw, dtype=np.int16).reshape(shape).copy()
        return torch.from_numpy(arr).view(torch.bfloat16)
    np_dtype = torch.empty((), dtype=dtype).numpy().dtype
    arr = np.frombuffer(raw, dtype=np_dtype).reshape(shape).copy()
    tensor = torch.from_numpy(arr)
    if body.get("requires_grad") and tensor.is_floating_point():
        tensor.requires_grad_(True)
    return tensor


# --- framing ----------------------------------------------------------------------------------


def dumps(message: dict) -> bytes:
    payload = json.dumps(message, allow_nan=False, separators=(",", ":")).encode("utf-8")
    if len(payload) > MAX_MESSAGE:
        raise CodecError(f"message of {len(payload):,} bytes exceeds the {MAX_MESSAGE:,}-byte cap")
    return _HEADER.pack(len(payload)) + payload


def write_message(fd: int, message: dict) -> None:
    data = memoryview(dumps(message))
    while data:
        n = os.write(fd, data)
        data = data[n:]


def read_exact(fd: int, n: int) -> bytes:
    chunks = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("peer closed the pipe")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_message(fd: int) -> dict:
    (size,) = _HEADER.unpack(read_exact(fd, _HEADER.size))
    if size > MAX_MESSAGE:
        raise CodecError(f"incoming message of {size:,} bytes exceeds the cap")
    message = json.loads(read_exact(fd, size))
    if type(message) is not dict:
        raise CodecError("malformed message")
    return message
