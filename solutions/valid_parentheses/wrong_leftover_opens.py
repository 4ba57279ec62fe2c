"""Wrong on unclosed brackets: the stack logic is right, but it returns True at the end without
checking that the stack is empty, so "((" or "()[" counts as valid."""


def is_valid(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return True
