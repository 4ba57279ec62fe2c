"""Hidden tests for top_p_sampling: filtered probabilities against a row-by-row reference over
temperatures, top-k and top-p (the crossing token kept), ties at the top-k cut, extreme settings,
errors and defaults; sampling replayed with the same generator, another seed, and token counts
within calibrated binomial bands."""

import math

import numpy as np
import pytest
from support import check_tokens, run_sample

from harness.authoring import call_text, check, check_close, expect_raises, fact


def oracle_row(row, temperature, top_k, top_p):
    """One row, with Python sorting and explicit loops."""
    z = [v / temperature for v in row]
    top = max(z)
    weights = [math.exp(v - top) for v in z]
    total = sum(weights)
    probs = [w / total for w in weights]
    if top_k is not None:
        ranked = sorted(range(len(probs)), key=lambda i: (-z[i], i))
        kept = set(ranked[:top_k])
        probs = [p if i in kept else 0.0 for i, p in enumerate(probs)]
        total = sum(probs)
        probs = [p / total for p in probs]
    if top_p is not None:
        ranked = sorted((i for i in range(len(probs)) if probs[i] > 0), key=lambda i: (-probs[i], i))
        kept, mass = set(), 0.0
        for i in ranked:
            if mass >= top_p:
                break
            kept.add(i)
            mass += probs[i]
        probs = [p if i in kept else 0.0 for i, p in enumerate(probs)]
        total = sum(probs)
        probs = [p / total for p in probs]
    return probs


def oracle(logits, temperature=1.0, top_k=None, top_p=None):
    return np.array([oracle_row(list(row), temperature, top_k, top_p) for row in logits])


def oracle_sample(logits, seed, temperature=1.0, top_k=None, top_p=None):
    probs = oracle(logits, temperature, top_k, top_p)
    rng = np.random.default_rng(seed)
    u = rng.random(len(logits))
    tokens = []
    for row, target in zip(probs, u, strict=True):
        cdf = np.cumsum(row)
        hits = np.flatnonzero(cdf > target)
        tokens.append(hits[0] if hits.size else np.flatnonzero(row > 0)[-1])
    return np.array(tokens, dtype=np.int64), float(rng.random())


def safe_top_p(np_rng, logits, temperature, top_k, low=0.3, high=0.95):
    """A top_p at least 1e-6 away from every running total of every row (the prompt's promise)."""
    base = oracle(logits, temperature, top_k)
    totals = np.cumsum(-np.sort(-base, axis=1), axis=1).ravel()
    while True:
        p = float(np_rng.uniform(low, high))
        if np.abs(totals - p).min() > 1e-6:
            return p


def options_text(options):
    return ", ".join(f"{k}={v!r}" for k, v in options.items())


def check_probs(solution, logits, tol, **options):
    want = oracle(logits, **options)
    got = solution.filtered_probs(logits, **options)
    call = f"filtered_probs(<logits {logits.shape}>, {options_text(options)})"
    check_close(got, want, call=call, **tol)
    removed = (want == 0) & (got != 0)
    check(not removed.any(), lambda: f"{call}: removed tokens must be exactly 0; got {got[removed][:3]}")


SETTINGS = [(1.0, None, False), (0.7, None, False), (1.6, 4, False), (1.0, None, True), (0.8, 6, True)]


@pytest.mark.parametrize(("temperature", "top_k", "use_p"), SETTINGS,
                         ids=["softmax", "T0.7", "T1.6-k4", "top-p", "T0.8-k6-top-p"])
def test_filtered_probs_random(solution, np_rng, tol, temperature, top_k, use_p):
    """Random logits (8 rows, 10 tokens): temperature on the logits, then top-k, then top-p."""
    logits = np_rng.normal(scale=2.0, size=(8, 10))
    options = {"temperature": temperature}
    if top_k is not None:
        options["top_k"] = top_k
    if use_p:
        options["top_p"] = safe_top_p(np_rng, logits, temperature, top_k)
    check_probs(solution, logits, tol, **options)


