"""Visible examples for search_suggestions (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    (["mobile", "mouse", "moneypot", "monitor", "mousepad"], "mouse",
     [["mobile", "moneypot", "monitor"], ["mobile", "moneypot", "monitor"], ["mouse", "mousepad"],
      ["mouse", "mousepad"], ["mouse", "mousepad"]]),
    (["havana"], "tatiana", [[], [], [], [], [], [], []]),
    (["bags", "baggage", "banner", "box", "cloths"], "bags",
     [["baggage", "bags", "banner"], ["baggage", "bags", "banner"], ["baggage", "bags"], ["bags"]]),
]


@pytest.mark.parametrize(("products", "word", "want"), EXAMPLES, ids=["mouse", "no-match", "bags"])
def test_example(solution, products, word, want):
    check_equal(solution.suggested_products(list(products), word), want,
                call=call_text("suggested_products", products, word))
