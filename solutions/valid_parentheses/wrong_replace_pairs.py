"""Wrong for the target complexity: deletes adjacent "()", "[]" and "{}" pairs with str.replace
until nothing changes. Correct, but a string nested d deep needs d rounds, each copying the
whole string: O(n^2) on deeply nested input. The copying happens inside str.replace (C code),
so only the CPU-time guard sees it."""


def is_valid(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
