import heapq
from collections import defaultdict


class Solution:
    def networkDelayTime(self, times, n, k):
        graph = defaultdict(list)
        for u, v, w in times:
            graph[u].append((v, w))
        dist = {}
        heap = [(0, k)]
        while heap:
            d, node = heapq.heappop(heap)
            if node in dist:
                continue
            dist[node] = d
            for nei, w in graph[node]:
                if nei not in dist:
                    heapq.heappush(heap, (d + w, nei))
        return max(dist.values()) if len(dist) == n else -1


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    return Solution().networkDelayTime(times, n, k)
