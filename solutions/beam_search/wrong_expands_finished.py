"""Wrong: hypotheses that emitted eos stay in the beam and keep being extended (tokens after eos),
and the final beam is what is ranked."""


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    beam = [([], 0.0)]
    for _ in range(max_len):
        candidates = []
        for tokens, score in beam:
            log_probs = step_fn([bos, *tokens])
            candidates.extend((tokens + [t], score + float(lp)) for t, lp in enumerate(log_probs))
        candidates.sort(key=lambda c: -c[1])
        beam = candidates[:beam_width]
    ranked = sorted(((tokens, score / len(tokens) ** alpha) for tokens, score in beam), key=lambda c: -c[1])
    return ranked[:beam_width]
