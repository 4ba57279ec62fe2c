"""Hidden tests for coin_change: random coin sets against a breadth-first oracle, greedy
counterexamples, the edge cases, the largest amounts, and counted time and space."""

import pytest

from harness.authoring import SubmissionFailure, call_text, check, fact, short_repr, strict_equal


def fewest_coins(coins, amount):
    """Oracle: breadth-first search over amounts from 0; returns (count, coins used) or (-1, None).

    Layer k holds the amounts first reached with k coins, so the first layer that reaches
    `amount` gives the fewest coins. `via` remembers the coin that reached each amount.
    """
    if amount == 0:
        return 0, []
    via = {0: None}
    layer, count = [0], 0
    while layer:
        count += 1
        following = []
        for reached in layer:
            for coin in coins:
                total = reached + coin
                if total <= amount and total not in via:
                    via[total] = coin
                    following.append(total)
        if amount in via:
            used, at = [], amount
            while at:
                used.append(via[at])
                at -= via[at]
            return count, sorted(used, reverse=True)
        layer = following
    return -1, None


def check_coins(coins, amount, got, want=None) -> None:
    """The answer, type-strict; a wrong count is explained with an optimal set of coins."""
    call = call_text("coin_change", coins, amount)
    want, used = fewest_coins(coins, amount) if want is None else (want, None)
    if strict_equal(got, want):
        return
    if type(got) is not int:
        check(False, f"{call} returned {short_repr(got, 40)} (a {type(got).__name__}); expected an int: {want}")
    if want == -1:
        check(False, f"{call} returned {got}; expected -1: no combination of the coins adds up to {amount}")
    if want == 0:
        check(False, f"{call} returned {got}; expected 0: an amount of 0 needs no coins")
    why = ""
    if used is not None:
        shown = " + ".join(map(str, used)) if len(used) <= 12 else f"{used[0]} + ... ({len(used)} coins)"
        why = f" ({shown})"
        if got == -1:
            why = f": {amount} = {shown}"
    check(False, f"{call} returned {got}; expected {want}{why}")


def change_and_check(solution, coins, amount, want=None) -> None:
    check_coins(coins, amount, solution.coin_change(list(coins), amount), want)


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(solution, rng, batch):
    """Random sets of 1 to 4 coins and amounts up to 16, against the oracle."""
    for _ in range(40):
        coins = rng.sample(range(1, 12), rng.randint(1, 4))
        change_and_check(solution, coins, rng.randint(1, 16))


@pytest.mark.parametrize("coins,amount", [
    ([1, 3, 4], 6),
    ([4, 3, 1], 6),
    ([1, 5, 6, 9], 11),
    ([5, 2], 6),
    ([10, 7, 1], 14),
    ([1, 7, 10], 15),
    ([25, 10, 1], 30),
    ([6, 4], 8),
], ids=["1-3-4", "1-3-4-unsorted", "1-5-6-9", "greedy-dead-end", "7-7", "unsorted-10-7-1", "25-10-1",
        "greedy-stuck"])
def test_largest_coin_first_fails(solution, coins, amount):
    """Amounts where taking the largest coin first uses too many coins, or gets stuck."""
    change_and_check(solution, coins, amount)


@pytest.mark.parametrize("batch", range(2))
def test_random_medium(solution, rng, batch):
    """Random coin sets and amounts up to 300."""
    for _ in range(8):
        coins = rng.sample(range(2, 60), rng.randint(2, 6))
        change_and_check(solution, coins, rng.randint(100, 300))


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("coins", [[1], [7], [2, 5, 10], [2**31 - 1]], ids=["one", "seven", "several", "huge"])
def test_amount_zero(solution, coins):
    """An amount of 0 needs no coins: the answer is 0, not -1."""
    change_and_check(solution, coins, 0, 0)


@pytest.mark.edge
@pytest.mark.parametrize("coins,amount", [
    ([2], 3), ([2], 1), ([5, 10], 3), ([4, 6], 7), ([3, 7], 11), ([6, 10, 15], 29),
], ids=["odd-with-2", "below-smallest", "below-both", "even-coins", "3-and-7", "6-10-15"])
def test_impossible(solution, coins, amount):
    """No combination makes the amount: the answer is -1."""
    change_and_check(solution, coins, amount, -1)


