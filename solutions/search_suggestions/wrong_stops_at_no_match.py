"""Wrong on an edge case: stops as soon as a prefix matches nothing, so the answer has fewer lists
than the search word has letters (the remaining prefixes need an empty list each)."""


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    candidates = sorted(products)
    result = []
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        candidates = [p for p in candidates if p.startswith(prefix)]
        if not candidates:
            break
        result.append(candidates[:3])
    return result
