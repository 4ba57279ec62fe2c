class Solution:
    def largestRectangleArea(self, heights):
        stack = [-1]
        best = 0
        heights = heights + [0]
        for i, h in enumerate(heights):
            while stack[-1] != -1 and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                width = i - stack[-1] - 1
                best = max(best, height * width)
            stack.append(i)
        return best


def largest_rectangle(heights: list[int]) -> int:
    return Solution().largestRectangleArea(heights)
