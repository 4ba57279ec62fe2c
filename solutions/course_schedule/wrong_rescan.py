"""Wrong for the target complexity: counts each course's prerequisites correctly, but to pick
the next course it scans every course for one not yet taken whose count is 0. Correct, but each
pick costs O(V), so the whole run is O(V * (V + E)); on a chain where the ready course is the
last one scanned, it is quadratic."""


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    waiting = [0] * num_courses
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        waiting[course] += 1
        unlocks[before].append(course)
    taken = [False] * num_courses
    order = []
    for _ in range(num_courses):
        for course in range(num_courses):
            if not taken[course] and waiting[course] == 0:
                break
        else:
            return []  # every course left still waits for another: a cycle
        taken[course] = True
        order.append(course)
        for later in unlocks[course]:
            waiting[later] -= 1
    return order
