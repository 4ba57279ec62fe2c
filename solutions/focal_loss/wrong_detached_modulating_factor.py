"""Wrong: detaches the focal factor (1 - p_t)^gamma, treating it as a constant weight. The loss
value is right, but the gradient misses the term that flows through p_t (right only for gamma 0)."""

import torch


def focal_loss(logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0,
               alpha: torch.Tensor | None = None) -> torch.Tensor:
    z = logits - logits.amax(dim=1, keepdim=True)
    log_probs = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    log_pt = log_probs.gather(1, targets.unsqueeze(1)).squeeze(1)
    factor = ((1 - torch.exp(log_pt)) ** gamma).detach()
    loss = -factor * log_pt
    if alpha is not None:
        loss = alpha[targets] * loss
    return loss.mean()
