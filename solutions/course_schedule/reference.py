"""Course Schedule with Kahn's algorithm: O(V + E) time and space, no recursion."""

from collections import deque


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    waiting = [0] * num_courses  # prerequisites of each course not yet taken (repeats included)
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]  # course -> courses that need it
    for course, before in prerequisites:
        waiting[course] += 1
        unlocks[before].append(course)
    ready = deque(c for c in range(num_courses) if waiting[c] == 0)
    order = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            waiting[later] -= 1
            if waiting[later] == 0:
                ready.append(later)
    # Courses on a cycle (or behind one) never reach 0: no order takes them all.
    return order if len(order) == num_courses else []
