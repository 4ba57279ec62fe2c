"""Functions with known time and auxiliary-space classes, each with a worst-case input generator.

Every Case states the TRUE class and, where the harness cannot see it, what it measures instead
(`measured_time` / `measured_space`) with the reason in `note`. `caught_by` says which check
establishes the time class:

    "count"  operation counting (sys.settrace events with CountedInt elements) sees it;
    "guard"  counting sees less (copying in C, numpy) and the CPU-time guard raises it;
    "none"   neither check sees the true class; the measured class is what a grade would use.

What is and is not detectable, honestly:

* Work that C builtins do through element comparisons, hashing or addition (sorted, `in`,
  min/max, dict/set, bisect, heapq, sum, Counter) is counted exactly: CountedInt makes those
  operations Python calls.
* Copying that C does on its own (list.insert(0), pop(0), slicing, string prepending,
  memmove in bisect.insort) is invisible to counting. The CPU guard catches it when it is
  quadratic and the guard size is large enough for the copy to dominate (n1 >= 1000 for lists
  and strings of words; one-byte characters prepended need n1 >= 4000), never when it only
  adds a linear term.
* numpy runs in compiled code: counting sees a constant. The guard turns clear growth of CPU
  time into "at least O(n)", so np.cumsum is reported correctly as O(n), but np.sort (n log n)
  is also reported as O(n): time cannot tell n from n log n on a noisy machine, and
  np.searchsorted (log n) is reported as O(1). These are labelled with measured_* below.
* Quadratic Python-level work that also does linear C work per step (a substring search inside
  a double loop) is reported as O(n^2): the guard is not run once counting already says quadratic.
* `s = s + ch` in a loop is linear in CPython 3.11 (the string is resized in place because it
  has one reference), so it is labelled O(n); `s = ch + s` copies every time and is quadratic.
* Caches: every size gets a fresh input (content-keyed caches such as lru_cache on a tuple
  miss), functools caches are cleared, and state in module globals is reset by loading a fresh
  copy of the module per size (`fresh`), as the worker re-imports solution.py.
* Space: the returned value is not counted, recursion depth is. Bytes cannot separate n from
  n log n (list over-allocation), so n log n space would read as O(n); none is in the corpus.
  Bytes are measured with no profiler running: a profiler makes CPython 3.11 run unspecialised
  bytecode, which loses the in-place `s = s + ch` and doubled that case's peak.
* Tampering: the four tamper cases are caught by, in turn, the patched sys.settrace, the same
  with a restore, CountedInt noticing that tracing is off (the genuine settrace grabbed at
  import), and the f_trace_lines check at return. Not caught in-process: switching tracing
  off with a pre-grabbed settrace (or ctypes) and then doing work that never touches a
  CountedInt; there only the CPU guard (from the parent) and the sandbox's static scan help.
"""

from __future__ import annotations

import bisect
import collections
import functools
import heapq
import importlib.util
import itertools
import random
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from harness.complexity.growth import Growth

O1, LOG, N, NLOGN, N2, WORSE = (Growth.CONSTANT, Growth.LOG, Growth.LINEAR,
                                Growth.LINEARITHMIC, Growth.QUADRATIC, Growth.WORSE)

# One generator for all inputs; tests and the benchmark reseed it (a fresh seed per run, as in
# grading) so failures can be replayed.
RNG = random.Random(0)


_NP = {"rng": np.random.default_rng(0)}  # numpy inputs; replaced by reseed()


def reseed(seed: int) -> None:
    RNG.seed(seed)
    _NP["rng"] = np.random.default_rng(seed)


