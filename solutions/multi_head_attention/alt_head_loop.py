"""Attention with a hand-written stable softmax over the kept keys (scores minus the kept maximum,
exponentials times the mask, divided by a row sum that is never zero), and a module that loops
over the heads, slicing each one's features and concatenating the results."""

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    d_k = q.shape[-1]
    scores = torch.matmul(q, k.transpose(-1, -2)) * d_k ** -0.5
    if mask is None:
        mask = torch.ones_like(scores, dtype=torch.bool)
    mask = mask.expand(scores.shape)
    lowest = torch.finfo(scores.dtype).min
    row_max = scores.masked_fill(~mask, lowest).amax(dim=-1, keepdim=True)
    row_max = torch.where(mask.any(dim=-1, keepdim=True), row_max, torch.zeros_like(row_max))
    e = torch.exp((scores - row_max).masked_fill(~mask, 0.0)) * mask
    total = e.sum(dim=-1, keepdim=True)
    weights = e / torch.where(total > 0, total, torch.ones_like(total))
    return torch.matmul(weights, v), weights


class MultiHeadAttention(torch.nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        if d_model % num_heads != 0:
            raise ValueError("d_model must be divisible by num_heads")
        self.h = num_heads
        self.d_head = d_model // num_heads
        self.w_q = torch.nn.Linear(d_model, d_model)
        self.w_k = torch.nn.Linear(d_model, d_model)
        self.w_v = torch.nn.Linear(d_model, d_model)
        self.w_o = torch.nn.Linear(d_model, d_model)

    def forward(self, query, key, value, key_padding_mask=None, causal=False):
        L, S = query.shape[1], key.shape[1]
        mask = torch.ones(query.shape[0], L, S, dtype=torch.bool)
        if key_padding_mask is not None:
            mask = mask & key_padding_mask.unsqueeze(1)
        if causal:
            positions_q = torch.arange(L).unsqueeze(1)
            positions_k = torch.arange(S).unsqueeze(0)
            mask = mask & (positions_k <= positions_q)
        Q, K, V = self.w_q(query), self.w_k(key), self.w_v(value)
        outs = []
        for h in range(self.h):
            part = slice(h * self.d_head, (h + 1) * self.d_head)
            out, _ = scaled_dot_product_attention(Q[..., part], K[..., part], V[..., part], mask)
            outs.append(out)
        return self.w_o(torch.cat(outs, dim=-1))
