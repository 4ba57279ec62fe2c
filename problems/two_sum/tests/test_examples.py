"""Visible examples for two_sum (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check

EXAMPLES = [
    ([2, 7, 11, 15], 9),
    ([3, 2, 4], 6),
    ([-3, 4, 3, 90], 0),
    ([1, 2, 3], 100),
]


def valid_pairs(nums, target):
    return {(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target}


@pytest.mark.parametrize("nums,target", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
def test_example(solution, nums, target):
    got = solution.two_sum(list(nums), target)
    pairs = valid_pairs(nums, target)
    call = call_text("two_sum", nums, target)
    if not pairs:
        check(got == [] and type(got) is list, f"{call} returned {got!r}; expected [] (no pair adds up)")
    else:
        check(type(got) is list and len(got) == 2 and tuple(got) in pairs and all(type(i) is int for i in got),
              f"{call} returned {got!r}; expected one of {sorted(map(list, pairs))}")