def test_nucleus_keeps_the_crossing_token(solution, tol):
    """The token whose probability takes the running total past top_p is kept."""
    logits = np.log(np.array([[0.5, 0.1, 0.4], [0.05, 0.2, 0.75], [0.25, 0.35, 0.4]]))
    # Running totals: 0.5, 0.9 / 0.75, 0.95 / 0.4, 0.75. top_p 0.5 would sit on row 0's first total,
    # where rounding decides the cut; the prompt promises top_p 1e-6 away from every running total.
    check_probs(solution, logits, tol, top_p=0.8)
    check_probs(solution, logits, tol, top_p=0.45)


@pytest.mark.edge
def test_top_k_ties_keep_lower_index(solution, tol):
    """Equal logits at the top-k cut: the lower token index is kept."""
    logits = np.array([[0.0, 1.0, 1.0, 1.0, -2.0], [3.0, 1.0, 3.0, 1.0, 1.0]])
    check_probs(solution, logits, tol, top_k=2)
    check_probs(solution, logits, tol, top_k=4)


@pytest.mark.edge
def test_top_p_ties_keep_lower_index(solution, tol):
    """Equal probabilities at the top-p cut: the lower token index comes first."""
    logits = np.log(np.array([[0.1, 0.3, 0.3, 0.3], [0.2, 0.2, 0.2, 0.4]]))
    check_probs(solution, logits, tol, top_p=0.5)


@pytest.mark.edge
@pytest.mark.parametrize("options", [{"top_k": 1}, {"top_k": 7}, {"top_p": 1.0}, {"top_p": 1e-9},
                                     {"top_k": 1, "top_p": 1.0}],
                         ids=["k1", "k-is-V", "p1", "tiny-p", "k1-p1"])
def test_extreme_filters(solution, np_rng, tol, options):
    """top_k = 1 and V, top_p = 1 (keep all) and a tiny top_p (only the top token)."""
    check_probs(solution, np_rng.normal(size=(5, 7)), tol, **options)


@pytest.mark.edge
def test_large_logits_and_extreme_temperatures(solution, np_rng, tol):
    """Logits in the thousands at temperature 0.01 stay finite; temperature 100 nearly flattens."""
    logits = np_rng.normal(scale=1000.0, size=(4, 6))
    check_probs(solution, logits, tol, temperature=0.01)
    check_probs(solution, logits, tol, temperature=100.0, top_p=safe_top_p(np_rng, logits, 100.0, None))


@pytest.mark.edge
def test_single_row_and_single_token(solution, np_rng, tol):
    """B = 1, and V = 1 (that token has probability 1)."""
    check_probs(solution, np_rng.normal(size=(1, 5)), tol, temperature=0.5, top_k=3)
    check_probs(solution, np.array([[3.0], [-1.0]]), tol, top_k=1, top_p=0.5)


@pytest.mark.edge
@pytest.mark.parametrize("options", [{"temperature": 0.0}, {"temperature": -1.0}, {"top_k": 0}, {"top_k": 5},
                                     {"top_p": 0.0}, {"top_p": 1.5}],
                         ids=["T0", "T-neg", "k0", "k-over-V", "p0", "p-over-1"])
def test_invalid_options_raise(solution, options):
    """A temperature <= 0, top_k outside 1..V, top_p outside (0, 1]: ValueError."""
    logits = np.zeros((2, 4))
    expect_raises(ValueError, solution.filtered_probs, logits, **options,
                  call=call_text("filtered_probs", "<logits (2, 4)>", **options))


def _untouched(module, logits):
    import numpy as np

    copy = logits.copy()
    probs = module.filtered_probs(logits, 0.5, 3, 0.9)
    tokens = module.sample(logits, np.random.default_rng(1), 0.5, 3, 0.9)
    return {"same": bool(np.array_equal(copy, logits)), "shares": bool(np.shares_memory(probs, logits)),
            "tokens": tokens}


@pytest.mark.edge
def test_logits_not_modified(worker, np_rng):
    """filtered_probs and sample leave logits unchanged and return new arrays."""
    got = worker.probe(_untouched, np_rng.normal(size=(3, 6)), label="filtered_probs / sample")
    check(got["same"], "filtered_probs or sample modified logits in place")
    check(not got["shares"], "filtered_probs returned an array sharing memory with logits")


