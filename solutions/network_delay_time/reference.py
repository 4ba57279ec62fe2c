"""Network delay time by Dijkstra's algorithm with a binary heap (lazy deletion): O((V + E) log V)."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    dist = [-1] * (n + 1)  # -1: not settled yet
    heap = [(0, k)]
    settled = 0
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] != -1:
            continue  # a stale entry: u was settled with a shorter distance
        dist[u] = d
        settled += 1
        for v, w in graph[u]:
            if dist[v] == -1:
                heapq.heappush(heap, (d + w, v))
    return max(dist[1:]) if settled == n else -1
