"""Activations written through torch.sigmoid (tanh(x) = 2 sigmoid(2x) - 1, stable because torch's
sigmoid is) and masks multiplied in, instead of torch.where."""

import math

import torch

SQRT2 = math.sqrt(2.0)
INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def tanh(x):
    return 2.0 * torch.sigmoid(2.0 * x) - 1.0


def tanh_grad(x):
    s = torch.sigmoid(2.0 * x)
    return 4.0 * s * (1.0 - s)


def leaky_relu(x, negative_slope=0.01):
    pos = (x > 0).to(x.dtype)
    return x * pos + negative_slope * x * (1.0 - pos)


def leaky_relu_grad(x, negative_slope=0.01):
    pos = (x > 0).to(x.dtype)
    return pos + negative_slope * (1.0 - pos)


def elu(x, alpha=1.0):
    pos = (x > 0).to(x.dtype)
    neg_part = alpha * torch.expm1(torch.minimum(x, torch.zeros_like(x)))
    return x * pos + neg_part * (1.0 - pos)


def elu_grad(x, alpha=1.0):
    pos = (x > 0).to(x.dtype)
    return pos + alpha * torch.exp(torch.minimum(x, torch.zeros_like(x))) * (1.0 - pos)


def gelu(x):
    return 0.5 * x * (1.0 + torch.erf(x / SQRT2))


def gelu_grad(x):
    cdf = 0.5 * (1.0 + torch.erf(x / SQRT2))
    pdf = torch.exp(-0.5 * x ** 2) * INV_SQRT_2PI
    return cdf + x * pdf
