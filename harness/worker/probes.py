"""Probe functions that run inside the worker, next to the submission (see WorkerClient.probe).

Each is a self-contained top-level function `fn(module, *args)` (imports inside, no globals):
its source is shipped to the worker, it returns plain data, and every verdict on that data is
taken in the trusted test process.
"""


def value_and_grad(module, entry, args, kwargs, wrt, cotangent):
    """Call module.<entry>(*args, **kwargs) with the args at positions `wrt` as float64 leaves that
    require grad; backpropagate sum(output * cotangent) (sum(output) when cotangent is None).
    Returns {"value", "grads"} or {"error": why in words}."""
    import torch

    args = list(args)
    for i in wrt:
        args[i] = args[i].detach().to(torch.float64).clone().requires_grad_(True)
    out = getattr(module, entry)(*args, **kwargs)
    if not isinstance(out, torch.Tensor):
        return {"error": f"returned a {type(out).__name__}, not a tensor, so no gradient can flow "
                         "back through it (compute with torch operations)"}
    if not out.requires_grad:
        return {"error": "the result does not carry a gradient: the computation left autograd's "
                         "graph (.detach(), .item(), .numpy(), torch.no_grad or a new tensor built "
                         "from Python numbers)"}
    weight = torch.ones_like(out) if cotangent is None else cotangent.to(out.dtype)
    if weight.shape != out.shape:
        return {"error": f"returned shape {tuple(out.shape)}; expected {tuple(weight.shape)}"}
    (out * weight).sum().backward()
    grads = []
    for i in wrt:
        if args[i].grad is None:
            return {"error": f"no gradient reaches argument {i + 1}: it does not take part in the "
                             "result through differentiable torch operations"}
        grads.append(args[i].grad.detach())
    return {"value": out.detach(), "grads": grads}


def gradcheck(module, entry, args, kwargs, wrt):
    """torch.autograd.gradcheck in float64; {"ok": bool, "message": str}."""
    import torch

    args = list(args)
    for i in wrt:
        args[i] = args[i].detach().to(torch.float64).clone().requires_grad_(True)
    fn = getattr(module, entry)

    def f(*inputs):
        full = list(args)
        for i, x in zip(wrt, inputs, strict=False):
            full[i] = x
        return fn(*full, **kwargs)

    try:
        ok = torch.autograd.gradcheck(f, tuple(args[i] for i in wrt), eps=1e-6, atol=1e-5, rtol=1e-4,
                                      raise_exception=True)
    except Exception as exc:  # noqa: BLE001 - GradcheckError or the submission's own error
        text = str(exc).strip().splitlines()
        return {"ok": False, "message": " ".join(text[:3])[:600]}
    return {"ok": bool(ok), "message": ""}
