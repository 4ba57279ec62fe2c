import torch


def tanh(x: torch.Tensor) -> torch.Tensor:
    raise NotImplementedError


def tanh_grad(x: torch.Tensor) -> torch.Tensor:
    raise NotImplementedError


def leaky_relu(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    raise NotImplementedError


def leaky_relu_grad(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    raise NotImplementedError


def elu(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    raise NotImplementedError


def elu_grad(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    raise NotImplementedError


def gelu(x: torch.Tensor) -> torch.Tensor:
    raise NotImplementedError


def gelu_grad(x: torch.Tensor) -> torch.Tensor:
    raise NotImplementedError
