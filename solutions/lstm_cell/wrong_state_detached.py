"""Wrong: detaches the hidden and cell states between steps (as truncated backpropagation would);
the values are right but no gradient flows through time to weight_hh, the biases or earlier inputs."""

import math

import torch


class LSTM(torch.nn.Module):
    def __init__(self, input_size: int, hidden_size: int) -> None:
        super().__init__()
        self.hidden_size = hidden_size
        bound = 1.0 / math.sqrt(hidden_size)
        self.weight_ih = torch.nn.Parameter(torch.empty(4 * hidden_size, input_size).uniform_(-bound, bound))
        self.weight_hh = torch.nn.Parameter(torch.empty(4 * hidden_size, hidden_size).uniform_(-bound, bound))
        self.bias_ih = torch.nn.Parameter(torch.empty(4 * hidden_size).uniform_(-bound, bound))
        self.bias_hh = torch.nn.Parameter(torch.empty(4 * hidden_size).uniform_(-bound, bound))

    def forward(self, x: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
                ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        if state is None:
            h = x.new_zeros(x.shape[1], self.hidden_size)
            c = x.new_zeros(x.shape[1], self.hidden_size)
        else:
            h, c = state
        inputs = x @ self.weight_ih.T + self.bias_ih  # all time steps at once: (T, B, 4H)
        outputs = []
        for x_t in inputs:
            i, f, g, o = (x_t + h @ self.weight_hh.T + self.bias_hh).chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            outputs.append(h)
            h, c = h.detach(), c.detach()
        return torch.stack(outputs), (outputs[-1], c)
