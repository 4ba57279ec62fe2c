"""Hidden tests for combination_sum: random candidates against an independent enumeration,
repeated candidates, no combination, order of the answer, and a search full of candidates too
large to fit within the time limit."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_CANDIDATES = fact("max_candidates")
MAX_VALUE = fact("max_value")


def combinations_oracle(candidates, target):
    """Independent enumeration: how many of each distinct value, largest value first."""
    values = sorted(set(candidates), reverse=True)
    out = []

    def take(i, remaining, counts):
        if remaining == 0:
            combo = []
            for v, c in zip(values, counts, strict=False):
                combo += [v] * c
            out.append(sorted(combo))
            return
        if i == len(values):
            return
        for c in range(remaining // values[i], -1, -1):
            take(i + 1, remaining - c * values[i], counts + [c])

    take(0, target, [])
    return sorted(out)


def combos_and_check(solution, candidates, target, want=None):
    if want is None:
        want = combinations_oracle(candidates, target)
    check_equal(solution.combination_sum(list(candidates), target), want,
                call=call_text("combination_sum", candidates, target))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random(solution, rng, batch):
    """Random distinct candidates and targets up to 25, in random order, against the oracle."""
    for _ in range(25):
        candidates = rng.sample(range(1, 15), rng.randint(1, 6))
        combos_and_check(solution, candidates, rng.randint(1, 25))


def test_one_is_a_candidate(solution):
    """1 among the candidates: many combinations, including all ones."""
    combos_and_check(solution, [4, 1, 3], 9)


def test_answer_order(solution):
    """Candidates given in decreasing order: combinations still non-decreasing and sorted."""
    combos_and_check(solution, [9, 5, 4, 2], 13)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("candidates", "target"), [([3, 2, 3], 6), ([2, 2, 2], 4), ([5, 1, 5, 1], 6), ([7, 7], 7)],
                         ids=["three-twice", "all-equal", "two-pairs", "only-repeats"])
def test_repeated_candidates(solution, candidates, target):
    """A value listed twice: each combination still appears once."""
    combos_and_check(solution, candidates, target)


@pytest.mark.edge
@pytest.mark.parametrize(("candidates", "target"), [([4, 6], 5), ([2], 1), ([10, 20], 9), ([6, 9, 12], 13)],
                         ids=["odd-gap", "smaller-target", "all-too-large", "no-mix"])
def test_no_combination(solution, candidates, target):
    """Nothing sums to the target: []."""
    combos_and_check(solution, candidates, target, [])


@pytest.mark.edge
@pytest.mark.parametrize(("candidates", "target"), [([1], 1), ([7], 7), ([1], 12), ([8], 16)],
                         ids=["one-one", "exact", "twelve-ones", "twice"])
def test_single_candidate(solution, candidates, target):
    """One candidate: one combination if it divides the target."""
    combos_and_check(solution, candidates, target)


def _call_and_return_candidates(module, candidates, target):
    got = module.combination_sum(candidates, target)
    return got, candidates


@pytest.mark.edge
def test_input_not_modified(worker):
    """candidates is not modified (not even sorted in place)."""
    candidates = [7, 3, 2, 6]
    call = call_text("combination_sum", candidates, 7)
    got, after = worker.probe(_call_and_return_candidates, list(candidates), 7, label=call)
    check_equal(got, [[2, 2, 3], [7]], call=call)
    check(after == candidates, f"{call} modified candidates: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
def test_candidates_too_large_to_fit(solution, rng):
    """2, 3, 5 and 7 among the most candidates allowed, the rest too large to fit, within the time limit."""
    # Measured on an idle core: the reference 0.03 s, a table of combinations per amount 0.14 s;
    # skipping too-large values with `continue` 5.2 s, recursing into every candidate over 50 s.
    target = fact("pruning_target")
    candidates = [2, 3, 5, 7] + rng.sample(range(200, MAX_VALUE + 1), MAX_CANDIDATES - 4)
    rng.shuffle(candidates)
    want = combinations_oracle([2, 3, 5, 7], target)
    assert len(want) <= fact("max_answers") and target <= fact("max_target")
    check_equal(solution.combination_sum(candidates, target), want,
                call=f"combination_sum(<2, 3, 5, 7 and {MAX_CANDIDATES - 4:,} values from 200 to {MAX_VALUE:,}>, {target})")
