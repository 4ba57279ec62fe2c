"""A 'solution module' that keeps a memo across calls, for the cache trap in the corpus.

The corpus loads a fresh copy of this file for every measured size (as the worker would
re-import solution.py), so work cached by an earlier size cannot make a later one look cheap.
"""

_WAYS = [1, 1]  # module-level memo: survives between calls in one module instance


def climb_stairs(n):
    """Ways to climb n stairs taking 1 or 2 steps: linear time, linear memo."""
    while len(_WAYS) <= n:  # only extends what earlier calls left: a repeat call is O(1)
        _WAYS.append((_WAYS[-1] + _WAYS[-2]) % 1_000_000_007)
    return _WAYS[n]
