"""Visible examples for course_schedule (what `drill test` runs). Any valid order is accepted."""

import pytest

from harness.authoring import call_text, check, short_repr

EXAMPLES = [
    (2, [[1, 0]], True),
    (4, [[1, 0], [2, 0], [3, 1], [3, 2]], True),
    (3, [], True),
    (2, [[1, 0], [0, 1]], False),
    (1, [[0, 0]], False),
]


@pytest.mark.parametrize("n,pairs,possible", EXAMPLES,
                         ids=["one-pair", "diamond", "no-prerequisites", "two-cycle", "self-prerequisite"])
def test_example(solution, n, pairs, possible):
    got = solution.find_order(n, [list(p) for p in pairs])
    call = call_text("find_order", n, pairs)
    if not possible:
        check(type(got) is list and got == [], f"{call} returned {short_repr(got)}; expected [] (the prerequisites form a cycle)")
        return
    check(type(got) is list and sorted(got) == list(range(n)) and all(type(c) is int for c in got),
          f"{call} returned {short_repr(got)}; expected a list holding each course 0..{n - 1} once")
    position = {course: i for i, course in enumerate(got)}
    for a, b in pairs:
        check(position[b] < position[a],
              f"{call} returned {got}, but course {a} comes before its prerequisite {b}")
