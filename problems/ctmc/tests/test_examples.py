"""Visible examples for ctmc (what `drill test` runs)."""

import math

from support import check_matrix

from harness.authoring import call_text, expect_raises

Q = [[-2.0, 2.0, 0.0], [1.0, -3.0, 2.0], [0.0, 4.0, -4.0]]


def test_example_check_generator(solution, tol):
    check_matrix(solution.check_generator(Q), Q, call=call_text("check_generator", Q), tol=tol)


def test_example_stationary(solution, tol):
    check_matrix(solution.stationary_distribution(Q), [0.25, 0.5, 0.25], call=call_text("stationary_distribution", Q),
                 tol=tol)


def test_example_transition_matrix(solution, tol):
    want = [[0.46088991326655476, 0.40110028340299414, 0.13800980327439044],
            [0.20055014170149707, 0.5363593781138386, 0.26309048012860375],
            [0.13800980327439044, 0.5261809602572075, 0.33580923641234167]]
    check_matrix(solution.transition_matrix(Q, 0.5), want, call=call_text("transition_matrix", Q, 0.5), tol=tol)
    check_matrix(solution.transition_matrix(Q, 100.0), [[0.25, 0.5, 0.25]] * 3,
                 call=call_text("transition_matrix", Q, 100.0), tol=tol)
    two = [[-1.0, 1.0], [2.0, -2.0]]
    e = math.exp(-3.0)
    check_matrix(solution.transition_matrix(two, 1.0), [[2 / 3 + e / 3, 1 / 3 - e / 3], [2 / 3 - 2 * e / 3, 1 / 3 + 2 * e / 3]],
                 call=call_text("transition_matrix", two, 1.0), tol=tol)


def test_example_absorption(solution, tol):
    A = [[-3.0, 2.0, 1.0], [1.0, -2.0, 1.0], [0.0, 0.0, 0.0]]
    check_matrix(solution.absorption_times(A, [2]), [1.0, 1.0, 0.0], call=call_text("absorption_times", A, [2]), tol=tol)


def test_example_rejects_a_row_not_summing_to_zero(solution):
    bad = [[-1.0, 1.0], [1.0, -2.0]]
    expect_raises(ValueError, solution.check_generator, bad, call=call_text("check_generator", bad),
                  why="row 1 sums to -1")
