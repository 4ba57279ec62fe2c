"""Shared by the visible and hidden tests of beam_search: the probe that builds a model next to
your function and records the prefixes it asks about, and the checker for the answer."""

from harness.authoring import CheckFailed, check, type_name


def run_search(module, model, bos, eos, beam_width, max_len, alpha):
    """Call beam_search with a step function built from `model` (alpha None: left out), recording
    every prefix passed to it.

    model kinds: {"kind": "random", "seed", "vocab", "eos_bias"}: seeded random log-probabilities per
    prefix, eos made likelier by eos_bias; {"kind": "uniform", "vocab", optional "logp"}: every token
    equally likely, with log-probability logp (default -log(vocab)) (exact ties); {"kind": "table", "table": {prefix tuple: log-probs}, "default": log-probs}."""
    import numpy as np

    calls = []

    def step_fn(prefix):
        key = tuple(int(t) for t in prefix)
        calls.append(list(key))
        if model["kind"] == "table":
            return np.array(model["table"].get(key, model["default"]), dtype=np.float64)
        vocab = model["vocab"]
        if model["kind"] == "uniform":
            return np.full(vocab, float(model.get("logp", -np.log(vocab))))
        logits = np.random.default_rng([model["seed"], *key]).normal(size=vocab) * 1.5
        logits[eos] += model["eos_bias"]
        top = logits.max()
        return logits - top - np.log(np.exp(logits - top).sum())

    if alpha is None:
        result = module.beam_search(step_fn, bos, eos, beam_width, max_len)
    else:
        result = module.beam_search(step_fn, bos, eos, beam_width, max_len, alpha)
    return {"result": result, "calls": calls}


def check_result(got, want, *, call: str) -> None:
    """got is a list of (list of int, float) tuples: the same tokens as want, scores within 1e-9."""
    if type(got) is not list:
        raise CheckFailed(f"{call} returned a {type_name(got)}; expected a list of (tokens, score) tuples")
    for i, entry in enumerate(got):
        ok = (type(entry) is tuple and len(entry) == 2 and type(entry[0]) is list
              and all(type(t) is int for t in entry[0]) and type(entry[1]) is float)
        check(ok, lambda entry=entry, i=i: (
            f"{call}: entry {i} is {entry!r}; expected a tuple (list of Python ints, Python float)"))
    shown = [(tokens, round(score, 6)) for tokens, score in want]
    check([tokens for tokens, _ in got] == [tokens for tokens, _ in want], lambda: (
        f"{call} returned the sequences {[tokens for tokens, _ in got]}; expected {shown}"))
    for (tokens, score), (_, expected) in zip(got, want, strict=True):
        check(abs(score - expected) <= 1e-9 * (1.0 + abs(expected)), lambda tokens=tokens, score=score, expected=expected: (
            f"{call}: the score of {tokens} is {score!r}; expected {expected!r} (score / len(tokens) ** alpha, "
            "with len counting eos)"))
