"""Beam search over a step function: prune to the beam width on raw cumulative log-probability
(stable on ties), retire hypotheses that emit eos, rank the pool by length-normalised score."""

from collections.abc import Callable, Sequence


def beam_search(step_fn: Callable[[list[int]], Sequence[float]], bos: int, eos: int, beam_width: int,
                max_len: int, alpha: float = 0.0) -> list[tuple[list[int], float]]:
    alive: list[tuple[list[int], float]] = [([], 0.0)]
    pool: list[tuple[list[int], float]] = []
    for _ in range(max_len):
        if not alive:
            break
        candidates = []
        for tokens, score in alive:
            log_probs = step_fn([bos, *tokens])
            candidates.extend((tokens + [token], score + float(lp)) for token, lp in enumerate(log_probs))
        candidates.sort(key=lambda c: -c[1])  # stable: ties keep (parent, token) order
        alive = []
        for tokens, score in candidates[:beam_width]:
            (pool if tokens[-1] == eos else alive).append((tokens, score))
    pool.extend(alive)
    ranked = sorted(((tokens, score / len(tokens) ** alpha) for tokens, score in pool), key=lambda c: -c[1])
    return ranked[:beam_width]
