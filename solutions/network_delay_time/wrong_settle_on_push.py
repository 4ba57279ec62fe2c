"""Wrong: fixes a node's time the first time it is reached (as in a breadth-first search), so a
later, cheaper route through more hops is ignored."""

from collections import deque


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[k] = 0
    queue = deque([k])
    while queue:
        u = queue.popleft()
        for v, w in graph[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + w
                queue.append(v)
    return -1 if -1 in dist[1:] else max(dist[1:])
