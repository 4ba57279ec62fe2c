"""Visible examples for beam_search (what `drill test` runs)."""

from support import check_result, run_search

TABLE = {"kind": "table", "default": [-9.0, -1.0, -1.0, -1.0],
         "table": {(0,): [-9.0, -0.5, -1.2, -2.0], (0, 1): [-9.0, -2.5, -0.1, -3.0], (0, 2): [-9.0, -0.3, -2.0, -1.5],
                   (0, 1, 2): [-9.0, -1.0, -1.0, -0.5], (0, 2, 1): [-9.0, -0.7, -2.0, -0.9]}}


def test_example_no_normalisation(worker):
    got = worker.probe(run_search, TABLE, 0, 3, 2, 3, None, label="beam_search(step_fn, 0, 3, 2, 3)")
    check_result(got["result"], [([1, 2, 3], -1.1), ([1, 2, 1], -1.6)], call="beam_search(step_fn, 0, 3, 2, 3)")


def test_example_alpha_one(worker):
    call = "beam_search(step_fn, 0, 3, 2, 3, alpha=1.0)"
    got = worker.probe(run_search, TABLE, 0, 3, 2, 3, 1.0, label=call)
    check_result(got["result"], [([1, 2, 3], -1.1 / 3), ([1, 2, 1], -1.6 / 3)], call=call)
