"""Probes shared by the visible and hidden tests of multi_head_attention. Each runs inside the
worker next to your code and returns plain data; every verdict is taken in the test."""


def describe_module(module, d_model, num_heads):
    """The shapes of w_q, w_k, w_v, w_o and the total parameter count."""
    import torch

    model = module.MultiHeadAttention(d_model, num_heads)
    layers = {}
    for name in ("w_q", "w_k", "w_v", "w_o"):
        layer = getattr(model, name, None)
        layers[name] = (tuple(layer.weight.shape), tuple(layer.bias.shape)) \
            if isinstance(layer, torch.nn.Linear) and layer.bias is not None else None
    return {"count": sum(t.numel() for t in model.parameters()), "layers": layers}


def run_module(module, d_model, num_heads, params, query, key, value, key_padding_mask, causal):
    """forward of a module whose w_q, w_k, w_v, w_o weights and biases are set to `params`
    (eight tensors, in that order), in the dtype of `query`."""
    import torch

    model = module.MultiHeadAttention(d_model, num_heads).to(query.dtype)
    with torch.no_grad():
        for i, name in enumerate(("w_q", "w_k", "w_v", "w_o")):
            layer = getattr(model, name)
            layer.weight.copy_(params[2 * i])
            layer.bias.copy_(params[2 * i + 1])
        options = {}  # the defaults (no padding mask, causal=False) are left to the module
        if key_padding_mask is not None:
            options["key_padding_mask"] = key_padding_mask
        if causal:
            options["causal"] = True
        return model(query, key, value, **options)
