"""Visible examples for accounts_merge (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([["John", "js@x.com", "john@y.com"], ["John", "js@x.com", "jn@z.com"], ["Mary", "mary@m.com"],
      ["John", "johnny@k.com"]],
     [["John", "jn@z.com", "john@y.com", "js@x.com"], ["John", "johnny@k.com"], ["Mary", "mary@m.com"]]),
    ([["Ann", "b@a", "a@a", "b@a"]], [["Ann", "a@a", "b@a"]]),
]


@pytest.mark.parametrize(("accounts", "want"), EXAMPLES, ids=["two-johns", "repeated-email"])
def test_example(solution, accounts, want):
    check_equal(solution.accounts_merge([list(a) for a in accounts]), want, call=call_text("accounts_merge", accounts))
