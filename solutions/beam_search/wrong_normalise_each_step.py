"""Wrong: the length normalisation is applied to the running score at every step (the next
log-probability is added to an already divided score), instead of once to rank the final pool."""


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    beam, pool = [([], 0.0)], []
    for _ in range(max_len):
        if not beam:
            break
        candidates = []
        for tokens, score in beam:
            log_probs = step_fn([bos, *tokens])
            length = len(tokens) + 1
            candidates.extend((tokens + [t], (score + float(lp)) / length ** alpha) for t, lp in enumerate(log_probs))
        candidates.sort(key=lambda c: -c[1])
        beam = []
        for tokens, score in candidates[:beam_width]:
            (pool if tokens[-1] == eos else beam).append((tokens, score))
    pool.extend(beam)
    return sorted(pool, key=lambda c: -c[1])[:beam_width]
