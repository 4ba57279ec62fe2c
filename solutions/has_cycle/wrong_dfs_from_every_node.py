"""Too slow: a fresh search from every node, asking "can this node get back to itself?".

Each answer is right, but nothing learned from one start is reused for the next: every start
explores everything reachable from it again, O(V * (V + E)) in all. On a graph where most
nodes reach most others (a layered DAG with no cycle) that is quadratic.
"""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    adjacency = [[] for _ in range(n)]
    for u, v in edges:
        adjacency[u].append(v)
    for start in range(n):
        seen = set()
        stack = list(adjacency[start])
        while stack:
            node = stack.pop()
            if node == start:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(adjacency[node])
    return False
