"""Beam search with the candidate scores as a (beam, V) matrix, pruned by one stable argsort."""

import numpy as np


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    beam = [([], 0.0)]
    pool = []
    for _ in range(max_len):
        if not beam:
            break
        rows = [np.asarray(step_fn([bos] + tokens), dtype=np.float64) for tokens, _ in beam]
        totals = np.array([score for _, score in beam])[:, None] + np.stack(rows)
        vocab = totals.shape[1]
        flat = totals.ravel()  # index b * V + t is the order the candidates are formed in
        keep = np.argsort(-flat, kind="stable")[:beam_width]
        next_beam = []
        for idx in keep:
            b, t = divmod(int(idx), vocab)
            cand = (beam[b][0] + [t], float(beam[b][1] + rows[b][t]))
            (pool if t == eos else next_beam).append(cand)
        beam = next_beam
    pool.extend(beam)
    ranked = sorted(pool, key=lambda h: -(h[1] / len(h[0]) ** alpha))
    return [(tokens, float(score / len(tokens) ** alpha)) for tokens, score in ranked[:beam_width]]
