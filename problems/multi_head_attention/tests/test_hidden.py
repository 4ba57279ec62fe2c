"""Hidden tests for scaled_dot_product_attention and MultiHeadAttention: float64 values against a
loop-by-loop reference (itself checked against torch.nn.MultiheadAttention), masks of every kind,
rows with no kept key, large scores, length 1, float32, gradcheck, parameter layout, ValueError."""

import math

import numpy as np
import pytest
import torch
from support import describe_module, run_module

from harness.authoring import (
    call_text,
    check,
    check_close,
    check_finite,
    check_gradcheck,
    expect_raises,
    fact,
)


def oracle_attention(q, k, v, keep):
    """(output, weights) in float64 numpy, one query row at a time over the kept keys only."""
    q, k, v = (np.asarray(t, dtype=np.float64) for t in (q, k, v))
    lead = q.shape[:-2]
    length, keys = q.shape[-2], k.shape[-2]
    keep = np.ones(lead + (length, keys), dtype=bool) if keep is None else \
        np.broadcast_to(np.asarray(keep), lead + (length, keys))
    weights = np.zeros(lead + (length, keys))
    out = np.zeros(lead + (length, v.shape[-1]))
    for b in np.ndindex(*lead):
        for i in range(length):
            kept = np.flatnonzero(keep[b][i])
            if kept.size == 0:
                continue
            scores = k[b][kept] @ q[b][i] / math.sqrt(q.shape[-1])
            e = np.exp(scores - scores.max())
            weights[b][i, kept] = e / e.sum()
            out[b][i] = weights[b][i, kept] @ v[b][kept]
    return out, weights


def oracle_module(params, query, key, value, pad, causal, num_heads):
    """Multi-head attention with explicit per-head slices, float64 numpy."""
    wq, bq, wk, bk, wv, bv, wo, bo = (p.numpy() for p in params)
    query, key, value = query.numpy(), key.numpy(), value.numpy()
    batch, length, d_model = query.shape
    keys = key.shape[1]
    keep = np.ones((batch, length, keys), dtype=bool)
    if pad is not None:
        keep &= pad.numpy()[:, None, :]
    if causal:
        keep &= np.tril(np.ones((length, keys), dtype=bool))
    Q, K, V = query @ wq.T + bq, key @ wk.T + bk, value @ wv.T + bv
    d_head = d_model // num_heads
    heads = []
    for h in range(num_heads):
        cut = slice(h * d_head, (h + 1) * d_head)
        heads.append(oracle_attention(Q[..., cut], K[..., cut], V[..., cut], keep)[0])
    return torch.from_numpy(np.concatenate(heads, axis=-1) @ wo.T + bo)


def randn(np_rng, *shape):
    return torch.from_numpy(np_rng.normal(size=shape))


def random_keep(np_rng, shape, p=0.6):
    """A random bool mask with at least one True in every row (no fully masked row)."""
    keep = np_rng.random(shape) < p
    rows = keep.reshape(-1, shape[-1])
    rows[np.arange(rows.shape[0]), np_rng.integers(0, shape[-1], size=rows.shape[0])] = True
    return torch.from_numpy(rows.reshape(shape))


def check_attention(solution, q, k, v, mask, tol, call, dtype=torch.float64):
    got = solution.scaled_dot_product_attention(q, k, v, mask) if mask is not None else \
        solution.scaled_dot_product_attention(q, k, v)
    check(isinstance(got, tuple) and len(got) == 2, lambda: (
        f"{call} returned {type(got).__name__}; expected a tuple (output, weights)"))
    out, weights = got
    want_out, want_w = oracle_attention(q, k, v, mask)
    check_close(weights, torch.from_numpy(want_w).to(dtype), call=call + " (weights)", **tol)
    check_close(out, torch.from_numpy(want_out).to(dtype), call=call + " (output)", **tol)


def params_for(np_rng, d_model):
    return [randn(np_rng, *shape) / (math.sqrt(d_model) if len(shape) == 2 else 1.0)
            for _ in range(4) for shape in ((d_model, d_model), (d_model,))]


BATCHES = [(), (2, 3)]  # no leading axis, and two of them


@pytest.mark.parametrize("lead", BATCHES, ids=["no-batch", "batch2x3"])
def test_attention_without_mask(solution, np_rng, tol, lead):
    """softmax(q k^T / sqrt(d_k)) v with any number of leading batch dimensions, d_k != d_v, L != S."""
    q, k, v = randn(np_rng, *lead, 4, 5), randn(np_rng, *lead, 6, 5), randn(np_rng, *lead, 6, 3)
    check_attention(solution, q, k, v, None, tol, f"scaled_dot_product_attention(q {tuple(q.shape)}, "
                    f"k {tuple(k.shape)}, v {tuple(v.shape)})")


