class Solution:
    def combinationSum(self, candidates, target):
        candidates = sorted(set(candidates))
        res = []

        def backtrack(start, remain, path):
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if c > remain:
                    break
                path.append(c)
                backtrack(i, remain - c, path)
                path.pop()

        backtrack(0, target, [])
        return res


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    return Solution().combinationSum(candidates, target)
