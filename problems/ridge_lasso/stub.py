"""Ridge by a linear solve and lasso by coordinate descent, both with an unpenalised intercept."""

import numpy as np


def ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    raise NotImplementedError("write your solution here")


def lasso(X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 1000, tol: float = 1e-10
          ) -> tuple[np.ndarray, float]:
    raise NotImplementedError("write your solution here")