@pytest.mark.edge
def test_defaults(solution, worker, np_rng, tol):
    """Called without options: the plain softmax, and sampling from it."""
    logits = np_rng.normal(size=(6, 5))
    check_close(solution.filtered_probs(logits), oracle(logits), call="filtered_probs(logits)", **tol)
    seed = int(np_rng.integers(1 << 30))
    got = worker.probe(run_sample, logits, seed, {}, label="sample(logits, rng)")
    want, _ = oracle_sample(logits, seed)
    check_tokens(got["tokens"], want, call=f"sample(logits, np.random.default_rng({seed}))")


@pytest.mark.parametrize("options", [{"temperature": 0.7}, {"temperature": 1.3, "top_k": 4, "top_p": 0.8}],
                         ids=["T0.7", "T1.3-k4-p0.8"])
def test_sample_replays_with_the_same_generator(worker, np_rng, options):
    """The same seed gives the reference's tokens, one rng.random(B) call is used, another seed differs."""
    logits = np_rng.normal(scale=1.5, size=(300, 8))
    if "top_p" in options:
        options = {**options, "top_p": safe_top_p(np_rng, logits, options["temperature"], options["top_k"])}
    seed = int(np_rng.integers(1 << 30))
    call = f"sample(<logits (300, 8)>, np.random.default_rng({seed}), {options_text(options)})"
    got = worker.probe(run_sample, logits, seed, options, label=call)
    want, next_draw = oracle_sample(logits, seed, **options)
    check_tokens(got["tokens"], want, call=call)
    check(got["next"] == next_draw, lambda: (
        f"{call} left the generator in another state than one rng.random(300) call would: draw the "
        "uniforms with exactly one rng.random(B) and use rng for nothing else"))
    other = worker.probe(run_sample, logits, seed + 1, options, label=call)
    check(not np.array_equal(other["tokens"], got["tokens"]),
          f"{call} returned the same tokens with seed {seed + 1}: draw from the rng passed in")


def test_token_counts_match_the_distribution(worker, np_rng):
    """20,000 rows of the same logits: every token's count within 6 binomial standard deviations."""
    draws, sigmas = fact("dist_draws"), fact("dist_sigmas")
    # Fixed probabilities in a random token order: top-k 6 then top-p 0.88 keeps five tokens (the
    # running totals 0.84 and 0.93 are far from 0.88), each with probability at least 0.09.
    base = np.log(np.array([0.3, 0.2, 0.15, 0.12, 0.1, 0.08, 0.03, 0.02]))
    row = base[np_rng.permutation(8)][None, :]
    options = {"temperature": 0.8, "top_k": 6, "top_p": 0.88}
    probs = oracle(row, **options)[0]
    call = f"sample(<{draws:,} copies of one row of 8 logits>, rng, {options_text(options)})"
    got = worker.probe(run_sample, np.repeat(row, draws, axis=0), int(np_rng.integers(1 << 30)), options, label=call)
    tokens = got["tokens"]
    check(isinstance(tokens, np.ndarray) and tokens.shape == (draws,), f"{call} did not return {draws:,} tokens")
    counts = np.bincount(tokens.astype(np.int64), minlength=8)[:8]
    check(not counts[probs == 0].any(), lambda: (
        f"{call} drew removed tokens {np.flatnonzero((probs == 0) & (counts > 0)).tolist()}"))
    # Each kept count is Binomial(20,000, p) with p >= 0.09 (mean >= 1,800, sd >= 40). A 6-sigma band
    # fails a correct sampler with probability about 2e-9 per token (normal tail; the binomial's skew
    # at that mean changes it little), so about 1e-8 for the five kept tokens: under 1e-6 per run.
    expected, sd = draws * probs, np.sqrt(draws * probs * (1 - probs))
    worst = int(np.argmax(np.abs(counts - expected) / np.maximum(sd, 1e-12)))
    check(bool(np.all(np.abs(counts - expected) <= sigmas * sd + 1e-9)), lambda: (
        f"{call}: token {worst} was drawn {counts[worst]} times; expected {expected[worst]:.0f} +- "
        f"{sigmas * sd[worst]:.0f} ({sigmas} standard deviations). Counts {counts.tolist()}, "
        f"probabilities {np.round(probs, 4).tolist()}"))