@dataclass(frozen=True)
class Case:
    name: str
    func: Callable[..., Any]
    make_args: Callable[[int], tuple[tuple[Any, ...], dict[str, Any]]]
    sizes: tuple[int, ...]          # counting sizes N, 2N, 4N, 8N
    time: Growth                    # true time class
    space: Growth                   # true auxiliary space class (output not counted)
    caught_by: str = "count"        # "count" | "guard" | "none" (see module docstring)
    measured_time: Growth | None = None   # set only where the harness cannot see `time`
    measured_space: Growth | None = None  # set only where the harness cannot see `space`
    space_sizes: tuple[int, ...] | None = None  # larger sizes where bytes need a clear signal
    guard_n: int | None = 1000      # CPU guard at guard_n and 32*guard_n; None: not run
    budget: int = 400_000           # events per size
    fresh: Callable[[], Callable[..., Any]] | None = None
    tamper: bool = False            # the function attacks the measurement: must be flagged
    note: str = ""

    @property
    def expected_time(self) -> Growth:
        return self.measured_time or self.time

    @property
    def expected_space(self) -> Growth:
        return self.measured_space or self.space

    @property
    def space_sizes_or_default(self) -> tuple[int, ...]:
        return self.space_sizes or self.sizes


def sizes(first: int) -> tuple[int, ...]:
    return (first, 2 * first, 4 * first, 8 * first)


# --------------------------------------------------------------------------------------------
# Input generators (worst cases)
# --------------------------------------------------------------------------------------------

def distinct(n: int) -> list[int]:
    """n distinct values in random order (values up to 10^9: not small cached ints)."""
    return RNG.sample(range(10**9), n)


def ascending(n: int) -> list[int]:
    return sorted(distinct(n))


def descending(n: int) -> list[int]:
    return sorted(distinct(n), reverse=True)


def with_spare_capacity(values: list[int]) -> list[int]:
    # A list built to exact size reallocates (12.5% more) on the next append; that is the
    # list's growth policy, not the function's space. One append+pop leaves room for one more.
    values.append(0)
    values.pop()
    return values


def args_list(gen: Callable[[int], list[int]]) -> Callable[[int], tuple[tuple, dict]]:
    return lambda n: ((gen(n),), {})


def absent_target(gen: Callable[[int], list[int]]) -> Callable[[int], tuple[tuple, dict]]:
    # Targets are negative, values non-negative: the search never stops early.
    return lambda n: ((gen(n), -1), {})


def no_pair_target(n: int) -> tuple[tuple, dict]:
    # All values even, target odd: no pair sums to it, so two-sum scans everything.
    return ([2 * v for v in distinct(n)], 1), {}


def chars(n: int) -> list[str]:
    return RNG.choices("abcdefghij", k=n)


def words(n: int) -> list[str]:
    """n five-letter words, each with its trailing space (a sentence to rebuild)."""
    return ["".join(RNG.choices("abcdefghij", k=5)) + " " for _ in range(n)]


