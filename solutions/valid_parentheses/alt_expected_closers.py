"""Valid parentheses with a stack of the closing brackets still expected, and an early exit on odd length."""


def is_valid(s: str) -> bool:
    if len(s) % 2:
        return False
    closer = {"(": ")", "[": "]", "{": "}"}
    expected: list[str] = []
    for ch in s:
        if ch in closer:
            expected.append(closer[ch])
        elif not expected or expected.pop() != ch:
            return False
    return not expected
