"""Wrong on deep graphs: the three-colour DFS written recursively.

The logic is right and it is O(V + E), but it makes one nested call per node on the current
path. On a path of 10,000 nodes that is 10,000 nested calls, far past Python's default
recursion limit of 1,000, so it raises RecursionError on a valid input.
"""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    adjacency = [[] for _ in range(n)]
    for u, v in edges:
        adjacency[u].append(v)
    state = [0] * n  # 0 unvisited, 1 on the current path, 2 finished

    def visit(node):
        state[node] = 1
        for nxt in adjacency[node]:
            if state[nxt] == 1:
                return True
            if state[nxt] == 0 and visit(nxt):
                return True
        state[node] = 2
        return False

    return any(state[v] == 0 and visit(v) for v in range(n))
