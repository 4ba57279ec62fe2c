import math

import torch


def tanh(x):
    e = torch.exp(-2.0 * x.abs())          # in (0, 1], never overflows
    return torch.sign(x) * (-torch.expm1(-2.0 * x.abs())) / (1.0 + e)


def tanh_grad(x):
    e = torch.exp(-2.0 * x.abs())
    return 4.0 * e / (1.0 + e) ** 2


def leaky_relu(x, negative_slope=0.01):
    return torch.where(x > 0, x, negative_slope * x)


def leaky_relu_grad(x, negative_slope=0.01):
    return torch.where(x > 0, torch.ones_like(x), torch.full_like(x, negative_slope))


def elu(x, alpha=1.0):
    return torch.where(x > 0, x, alpha * torch.expm1(x.clamp(max=0.0)))


def elu_grad(x, alpha=1.0):
    return torch.where(x > 0, torch.ones_like(x), alpha * torch.exp(x.clamp(max=0.0)))


def _phi_cdf(x):
    return 0.5 * torch.erfc(-x / math.sqrt(2.0))


def gelu(x):
    return x * _phi_cdf(x)


def gelu_grad(x):
    return _phi_cdf(x) + x * torch.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
