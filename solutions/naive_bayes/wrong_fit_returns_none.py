"""Wrong interface: fit trains the model but forgets `return self`, so the chained
MultinomialNB().fit(docs, labels).predict(q) the prompt shows fails on None."""

import numpy as np


class MultinomialNB:
    def __init__(self, alpha: float = 1.0) -> None:
        self.alpha = alpha

    def fit(self, docs: list[list[str]], labels: list[int]) -> "MultinomialNB":
        self.classes = np.array(sorted(set(labels)), dtype=np.int64)
        vocab = sorted({token for doc in docs for token in doc})
        self.index = {token: i for i, token in enumerate(vocab)}
        row = {int(c): k for k, c in enumerate(self.classes)}
        counts = np.zeros((len(self.classes), len(vocab)))
        docs_per_class = np.zeros(len(self.classes))
        for doc, label in zip(docs, labels, strict=True):
            k = row[label]
            docs_per_class[k] += 1
            for token in doc:
                counts[k, self.index[token]] += 1
        self.log_prior = np.log(docs_per_class / len(docs))
        smoothed = counts + self.alpha
        self.log_likelihood = np.log(smoothed / smoothed.sum(axis=1, keepdims=True))
        # (no return: fit gives None)

    def _joint(self, docs: list[list[str]]) -> np.ndarray:
        counts = np.zeros((len(docs), len(self.index)))
        for i, doc in enumerate(docs):
            for token in doc:
                j = self.index.get(token)
                if j is not None:             # a token never seen in training carries no evidence
                    counts[i, j] += 1
        return counts @ self.log_likelihood.T + self.log_prior

    def predict_log_proba(self, docs: list[list[str]]) -> np.ndarray:
        joint = self._joint(docs)
        top = joint.max(axis=1, keepdims=True)
        return joint - (top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True)))

    def predict(self, docs: list[list[str]]) -> np.ndarray:
        return self.classes[np.argmax(self._joint(docs), axis=1)]
