"""Hidden tests for beam_search: random models against a reference search (alpha 0, 0.6, 1),
the prefixes passed to step_fn, eos first, greedy search, max_len 1, a beam wider than the
candidates, exact ties, and the default alpha."""

from types import SimpleNamespace

import pytest
from support import check_result, run_search

from harness.authoring import check


def oracle(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    """The prompt's search, with explicit (score, formation index) keys for every ordering."""
    beam, pool = [((), 0.0)], []
    for _ in range(max_len):
        if not beam:
            break
        formed = []
        for tokens, score in beam:
            log_probs = step_fn([bos, *tokens])
            for token in range(len(log_probs)):
                formed.append((tokens + (token,), score + float(log_probs[token])))
        order = sorted(range(len(formed)), key=lambda i: (-formed[i][1], i))[:beam_width]
        kept = [formed[i] for i in order]
        pool += [c for c in kept if c[0][-1] == eos]
        beam = [c for c in kept if c[0][-1] != eos]
    pool += beam
    scored = [(list(tokens), score / len(tokens) ** alpha) for tokens, score in pool]
    order = sorted(range(len(scored)), key=lambda i: (-scored[i][1], i))
    return [scored[i] for i in order[:beam_width]]


def compare(worker, model, bos, eos, beam_width, max_len, alpha):
    shown_alpha = "" if alpha is None else f", alpha={alpha}"
    call = f"beam_search(<{model['kind']} model>, bos={bos}, eos={eos}, beam_width={beam_width}, max_len={max_len}{shown_alpha})"
    got = worker.probe(run_search, model, bos, eos, beam_width, max_len, alpha, label=call)
    want = run_search(SimpleNamespace(beam_search=oracle), model, bos, eos, beam_width, max_len, alpha)
    allowed = {tuple(prefix) for prefix in want["calls"]}
    extra = [prefix for prefix in got["calls"] if tuple(prefix) not in allowed]
    check(not extra, lambda: (
        f"{call} called step_fn({extra[0]}), a prefix the search never extends"
        + (" (it continues past eos: finished hypotheses are not extended)" if eos in extra[0][1:] else "")))
    check_result(got["result"], want["result"], call=call)


@pytest.mark.parametrize("alpha", [0.0, 0.6, 1.0])
def test_random_models(worker, np_rng, alpha):
    """Random models that often end early (eos favoured): the returned sequences and scores."""
    for _ in range(3):
        model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 6, "eos_bias": 1.0}
        compare(worker, model, 0, 5, 3, 6, alpha)


def test_wide_beam_long_search(worker, np_rng):
    """Beam width 5 over 8 tokens, up to 7 steps, alpha 0.7."""
    model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 8, "eos_bias": 0.5}
    compare(worker, model, 1, 2, 5, 7, 0.7)


@pytest.mark.edge
def test_eos_most_likely_first(worker, np_rng):
    """eos is the likeliest first token: that one-token hypothesis finishes and the search goes on."""
    model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 5, "eos_bias": 4.0}
    compare(worker, model, 0, 4, 3, 5, 0.0)
    compare(worker, model, 0, 4, 3, 5, 1.0)


@pytest.mark.edge
def test_greedy_and_single_step(worker, np_rng):
    """beam_width = 1 (greedy decoding) and max_len = 1 (one token, finished or not)."""
    model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 6, "eos_bias": 0.5}
    compare(worker, model, 0, 5, 1, 8, 0.6)
    compare(worker, model, 0, 5, 3, 1, 0.6)


@pytest.mark.edge
def test_beam_wider_than_candidates(worker, np_rng):
    """beam_width 10 over 3 tokens: every candidate is kept while there are fewer than 10."""
    model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 3, "eos_bias": 0.0}
    compare(worker, model, 0, 1, 10, 3, 0.5)


@pytest.mark.edge
@pytest.mark.parametrize("alpha", [0.0, 1.0])
def test_exact_ties_keep_formation_order(worker, alpha):
    """Uniform log-probabilities: every score ties, and the candidates formed first win."""
    # With alpha = 1 the pool's ties are across lengths: n * v / n must equal v in floating point
    # however a correct solution writes the division (s / n, s * n ** -1, s * exp(-log n)). For
    # v = -log(5) that fails at n = 3 for some of them, so the second model gives every token the
    # log-probability -2.0 (a power of two: every form is exact); the search never needs them to sum to 1.
    compare(worker, {"kind": "uniform", "vocab": 4}, 0, 3, 3, 3, alpha)
    compare(worker, {"kind": "uniform", "vocab": 5, "logp": -2.0}, 4, 1, 4, 4, alpha)


@pytest.mark.edge
def test_default_alpha_is_zero(worker, np_rng):
    """Called without alpha: raw summed log-probabilities rank the pool."""
    model = {"kind": "random", "seed": int(np_rng.integers(1 << 30)), "vocab": 6, "eos_bias": 1.0}
    compare(worker, model, 0, 5, 3, 6, None)
