"""Search Suggestions: the three smallest matching products after each typed letter."""


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    raise NotImplementedError("write your solution here")
