"""Wrong: keeps one counter per bracket type instead of a stack. It rejects a closing bracket
with nothing of its type open and any bracket left open, but never checks the ORDER in which
types close, so crossed pairs such as "([)]" pass."""


def is_valid(s: str) -> bool:
    open_count = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in open_count:
            open_count[ch] += 1
        else:
            open_count[opener[ch]] -= 1
            if open_count[opener[ch]] < 0:
                return False
    return all(count == 0 for count in open_count.values())
