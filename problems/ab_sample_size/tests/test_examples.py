"""Visible examples for ab_sample_size (what `drill test` runs)."""

import pytest
from support import check_n

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ((0.10, 0.12), 3839),
    ((0.10, 0.12, 0.05, 0.9), 5139),
    ((0.20, 0.10, 0.01, 0.95), 446),
    ((0.05, 0.0505), 2996695),
]


@pytest.mark.parametrize("args,want", EXAMPLES, ids=["lift-2pt", "power-0.9", "drop-alpha-0.01", "tiny-lift"])
def test_example(solution, args, want):
    check_n(solution.ab_sample_size(*args), want, call=call_text("ab_sample_size", *args))


def test_example_no_effect(solution):
    expect_raises(ValueError, solution.ab_sample_size, 0.10, 0.10, call=call_text("ab_sample_size", 0.10, 0.10))
