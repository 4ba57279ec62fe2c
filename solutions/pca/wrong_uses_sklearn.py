"""Wrong: calls scikit-learn's PCA, the thing the task asks you to write."""

import numpy as np
from sklearn.decomposition import PCA


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    model = PCA(n_components=k).fit(X)
    return model.components_, model.explained_variance_
