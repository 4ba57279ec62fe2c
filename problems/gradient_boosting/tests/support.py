"""Checks shared by the visible and hidden tests of gradient_boosting: comparing fitted models."""

import numbers

import numpy as np

from harness.authoring import CheckFailed, short_repr


def _close(a: float, b: float, tol: dict) -> bool:
    return abs(a - b) <= tol["atol"] + tol["rtol"] * abs(b)


def check_model(got, want: dict, *, call: str, tol: dict) -> None:
    """got is a model dict equal to want: f0, learning_rate and every stump (feature exactly, the
    three floats within tolerance). The message names the first stump that differs."""
    if not isinstance(got, dict) or set(got) != {"f0", "learning_rate", "stumps"}:
        keys = sorted(map(str, got)) if isinstance(got, dict) else None
        raise CheckFailed(f"{call} returned {short_repr(got) if keys is None else f'a dict with keys {keys}'}; "
                          "expected a dict with keys 'f0', 'learning_rate' and 'stumps'")
    for key in ("f0", "learning_rate"):
        value = got[key]
        if not isinstance(value, numbers.Real) or isinstance(value, bool):
            raise CheckFailed(f"{call}[{key!r}] is {short_repr(value)}; expected a float")
        if not _close(float(value), want[key], tol):
            extra = " (F_0 is the mean of y)" if key == "f0" else ""
            raise CheckFailed(f"{call}[{key!r}] is {float(value)!r}; expected {want[key]!r}{extra}")
    stumps = got["stumps"]
    if not isinstance(stumps, list) or len(stumps) != len(want["stumps"]):
        raise CheckFailed(f"{call}['stumps'] is {short_repr(stumps)}; expected a list of {len(want['stumps'])} stumps")
    for m, (stump, expected) in enumerate(zip(stumps, want["stumps"], strict=True), start=1):
        if not isinstance(stump, (tuple, list)) or len(stump) != 4:
            raise CheckFailed(f"{call}: stump {m} is {short_repr(stump)}; expected (feature, threshold, left, right)")
        feature = stump[0]
        ok = isinstance(feature, (int, np.integer)) and not isinstance(feature, (bool, np.bool_)) \
            and int(feature) == expected[0] \
            and all(isinstance(v, numbers.Real) and _close(float(v), e, tol) for v, e in zip(stump[1:], expected[1:],
                                                                                             strict=True))
        if not ok:
            raise CheckFailed(f"{call}: stump {m} (round {m}) is {short_repr(tuple(stump))}; expected {expected} "
                              "(feature, midpoint threshold, unshrunk mean residual left and right)")
