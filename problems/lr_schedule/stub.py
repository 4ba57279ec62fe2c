"""Linear warmup then cosine decay of the learning rate, applied to an optimizer's param groups."""


def lr_at(step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    raise NotImplementedError("write your solution here")


def apply_lr(optimizer, step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    raise NotImplementedError("write your solution here")
