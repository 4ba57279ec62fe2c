"""Wrong: suggests the first three matching products in the order they were given, instead of
the three smallest in lexicographic order."""


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    result = []
    candidates = list(products)
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        candidates = [p for p in candidates if p.startswith(prefix)]
        result.append(candidates[:3])
    return result