@pytest.mark.edge
@pytest.mark.parametrize("coins,amount,want", [
    ([100], 50, -1),
    ([1, 100], 50, 50),
    ([2**31 - 1], 10_000, -1),
    ([2**31 - 1, 3], 9, 3),
    ([10_001, 5_000], 10_000, 2),
], ids=["only-too-big", "big-and-one", "max-coin", "max-coin-and-3", "just-over"])
def test_coins_larger_than_amount(solution, coins, amount, want):
    """Coins larger than the amount cannot be used (and must not break a table of size amount + 1)."""
    change_and_check(solution, coins, amount, want)


@pytest.mark.edge
@pytest.mark.parametrize("coins,amount,want", [
    ([5], 5, 1), ([1, 2, 5], 5, 1), ([3], 12, 4), ([1], 1, 1), ([1], 37, 37),
], ids=["equal", "equal-among-three", "one-kind", "one-cent", "ones-only"])
def test_single_coin_kind(solution, coins, amount, want):
    """The amount is a coin itself, or a multiple of the only coin."""
    change_and_check(solution, coins, amount, want)


@pytest.mark.edge
@pytest.mark.parametrize("coins,amount,want", [
    ([2, 2, 5], 9, 3), ([1, 1, 1], 3, 3), ([5, 3, 5, 3], 11, 3),
], ids=["repeated-two", "all-ones", "pairs"])
def test_repeated_coin_values(solution, coins, amount, want):
    """The same value listed more than once is still one kind of coin."""
    change_and_check(solution, coins, amount, want)


def _coins_after_call(module, coins, amount):
    """Call coin_change, then send back the coins list as it is afterwards."""
    module.coin_change(coins, amount)
    return coins


@pytest.mark.edge
def test_input_not_modified(worker):
    """coin_change must leave the caller's list of coins unchanged (sort a copy, if you sort)."""
    coins = [5, 1, 4, 2]
    call = call_text("coin_change", coins, 13)
    try:
        after = worker.probe(_coins_after_call, list(coins), 13, label=call)
    except SubmissionFailure as exc:
        check(False, str(exc))
    check(after == coins, lambda: f"{call} modified its input: afterwards the coins list was "
                                  f"{short_repr(after)}. Sort a copy (sorted(coins)) instead")


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
@pytest.mark.parametrize("coins,amount,want", [
    ([1], 10_000, 10_000),
    ([1, 2, 5], 10_000, 2_000),
    ([2], 9_999, -1),
    ([186, 419, 83, 408], 6_249, None),
    ([7, 11, 2, 13, 5, 3, 17, 19, 23, 29, 31, 37], 9_973, None),
], ids=["ones", "1-2-5", "unreachable", "four-coins", "twelve-coins"])
def test_largest_amounts(solution, coins, amount, want):
    """Amounts near 10,000: too deep for recursion one level per coin, and too big to search."""
    change_and_check(solution, coins, amount, want)


def worst_case(n, rng):
    """The same four coins at every size, in a random order, and the amount n."""
    coins = [5, 7, 11, 13]
    rng.shuffle(coins)
    return (coins, n)


@pytest.mark.complexity
def test_time_grows_linearly_in_amount(complexity):
    """Operations counted for amounts 100 to 800 with a fixed set of four coins."""
    # CPU guard at amounts 700 and 22,400. Measured on 2 busy cores: the reference 21-41x; the
    # table grown with best = best + [fewest] (a copy of the whole table per amount, hidden in C)
    # 528-954x, caught. The old guard of 300 read 320-333x for it, a thin margin (at 500: 294-543x,
    # one noisy small call from passing). A search that keeps the amounts it has seen in a list
    # and tests `x in seen` is far slower: its call at 22,400 runs past the 3 s time limit, which
    # fails it too.
    complexity.time("coin_change", worst_case, sizes=tuple(fact("sizes")), guard_size=700)


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory (and call depth) for amounts 100 to 800 with a fixed set of four coins."""
    complexity.space("coin_change", worst_case, sizes=tuple(fact("sizes")))
