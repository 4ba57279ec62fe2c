"""Shared by the visible and hidden tests of top_p_sampling: the probe that samples next to your
function with a generator it seeds itself."""


def run_sample(module, logits, seed, options):
    """sample(logits, np.random.default_rng(seed), **options), and the generator's next draw."""
    import numpy as np

    rng = np.random.default_rng(seed)
    tokens = module.sample(logits, rng, **options)
    return {"tokens": tokens, "next": float(rng.random())}


def check_tokens(got, want, *, call: str) -> None:
    """got is an int64 numpy array of want's shape with the same tokens."""
    import numpy as np

    from harness.authoring import check, short_repr, type_name

    check(isinstance(got, np.ndarray) and got.dtype == np.int64 and got.shape == want.shape, lambda: (
        f"{call} returned {type_name(got)} {getattr(got, 'dtype', '')} of shape {getattr(got, 'shape', None)}; "
        f"expected an int64 numpy array of shape {want.shape}"))
    wrong = np.flatnonzero(got != want)
    check(wrong.size == 0, lambda: (
        f"{call} returned {short_repr(got)}; expected {short_repr(want)} ({wrong.size} of {want.size} rows differ, "
        f"first at row {wrong[0] if wrong.size else -1})"))
