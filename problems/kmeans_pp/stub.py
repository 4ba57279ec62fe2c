"""K-means++ seeding by D^2 sampling with a given generator, and the silhouette score."""

import numpy as np


def kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")
