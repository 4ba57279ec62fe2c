"""Network delay time by Dijkstra with a hand-written indexed binary heap that supports
decrease-key, so each node sits in the heap at most once: O((V + E) log V)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    out_edges: dict[int, list[tuple[int, int]]] = {}
    for u, v, w in times:
        out_edges.setdefault(u, []).append((v, w))

    dist: dict[int, int] = {k: 0}
    heap: list[int] = [k]          # nodes, ordered by dist
    where: dict[int, int] = {k: 0}  # node -> its position in heap

    def swap(i: int, j: int) -> None:
        heap[i], heap[j] = heap[j], heap[i]
        where[heap[i]], where[heap[j]] = i, j

    def sift_up(i: int) -> None:
        while i > 0 and dist[heap[(i - 1) // 2]] > dist[heap[i]]:
            swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def sift_down(i: int) -> None:
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(heap) and dist[heap[child]] < dist[heap[smallest]]:
                    smallest = child
            if smallest == i:
                return
            swap(i, smallest)
            i = smallest

    done: set[int] = set()
    latest = 0
    while heap:
        u = heap[0]
        swap(0, len(heap) - 1)
        heap.pop()
        del where[u]
        if heap:
            sift_down(0)
        done.add(u)
        latest = dist[u]  # nodes leave the heap in order of arrival: the last one is the latest
        for v, w in out_edges.get(u, ()):
            if v in done:
                continue
            if v not in dist:
                dist[v] = dist[u] + w
                heap.append(v)
                where[v] = len(heap) - 1
                sift_up(len(heap) - 1)
            elif dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                sift_up(where[v])
    return latest if len(done) == n else -1
