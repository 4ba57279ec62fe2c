"""Visible examples for thompson_sampling (what `drill test` runs)."""

from support import check_frequencies, check_runs_valid, choose_many, simulate

from harness.authoring import check, fact

CALLS = fact("frequency_calls")  # calls per choice-frequency check


def test_example_no_data_is_uniform(worker):
    choices = worker.probe(choose_many, [0, 0, 0], [0, 0, 0], CALLS, 0,
                           label=f"{CALLS:,} x choose_arm([0, 0, 0], [0, 0, 0], rng)")
    check_frequencies(choices, [0, 0, 0], [0, 0, 0], "choose_arm([0, 0, 0], [0, 0, 0], rng)")


def test_example_frequencies(worker):
    choices = worker.probe(choose_many, [2, 5, 1], [3, 6, 0], CALLS, 1,
                           label=f"{CALLS:,} x choose_arm([2, 5, 1], [3, 6, 0], rng)")
    check_frequencies(choices, [2, 5, 1], [3, 6, 0], "choose_arm([2, 5, 1], [3, 6, 0], rng)")


def test_example_bandit(worker):
    runs = worker.probe(simulate, [0.3, 0.5, 0.7], 1000, 1, 0, label="run_bandit([0.3, 0.5, 0.7], 1000, rng)")
    check_runs_valid(runs, 3, 1000, "run_bandit([0.3, 0.5, 0.7], 1000, rng)")
    share = runs[0][0][-500:].count(2) / 500
    check(share > 0.7, f"run_bandit([0.3, 0.5, 0.7], 1000, rng) played the best arm (2) in {share:.0%} of the last "
                       "500 rounds; Thompson sampling should be well above 70%")
