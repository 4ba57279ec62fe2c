"""Reference: tanh through exp(-2|x|) so nothing overflows; ELU through exp(min(x, 0)) so the
unused branch cannot overflow; the exact GELU x * Phi(x) with Phi from erf; each derivative in
closed form, with torch's conventions at 0."""

import math

import torch


def tanh(x: torch.Tensor) -> torch.Tensor:
    e = torch.exp(-2.0 * x.abs())
    return torch.sign(x) * (1.0 - e) / (1.0 + e)


def tanh_grad(x: torch.Tensor) -> torch.Tensor:
    return 1.0 - tanh(x) ** 2


def leaky_relu(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    return torch.where(x > 0, x, negative_slope * x)


def leaky_relu_grad(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    return torch.where(x > 0, torch.ones_like(x), torch.full_like(x, negative_slope))


def elu(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    return torch.where(x > 0, x, alpha * torch.expm1(torch.clamp(x, max=0.0)))


def elu_grad(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    return torch.where(x > 0, torch.ones_like(x), alpha * torch.exp(torch.clamp(x, max=0.0)))


def _normal_cdf(x: torch.Tensor) -> torch.Tensor:
    return 0.5 * (1.0 + torch.erf(x / math.sqrt(2.0)))


def gelu(x: torch.Tensor) -> torch.Tensor:
    return x * _normal_cdf(x)


def gelu_grad(x: torch.Tensor) -> torch.Tensor:
    density = torch.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    return _normal_cdf(x) + x * density
