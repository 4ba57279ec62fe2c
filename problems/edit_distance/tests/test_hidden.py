"""Hidden tests for edit_distance: random string pairs against a full-table oracle, the edge
cases (empty strings, identical strings, Unicode, case), counted time and measured space on
pairs of equal length, and measured space on a short string against a long one.
"""

import random

import pytest

from harness.authoring import call_text, check, fact

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def distance_table(a, b):
    """Oracle: the full (len(a)+1) x (len(b)+1) table of prefix distances, straight from the
    definition (fine here: the test process has no space target)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                d[i][j] = d[i - 1][j - 1]
            else:
                d[i][j] = 1 + min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1])
    return d


def edit_script(a, b, d):
    """One shortest sequence of edits, read back from the table (for short strings only)."""
    steps = []
    i, j = len(a), len(b)
    while i or j:
        if i and j and a[i - 1] == b[j - 1] and d[i][j] == d[i - 1][j - 1]:
            i, j = i - 1, j - 1
        elif i and j and d[i][j] == d[i - 1][j - 1] + 1:
            steps.append(f"substitute {a[i - 1]!r} -> {b[j - 1]!r}")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            steps.append(f"delete {a[i - 1]!r}")
            i -= 1
        else:
            steps.append(f"insert {b[j - 1]!r}")
            j -= 1
    return steps[::-1]


def check_distance(a, b, got):
    """Judge got against the oracle; for short strings the message shows a shortest edit script."""
    call = call_text("edit_distance", a, b)
    d = distance_table(a, b)
    want = d[len(a)][len(b)]
    check(type(got) is int, lambda: f"{call} returned {got!r} (a {type(got).__name__}); expected an int: {want}")
    if got == want:
        return

    def message():
        text = f"{call} returned {got}; expected {want}"
        if not a or not b:
            return text + f": turning a string into the empty string (or back) takes one edit per character"
        if want == 0:
            return text + ": the strings are equal"
        if len(a) <= 16 and len(b) <= 16:
            text += f", for instance: {'; '.join(edit_script(a, b, d))}"
        if got < want:
            text += f". No {got} edits can do it"
        return text

    check(False, message)


def distance_and_check(solution, a, b):
    check_distance(a, b, solution.edit_distance(a, b))


def random_text(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


@pytest.mark.parametrize("batch", range(3))
def test_random_short(solution, rng, batch):
    """Short strings over a three-letter alphabet (many partial matches), against the oracle."""
    for _ in range(40):
        a = random_text(rng, rng.randint(1, 8), "abc")
        b = random_text(rng, rng.randint(1, 8), "abc")
        distance_and_check(solution, a, b)


@pytest.mark.parametrize("n", [40, 250])
def test_random_similar(solution, rng, n):
    """A long string and a copy with a few random edits applied."""
    a = random_text(rng, n, "acgt")
    b = list(a)
    for _ in range(n // 10):
        k = rng.randrange(len(b))
        kind = rng.randrange(3)
        if kind == 0:
            b[k] = rng.choice("acgt")
        elif kind == 1:
            del b[k]
        else:
            b.insert(k, rng.choice("acgt"))
    distance_and_check(solution, a, "".join(b))


@pytest.mark.parametrize("m,n", [(30, 90), (120, 15), (120, 120)])
def test_random_lengths(solution, rng, m, n):
    """Unrelated random strings of different lengths."""
    distance_and_check(solution, random_text(rng, m, ALPHABET[:6]), random_text(rng, n, ALPHABET[:6]))


def test_symmetric(solution, rng):
    """edit_distance(a, b) equals edit_distance(b, a)."""
    for _ in range(10):
        a, b = random_text(rng, rng.randint(1, 10), "xyz"), random_text(rng, rng.randint(1, 10), "xyz")
        distance_and_check(solution, a, b)
        distance_and_check(solution, b, a)


@pytest.mark.parametrize("a,b", [
    ("kitten", "sitting"),
    ("sunday", "saturday"),
    ("flaw", "lawn"),
    ("abcdef", "azced"),
    ("abc", "abcdef"),
    ("xyzabc", "abc"),
    ("ab", "ba"),
], ids=["kitten", "sunday", "flaw", "mixed", "prefix", "suffix", "swap"])
def test_known_pairs(solution, a, b):
    """Classic pairs: prefixes, suffixes, a swap (two edits: there is no transposition)."""
    distance_and_check(solution, a, b)


def test_long_against_short(solution, rng):
    """2,000 characters against 30: deep recursion would pass Python's limit of 1,000 frames."""
    distance_and_check(solution, random_text(rng, fact("max_len"), "ab"), random_text(rng, 30, "ab"))


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [("", ""), ("", "a"), ("abc", ""), ("", "hello world"), ("x", "")],
                         ids=["both", "insert-one", "delete-all", "insert-all", "delete-one"])
