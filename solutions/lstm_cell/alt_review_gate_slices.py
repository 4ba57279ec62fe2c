import math

import torch


class LSTM(torch.nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        bound = 1.0 / math.sqrt(hidden_size)

        def uniform(*shape):
            return torch.nn.Parameter(torch.empty(*shape).uniform_(-bound, bound))

        self.weight_ih = uniform(4 * hidden_size, input_size)
        self.weight_hh = uniform(4 * hidden_size, hidden_size)
        self.bias_ih = uniform(4 * hidden_size)
        self.bias_hh = uniform(4 * hidden_size)

    def _gate(self, k, x_t, h):
        rows = slice(k * self.hidden_size, (k + 1) * self.hidden_size)
        return (torch.nn.functional.linear(x_t, self.weight_ih[rows], self.bias_ih[rows])
                + torch.nn.functional.linear(h, self.weight_hh[rows], self.bias_hh[rows]))

    def forward(self, x, state=None):
        T, B = x.shape[0], x.shape[1]
        if state is None:
            zeros = torch.zeros(B, self.hidden_size, dtype=x.dtype, device=x.device)
            h, c = zeros, zeros
        else:
            h, c = state
        hs = []
        for t in range(T):
            i = torch.sigmoid(self._gate(0, x[t], h))
            f = torch.sigmoid(self._gate(1, x[t], h))
            g = torch.tanh(self._gate(2, x[t], h))
            o = torch.sigmoid(self._gate(3, x[t], h))
            c = f * c + i * g
            h = o * torch.tanh(c)
            hs.append(h)
        return torch.stack(hs, dim=0), (h, c)
