"""Wrong: right answers, but three nested Python loops (queries x training points x features).
1,000 queries against 4,000 points in 8 dimensions is 32 million Python steps: seconds, where
numpy needs a tenth of that."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    train = X_train.tolist()
    labels = y_train.tolist()
    out = []
    for q in X_query.tolist():
        dist = []
        for j, x in enumerate(train):
            s = 0.0
            for a, b in zip(q, x):
                s += (a - b) ** 2
            dist.append((s, j))
        dist.sort()
        votes: dict[int, int] = {}
        order = [labels[j] for _, j in dist[:k]]
        for label in order:
            votes[label] = votes.get(label, 0) + 1
        top = max(votes.values())
        out.append(next(label for label in order if votes[label] == top))
    return np.array(out, dtype=np.int64)