def test_empty_strings(solution, a, b):
    """An empty string is len(other) edits away from the other string."""
    distance_and_check(solution, a, b)


@pytest.mark.edge
@pytest.mark.parametrize("a", ["a", "abcabc", "aaaaaaaa"], ids=["one", "six", "repeated"])
def test_identical(solution, a):
    """Equal strings are at distance 0."""
    distance_and_check(solution, a, a)


@pytest.mark.edge
def test_identical_long(solution, rng):
    """Two equal strings of 150 characters."""
    a = random_text(rng, 150, ALPHABET)
    distance_and_check(solution, a, a)


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [("a", "b"), ("a", "a"), ("a", "ab"), ("b", "ab")],
                         ids=["differ", "same", "append", "prepend"])
def test_single_characters(solution, a, b):
    """One-character strings."""
    distance_and_check(solution, a, b)


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [("abc", "xyz"), ("ab", "wxyz"), ("aaaa", "aa"), ("aaaa", "bbbbbb")],
                         ids=["disjoint", "disjoint-lengths", "repeats", "repeats-disjoint"])
def test_nothing_in_common(solution, a, b):
    """Strings with no common character (max(len) edits) and runs of one character."""
    distance_and_check(solution, a, b)


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [
    ("café", "cafe"),
    ("naïve", "naive"),
    ("😀a", "a😀"),
    ("日本語", "日本"),
    ("Straße", "Strasse"),
    ("e\u0301", "é"),
], ids=["accent", "diaeresis", "emoji", "cjk", "sharp-s", "combining"])
def test_unicode(solution, a, b):
    """One character is one code point, whatever the script; e + combining accent is two."""
    distance_and_check(solution, a, b)


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [("ABC", "abc"), ("Hello", "hello"), ("aBc", "AbC")],
                         ids=["all", "first", "alternating"])
def test_case_matters(solution, a, b):
    """Upper and lower case are different characters."""
    distance_and_check(solution, a, b)


def worst_case(n, rng):
    """Two random strings of length n over 26 letters: few matches, so every cell takes the
    three-way minimum (and recursion without memoisation branches three ways)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ("".join(rng.choice(letters) for _ in range(n)),
            "".join(rng.choice(letters) for _ in range(n)))


@pytest.mark.complexity
def test_time_grows_quadratically(complexity):
    """Operations counted on two strings of equal length n, at 4 sizes: O(n^2) (n * n cells); CPU
    time at n and 4n must not grow 28 times or more (cubic work hidden in copies)."""
    complexity.time("edit_distance", worst_case, sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"))


@pytest.mark.complexity
def test_extra_space_is_linear(complexity):
    """Peak extra memory on two strings of equal length n, at 4 sizes: O(n), two rows of the table."""
    complexity.space("edit_distance", worst_case, sizes=tuple(fact("space_sizes")))


def long_then_short(n, rng):
    """A random string of length n, then one of a fixed short length (self-contained)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ("".join(rng.choice(letters) for _ in range(n)),
            "".join(rng.choice(letters) for _ in range(8)))


def short_then_long(n, rng):
    """A random string of a fixed short length, then one of length n (self-contained)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ("".join(rng.choice(letters) for _ in range(8)),
            "".join(rng.choice(letters) for _ in range(n)))


UNEQUAL = {"long-then-short": long_then_short, "short-then-long": short_then_long}


@pytest.mark.complexity
@pytest.mark.parametrize("order", list(UNEQUAL))
def test_extra_space_follows_the_shorter_string(complexity, order):
    """Extra memory for an 8-character string against an n-character one must not grow with n.

    Measured at 4 sizes, in both orders: O(min(m, n)) space is constant here."""
    a, b = UNEQUAL[order](64, random.Random(0))
    assert min(len(a), len(b)) == fact("short_len"), "the shapes' short string must match short_len in [facts]"
    complexity.space("edit_distance", UNEQUAL[order], sizes=tuple(fact("unequal_sizes")), target="O(1)",
                     label=f"edit_distance ({order})")
