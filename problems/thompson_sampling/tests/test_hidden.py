"""Hidden tests for thompson_sampling: choice frequencies of choose_arm against the exact
probability that each arm is best (4,000 calls per case, fixed seeds, one probe each), and
simulated bandits: valid output, rewards that follow the true rates, most late pulls on the best
arm, falling regret, reproducibility from rng alone, and the edge cases."""

import math

import pytest
from support import check_frequencies, check_runs_valid, choose_many, simulate

from harness.authoring import check, fact

CALLS = fact("frequency_calls")  # calls per choice-frequency check

CASES = [
    ([2, 5, 1], [3, 6, 0]),
    ([1, 4, 9], [2, 5, 11]),
    ([10, 12, 30, 3, 0], [20, 18, 60, 2, 1]),
    ([500, 480], [500, 520]),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_choice_frequencies(worker, case):
    """How often each arm is chosen matches P(its posterior draw is the largest)."""
    s, f = CASES[case]
    call = f"choose_arm({s}, {f}, rng)"
    choices = worker.probe(choose_many, s, f, CALLS, 1000 + case, label=f"{CALLS:,} x {call}")
    check_frequencies(choices, s, f, call)


def regret_quarters(runs, probs):
    """Average expected regret (best rate minus the played arm's rate) over the first and the last
    quarter of the rounds."""
    best = max(probs)
    quarter = len(runs[0][0]) // 4
    first = sum(best - probs[a] for arms, _ in runs for a in arms[:quarter]) / len(runs)
    last = sum(best - probs[a] for arms, _ in runs for a in arms[-quarter:]) / len(runs)
    return first, last


def test_bandit_learns_the_best_arm(worker):
    """6 runs of 800 rounds on rates [0.3, 0.5, 0.7]: the best arm gets at least 75% of the last 400
    pulls on average, and the regret of the last 200 rounds is under 3/4 of that of the first 200
    (Thompson sampling: about 1/10; a policy that keeps exploring at a fixed rate: about 1)."""
    probs = [0.3, 0.5, 0.7]
    runs = worker.probe(simulate, probs, 800, 6, 4242, label="6 x run_bandit([0.3, 0.5, 0.7], 800, rng)")
    call = "run_bandit([0.3, 0.5, 0.7], 800, rng)"
    check_runs_valid(runs, 3, 800, call)
    share = sum(arms[400:].count(2) for arms, _ in runs) / (400 * len(runs))
    check(share >= 0.75, f"{call}: the best arm (2) got {share:.1%} of rounds 400-799 on average over 6 runs; "
                         "Thompson sampling gives it well over 75%")
    first, last = regret_quarters(runs, probs)
    check(last <= 0.75 * first, f"{call}: expected regret {first:.1f} in rounds 0-199 and {last:.1f} in rounds "
                                "600-799 (average of 6 runs); it should fall as the posteriors sharpen")


def test_rewards_follow_the_true_rates(worker):
    """Pooled over 6 runs, each arm's reward rate agrees with its true rate (binomial z-score < 5)."""
    probs = [0.15, 0.45, 0.5, 0.2]
    runs = worker.probe(simulate, probs, 800, 6, 77, label="6 x run_bandit([0.15, 0.45, 0.5, 0.2], 800, rng)")
    call = "run_bandit([0.15, 0.45, 0.5, 0.2], 800, rng)"
    check_runs_valid(runs, 4, 800, call)
    for arm, p in enumerate(probs):
        pulls = sum(arms.count(arm) for arms, _ in runs)
        wins = sum(r for arms, rewards in runs for a, r in zip(arms, rewards) if a == arm)
        if pulls < 30:
            continue
        z = (wins - pulls * p) / math.sqrt(pulls * p * (1 - p))
        check(abs(z) < 5, f"{call}: arm {arm} (true rate {p}) paid {wins} of {pulls} pulls ({wins / pulls:.3f}); "
                          "the reward must be 1 with probability true_probs[arm] for the arm played")


def _twice(module, seed):
    import numpy as np

    out = []
    for _ in range(2):
        rng = np.random.default_rng(seed)
        choices = [int(module.choose_arm([3, 4, 2], [5, 4, 6], rng)) for _ in range(20)]
        out.append([choices, [list(part) for part in module.run_bandit([0.2, 0.6], 50, rng)]])
    return out


def test_same_seed_same_choices(worker, seed):
    """Two Generators with the same seed give the same choices and the same bandit run."""
    first, second = worker.probe(_twice, seed, label="choose_arm / run_bandit twice with the same seed")
    check(first == second, "the same seed gave different results; draw every random number from rng (not the random "
                           "module, np.random.* or a Generator of your own)")


@pytest.mark.edge
def test_no_data_is_uniform(worker):
    """All counts 0: every arm equally likely (a greedy rule always picks the same arm)."""
    choices = worker.probe(choose_many, [0] * 4, [0] * 4, CALLS, 9,
                           label=f"{CALLS:,} x choose_arm([0] * 4, [0] * 4, rng)")
    check_frequencies(choices, [0] * 4, [0] * 4, "choose_arm([0, 0, 0, 0], [0, 0, 0, 0], rng)")


@pytest.mark.edge
def test_only_failures_or_only_successes(worker):
    """Arms with no successes or no failures yet are valid posteriors: Beta(1, 1 + f) and Beta(1 + s, 1)."""
    s, f = [0, 3, 0], [4, 0, 0]
    choices = worker.probe(choose_many, s, f, CALLS, 10, label=f"{CALLS:,} x choose_arm([0, 3, 0], [4, 0, 0], rng)")
    check_frequencies(choices, s, f, "choose_arm([0, 3, 0], [4, 0, 0], rng)")


def _single_and_empty(module):
    import numpy as np

    rng = np.random.default_rng(5)
    single = [module.choose_arm([7], [3], rng) for _ in range(20)]
    arms, _ = module.run_bandit([0.4], 30, rng)
    empty = module.run_bandit([0.5, 0.5], 0, rng)
    counts_s, counts_f = [2, 2], [1, 5]
    module.choose_arm(counts_s, counts_f, rng)
    return {"single": [int(a) for a in single], "single_arms": [int(a) for a in arms],
            "empty": [list(part) for part in empty], "unchanged": counts_s == [2, 2] and counts_f == [1, 5]}


@pytest.mark.edge
def test_one_arm_and_no_rounds(worker):
    """One arm is always chosen; horizon 0 gives ([], []); the count lists are left unchanged."""
    got = worker.probe(_single_and_empty, label="choose_arm([7], [3], rng); run_bandit([0.4], 30, rng); "
                                                "run_bandit([0.5, 0.5], 0, rng)")
    check(got["single"] == [0] * 20, f"choose_arm([7], [3], rng) returned {got['single'][:5]}...; a single arm is 0")
    check(got["single_arms"] == [0] * 30, "run_bandit([0.4], 30, rng) played an arm other than 0")
    check(got["empty"] == [[], []], f"run_bandit([0.5, 0.5], 0, rng) returned {got['empty']}; expected ([], [])")
    check(got["unchanged"], "choose_arm modified the successes or failures list it was given")


@pytest.mark.edge
def test_certain_arms(worker):
    """Rates 0 and 1: every reward is exactly determined, and the sure arm takes over."""
    runs = worker.probe(simulate, [0.0, 1.0], 200, 3, 11, label="3 x run_bandit([0.0, 1.0], 200, rng)")
    call = "run_bandit([0.0, 1.0], 200, rng)"
    check_runs_valid(runs, 2, 200, call)
    for arms, rewards in runs:
        check(rewards == arms, f"{call}: with rates 0 and 1 the reward must equal the arm played; got arms "
                               f"{arms[:10]}... rewards {rewards[:10]}...")
        check(arms[100:].count(1) >= 95, f"{call}: arm 1 always pays but got only {arms[100:].count(1)} of the "
                                          "last 100 rounds")
