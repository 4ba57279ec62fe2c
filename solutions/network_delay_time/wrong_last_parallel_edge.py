"""Wrong on parallel edges: the graph is a dict of dicts, so a second edge between the same two
nodes overwrites the first even when the first was faster."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph: dict[int, dict[int, int]] = {u: {} for u in range(1, n + 1)}
    for u, v, w in times:
        graph[u][v] = w
    best: dict[int, int] = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in best:
            continue
        best[u] = d
        for v, w in graph[u].items():
            if v not in best:
                heapq.heappush(heap, (d + w, v))
    return max(best.values()) if len(best) == n else -1
