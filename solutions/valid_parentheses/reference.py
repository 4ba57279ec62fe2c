"""Valid Parentheses with a stack of open brackets: O(n) time, O(n) space."""

MATCHING_OPEN = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    stack: list[str] = []
    for ch in s:
        if ch in MATCHING_OPEN:
            if not stack or stack.pop() != MATCHING_OPEN[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
