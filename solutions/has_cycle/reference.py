"""Cycle in a directed graph: iterative DFS with three colours. O(V + E) time, O(V + E) space.

A node is WHITE (not reached), GREY (on the current DFS path) or BLACK (finished: everything
reachable from it has been explored and holds no cycle). An edge into a GREY node closes a
cycle; an edge into a BLACK node only joins a path explored before. The stack holds (node,
index of the next outgoing edge to try), so a long path costs stack entries, not recursion.
"""

WHITE, GREY, BLACK = 0, 1, 2


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        adjacency[u].append(v)
    colour = [WHITE] * n
    for start in range(n):
        if colour[start] != WHITE:
            continue
        colour[start] = GREY
        stack = [(start, 0)]
        while stack:
            node, k = stack[-1]
            out = adjacency[node]
            if k == len(out):
                colour[node] = BLACK
                stack.pop()
                continue
            stack[-1] = (node, k + 1)
            nxt = out[k]
            if colour[nxt] == GREY:
                return True
            if colour[nxt] == WHITE:
                colour[nxt] = GREY
                stack.append((nxt, 0))
    return False
