"""Wrong for the target complexity: Kahn's algorithm (repeatedly remove a node with no incoming
edge; a cycle is what is left) with a Python list as the queue, emptied with queue.pop(0). The
answers are right, but every pop(0) shifts the whole rest of the queue one place, O(n) per pop.
When many nodes have no incoming edge the queue is long from the start and the shifting is O(n^2)
in all. It happens inside list.pop (C code), so operation counting sees a linear algorithm and
only the CPU-time guard sees the quadratic. collections.deque.popleft() is O(1)."""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    adjacency = [[] for _ in range(n)]
    indegree = [0] * n
    for u, v in edges:
        adjacency[u].append(v)
        indegree[v] += 1
    queue = [v for v in range(n) if indegree[v] == 0]
    removed = 0
    while queue:
        node = queue.pop(0)
        removed += 1
        for nxt in adjacency[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return removed < n
