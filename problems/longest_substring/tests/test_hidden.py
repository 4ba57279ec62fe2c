"""Hidden tests for longest_substring: random strings against a brute-force oracle, the edge
cases (empty, one character repeated, Unicode, case), and long strings of distinct characters.
"""

import pytest

from harness.authoring import call_text, check, check_equal, fact

LONG = fact("long")
# Code points from many scripts, spaces and symbols included (no surrogates: they are not text).
UNICODE = ("abcXYZ 019.,!?-\t" "éüßñøå" "ΩλπΣ" "жЯд" "日本語中文字" "한글" "अआ" "😀👍🏽🎉" "\u0301\u200d")


def longest_unique(s):
    """Brute force: from every start, extend until a repeat; also returns the first best window."""
    best, where = 0, 0
    for start in range(len(s)):
        seen = set()
        for ch in s[start:]:
            if ch in seen:
                break
            seen.add(ch)
        if len(seen) > best:
            best, where = len(seen), start
    return best, where


def check_answer(s, got, want=None):
    window = None
    if want is None:
        want, start = longest_unique(s)
        window = s[start: start + want]
    call = call_text("longest_substring", s)
    if type(got) is not int or got == want:
        check_equal(got, want, call=call)
        return
    why = f", for example {window!r} at index {s.find(window)}" if window and len(window) <= 40 else ""
    if got > want:
        why = (f"; no substring longer than {want} is free of repeats{why}. A common cause: on a "
               "repeat, moving the left edge back to just after an occurrence that is already outside "
               "the window; the left edge only moves forward (left = max(left, last + 1))")
    else:
        why = f"; the longest substring without a repeated character has {want} characters{why}"
    check(False, f"{call} returned {got}; expected {want}{why}")


def solve_and_check(solution, s, want=None):
    check_answer(s, solution.longest_substring(s), want)


def distinct_string(n, rng):
    """n different code points (no surrogates) in random order: every window is repeat-free."""
    points = rng.sample(range(0x100, 0xD800), n)
    return ("".join(map(chr, points)),)


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(solution, rng, batch):
    """Short random strings over 2 to 6 letters: many repeats, old and recent."""
    for _ in range(60):
        alphabet = "abcdef"[: rng.randint(2, 6)]
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        solve_and_check(solution, s)


@pytest.mark.parametrize("batch", range(2))
def test_random_unicode(solution, rng, batch):
    """Random strings over letters, digits, spaces, accented letters, CJK and emoji code points."""
    for _ in range(40):
        alphabet = rng.sample(UNICODE, rng.randint(3, 20))
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        solve_and_check(solution, s)


@pytest.mark.parametrize("size", [26, 62])
def test_random_medium(solution, rng, size):
    """2,000 random characters from an alphabet of 26 or 62."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[:size]
    s = "".join(rng.choice(alphabet) for _ in range(2_000))
    solve_and_check(solution, s)


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_planted_unique_run(solution, rng, where):
    """A run of 40 different characters hidden among short repeating ones."""
    run = "".join(rng.sample("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN", 40))
    filler = "".join(rng.choice("xyz") for _ in range(200))
    s = {"start": run + filler, "middle": filler[:100] + run + filler[100:], "end": filler + run}[where]
    solve_and_check(solution, s)


def test_repeat_far_back(solution):
    """Characters that repeat long after they were seen, after the window has moved past them."""
    solve_and_check(solution, "abcdefgha" + "zyxwvu" + "ijklmnb" + "opqrsta")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("s", ["", "a", " ", "😀"], ids=["empty", "one-letter", "one-space", "one-emoji"])
def test_empty_and_single(solution, s):
    """The empty string has answer 0; a single character has answer 1."""
    solve_and_check(solution, s)


@pytest.mark.edge
@pytest.mark.parametrize("s", ["aa", "aaaaaaaaaa", "          ", "ééééé", "\n\n\n"],
                         ids=["two", "ten", "spaces", "accented", "newlines"])
def test_all_the_same(solution, s):
    """One character repeated: every window longer than 1 repeats it."""
    solve_and_check(solution, s)


@pytest.mark.edge
def test_one_character_long(solution):
    """100,000 copies of one character."""
    solve_and_check(solution, "z" * 100_000, 1)


@pytest.mark.edge
@pytest.mark.parametrize("s", ["ab", "abcdefghij", "0123456789!@#$%^&*()", "aAbBcC"],
                         ids=["two", "ten", "symbols", "mixed-case"])
def test_all_different(solution, s):
    """No character repeats: the whole string is the answer."""
    solve_and_check(solution, s)


@pytest.mark.edge
@pytest.mark.parametrize("s", ["abba", "abcba", "xyzzyx", "aab", "abb", "kpkq", "cdd", "abcdbefa"],
                         ids=["abba", "abcba", "xyzzyx", "double-at-start", "double-at-end",
                              "repeat-after-one", "cdd", "old-a"])
def test_repeat_outside_window(solution, s):
    """A repeat of a character that already left the window must not move the left edge back."""
    solve_and_check(solution, s)


@pytest.mark.edge
@pytest.mark.parametrize("s", ["aA", "Aa aA", "a b c", " \t\n\r", "a\tb\tc"],
                         ids=["case", "case-and-space", "spaces-repeat", "whitespace-kinds", "tabs"])
def test_case_and_whitespace(solution, s):
    """Upper and lower case differ; spaces, tabs and newlines are characters like any other."""
    solve_and_check(solution, s)


@pytest.mark.edge
@pytest.mark.parametrize("s", [
    "héllo wörld",
    "👍🏽👍",
    "e\u0301e\u0301",
    "日本語の本語",
    "😀😃😄😀😁",
    "ÅA\u030aA",
    "🇫🇷🇩🇪",
], ids=["accents", "skin-tone", "combining-accent", "cjk", "emoji", "composed-vs-combining", "flags"])
def test_unicode(solution, s):
    """Characters are code points: an emoji with a modifier or an accent mark counts as two."""
    solve_and_check(solution, s)


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
def test_long_distinct(solution, rng):
    """50,000 different characters: checking every start is ~1.25 billion steps, a window 50,000."""
    (s,) = distinct_string(LONG, rng)
    solve_and_check(solution, s, LONG)


@pytest.mark.complexity
def test_long_periodic(solution):
    """100,000 characters cycling through 1,000 different ones: the answer is 1,000."""
    period = "".join(chr(0x4E00 + k) for k in range(1_000))
    solve_and_check(solution, period * 100, 1_000)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted on strings of n different characters (the worst case for rescanning)."""
    complexity.time("longest_substring", distinct_string, sizes=(250, 500, 1000, 2000))


@pytest.mark.complexity
def test_extra_space_is_linear(complexity):
    """Peak extra memory on strings of n different characters (one entry per distinct character)."""
    complexity.space("longest_substring", distinct_string, sizes=(512, 1024, 2048, 4096))
