"""The schedule as explicit phases (warmup, cosine, floor) with an interpolation helper; apply_lr
updates each group dict with dict.update."""

from math import cos, pi


def _check(step, base_lr, warmup_steps, total_steps, min_lr):
    if step < 0:
        raise ValueError("step must be >= 0")
    if base_lr <= 0:
        raise ValueError("base_lr must be > 0")
    if min_lr < 0 or min_lr > base_lr:
        raise ValueError("min_lr must be in [0, base_lr]")
    if warmup_steps < 0 or warmup_steps > total_steps - 2:
        raise ValueError("warmup_steps must be in [0, total_steps - 2]")


def lr_at(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    _check(step, base_lr, warmup_steps, total_steps, min_lr)
    last = total_steps - 1
    if step < warmup_steps:
        fraction = (step + 1) / warmup_steps
        return float(base_lr * fraction)
    if step >= last:
        return float(min_lr)
    t = (step - warmup_steps) / (last - warmup_steps)
    weight = (1 + cos(pi * t)) / 2
    return float(weight * base_lr + (1 - weight) * min_lr)


def apply_lr(optimizer, step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    rate = lr_at(step, base_lr, warmup_steps, total_steps, min_lr)
    for group in optimizer.param_groups:
        group.update(lr=rate * group["lr_scale"] if "lr_scale" in group else rate)
    return rate
