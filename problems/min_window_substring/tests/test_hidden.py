"""Hidden tests for min_window_substring: random strings against a brute-force oracle, repeated
characters in t, no window, ties, and counted time in three shapes plus one call per shape at the
largest size."""

from collections import Counter

import pytest

from harness.authoring import call_text, check_equal, fact

MAX_LEN = fact("max_len")


def window_brute(s, t):
    """Oracle, O(n^3) at worst: every start, the first end that covers t; shortest, then leftmost."""
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        have = Counter()
        for j in range(i, len(s)):
            have[s[j]] += 1
            if have[s[j]] <= need[s[j]] and not need - have:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best


def window_fast(s, t):
    """Oracle for large inputs, O(n + m): for each end, the latest start that still covers t."""
    need = Counter(t)
    kinds = len(need)
    have: Counter = Counter()
    done, start, best = 0, 0, (len(s) + 1, 0)
    for end, ch in enumerate(s):
        have[ch] += 1
        if have[ch] == need.get(ch, -1):
            done += 1
        while done == kinds and have[s[start]] > need.get(s[start], 0):
            have[s[start]] -= 1
            start += 1
        if done == kinds and end - start + 1 < best[0]:
            best = (end - start + 1, start)
    return s[best[1]:best[1] + best[0]] if best[0] <= len(s) else ""


def window_and_check(solution, s, t, want=None):
    if want is None:
        want = window_brute(s, t)
    check_equal(solution.min_window(s, t), want, call=call_text("min_window", s, t))


def random_text(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small(solution, rng, batch):
    """Random short strings over 3 or 4 letters (ties and repeats everywhere), against the oracle."""
    for _ in range(40):
        s = random_text(rng, rng.randint(0, 14), "abcd"[: rng.randint(3, 4)])
        t = random_text(rng, rng.randint(1, 4), "abcd")
        window_and_check(solution, s, t)


def test_random_long(solution, rng):
    """A longer string over the lowercase letters, t of 5 letters."""
    s = random_text(rng, 3000, "abcdefghijklmnopqrstuvwxyz")
    t = random_text(rng, 5, "abcdefghijklmnopqrstuvwxyz")
    window_and_check(solution, s, t, window_fast(s, t))


@pytest.mark.parametrize(("s", "t"), [("ADOBECODEBANC", "ABC"), ("bba", "ab"), ("cabwefgewcwaefgcf", "cae"),
                                      ("acbbaca", "aba")],
                         ids=["classic", "at-the-end", "middle", "shrinks-twice"])
def test_known(solution, s, t):
    """Hand-made cases where the best window is not the first one found."""
    window_and_check(solution, s, t)


@pytest.mark.parametrize(("s", "t"), [("abab", "ab"), ("xyzxyz", "zx"), ("abcabcabc", "cb"), ("baab", "ab")],
                         ids=["three-ties", "ties-apart", "ties-repeat", "first-and-last"])
def test_leftmost_of_equal_windows(solution, s, t):
    """Several shortest windows: the leftmost one."""
    window_and_check(solution, s, t)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("s", "t"), [("aa", "aa"), ("abaacb", "aab"), ("xaxbxxab", "aab"), ("aaabbb", "abb"),
                                      ("baba", "aab"), ("aaaaaaaaaa", "aaa")],
                         ids=["exact", "two-a", "spread", "runs", "needs-three", "all-same"])
def test_repeated_characters_in_t(solution, s, t):
    """t holds a character twice or more: the window needs that many copies."""
    window_and_check(solution, s, t)


@pytest.mark.edge
@pytest.mark.parametrize(("s", "t"), [("", "a"), ("a", "aa"), ("abc", "d"), ("ab", "abc"), ("aabb", "abc"),
                                      ("aaab", "abb")],
                         ids=["empty-s", "too-few", "missing-char", "s-shorter", "one-missing", "one-b-short"])
def test_no_window(solution, s, t):
    """No substring of s covers t: the empty string."""
    window_and_check(solution, s, t, "")


@pytest.mark.edge
@pytest.mark.parametrize(("s", "t"), [("a", "a"), ("abc", "cba"), ("xyz", "y")],
                         ids=["one-char", "whole-s", "single-in-t"])
def test_small_answers(solution, s, t):
    """The window is the whole of s, or a single character."""
    window_and_check(solution, s, t)


@pytest.mark.edge
@pytest.mark.parametrize(("s", "t"), [("aAbBa", "Ab"), ("ab ba, ab!", " !"), ("日本語の本", "本本"), ("x1y2x", "2x")],
                         ids=["case", "punctuation", "unicode", "digits"])
def test_any_characters(solution, s, t):
    """Case matters, and any character can appear."""
    window_and_check(solution, s, t)


# --- complexity --------------------------------------------------------------------------------


def many_distinct(n, rng):
    """t of n / 2 distinct characters; s holds them in t's order, each followed by a '.'.
    (Each shape is self-contained: it also runs in the worker.)"""
    chars = [chr(0x10000 + i) for i in rng.sample(range(60000), max(n // 2, 1))]
    return ("".join(c + "." for c in chars), "".join(chars))


def no_window(n, rng):
    """s of n random a's and b's, t = "abc": no window, nothing ever ends the scan early."""
    return ("".join(rng.choice("ab") for _ in range(n)), "abc")


def repeated(n, rng):
    """s of n a's, t of n / 4 a's: every window is long."""
    return ("a" * n, "a" * max(n // 4, 1))


SHAPES = {"many-distinct": many_distinct, "no-window": no_window, "repeated": repeated}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_linearly(complexity, shape):
    """Operations counted (hashing and comparisons inside dict, Counter and all included) at 4 sizes, in 3 shapes."""
    complexity.time("min_window", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"min_window ({shape})")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_longest_string(solution, rng, shape):
    """s of the largest length allowed, in each shape, within the time limit."""
    # Measured on 2 busy cores: the reference 0.03-0.05 s per call; growing from every start
    # takes about n^2 / 2 steps without a window (an hour), checking every count after each step
    # about n^2 / 8 on the many-distinct shape.
    s, t = SHAPES[shape](MAX_LEN, rng)
    check_equal(solution.min_window(s, t), window_fast(s, t),
                call=f"min_window(<{len(s):,} characters ({shape})>, <{len(t):,} characters>)")
