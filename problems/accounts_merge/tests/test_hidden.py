"""Hidden tests for accounts_merge: random accounts against a fixed-point oracle, same names for
different people, repeated emails, chains of accounts, and counted time in three shapes plus a
chain of the most accounts allowed."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_ACCOUNTS = fact("max_accounts")


def merge_brute(accounts):
    """Oracle: grow each group until no other account touches it."""
    pending = [(a[0], set(a[1:])) for a in accounts]
    merged = []
    while pending:
        name, group = pending.pop()
        grew = True
        while grew:
            grew = False
            rest = []
            for other_name, emails in pending:
                if emails & group:
                    group |= emails
                    grew = True
                else:
                    rest.append((other_name, emails))
            pending = rest
        merged.append([name] + sorted(group))
    return sorted(merged, key=lambda account: account[1])


def merge_and_check(solution, accounts, want=None):
    if want is None:
        want = merge_brute(accounts)
    check_equal(solution.accounts_merge([list(a) for a in accounts]), want, call=call_text("accounts_merge", accounts))


def random_accounts(rng, people, accounts, emails_each):
    """`accounts` accounts drawn from `people` people, each person owning a few emails; names repeat."""
    owners = [(rng.choice(["Ann", "Bo", "Cy"]), [f"p{p}e{e}@m.io" for e in range(4)]) for p in range(people)]
    out = []
    for _ in range(accounts):
        name, emails = rng.choice(owners)
        out.append([name] + [rng.choice(emails) for _ in range(rng.randint(1, emails_each))])
    return out


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_accounts(solution, rng, batch):
    """Random accounts of a few people with shared names, against the oracle."""
    for _ in range(20):
        merge_and_check(solution, random_accounts(rng, rng.randint(1, 5), rng.randint(1, 8), 3))


def test_chain_through_third_account(solution):
    """A and C share nothing, but both share an email with B: one person."""
    merge_and_check(solution, [["Li", "a@l", "b@l"], ["Li", "c@l", "d@l"], ["Li", "b@l", "c@l"]])


@pytest.mark.parametrize("accounts", [
    [["Sam", "s1@a"], ["Sam", "s2@a"], ["Sam", "s3@a"]],
    [["Sam", "s1@a", "s2@a"], ["Sam", "s3@a"], ["Sam", "s2@a", "s4@a"]],
], ids=["three-sams", "two-sams"])
def test_same_name_different_people(solution, accounts):
    """The same name without a shared email: different people."""
    merge_and_check(solution, accounts)


def test_order_of_output(solution):
    """Accounts sorted by their smallest email, emails sorted inside each account."""
    merge_and_check(solution, [["Zed", "a9@z"], ["Amy", "z1@a", "b2@a"], ["Max", "m@m", "c@c"]])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("accounts", [
    [["Ann", "b@a", "a@a", "b@a"]],
    [["Ann", "a@a"], ["Ann", "a@a"]],
    [["Bo", "x@b", "y@b"], ["Bo", "y@b", "x@b"], ["Bo", "x@b"]],
], ids=["twice-in-one", "same-account-twice", "overlapping"])
def test_repeated_emails(solution, accounts):
    """An email listed more than once appears once in the merged account."""
    merge_and_check(solution, accounts)


@pytest.mark.edge
@pytest.mark.parametrize("accounts", [[["Solo", "only@s"]], [["Solo", "a@s", "b@s", "c@s"]]],
                         ids=["one-email", "three-emails"])
def test_one_account(solution, accounts):
    """A single account comes back with its emails sorted."""
    merge_and_check(solution, accounts)


@pytest.mark.edge
def test_most_emails_per_account(solution, rng):
    """Accounts with the most emails allowed, in random order, two of them linked by one email."""
    size = fact("max_emails")
    first = [f"m{i}@big" for i in rng.sample(range(100), size)]
    second = [first[0]] + [f"n{i}@big" for i in range(size - 1)]
    merge_and_check(solution, [["Big", *first], ["Solo", f"z{size}@solo"], ["Big", *second]])


@pytest.mark.edge
def test_everyone_merges(solution):
    """A long chain of accounts in shuffled order: one person."""
    accounts = [["Kim", f"k{i:03d}@c", f"k{i + 1:03d}@c"] for i in range(60)]
    accounts = accounts[::2] + accounts[1::2]
    merge_and_check(solution, accounts)


@pytest.mark.edge
def test_long_chain_from_far_end(solution):
    """The longest chain allowed, listed from its far end: a union-find that links each new root
    under the next account's email builds one path through every email, so a recursive find (or
    a recursive search) goes past Python's recursion limit."""
    accounts = [["Lee", f"r{i:06d}@far.io", f"r{i + 1:06d}@far.io"] for i in range(MAX_ACCOUNTS - 1, -1, -1)]
    emails = sorted({e for a in accounts for e in a[1:]})
    check_equal(solution.accounts_merge(accounts), [["Lee"] + emails],
                call=f"accounts_merge(<a chain of {MAX_ACCOUNTS:,} accounts listed from its far end>)")


def _call_and_return_accounts(module, accounts):
    got = module.accounts_merge(accounts)
    return got, accounts


@pytest.mark.edge
def test_input_not_modified(worker):
    """accounts is not modified (not even the order of the emails inside each account)."""
    accounts = [["John", "js@x.com", "john@y.com"], ["John", "js@x.com", "jn@z.com"], ["Mary", "mary@m.com"]]
    call = call_text("accounts_merge", accounts)
    got, after = worker.probe(_call_and_return_accounts, [list(a) for a in accounts], label=call)
    check_equal(got, merge_brute(accounts), call=call)
    check(after == accounts, f"{call} modified accounts: afterwards it was {short_repr(after, 200)}")


# --- complexity --------------------------------------------------------------------------------


def chain(n, rng):
    """n accounts; account i holds emails i and i + 1: one person (self-contained: it also runs in the worker)."""
    name = rng.choice(["Ann", "Bo", "Cy"])
    return ([[name, f"u{i:06d}@chain.io", f"u{i + 1:06d}@chain.io"] for i in range(n)],)


def chain_from_far_end(n, rng):
    """The chain listed from its last account to its first."""
    name = rng.choice(["Ann", "Bo", "Cy"])
    return ([[name, f"u{i:06d}@chain.io", f"u{i + 1:06d}@chain.io"] for i in range(n - 1, -1, -1)],)


def separate(n, rng):
    """n accounts of two emails each, sharing nothing, all with one name."""
    order = rng.sample(range(n), n)
    return ([["Sam", f"s{i:06d}a@sep.io", f"s{i:06d}b@sep.io"] for i in order],)


SHAPES = {"separate": separate, "chain": chain, "chain-from-far-end": chain_from_far_end}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_like_n_log_n(complexity, shape):
    """Operations counted (hashing and comparisons inside sorting and sets included) at 4 sizes, in 3 shapes."""
    complexity.time("accounts_merge", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"accounts_merge ({shape})")


@pytest.mark.complexity
def test_longest_chain(solution, rng):
    """The most accounts allowed, chained into one person, within the time limit."""
    # Measured on 2 busy cores: the reference about 0.03 s; a find without path compression walks
    # a path of up to 10,000 emails for each of them (about 5 * 10**7 steps).
    (accounts,) = chain(MAX_ACCOUNTS, rng)
    emails = sorted({e for a in accounts for e in a[1:]})
    check_equal(solution.accounts_merge(accounts), [[accounts[0][0]] + emails],
                call=f"accounts_merge(<a chain of {MAX_ACCOUNTS:,} accounts>)")
