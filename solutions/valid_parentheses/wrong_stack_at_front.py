"""Wrong for the target complexity: the right stack algorithm, but with the top of the stack at
index 0: stack.insert(0, ch) to push and stack.pop(0) to pop. The answers are right, but each
push and pop shifts every bracket below the top one place, O(depth) per character and O(n^2) on
a string nested n / 2 deep. The shifting happens inside list.insert and list.pop (C code), so
operation counting sees a linear pass and only the CPU-time guard sees the quadratic. append()
and pop() work at the end of the list in O(1)."""

PAIRS = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    stack: list[str] = []
    for ch in s:
        if ch in PAIRS:
            if not stack or stack.pop(0) != PAIRS[ch]:
                return False
        else:
            stack.insert(0, ch)  # the top of the stack is stack[0]
    return not stack
