"""Probes shared by the visible and hidden tests of lstm_cell. Each runs inside the worker next to
your LSTM and returns plain data; every verdict is taken in the test."""

NAMES = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")


def describe_parameters(module, input_size, hidden_size):
    """(name, shape) of every parameter, in registration order."""
    model = module.LSTM(input_size, hidden_size)
    return [(name, tuple(p.shape)) for name, p in model.named_parameters()]


def run_lstm(module, params, x, state, cotangents):
    """forward with the four parameters set to `params` (in NAMES order), in the dtype of x. With
    cotangents (for outputs, h_T, c_T) also the gradients of sum(result * cotangent) with respect
    to the parameters and x."""
    import torch

    model = module.LSTM(x.shape[2], params[1].shape[1]).to(x.dtype)
    with torch.no_grad():
        for name, value in zip(("weight_ih", "weight_hh", "bias_ih", "bias_hh"), params, strict=True):
            getattr(model, name).copy_(value)
    if cotangents is not None:
        x = x.clone().requires_grad_(True)
    result = model(x) if state is None else model(x, state)
    outputs, (h, c) = result
    reply = {"kind": [type(result).__name__, type(result[1]).__name__ if len(result) > 1 else None],
             "outputs": outputs.detach(), "h": h.detach(), "c": c.detach()}
    if cotangents is not None:
        loss = sum((t * w).sum() for t, w in zip((outputs, h, c), cotangents, strict=True))
        loss.backward()
        reply["grads"] = [None if getattr(model, name).grad is None else getattr(model, name).grad.detach()
                          for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")]
        reply["grads"].append(None if x.grad is None else x.grad.detach())
    return reply
