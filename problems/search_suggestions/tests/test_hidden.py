"""Hidden tests for search_suggestions: random dictionaries against filtering and sorting, products
equal to a prefix, prefixes with no match, and counted time as the products and the search word
grow together, plus the largest dictionary."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_PRODUCTS = fact("max_products")
MAX_SEARCH = fact("max_search_len")


def suggestions_oracle(products, word):
    """Filter and sort for every prefix."""
    ordered = sorted(products)
    return [[p for p in ordered if p.startswith(word[:i])][:3] for i in range(1, len(word) + 1)]


def suggestions_fast(products, word):
    """Oracle for large inputs: narrow the sorted candidates one letter at a time."""
    candidates, out = sorted(products), []
    for i in range(1, len(word) + 1):
        candidates = [p for p in candidates if p.startswith(word[:i])]
        out.append(candidates[:3])
    return out


def suggest_and_check(solution, products, word, want=None):
    if want is None:
        want = suggestions_oracle(products, word)
    check_equal(solution.suggested_products(list(products), word), want,
                call=call_text("suggested_products", products, word))


def random_word(rng, letters, low, high):
    return "".join(rng.choice(letters) for _ in range(rng.randint(low, high)))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_dictionaries(solution, rng, batch):
    """Random products over 3 letters (many shared prefixes), in random order, against the oracle."""
    for _ in range(25):
        products = list({random_word(rng, "abc", 1, 5) for _ in range(rng.randint(1, 15))})
        rng.shuffle(products)
        word = random_word(rng, "abc", 1, 6)
        suggest_and_check(solution, products, word)


def test_lexicographic_not_input_order(solution):
    """Given in reverse order, the smallest three come first; shorter words sort before longer ones."""
    suggest_and_check(solution, ["card", "care", "car", "carbon", "cab", "ca"], "cart")


def test_large_dictionary(solution, rng):
    """3,000 random products, a word that matches for a few letters."""
    products = list({random_word(rng, "abcdefghij", 3, 10) for _ in range(3000)})
    rng.shuffle(products)
    suggest_and_check(solution, products, random_word(rng, "abcdefghij", 8, 8))


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("products", "word"), [(["havana"], "tatiana"), (["abc", "abd"], "abx"),
                                                (["apple"], "applesauce"), (["b"], "a")],
                         ids=["first-letter", "middle", "word-longer-than-product", "one-letter"])
def test_no_match_then_empty_lists(solution, products, word):
    """Once a prefix matches nothing, that and every longer prefix show [] (one list per letter)."""
    suggest_and_check(solution, products, word)


@pytest.mark.edge
@pytest.mark.parametrize(("products", "word"), [(["a", "ab", "abc", "abcd"], "abcd"), (["x"], "x")],
                         ids=["nested", "single"])
def test_product_equal_to_prefix(solution, products, word):
    """A product equal to the typed prefix matches it (and sorts before longer ones)."""
    suggest_and_check(solution, products, word)


@pytest.mark.edge
def test_fewer_than_three(solution):
    """One or two matches: all of them."""
    suggest_and_check(solution, ["dog", "door", "cat"], "door")


def _call_and_return_products(module, products, word):
    got = module.suggested_products(products, word)
    return got, products


@pytest.mark.edge
def test_input_not_modified(worker):
    """products is not modified (not even sorted in place)."""
    products = ["mouse", "mobile", "moneypot", "monitor", "mousepad"]
    call = call_text("suggested_products", products, "mou")
    got, after = worker.probe(_call_and_return_products, list(products), "mou", label=call)
    check_equal(got, suggestions_oracle(products, "mou"), call=call)
    check(after == products, f"{call} modified products: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def products_and_long_word(n, rng):
    """n distinct random 8-letter products and a search word of n / 4 letters starting like one of
    them (self-contained: it also runs in the worker)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    products = set()
    while len(products) < n:
        products.add("".join(rng.choice(letters) for _ in range(8)))
    products = sorted(products)
    rng.shuffle(products)
    word = products[0][:3] + "".join(rng.choice(letters) for _ in range(max(n // 4 - 3, 1)))
    return (products, word)


@pytest.mark.complexity
def test_time_grows_like_n_log_n(complexity):
    """Operations counted as the products and the search word double together, at 4 sizes."""
    complexity.time("suggested_products", products_and_long_word, sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label="suggested_products")


@pytest.mark.complexity
def test_largest_dictionary(solution, rng):
    """The most products allowed and the longest search word, within the time limit."""
    # Measured on an idle core: the reference 0.012 s, a trie with the top three per node 0.11 s; filtering every product for each of
    # 5,000 prefixes is 10**8 startswith calls (tens of seconds).
    products, word = products_and_long_word(MAX_PRODUCTS, rng)
    word = (word * (MAX_SEARCH // len(word) + 1))[:MAX_SEARCH]
    assert all(len(p) <= fact("max_product_len") for p in products)
    check_equal(solution.suggested_products(products, word), suggestions_fast(products, word),
                call=f"suggested_products(<{MAX_PRODUCTS:,} products>, <{MAX_SEARCH:,} letters>)")
