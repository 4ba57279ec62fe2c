"""Visible examples for metropolis_hastings (what `drill test` runs)."""

from support import check_chain, run_chains


def test_example_gaussian(worker, tol):
    got = worker.probe(run_chains, "std-normal", [(0.0, 6, 1.0, 0, "gaussian")])[0]
    check_chain(got, [0.1257302210933933, -0.006374642197908592, 0.6340480082453734, 0.6340480082453734,
                      0.09837863508426248, 0.4599736899937472], 0.8333333333333334,
                call="metropolis_hastings(lambda x: -0.5 * x * x, 0.0, 6, 1.0, np.random.default_rng(0))", tol=tol)


def test_example_lognormal(worker, tol):
    got = worker.probe(run_chains, "gamma3", [(2.0, 6, 0.8, 1, "lognormal")])[0]
    check_chain(got, [2.6369278179666567, 5.088123247988899, 5.088123247988899, 1.7938842908977914,
                      3.7012402162546802, 5.289732169259576], 0.8333333333333334,
                call="metropolis_hastings(gamma3, 2.0, 6, 0.8, np.random.default_rng(1), 'lognormal')", tol=tol)
