"""Wrong on unreachable nodes: returns the latest arrival among the nodes that were reached
instead of -1 when some node never receives the signal."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    best: dict[int, int] = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in best:
            continue
        best[u] = d
        for v, w in graph[u]:
            if v not in best:
                heapq.heappush(heap, (d + w, v))
    return max(best.values())
