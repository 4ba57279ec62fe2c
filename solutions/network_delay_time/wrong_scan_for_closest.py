"""Wrong for the target complexity: Dijkstra without a heap, scanning every unsettled node for the
closest one at each step (correct answers, O(V^2) even on sparse graphs)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph: dict[int, list[tuple[int, int]]] = {u: [] for u in range(1, n + 1)}
    for u, v, w in times:
        graph[u].append((v, w))
    inf = float("inf")
    dist = {u: inf for u in range(1, n + 1)}
    dist[k] = 0
    unsettled = set(range(1, n + 1))
    while unsettled:
        u = min(unsettled, key=lambda node: dist[node])
        if dist[u] == inf:
            return -1
        unsettled.remove(u)
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return int(max(dist.values()))
