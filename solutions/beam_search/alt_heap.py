"""Beam search with heapq.nlargest for pruning (documented to equal sorted(..., reverse=True)[:k],
so ties keep formation order) and numpy for the per-hypothesis extension."""

import heapq

import numpy as np


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    beam = [((), 0.0)]
    finished = []
    steps = 0
    while beam and steps < max_len:
        steps += 1
        candidates = []
        for prefix, total in beam:
            lp = np.asarray(step_fn([bos, *prefix]), dtype=np.float64)
            candidates += [(prefix + (tok,), total + lp[tok].item()) for tok in range(lp.shape[0])]
        best = heapq.nlargest(beam_width, candidates, key=lambda item: item[1])
        finished += [item for item in best if item[0][-1] == eos]
        beam = [item for item in best if item[0][-1] != eos]
    everything = finished + beam
    normalised = [([int(t) for t in seq], total / (len(seq) ** alpha)) for seq, total in everything]
    return heapq.nlargest(beam_width, normalised, key=lambda item: item[1])
