"""Wrong on cycles: a depth-first search that emits each course after its prerequisites, with a
'visited' mark but no 'in progress' mark. It rejects a course that lists itself, but a longer
loop (0 needs 1, 1 needs 0) is never noticed: the search just stops at a visited course, and
an order that breaks a prerequisite comes back instead of []. (It uses an explicit stack, so
only the cycle check is wrong.)"""


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    needs: list[list[int]] = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        if course == before:
            return []
        needs[course].append(before)
    visited = [False] * num_courses
    order = []
    for start in range(num_courses):
        if visited[start]:
            continue
        visited[start] = True
        stack = [(start, iter(needs[start]))]
        while stack:
            course, pending = stack[-1]
            before = next(pending, None)
            if before is None:
                stack.pop()
                order.append(course)  # all its prerequisites are already in the order
            elif not visited[before]:
                visited[before] = True
                stack.append((before, iter(needs[before])))
    return order
