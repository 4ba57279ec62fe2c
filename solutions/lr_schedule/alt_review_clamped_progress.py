"""The schedule as one expression per phase, with the decay progress clamped to [0, 1]."""

import math


def lr_at(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    problems = []
    if step < 0:
        problems.append("step < 0")
    if not base_lr > 0:
        problems.append("base_lr <= 0")
    if not 0 <= min_lr <= base_lr:
        problems.append("min_lr outside [0, base_lr]")
    if not 0 <= warmup_steps <= total_steps - 2:
        problems.append("warmup_steps outside [0, total_steps - 2]")
    if problems:
        raise ValueError("; ".join(problems))
    if step < warmup_steps:
        return float(base_lr * (step + 1) / warmup_steps)
    progress = min(1.0, (step - warmup_steps) / (total_steps - 1 - warmup_steps))
    return float(min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress)))


def apply_lr(optimizer, step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    lr = lr_at(step, base_lr, warmup_steps, total_steps, min_lr)
    for group in optimizer.param_groups:
        group["lr"] = lr * group.get("lr_scale", 1.0)
    return lr
