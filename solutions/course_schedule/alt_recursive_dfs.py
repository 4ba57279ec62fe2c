"""Course Schedule with a recursive depth-first search: O(V + E) time and space.

A course is finished once all of its prerequisites are (post-order on the edges course ->
prerequisite), so the finishing order takes every course after its prerequisites. A course met
again while still on the stack closes a cycle. The recursion can be as deep as the longest chain
of prerequisites (V calls), so the recursion limit is raised to V first; the call stack is O(V).
"""

import sys


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    needs: list[list[int]] = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        needs[course].append(before)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), num_courses + 100))
    state = [0] * num_courses  # 0 unseen, 1 on the stack, 2 finished
    finished: list[int] = []

    def visit(course: int) -> bool:
        state[course] = 1
        for before in needs[course]:
            if state[before] == 1:
                return False
            if state[before] == 0 and not visit(before):
                return False
        state[course] = 2
        finished.append(course)
        return True

    for course in range(num_courses):
        if state[course] == 0 and not visit(course):
            return []
    return finished
