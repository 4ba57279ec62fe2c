"""Visible examples for scaled_dot_product_attention and MultiHeadAttention (what `drill test` runs)."""

import torch
from support import describe_module

from harness.authoring import check, check_close

Q = torch.tensor([[1.0, 0.0], [0.0, 1.0]], dtype=torch.float64)
K = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], dtype=torch.float64)
V = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
MASK = torch.tensor([[True, False, True], [False, False, False]])


def test_example_masked_attention(solution, tol):
    """Row 0 keeps keys 0 and 2 (equal scores: weights 1/2 each); row 1 keeps no key: zeros."""
    out, weights = solution.scaled_dot_product_attention(Q, K, V, MASK)
    call = "scaled_dot_product_attention(q, k, v, mask) of the example"
    check_close(weights, torch.tensor([[0.5, 0.0, 0.5], [0.0, 0.0, 0.0]], dtype=torch.float64),
                call=call + " (weights)", **tol)
    check_close(out, torch.tensor([[2.0], [0.0]], dtype=torch.float64), call=call + " (output)", **tol)


def test_example_unmasked_weights(solution, tol):
    """Without a mask, row 0's scores are (1, 0, 1) / sqrt(2)."""
    _, weights = solution.scaled_dot_product_attention(Q, K, V)
    scores = torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64) / 2 ** 0.5
    want = torch.exp(scores) / torch.exp(scores).sum()
    check_close(weights[0], want, call="scaled_dot_product_attention(q, k, v) (weights of row 0)", **tol)


def test_example_module_layout(worker):
    info = worker.probe(describe_module, 8, 2, label="MultiHeadAttention(8, 2)")
    want = {name: ((8, 8), (8,)) for name in ("w_q", "w_k", "w_v", "w_o")}
    check(info["layers"] == want, lambda: f"MultiHeadAttention(8, 2): expected four Linear(8, 8) layers "
          f"w_q, w_k, w_v, w_o; found {info['layers']}")
    check(info["count"] == 4 * (64 + 8), f"MultiHeadAttention(8, 2) has {info['count']} parameters; expected 288")
