"""Two-proportion z-test for an A/B conversion test: lift, z, two-sided p-value and decision."""


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    raise NotImplementedError("write your solution here")
