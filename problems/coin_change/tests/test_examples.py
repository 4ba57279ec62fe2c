"""Visible examples for coin_change (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([1, 2, 5], 11, 3),
    ([1, 3, 4], 6, 2),
    ([2], 3, -1),
    ([7], 0, 0),
]


@pytest.mark.parametrize("coins,amount,want", EXAMPLES,
                         ids=["three-coins", "greedy-fails", "impossible", "amount-zero"])
def test_example(solution, coins, amount, want):
    check_equal(solution.coin_change(list(coins), amount), want, call=call_text("coin_change", coins, amount))
