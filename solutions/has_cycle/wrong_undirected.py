"""Wrong: a DFS with a single visited set, as for an undirected graph.

Any edge into an already visited node is reported as a cycle. In a directed graph that is
only a cycle when the node is still on the current DFS path; when two paths meet (a diamond
0 -> 1 -> 3, 0 -> 2 -> 3) the second path reaches a finished node, and this reports a cycle
that is not there. It needs a third state, "on the current path", besides visited/unvisited.
"""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    adjacency = [[] for _ in range(n)]
    for u, v in edges:
        adjacency[u].append(v)
    visited = set()
    for start in range(n):
        if start in visited:
            continue
        visited.add(start)
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in adjacency[node]:
                if nxt in visited:
                    return True
                visited.add(nxt)
                stack.append(nxt)
    return False
