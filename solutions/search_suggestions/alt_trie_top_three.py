"""Search suggestions with a trie whose every node keeps the three smallest products below it
(products inserted in sorted order, so the first three to pass a node are its answer); the typed
word then walks down the trie one letter at a time."""


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    root: dict = {"top": []}
    for product in sorted(products):
        node = root
        for ch in product:
            node = node.setdefault(ch, {"top": []})
            if len(node["top"]) < 3:
                node["top"].append(product)
    answers: list[list[str]] = []
    node = root
    for ch in search_word:
        node = node.get(ch) if node is not None else None
        answers.append(list(node["top"]) if node is not None else [])
    return answers