@pytest.mark.parametrize("mask_shape", [(4, 6), (2, 1, 4, 6), (2, 3, 4, 6)], ids=["LxS", "Bx1xLxS", "full"])
def test_attention_with_mask(solution, np_rng, tol, mask_shape):
    """A bool mask (True = keep) broadcast to (..., L, S): masked keys get weight 0, kept weights sum to 1."""
    q, k, v = randn(np_rng, 2, 3, 4, 5), randn(np_rng, 2, 3, 6, 5), randn(np_rng, 2, 3, 6, 3)
    mask = random_keep(np_rng, mask_shape)
    check_attention(solution, q, k, v, mask, tol, f"scaled_dot_product_attention(q {tuple(q.shape)}, ..., "
                    f"mask {tuple(mask.shape)})")


@pytest.mark.edge
def test_rows_with_no_kept_key(solution, np_rng, tol):
    """Query rows whose mask is all False get zero weights and a zero output, never nan."""
    q, k, v = randn(np_rng, 3, 5, 4), randn(np_rng, 3, 6, 4), randn(np_rng, 3, 6, 2)
    mask = random_keep(np_rng, (3, 5, 6))
    mask[0, 1] = False
    mask[2, 4] = False
    call = "scaled_dot_product_attention(q, k, v, mask) where mask[0, 1] and mask[2, 4] are all False"
    out, weights = solution.scaled_dot_product_attention(q, k, v, mask)
    check_finite(out, call=call)
    check_finite(weights, call=call + " (weights)")
    check_attention(solution, q, k, v, mask, tol, call)


@pytest.mark.edge
@pytest.mark.parametrize("value", [True, False], ids=["all-true", "all-false"])
def test_mask_of_all_true_or_all_false(solution, np_rng, tol, value):
    """A mask of all True equals no mask; a mask of all False gives zeros everywhere."""
    q, k, v = randn(np_rng, 2, 4, 3), randn(np_rng, 2, 5, 3), randn(np_rng, 2, 5, 3)
    mask = torch.full((2, 4, 5), value)
    check_attention(solution, q, k, v, mask, tol, f"scaled_dot_product_attention(q, k, v, mask of all {value})")


@pytest.mark.edge
def test_large_scores(solution, np_rng, tol):
    """q and k scaled up (scores in the tens of thousands): finite, and equal to the stable softmax."""
    scale = fact("big_scale")
    q, k, v = randn(np_rng, 2, 4, 3) * scale, randn(np_rng, 2, 5, 3) * scale, randn(np_rng, 2, 5, 2)
    mask = random_keep(np_rng, (2, 4, 5))
    call = f"scaled_dot_product_attention(q * {scale}, k * {scale}, v, mask)"
    out, weights = solution.scaled_dot_product_attention(q, k, v, mask)
    check_finite(out, call=call)
    check_attention(solution, q, k, v, mask, tol, call)


@pytest.mark.edge
def test_length_one(solution, np_rng, tol):
    """One query and one key: the weight is 1 and the output is v."""
    q, k, v = randn(np_rng, 2, 1, 3), randn(np_rng, 2, 1, 3), randn(np_rng, 2, 1, 4)
    check_attention(solution, q, k, v, None, tol, "scaled_dot_product_attention(q (2, 1, 3), k (2, 1, 3), v)")


@pytest.mark.edge
def test_float32(solution, np_rng):
    """float32 inputs give float32 output and weights."""
    q, k, v = (randn(np_rng, 2, 3, 4).float() for _ in range(3))
    mask = random_keep(np_rng, (3, 3))
    check_attention(solution, q, k, v, mask, {"rtol": 1e-5, "atol": 1e-6},
                    "scaled_dot_product_attention(float32 q, k, v, mask)", dtype=torch.float32)


def test_gradients(worker, np_rng):
    """torch.autograd.gradcheck on q, k and v in float64 with a mask that has a fully masked row."""
    q, k, v = randn(np_rng, 2, 3, 4), randn(np_rng, 2, 5, 4), randn(np_rng, 2, 5, 2)
    mask = random_keep(np_rng, (2, 3, 5))
    mask[1, 2] = False
    check_gradcheck(worker, "scaled_dot_product_attention", [q, k, v, mask], wrt=(0, 1, 2),
                    call="scaled_dot_product_attention(q, k, v, mask)")


def test_module_layout(worker):
    """w_q, w_k, w_v, w_o are Linear(d_model, d_model) with bias; nothing else is trainable."""
    info = worker.probe(describe_module, 12, 3, label="MultiHeadAttention(12, 3)")
    want = {name: ((12, 12), (12,)) for name in ("w_q", "w_k", "w_v", "w_o")}
    check(info["layers"] == want, lambda: f"MultiHeadAttention(12, 3): expected four torch.nn.Linear(12, 12) "
          f"layers w_q, w_k, w_v, w_o with biases; found {info['layers']}")
    check(info["count"] == 4 * (144 + 12), lambda: (
        f"MultiHeadAttention(12, 3) has {info['count']} parameters; expected {4 * (144 + 12)}"))


