"""Linear warmup then cosine decay to a floor, and a step that writes the rate into an
optimizer's param groups."""

import math


def lr_at(step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    if step < 0 or base_lr <= 0 or not 0 <= min_lr <= base_lr or not 0 <= warmup_steps <= total_steps - 2:
        raise ValueError("need step >= 0, 0 <= min_lr <= base_lr, base_lr > 0 and 0 <= warmup_steps <= total_steps - 2")
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = min(1.0, (step - warmup_steps) / (total_steps - 1 - warmup_steps))
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))


def apply_lr(optimizer, step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    lr = lr_at(step, base_lr, warmup_steps, total_steps, min_lr)
    for group in optimizer.param_groups:
        group["lr"] = lr * group.get("lr_scale", 1.0)
    return lr
