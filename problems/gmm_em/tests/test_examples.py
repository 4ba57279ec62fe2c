"""Visible examples for gmm_em (what `drill test` runs)."""

from support import check_fit

from harness.authoring import call_text

X = [-2.1, -1.9, -2.4, -1.6, 0.2, 1.8, 2.2, 2.5, 1.9, 2.1]


def test_example_three_iterations(solution, tol):
    want = {"weights": [0.41640122730340756, 0.5835987726965923],
            "means": [-1.9133457995381848, 1.8278303332520844],
            "variances": [0.26478296272627216, 0.49445226472856135],
            "log_likelihood": [-21.104800516386913, -16.59742169857854, -16.036255481493626, -15.207578971070074]}
    args = (X, [0.5, 0.5], [-1.0, 1.0], [1.0, 1.0])
    check_fit(solution.gmm_em(*args, n_iter=3), want, call=call_text("gmm_em", *args, n_iter=3), tol=tol)


def test_example_until_converged(solution, tol):
    want = {"weights": [0.39999493007233755, 0.6000050699276624],
            "means": [-2.000004727929322, 1.783304516779222],
            "variances": [0.08499918296351097, 0.5514825898197264],
            "log_likelihood": [-21.104800516386913, -16.59742169857854, -16.036255481493626, -15.207578971070074,
                               -14.205125054647816, -14.203298507290668, -14.20329850718312]}
    args = (X, [0.5, 0.5], [-1.0, 1.0], [1.0, 1.0])
    check_fit(solution.gmm_em(*args), want, call=call_text("gmm_em", *args), tol=tol)


def test_example_collapsing_component(solution, tol):
    want = {"weights": [0.4285294233907324, 0.5714705766092675], "means": [0.0, 2.499816240842419],
            "variances": [1e-06, 1.2503674845477342],
            "log_likelihood": [-10.670476657715778, -6.955335579272686, 7.060832872057196, 7.064346091193578,
                               7.064346096242919]}
    args = ([0.0, 0.0, 0.0, 1.0, 2.0, 3.0, 4.0], [0.5, 0.5], [0.0, 2.0], [0.1, 1.0])
    check_fit(solution.gmm_em(*args), want, call=call_text("gmm_em", *args), tol=tol)


def test_example_far_outlier(solution, tol):
    want = {"weights": [0.5, 0.5], "means": [0.0, 1000.0], "variances": [1e-06, 1e-06],
            "log_likelihood": [-499003.2500944434, -2.7593793639101785, 3.5449079653853808, 10.591339130435038,
                               10.591339130435038]}
    args = ([0.0, 1000.0], [0.5, 0.5], [0.0, 1.0], [1.0, 1.0])
    check_fit(solution.gmm_em(*args), want, call=call_text("gmm_em", *args), tol=tol)