@pytest.mark.edge
def test_heads_must_divide_d_model(solution):
    """d_model not a multiple of num_heads: ValueError from the constructor."""
    expect_raises(ValueError, solution.MultiHeadAttention, 10, 4, call=call_text("MultiHeadAttention", 10, 4),
                  why="10 is not a multiple of 4")


CASES = {  # (batch, L, S, d_model, heads, padding, causal)
    "self-attention": (2, 5, 5, 8, 2, False, False),
    "cross-attention-padded": (3, 4, 6, 12, 3, True, False),
    "causal-padded": (3, 6, 6, 8, 4, True, True),
    "one-head": (2, 4, 4, 6, 1, False, True),
}


@pytest.mark.parametrize("case", list(CASES))
def test_module_forward(worker, np_rng, tol, case):
    """The module against per-head slices of the projections (head h = features h*d_head..)."""
    batch, length, keys, d_model, heads, padded, causal = CASES[case]
    params = params_for(np_rng, d_model)
    query = randn(np_rng, batch, length, d_model)
    key, value = randn(np_rng, batch, keys, d_model), randn(np_rng, batch, keys, d_model)
    if case.startswith("self"):
        key = value = query
    pad = None
    if padded:  # keep key 0 so that no query row is left without a key here
        pad = torch.from_numpy(np.arange(keys)[None, :] < np_rng.integers(1, keys + 1, size=(batch, 1)))
    call = (f"MultiHeadAttention({d_model}, {heads})(query {tuple(query.shape)}, key {tuple(key.shape)}, "
            f"value, key_padding_mask={'(B, S)' if padded else None}, causal={causal})")
    got = worker.probe(run_module, d_model, heads, params, query, key, value, pad, causal, label=call)
    check_close(got, oracle_module(params, query, key, value, pad, causal, heads), call=call, **tol)


def test_module_matches_torch(worker, np_rng, tol):
    """With the same weights, equal to torch.nn.MultiheadAttention (whose masks mean True = ignore)."""
    batch, length, d_model, heads = 3, 5, 8, 2
    params = params_for(np_rng, d_model)
    x = randn(np_rng, batch, length, d_model)
    pad = torch.from_numpy(np.arange(length)[None, :] < np.array([[5], [3], [1]]))
    call = "MultiHeadAttention(8, 2)(x, x, x, key_padding_mask, causal=True)"
    got = worker.probe(run_module, d_model, heads, params, x, x, x, pad, True, label=call)
    torch_mha = torch.nn.MultiheadAttention(d_model, heads, batch_first=True).double()
    with torch.no_grad():
        torch_mha.in_proj_weight.copy_(torch.cat(params[0:6:2]))
        torch_mha.in_proj_bias.copy_(torch.cat(params[1:6:2]))
        torch_mha.out_proj.weight.copy_(params[6])
        torch_mha.out_proj.bias.copy_(params[7])
        upper = torch.ones(length, length, dtype=torch.bool).triu(1)
        want, _ = torch_mha(x, x, x, key_padding_mask=~pad, attn_mask=upper, need_weights=False)
    check_close(got, want, call=call + " against torch.nn.MultiheadAttention", **tol)


@pytest.mark.edge
def test_module_all_padding_entry(worker, np_rng, tol):
    """A batch entry whose keys are all padding: every query row returns w_o's bias, never nan."""
    d_model, heads = 8, 2
    params = params_for(np_rng, d_model)
    x = randn(np_rng, 2, 4, d_model)
    pad = torch.tensor([[True, True, False, False], [False] * 4])
    call = "MultiHeadAttention(8, 2)(x, x, x, key_padding_mask=[[T, T, F, F], [F, F, F, F]], causal=True)"
    got = worker.probe(run_module, d_model, heads, params, x, x, x, pad, True, label=call)
    check_finite(got, call=call)
    check_close(got, oracle_module(params, x, x, x, pad, True, heads), call=call, **tol)


@pytest.mark.edge
def test_module_heads_of_width_one(worker, np_rng, tol):
    """d_model = num_heads = 4: each head is one feature, scaled by 1 / sqrt(1)."""
    params = params_for(np_rng, 4)
    x = randn(np_rng, 2, 3, 4)
    call = "MultiHeadAttention(4, 4)(x, x, x)"
    got = worker.probe(run_module, 4, 4, params, x, x, x, None, False, label=call)
    check_close(got, oracle_module(params, x, x, x, None, False, 4), call=call, **tol)


@pytest.mark.edge
def test_module_float32(worker, np_rng):
    """A float32 module on float32 input returns float32 of shape (B, L, d_model)."""
    params = [p.float() for p in params_for(np_rng, 6)]
    x = randn(np_rng, 2, 3, 6).float()
    call = "MultiHeadAttention(6, 2)(float32 x, x, x, causal=True)"
    got = worker.probe(run_module, 6, 2, params, x, x, x, None, True, label=call)
    want = oracle_module([p.double() for p in params], x.double(), x.double(), x.double(), None, True, 2)
    check_close(got, want.float(), call=call, rtol=1e-5, atol=1e-5)