def palindrome(n: int) -> tuple[tuple, dict]:
    half = "".join(chars(n // 2))
    return (half + half[::-1],), {}


def two_strings(n: int) -> tuple[tuple, dict]:
    return ("".join(chars(n)), "".join(chars(n))), {}


def path_graph(n: int) -> tuple[tuple, dict]:
    # Adjacency lists of a path visited end to end: DFS depth and stack both reach n.
    order = RNG.sample(range(n), n)
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in itertools.pairwise(order):
        adj[a].append(b)
        adj[b].append(a)
    return (adj, order[0]), {}


def np_ints(n: int) -> tuple[tuple, dict]:
    return (_NP["rng"].integers(0, 10**9, n),), {}


def np_sorted(n: int) -> tuple[tuple, dict]:
    return (np.sort(_NP["rng"].integers(0, 10**9, n)), -1), {}


def number(n: int) -> tuple[tuple, dict]:
    return (n,), {}


# --------------------------------------------------------------------------------------------
# The functions, written as candidates would
# --------------------------------------------------------------------------------------------

# O(1) time
def first_plus_last(nums):
    return nums[0] + nums[-1]


def dict_contains(d, key):
    return key in d


def stack_push_pop(stack, x):
    stack.append(x)
    return stack.pop()


def gauss_sum(n):
    return n * (n + 1) // 2


def heap_peek(heap):
    return heap[0]


# O(log n) time
def binary_search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def bisect_lookup(nums, target):
    i = bisect.bisect_left(nums, target)
    return i if i < len(nums) and nums[i] == target else -1


def binary_search_recursive(nums, target, lo=0, hi=None):
    if hi is None:
        hi = len(nums) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if nums[mid] == target:
        return mid
    if nums[mid] < target:
        return binary_search_recursive(nums, target, mid + 1, hi)
    return binary_search_recursive(nums, target, lo, mid - 1)


def heap_push(heap, x):
    heapq.heappush(heap, x)  # x below every element: sifts all the way to the root


def count_bits(n):
    bits = 0
    while n:
        n >>= 1
        bits += 1
    return bits


def pow_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def np_searchsorted(arr, target):
    return int(np.searchsorted(arr, target))


# O(n) time
def linear_search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1


def contains_in(nums, target):
    return target in nums  # C loop, but each == is a counted CountedInt call


def max_builtin(nums):
    return max(nums)


def sum_loop(nums):
    total = 0
    for x in nums:
        total += x
    return total


def sum_builtin(nums):
    return sum(nums)  # counted through CountedInt.__radd__


def two_sum_dict(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []


def has_duplicate_set(nums):
    return len(set(nums)) != len(nums)


def reverse_in_place(nums):
    i, j = 0, len(nums) - 1
    while i < j:
        nums[i], nums[j] = nums[j], nums[i]
        i += 1
        j -= 1


def prefix_sums(nums):
    out = []
    total = 0
    for x in nums:
        total += x
        out.append(total)
    return out


def recursive_sum(nums, i=0):
    if i == len(nums):
        return 0
    return nums[i] + recursive_sum(nums, i + 1)


def max_subarray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best


def counter_mode(nums):
    return collections.Counter(nums).most_common(1)[0][0]


def heapify_only(nums):
    heapq.heapify(nums)


def join_build(chars_list):
    parts = []
    for ch in chars_list:
        parts.append(ch.upper())
    return "".join(parts)


def concat_append(chars_list):
    s = ""
    for ch in chars_list:
        s = s + ch  # CPython resizes s in place (one reference): amortised linear
    return s


def deque_drain(nums):
    queue = collections.deque(nums)
    total = 0
    while queue:
        total += queue.popleft()
    return total


def first_negative(nums):
    for i, x in enumerate(nums):
        if x < 0:
            return i  # early exit: only an input without negatives shows the cost
    return -1


def np_cumsum(arr):
    return np.cumsum(arr)


def dfs_iterative(adj, start):
    seen = {start}
    stack = [start]
    order = []
    while stack:
        node = stack.pop()
        order.append(node)
        for nxt in adj[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return len(order)


@functools.cache
def distinct_count_cached(values):
    return len(set(values))


@functools.cache
def fib_cached(n):
    return n if n < 2 else (fib_cached(n - 1) + fib_cached(n - 2)) % 1_000_000_007


def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def merge_sorted(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


# O(n log n) time
def sort_builtin(nums):
    return sorted(nums)


def sort_in_place(nums):
    nums.sort()


def merge_sort(nums):
    if len(nums) <= 1:
        return nums
    mid = len(nums) // 2
    left, right = merge_sort(nums[:mid]), merge_sort(nums[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def heap_sort(nums):
    heap = list(nums)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


def two_sum_sorted(nums, target):
    pairs = sorted((x, i) for i, x in enumerate(nums))
    lo, hi = 0, len(pairs) - 1
    while lo < hi:
        s = pairs[lo][0] + pairs[hi][0]
        if s == target:
            return sorted([pairs[lo][1], pairs[hi][1]])
        if s < target:
            lo += 1
        else:
            hi -= 1
    return []


def np_sort(arr):
    return np.sort(arr)


def two_sum_numpy_pairs(nums, target):
    # O(n^2): one numpy comparison over the rest of the list per element. Counting sees one
    # line per element; numpy's ~2 us per call hides the n^2 part below n ~ 27,000.
    a = np.array(nums, dtype=np.int64)
    for i in range(len(a)):
        hits = np.flatnonzero(a[i + 1:] == target - a[i])
        if hits.size:
            return [i, i + 1 + int(hits[0])]
    return []


def two_sum_index_scan(nums, target):
    # O(n^2): list.index searches the rest of the list in C (its comparisons are counted).
    for i, x in enumerate(nums):
        try:
            return [i, nums.index(target - x, i + 1)]
        except ValueError:
            continue
    return []


def two_sum_slice_in(nums, target):
    # O(n^2): `in` on a fresh slice of the rest of the list (copy and search in C).
    for i, x in enumerate(nums):
        if target - x in nums[i + 1:]:
            return [i, nums.index(target - x, i + 1)]
    return []


# O(n^2) time
def two_sum_brute(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []


def duplicate_via_slice(nums):
    for i, x in enumerate(nums):
        if x in nums[i + 1:]:  # `in` over a slice: n comparisons per step, all counted
            return True
    return False


def insertion_sort(nums):
    for i in range(1, len(nums)):
        key = nums[i]
        j = i - 1
        while j >= 0 and nums[j] > key:
            nums[j + 1] = nums[j]
            j -= 1
        nums[j + 1] = key


def bubble_sort(nums):
    n = len(nums)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if nums[j] > nums[j + 1]:
                nums[j], nums[j + 1] = nums[j + 1], nums[j]
                swapped = True
        if not swapped:  # early exit: sorted input is O(n), reversed input O(n^2)
            break


def build_by_insert_front(nums):
    out = []
    for x in nums:
        out.insert(0, x)  # memmove of the whole list: invisible to counting
    return out


def queue_pop_front(nums):
    queue = list(nums)
    total = 0
    while queue:
        total += queue.pop(0)  # memmove of the rest of the list
    return total


def consume_by_slicing(nums):
    total = 0
    while nums:
        total += nums[0]
        nums = nums[1:]  # copies the rest of the list
    return total


def prepend_string(pieces):
    s = ""
    for piece in pieces:
        s = piece + s  # a new string every time (reversing words by prepending): quadratic
    return s


def prefix_sums_by_slicing(nums):
    return [sum(nums[:i + 1]) for i in range(len(nums))]


def insort_all(nums):
    out = []
    for x in nums:
        bisect.insort(out, x)  # log n counted comparisons, but an O(n) memmove per insert
    return out


def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table[-1][-1]


def lcs_two_rows(a, b):
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        row = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                row[j] = max(prev[j], row[j - 1])
        prev = row
    return prev[-1]


def two_sum_brute_in_thread(nums, target):
    found = []

    def work():
        found.append(two_sum_brute(nums, target))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return found[0]


# Worse than O(n^2)
def three_sum_brute(nums):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 1:
                    return True
    return False


def pair_substring_count(s):
    count = 0
    for i in range(len(s)):
        for j in range(i + 2, len(s)):
            if s[i] + s[j] in s:  # a C substring search over all of s, for each of n^2 pairs
                count += 1
    return count


# Tampering: each must be flagged, never measured as fast
_real_settrace = sys.settrace  # grabbed at import, before any measurement patches sys


def tamper_settrace_none(nums, target):
    sys.settrace(None)
    return two_sum_brute(nums, target)


def tamper_settrace_restore(nums, target):
    saved = sys.gettrace()
    sys.settrace(None)
    try:
        return two_sum_brute(nums, target)
    finally:
        sys.settrace(saved)


def tamper_original_settrace(nums, target):
    saved = sys.gettrace()
    _real_settrace(None)  # the genuine function, grabbed before the harness patched sys
    try:
        return two_sum_brute(nums, target)
    finally:
        _real_settrace(saved)


def tamper_frame_lines_off(nums, target):
    sys._getframe().f_trace_lines = False  # hide this frame's loops from line events
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []


# --------------------------------------------------------------------------------------------
# Fresh module copies (state in module globals)
# --------------------------------------------------------------------------------------------

_MEMO_PATH = Path(__file__).with_name("memo_module.py")


def fresh_climb_stairs() -> Callable[..., Any]:
    """Execute memo_module.py anew, as the worker re-imports solution.py: empty memo."""
    spec = importlib.util.spec_from_file_location("memo_module_fresh", _MEMO_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.climb_stairs


def _dict_and_absent_key(n: int) -> tuple[tuple, dict]:
    return ({v: i for i, v in enumerate(distinct(n))}, -1), {}


def _stack(n: int) -> tuple[tuple, dict]:
    return (with_spare_capacity(distinct(n)), 7), {}


def _heap(n: int) -> tuple[tuple, dict]:
    return (with_spare_capacity(ascending(n)), -1), {}


def _pow(n: int) -> tuple[tuple, dict]:
    return (3, n - 1, 1_000_000_007), {}  # n a power of two: n - 1 is all ones, the most work


def _tuple(n: int) -> tuple[tuple, dict]:
    return (tuple(distinct(n)),), {}


def _two_sorted(n: int) -> tuple[tuple, dict]:
    merged = ascending(2 * n)
    return (merged[0::2], merged[1::2]), {}  # interleaved: the loop runs to the end


def _no_triple(n: int) -> tuple[tuple, dict]:
    return ([2 * v for v in distinct(n)],), {}  # sums of evens never equal 1


def _distinct_chars(n: int) -> tuple[tuple, dict]:
    # n different characters: s[i] + s[j] with j > i + 1 never occurs, so every search scans
    # the whole string.
    codes = RNG.sample(range(0x4E00, 0x4E00 + 4 * n), n)
    return ("".join(map(chr, codes)),), {}


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

CASES: list[Case] = [
    # ---- O(1) ----
    Case("first_plus_last", first_plus_last, args_list(distinct), sizes(256), O1, O1),
    Case("dict_contains", dict_contains, _dict_and_absent_key, sizes(256), O1, O1),
    Case("stack_push_pop", stack_push_pop, _stack, sizes(256), O1, O1),
    Case("gauss_sum", gauss_sum, number, sizes(256), O1, O1),
    Case("heap_peek", heap_peek, args_list(ascending), sizes(256), O1, O1),
    # ---- O(log n) ----
    Case("binary_search", binary_search, absent_target(ascending), sizes(1024), LOG, O1),
    Case("bisect_lookup", bisect_lookup, absent_target(ascending), sizes(1024), LOG, O1,
         note="bisect runs in C; its comparisons are counted through CountedInt.__lt__"),
    Case("binary_search_recursive", binary_search_recursive, absent_target(ascending),
         sizes(1024), LOG, LOG, note="recursion depth log n is its space"),
    Case("heap_push", heap_push, _heap, sizes(1024), LOG, O1),
    Case("count_bits", count_bits, number, sizes(1024), LOG, O1),
    Case("pow_mod", pow_mod, _pow, sizes(1024), LOG, O1, guard_n=1024,
         note="n is the exponent: one squaring per bit"),
    Case("np_searchsorted", np_searchsorted, np_sorted, sizes(1024), LOG, O1, caught_by="none",
         measured_time=O1, guard_n=20_000,
         note="UNDETECTABLE: numpy's binary search is compiled (nothing to count) and its "
              "log n growth is far inside CPU-time noise; reported O(1)"),
    # ---- O(n) ----
    Case("linear_search", linear_search, absent_target(distinct), sizes(256), N, O1),
    Case("contains_in", contains_in, absent_target(distinct), sizes(256), N, O1,
         note="`in` is a C loop; each == is a counted CountedInt call"),
    Case("max_builtin", max_builtin, args_list(distinct), sizes(256), N, O1),
    Case("sum_loop", sum_loop, args_list(distinct), sizes(256), N, O1),
    Case("sum_builtin", sum_builtin, args_list(distinct), sizes(256), N, O1,
         note="sum() adds through CountedInt.__radd__, so it is counted"),
    Case("two_sum_dict", two_sum_dict, no_pair_target, sizes(256), N, N),
    Case("has_duplicate_set", has_duplicate_set, args_list(distinct), sizes(256), N, N),
    Case("reverse_in_place", reverse_in_place, args_list(distinct), sizes(256), N, O1),
    Case("prefix_sums", prefix_sums, args_list(distinct), sizes(256), N, O1,
         note="the returned list is output, not auxiliary space"),
    Case("recursive_sum", recursive_sum, args_list(distinct), sizes(64), N, N, guard_n=None,
         note="space is the recursion depth (tracemalloc does not see frames); no guard: "
              "32x the size would pass Python's recursion limit"),
    Case("max_subarray", max_subarray, args_list(distinct), sizes(256), N, N,
         note="nums[1:] copies the input once: O(n) auxiliary space"),
    Case("counter_mode", counter_mode, args_list(distinct), sizes(256), N, N),
    Case("heapify_only", heapify_only, args_list(descending), sizes(256), N, O1),
    Case("join_build", join_build, args_list(chars), sizes(256), N, N,
         space_sizes=sizes(1024)),
    Case("concat_append", concat_append, args_list(chars), sizes(256), N, O1,
         space_sizes=sizes(1024),
         note="CPython 3.11 resizes the only reference to s in place: linear, and the "
              "string is the output"),
    Case("deque_drain", deque_drain, args_list(distinct), sizes(256), N, N),
    Case("first_negative", first_negative, args_list(distinct), sizes(256), N, O1,
         note="early exit; the worst-case input has no negative value"),
    Case("np_cumsum", np_cumsum, np_ints, sizes(1024), N, O1, caught_by="guard",
         guard_n=50_000,
         note="compiled: counting sees O(1); the guard's CPU-time growth shows >= O(n)"),
    Case("dfs_iterative", dfs_iterative, path_graph, sizes(256), N, N),
    Case("distinct_count_cached", distinct_count_cached, _tuple, sizes(256), N, N,
         note="lru_cache: fresh random inputs per size miss the cache, and cache_clear() "
              "runs before each size"),
    Case("fib_cached", fib_cached, number, sizes(32), N, N, guard_n=None,
         note="lru_cache cleared before each size; recursion depth n is its space"),
    Case("climb_stairs_memo", fresh_climb_stairs(), number, sizes(256), N, N,
         fresh=fresh_climb_stairs,
         note="module-level memo: a fresh copy of the module per size"),
    Case("is_palindrome", is_palindrome, palindrome, sizes(256), N, O1),
    Case("merge_sorted", merge_sorted, _two_sorted, sizes(256), N, O1,
         note="the merged list is output"),
    # ---- O(n log n) ----
    Case("sort_builtin", sort_builtin, args_list(distinct), sizes(256), NLOGN, N,
         note="timsort's merge buffer (up to n/2 pointers) is auxiliary; the copy is output"),
    Case("sort_in_place", sort_in_place, args_list(distinct), sizes(256), NLOGN, N),
    Case("merge_sort", merge_sort, args_list(distinct), sizes(128), NLOGN, N),
    Case("heap_sort", heap_sort, args_list(distinct), sizes(128), NLOGN, N),
    Case("two_sum_sorted", two_sum_sorted, no_pair_target, sizes(128), NLOGN, N),
    Case("np_sort", np_sort, np_ints, sizes(1024), NLOGN, O1, caught_by="guard",
         measured_time=N, guard_n=50_000,
         note="PARTLY UNDETECTABLE: compiled, so counting sees O(1); the guard shows growth "
              "but time cannot separate n log n from n: reported O(n)"),
    # ---- O(n^2) ----
    Case("two_sum_brute", two_sum_brute, no_pair_target, sizes(32), N2, O1),
    Case("two_sum_numpy_pairs", two_sum_numpy_pairs, no_pair_target, sizes(256), N2, N,
         caught_by="guard", guard_n=2500,
         note="counting sees one line per element; the guard's n^2 share at the top sizes catches it"),
    Case("two_sum_index_scan", two_sum_index_scan, no_pair_target, sizes(32), N2, O1),
    Case("two_sum_slice_in", two_sum_slice_in, no_pair_target, sizes(32), N2, N,
         space_sizes=sizes(1024)),
    Case("duplicate_via_slice", duplicate_via_slice, args_list(distinct), sizes(32), N2, N,
         space_sizes=sizes(64),
         note="`x in nums[i+1:]`: the comparisons are counted; the slice is O(n) space"),
    Case("insertion_sort", insertion_sort, args_list(descending), sizes(32), N2, O1),
    Case("bubble_sort", bubble_sort, args_list(descending), sizes(32), N2, O1, note="early exit: only reversed input is quadratic"),
    Case("build_by_insert_front", build_by_insert_front, args_list(distinct), sizes(256), N2,
         O1, caught_by="guard", note="list.insert(0) moves memory in C: only the guard sees it"),
    Case("queue_pop_front", queue_pop_front, args_list(distinct), sizes(256), N2, N,
         caught_by="guard", note="list.pop(0) moves memory in C: only the guard sees it"),
    Case("consume_by_slicing", consume_by_slicing, args_list(distinct), sizes(256), N2, N,
         caught_by="guard", guard_n=500, note="nums[1:] copies in C: only the guard sees it"),
    Case("prepend_string", prepend_string, args_list(words), sizes(256), N2, N,
         caught_by="guard",
         note="piece + s builds a new string each time; with six-byte words the copying "
              "dominates at n1=1000 (one-byte characters would need n1=4000)"),
    Case("insort_all", insort_all, args_list(descending), sizes(256), N2, O1,
         caught_by="guard",
         note="counting sees n log n comparisons; the guard sees the memmove per insert"),
    Case("prefix_sums_by_slicing", prefix_sums_by_slicing, args_list(distinct), sizes(32), N2,
         N, space_sizes=sizes(128), note="sum() of each slice is counted via __radd__"),
    Case("lcs_table", lcs_table, two_strings, sizes(16), N2, N2),
    Case("lcs_two_rows", lcs_two_rows, two_strings, sizes(16), N2, N, space_sizes=sizes(32)),
    Case("two_sum_brute_in_thread", two_sum_brute_in_thread, no_pair_target, sizes(32), N2,
         O1, note="work in a threading.Thread is traced through threading's trace hook"),
    # ---- worse ----
    Case("three_sum_brute", three_sum_brute, args_list(lambda n: _no_triple(n)[0][0]),
         sizes(16), WORSE, O1, budget=200_000, space_sizes=sizes(8),
         note="cubic: the budget cuts the largest size, and the finished ones already grew "
              "quadratically or faster"),
    Case("pair_substring_count", pair_substring_count, _distinct_chars, sizes(16), WORSE, O1,
         caught_by="none", measured_time=N2,
         note="UNDETECTABLE: n^2 counted pairs, each with an O(n) substring search in C that "
              "calls back into nothing; the guard only runs below quadratic (at 32x it would "
              "take minutes), so it is reported O(n^2)"),
    # ---- tampering ----
    Case("tamper_settrace_none", tamper_settrace_none, no_pair_target, sizes(32), N2, O1,
         tamper=True, guard_n=None),
    Case("tamper_settrace_restore", tamper_settrace_restore, no_pair_target, sizes(32), N2, O1,
         tamper=True, guard_n=None),
    Case("tamper_original_settrace", tamper_original_settrace, no_pair_target, sizes(32), N2,
         O1, tamper=True, guard_n=None,
         note="caught by CountedInt: its comparisons notice that tracing is off"),
    Case("tamper_frame_lines_off", tamper_frame_lines_off, no_pair_target, sizes(32), N2, O1,
         tamper=True, guard_n=None),
]

BY_NAME = {case.name: case for case in CASES}
