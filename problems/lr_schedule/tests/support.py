"""Shared by the visible and hidden tests of lr_schedule: probes that run a whole schedule next to
your functions in one round trip, and the checker for a list of rates."""

from harness.authoring import check, type_name


def schedule(module, base_lr, warmup_steps, total_steps, min_lr, steps):
    """[lr_at(s, ...) for s in range(steps)]; min_lr None: left out."""
    if min_lr is None:
        return [module.lr_at(s, base_lr, warmup_steps, total_steps) for s in range(steps)]
    return [module.lr_at(s, base_lr, warmup_steps, total_steps, min_lr) for s in range(steps)]


def run_apply(module, groups, base_lr, warmup_steps, total_steps, min_lr):
    """apply_lr at every step on a stand-in optimizer: the returned rates, the group lrs after each
    step, whether the group dicts stayed the same objects, and the final groups."""
    from types import SimpleNamespace

    optimizer = SimpleNamespace(param_groups=[dict(g) for g in groups])
    originals = list(optimizer.param_groups)
    returned, group_lrs = [], []
    for step in range(total_steps):
        returned.append(module.apply_lr(optimizer, step, base_lr, warmup_steps, total_steps, min_lr))
        group_lrs.append([g.get("lr") for g in optimizer.param_groups])
    same = len(originals) == len(optimizer.param_groups) and all(
        a is b for a, b in zip(originals, optimizer.param_groups, strict=True))
    return {"returned": returned, "group_lrs": group_lrs, "same": same, "groups": optimizer.param_groups}


def check_rates(got, want, *, call: str, rtol: float, atol: float) -> None:
    """got[i] is a float within tolerance of want[i] for every step i."""
    check(type(got) is list and len(got) == len(want), lambda: f"{call}: expected {len(want)} rates; got {got!r}")
    for step, (g, w) in enumerate(zip(got, want, strict=True)):
        check(isinstance(g, float), lambda g=g, step=step: f"{call} at step {step} returned a {type_name(g)}; expected a float")
        check(abs(g - w) <= atol + rtol * abs(w), lambda g=g, w=w, step=step: (
            f"{call} at step {step} returned {g!r}; expected {w!r}"))
