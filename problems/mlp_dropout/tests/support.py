"""Probes shared by the visible and hidden tests of mlp_dropout. Each runs inside the worker next
to your MLP and returns plain data; every verdict is taken in the test."""


def describe_model(module, in_dim, hidden, out_dim, p):
    """Parameter count, the shapes of fc1 / fc2, and the mode right after construction."""
    import torch

    model = module.MLP(in_dim, hidden, out_dim, p)
    layers = {}
    for name in ("fc1", "fc2"):
        layer = getattr(model, name, None)
        layers[name] = (tuple(layer.weight.shape), tuple(layer.bias.shape)) \
            if isinstance(layer, torch.nn.Linear) and layer.bias is not None else None
    return {"count": sum(t.numel() for t in model.parameters()), "layers": layers,
            "training": bool(model.training)}


def eval_pass(module, in_dim, hidden, out_dim, p, x, seed):
    """Two eval-mode passes of a float64 model on x, and the model's own parameters."""
    import torch

    torch.manual_seed(seed)
    model = module.MLP(in_dim, hidden, out_dim, p).double()
    model.eval()
    with torch.no_grad():
        first, second = model(x), model(x)
    params = [t.detach().clone() for t in (model.fc1.weight, model.fc1.bias, model.fc2.weight, model.fc2.bias)]
    return {"first": first, "second": second, "params": params}


def hidden_units(module, hidden, p, batch, seed):
    """Train-mode outputs with fc1 = (weights 0, bias 1) and fc2 = identity: every hidden unit is 1
    before dropout, so each output entry is that unit after dropout. Two passes on the same input."""
    import torch

    model = module.MLP(3, hidden, hidden, p).double()
    with torch.no_grad():
        model.fc1.weight.zero_()
        model.fc1.bias.fill_(1.0)
        model.fc2.weight.copy_(torch.eye(hidden, dtype=torch.float64))
        model.fc2.bias.zero_()
    model.train()
    torch.manual_seed(seed)
    x = torch.randn(batch, 3, dtype=torch.float64)
    with torch.no_grad():
        return [model(x), model(x)]
