"""An LSTM written as a step function applied in a loop, with each gate's weights sliced out of
the stacked matrices."""

import torch
from torch import nn


class LSTM(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.H = hidden_size
        k = hidden_size ** -0.5
        self.weight_ih = nn.Parameter(torch.rand(4 * hidden_size, input_size) * 2 * k - k)
        self.weight_hh = nn.Parameter(torch.rand(4 * hidden_size, hidden_size) * 2 * k - k)
        self.bias_ih = nn.Parameter(torch.rand(4 * hidden_size) * 2 * k - k)
        self.bias_hh = nn.Parameter(torch.rand(4 * hidden_size) * 2 * k - k)

    def _gate(self, n, x_t, h):
        rows = slice(n * self.H, (n + 1) * self.H)
        return (torch.nn.functional.linear(x_t, self.weight_ih[rows], self.bias_ih[rows])
                + torch.nn.functional.linear(h, self.weight_hh[rows], self.bias_hh[rows]))

    def step(self, x_t, h, c):
        i = torch.sigmoid(self._gate(0, x_t, h))
        f = torch.sigmoid(self._gate(1, x_t, h))
        g = torch.tanh(self._gate(2, x_t, h))
        o = torch.sigmoid(self._gate(3, x_t, h))
        c_new = f * c + i * g
        return o * torch.tanh(c_new), c_new

    def forward(self, x, state=None):
        T, B, _ = x.shape
        if state is None:
            h = torch.zeros(B, self.H, dtype=x.dtype)
            c = torch.zeros(B, self.H, dtype=x.dtype)
        else:
            h, c = state
        hs = []
        for t in range(T):
            h, c = self.step(x[t], h, c)
            hs.append(h)
        return torch.stack(hs, dim=0), (h, c)
