"""Numeric checks for ML and statistics tests: values, kinds, shapes, dtypes, gradients."""

import textwrap

import numpy as np
import pytest
import torch

from harness.isolation.limits import Limits
from harness.trusted.checks import CheckFailed
from harness.trusted.numeric import (
    check_close,
    check_finite,
    check_gradcheck,
    check_gradients,
    projector,
    tolerance,
)
from harness.trusted.remote import WorkerClient

W = np.array([[0.1, 0.9], [0.5, 0.5]])


def fails(fn) -> str:
    with pytest.raises(CheckFailed) as info:
        fn()
    return str(info.value)


def test_close_values_pass_and_report_their_error():
    assert check_close(W + 1e-10, W, call="f(x)", rtol=1e-6, atol=1e-8) == pytest.approx(1e-10, rel=1e-3)
    check_close(np.float64(0.25), 0.25, call="f()")
    check_close(0.25, 0.25, call="f()")
    check_close(float("inf"), float("inf"), call="f()")


def test_the_largest_error_is_named_with_its_index_and_tolerance():
    got = W.copy()
    got[1, 0] += 1e-3
    assert fails(lambda: check_close(got, W, call="softmax(x)", rtol=1e-6, atol=1e-8)) == (
        "softmax(x) is off by up to 0.001 at index (1, 0): got 0.501, expected 0.5 "
        "(tolerance rtol=1e-06, atol=1e-08)")


@pytest.mark.parametrize(("got", "needle"), [
    (torch.tensor(W), "returned a torch tensor; expected a numpy array"),
    (W.astype(np.float32), "returned dtype float32; expected float64"),
    (W[:1], "returned shape (1, 2); expected shape (2, 2)"),
    (np.array([[np.nan, 0.9], [0.5, 0.5]]), "returned nan at index (0, 0); expected 0.1"),
    (np.array([[np.inf, 0.9], [0.5, 0.5]]), "returned inf at index (0, 0); expected 0.1 (an overflow?"),
])
def test_wrong_kind_shape_dtype_and_non_finite_values_fail(got, needle):
    assert needle in fails(lambda: check_close(got, W, call="f(x)"))


def test_scalars_may_be_any_number_type_but_not_a_tensor():
    assert "expected a number (convert with float(...) or .item())" in fails(
        lambda: check_close(torch.tensor(0.3), 0.3, call="loss()"))
    assert "returned -inf; expected inf" in fails(lambda: check_close(float("-inf"), float("inf"), call="f()"))


def test_nan_is_accepted_only_where_asked():
    both = np.array([np.nan, 1.0])
    check_close(both, both, call="f()", nan_ok=True)
    assert "expected nan" in fails(lambda: check_close(np.array([0.0, 1.0]), both, call="f()", nan_ok=True))
    assert "returned nan" in fails(lambda: check_close(both, both, call="f()"))


def test_tensors_compare_dtype_unless_told_not_to():
    t = torch.tensor([1.0, 2.0], dtype=torch.float64)
    check_close(t.clone(), t, call="g()")
    assert "dtype float32" in fails(lambda: check_close(t.float(), t, call="g()"))
    check_close(t.float(), t, call="g()", dtype=False, rtol=1e-6)


def test_check_finite_and_projector():
    check_finite(np.array([1.0, -2.0]), call="s(x)")
    assert "returned inf at index 1" in fails(lambda: check_finite(np.array([1.0, np.inf]), call="s(x)"))
    c = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    assert np.allclose(projector(-c), projector(c))
    assert not np.allclose(projector(c[:1]), projector(c[1:]))


def test_tolerance_comes_from_the_grading_settings(monkeypatch):
    from harness.protocol import settings

    chosen = settings.GradingSettings(seed=1, call_timeout=5.0, memory_mb=512, solution="s.py", rtol=0.01)
    monkeypatch.setenv(settings.SETTINGS_ENV, chosen.to_json())
    settings.current.cache_clear()
    try:
        assert tolerance() == {"rtol": 0.01, "atol": 1e-8}
    finally:
        monkeypatch.delenv(settings.SETTINGS_ENV)
        settings.current.cache_clear()
    assert tolerance() == {"rtol": 1e-6, "atol": 1e-8}


@pytest.fixture
def torch_client(tmp_path):
    path = tmp_path / "solution.py"
    path.write_text(textwrap.dedent("""
        import torch

        def good(x, w):
            return (x * w).sum(dim=1)

        def detached(x, w):
            return (x.detach() * w).sum(dim=1)

        def wrong_grad(x, w):
            return Square.apply(x).sum(dim=1)

        def as_list(x, w):
            return [1.0]

        class Square(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                ctx.save_for_backward(x)
                return x * x

            @staticmethod
            def backward(ctx, g):
                (x,) = ctx.saved_tensors
                return g * x  # should be 2 * g * x
    """))
    client = WorkerClient(path, call_timeout=30.0, limits=Limits(memory_mb=3072))
    yield client
    client.close()


def test_gradients_pass_for_a_correct_graph_and_fail_in_words(torch_client):
    x = torch.randn(3, 4, dtype=torch.float64)
    w = torch.randn(4, dtype=torch.float64)
    check_gradients(torch_client, "good", [x, w], want_grads=[w.expand(3, 4)], call="good(x, w)")
    check_gradcheck(torch_client, "good", [x, w], call="good(x, w)")
    assert "does not carry a gradient" in fails(
        lambda: check_gradients(torch_client, "detached", [x, w], want_grads=[w.expand(3, 4)], call="detached(x, w)"))
    assert "the gradient of wrong_grad(x) with respect to argument 1 is off" in fails(
        lambda: check_gradients(torch_client, "wrong_grad", [x, w], want_grads=[2 * x], call="wrong_grad(x)"))
    assert "gradient check failed" in fails(
        lambda: check_gradcheck(torch_client, "wrong_grad", [x, w], call="wrong_grad(x)"))
    assert "not a tensor" in fails(
        lambda: check_gradients(torch_client, "as_list", [x, w], want_grads=[w], call="as_list(x)"))
