"""Wrong for the target complexity: for every typed prefix, filters the whole product list again
and sorts the matches (correct answers; O(m * n) for a search word of m letters)."""


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    result = []
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        matches = [p for p in products if p.startswith(prefix)]
        result.append(sorted(matches)[:3])
    return result
