"""CUPED: adjust an A/B metric by a pre-period covariate with one pooled theta; effect, standard error, variance reduction."""

import numpy as np  # noqa: F401 (for your solution)


def cuped(y_control, x_control, y_treatment, x_treatment) -> dict:
    raise NotImplementedError("write your solution here")
