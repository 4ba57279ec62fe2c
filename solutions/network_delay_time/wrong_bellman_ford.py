"""Wrong for the target complexity: Bellman-Ford, relaxing every edge until nothing changes
(correct answers; O(V * E) when the edges come in an unlucky order, such as a path listed from
its far end)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == inf else int(worst)
