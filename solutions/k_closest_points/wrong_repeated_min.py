"""Wrong for the target complexity: picks the closest remaining point k times, each time scanning
every point not yet taken (correct answers, O(n * k): quadratic when k is about n / 2)."""


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    taken = [False] * len(points)
    result = []
    for _ in range(k):
        best = -1
        for i, (x, y) in enumerate(points):
            if not taken[i] and (best == -1 or x * x + y * y < points[best][0] ** 2 + points[best][1] ** 2):
                best = i
        taken[best] = True
        result.append(list(points[best]))
    return result
