"""Shared by the visible and hidden tests of activation_grads: the trusted torch versions of each
activation (values and autograd derivatives) and the finite-difference probe."""

ACTIVATIONS = ("tanh", "leaky_relu", "elu", "gelu")


def torch_value_and_grad(name, x, kwargs):
    """(value, derivative) of torch's own activation at x, float64 autograd."""
    import torch
    import torch.nn.functional as F

    fns = {"tanh": lambda t: torch.tanh(t),
           "leaky_relu": lambda t: F.leaky_relu(t, kwargs.get("negative_slope", 0.01)),
           "elu": lambda t: F.elu(t, kwargs.get("alpha", 1.0)),
           "gelu": lambda t: F.gelu(t)}
    t = x.detach().to(torch.float64).clone().requires_grad_(True)
    y = fns[name](t)
    y.sum().backward()
    return y.detach().to(x.dtype), t.grad.to(x.dtype)


def finite_differences(module, x, h):
    """For each activation (with non-default parameters): its derivative function at x and central
    differences of its own value function."""
    params = {"tanh": {}, "leaky_relu": {"negative_slope": 0.2}, "elu": {"alpha": 1.7}, "gelu": {}}
    reply = {}
    for name, kwargs in params.items():
        f = getattr(module, name)
        numeric = (f(x + h, **kwargs) - f(x - h, **kwargs)) / (2 * h)
        reply[name] = {"numeric": numeric, "analytic": getattr(module, name + "_grad")(x, **kwargs)}
    return reply
