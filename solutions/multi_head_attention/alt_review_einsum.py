import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = torch.einsum("...ld,...sd->...ls", q, k) / math.sqrt(q.shape[-1])
    if mask is not None:
        mask = torch.broadcast_to(mask, scores.shape)
        scores = scores.masked_fill(~mask, float("-inf"))
    row_max = scores.amax(dim=-1, keepdim=True)
    row_max = torch.where(torch.isfinite(row_max), row_max, torch.zeros_like(row_max))
    e = torch.exp(scores - row_max)
    if mask is not None:
        e = e * mask
    total = e.sum(dim=-1, keepdim=True)
    weights = e / torch.where(total > 0, total, torch.ones_like(total))
    return torch.einsum("...ls,...sd->...ld", weights, v), weights


class MultiHeadAttention(torch.nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        if d_model % num_heads != 0:
            raise ValueError(f"d_model={d_model} is not a multiple of num_heads={num_heads}")
        self.num_heads = num_heads
        self.d_head = d_model // num_heads
        self.w_q = torch.nn.Linear(d_model, d_model)
        self.w_k = torch.nn.Linear(d_model, d_model)
        self.w_v = torch.nn.Linear(d_model, d_model)
        self.w_o = torch.nn.Linear(d_model, d_model)

    def forward(self, query, key, value, key_padding_mask=None, causal=False):
        B, L, D = query.shape
        S = key.shape[1]
        split = lambda t: t.unflatten(-1, (self.num_heads, self.d_head)).movedim(-2, 1)  # noqa: E731
        Q, K, V = split(self.w_q(query)), split(self.w_k(key)), split(self.w_v(value))
        keep = torch.ones(B, 1, L, S, dtype=torch.bool, device=query.device)
        if key_padding_mask is not None:
            keep = keep & key_padding_mask[:, None, None, :]
        if causal:
            keep = keep & torch.ones(L, S, dtype=torch.bool, device=query.device).tril()
        out, _ = scaled_dot_product_attention(Q, K, V, keep)
        return self.w_o(out.movedim(1, -2).flatten(-2))
