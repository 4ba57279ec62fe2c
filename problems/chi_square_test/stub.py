"""Chi-square test of independence on an r x c table: expected counts, statistic, dof, p-value (Yates for 2 x 2)."""

import numpy as np  # noqa: F401 (for your solution)


def chi_square_test(table, correction: bool = False) -> dict:
    raise NotImplementedError("write your solution here")
