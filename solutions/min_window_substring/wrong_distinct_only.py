"""Wrong on repeated characters in t: the window only has to contain each distinct character of t
once (a set instead of counts)."""


def min_window(s: str, t: str) -> str:
    need = set(t)
    have: dict[str, int] = {}
    formed = 0
    best = ""
    left = 0
    for right, ch in enumerate(s):
        if ch in need:
            have[ch] = have.get(ch, 0) + 1
            if have[ch] == 1:
                formed += 1
        while formed == len(need) and left <= right:
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            out = s[left]
            if out in need:
                have[out] -= 1
                if have[out] == 0:
                    formed -= 1
            left += 1
    return best
