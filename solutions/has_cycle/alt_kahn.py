"""Cycle in a directed graph with Kahn's algorithm: peel off nodes with no incoming edges; any left sit on or behind a cycle."""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    out: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for u, v in edges:
        out[u].append(v)
        indegree[v] += 1
    ready = [node for node in range(n) if indegree[node] == 0]
    removed = 0
    while ready:
        node = ready.pop()
        removed += 1
        for nxt in out[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return removed < n
