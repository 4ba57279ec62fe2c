import bisect


class Solution:
    def suggestedProducts(self, products, searchWord):
        products = sorted(products)
        res = []
        prefix = ""
        for c in searchWord:
            prefix += c
            i = bisect.bisect_left(products, prefix)
            res.append([w for w in products[i:i + 3] if w.startswith(prefix)])
        return res


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    return Solution().suggestedProducts(products, search_word)
