"""Visible examples for meeting_rooms_ii (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([[0, 30], [5, 10], [15, 20]], 2),
    ([[7, 10], [2, 4]], 1),
    ([[1, 5], [5, 10], [10, 12]], 1),
    ([[1, 4], [1, 4], [1, 4]], 3),
    ([], 0),
]


@pytest.mark.parametrize("intervals,want", EXAMPLES,
                         ids=["one-long-meeting", "apart", "back-to-back", "identical", "empty"])
def test_example(solution, intervals, want):
    got = solution.min_meeting_rooms([list(iv) for iv in intervals])
    check_equal(got, want, call=call_text("min_meeting_rooms", intervals))
