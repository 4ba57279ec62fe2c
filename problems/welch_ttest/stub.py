"""Welch's t statistic and Welch-Satterthwaite degrees of freedom for two independent samples."""


def welch_ttest(a, b) -> tuple[float, float]:
    raise NotImplementedError("write your solution here")
