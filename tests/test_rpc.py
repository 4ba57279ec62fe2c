"""The strict codec: exact types round-trip, everything else is refused or becomes a handle."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from harness.protocol import rpc


def roundtrip(value):
    tree = rpc.Encoder().encode(value)
    message = rpc.dumps({"v": tree})
    import json

    decoded_tree = json.loads(message[4:])["v"]
    return rpc.Decoder().decode(decoded_tree)


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 10**40, 0.1, -0.0, 1e308, "", "héllo ✓", b"\x00\xff",
    [], [1, [2, [3]]], (1, "a"), (), {"a": 1, 2: [3]}, {1, 2}, frozenset({"x"}), 3 + 4j,
    {(1, 2): {"k": (None,)}},
])
def test_builtins_roundtrip_with_exact_types(value):
    got = roundtrip(value)
    assert got == value
    assert type(got) is type(value)
    if isinstance(value, dict):
        assert [type(k) for k in got] == [type(k) for k in value]


def test_bool_and_int_and_float_stay_distinct():
    got = roundtrip([True, 1, 1.0])
    assert [type(v) for v in got] == [bool, int, float]


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_floats_roundtrip(value):
    got = roundtrip(value)
    assert type(got) is float
    assert (math.isnan(got) and math.isnan(value)) or got == value


class AlwaysEqual(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class MyList(list):
    pass


class MyFloat(float):
    pass


@pytest.mark.parametrize(("value", "base"), [(AlwaysEqual(3), "int"), (MyList([1]), "list"), (MyFloat(1.0), "float"),
                                        ([1, AlwaysEqual(2)], "int")])
def test_subclasses_of_builtins_are_refused(value, base):
    with pytest.raises(rpc.CodecError, match=f"subclass of {base}"):
        rpc.Encoder(make_handle=lambda obj: 1).encode(value)


def test_other_objects_become_handles_only_when_allowed():
    class Thing:
        pass

    with pytest.raises(rpc.CodecError):
        rpc.Encoder().encode(Thing())
    tree = rpc.Encoder(make_handle=lambda obj: 42).encode([Thing()])
    assert tree == [{"$handle": 42, "type": "test_other_objects_become_handles_only_when_allowed.<locals>.Thing"}]
    seen = []
    decoded = rpc.Decoder(resolve_handle=lambda key, name: seen.append((key, name)) or "H").decode(tree)
    assert decoded == ["H"] and seen[0][0] == 42


@pytest.mark.parametrize("dtype", ["float64", "float32", "int64", "int8", "uint16", "bool", "complex128"])
@pytest.mark.parametrize("shape", [(), (0,), (3,), (2, 3), (2, 1, 4)])
def test_numpy_arrays_roundtrip(dtype, shape):
    arr = np.asarray(np.arange(int(np.prod(shape))).reshape(shape) % 3).astype(dtype)
    got = roundtrip(arr)
    assert type(got) is np.ndarray and got.dtype == arr.dtype and got.shape == arr.shape
    assert np.array_equal(got, arr)


def test_numpy_non_contiguous_and_scalar():
    arr = np.arange(12.0).reshape(3, 4).T
    assert np.array_equal(roundtrip(arr), arr)
    scalar = np.float32(2.5)
    got = roundtrip(scalar)
    assert type(got) is np.float32 and got == scalar


def test_numpy_object_arrays_and_subclasses_refused():
    with pytest.raises(rpc.CodecError, match="dtype object"):
        rpc.Encoder().encode(np.array([1, "a"], dtype=object))
    with pytest.raises(rpc.CodecError):
        rpc.Encoder(make_handle=lambda o: 1).encode(np.ma.masked_array([1, 2]))


@pytest.mark.parametrize("dtype", [torch.float64, torch.float32, torch.float16, torch.bfloat16, torch.int64, torch.bool])
def test_torch_tensors_roundtrip(dtype):
    t = torch.arange(6).reshape(2, 3).to(dtype)
    got = roundtrip(t)
    assert type(got) is torch.Tensor and got.dtype == dtype and got.shape == t.shape
    assert torch.equal(got, t)


def test_torch_requires_grad_and_views():
    t = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
    got = roundtrip(t[:, 1])
    assert got.requires_grad and torch.equal(got.detach(), t[:, 1].detach())
    assert roundtrip(torch.nn.Parameter(torch.ones(2))).shape == (2,)


def test_depth_and_size_caps():
    deep: list = []
    for _ in range(rpc.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(rpc.CodecError, match="nested"):
        rpc.Encoder().encode(deep)
    big = {"x": "a" * 10}
    old = rpc.MAX_MESSAGE
    rpc.MAX_MESSAGE = 16
    try:
        with pytest.raises(rpc.CodecError, match="cap"):
            rpc.dumps(big)
    finally:
        rpc.MAX_MESSAGE = old


@pytest.mark.parametrize("tree", [{"$nope": 1}, {"a": 1, "b": 2, "c": 3}, {"$ndarray": {"dtype": "|O", "shape": [1], "data": ""}},
                                  {"$tensor": {"dtype": "not_a_dtype", "shape": [1], "data": ""}}])
def test_malformed_trees_are_refused(tree):
    with pytest.raises((rpc.CodecError, KeyError, ValueError, TypeError)):
        rpc.Decoder().decode(tree)


def test_framing_over_a_pipe():
    import os

    r, w = os.pipe()
    try:
        rpc.write_message(w, {"op": "ping", "n": [1, 2.5]})
        assert rpc.read_message(r) == {"op": "ping", "n": [1, 2.5]}
        os.close(w)
        w = None
        with pytest.raises(EOFError):
            rpc.read_message(r)
    finally:
        os.close(r)
        if w is not None:
            os.close(w)
