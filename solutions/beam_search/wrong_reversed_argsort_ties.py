"""Wrong on ties: orders candidates with np.argsort(scores)[::-1], which puts equal scores in
reverse formation order, so the last-formed candidate wins a tie."""

import numpy as np


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    beam, pool = [([], 0.0)], []
    for _ in range(max_len):
        if not beam:
            break
        candidates = []
        for tokens, score in beam:
            log_probs = step_fn([bos, *tokens])
            candidates.extend((tokens + [t], score + float(lp)) for t, lp in enumerate(log_probs))
        order = np.argsort([score for _, score in candidates], kind="stable")[::-1][:beam_width]
        beam = []
        for i in order:
            tokens, score = candidates[i]
            (pool if tokens[-1] == eos else beam).append((tokens, score))
    pool.extend(beam)
    scored = [(tokens, score / len(tokens) ** alpha) for tokens, score in pool]
    order = np.argsort([score for _, score in scored], kind="stable")[::-1][:beam_width]
    return [scored[i] for i in order]
