"""Wrong for long documents: multiplies the per-token probabilities and the prior, then normalises
and takes the log; the product underflows to 0 after a few hundred tokens (0 / 0 gives nan)."""

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
        return self

    def _joint(self, docs: list[list[str]]) -> np.ndarray:
        counts = np.zeros((len(docs), len(self.index)))
        for i, doc in enumerate(docs):
            for token in doc:
                j = self.index.get(token)
                if j is not None:             # a token never seen in training carries no evidence
                    counts[i, j] += 1
        return counts @ self.log_likelihood.T + self.log_prior

    def predict_log_proba(self, docs: list[list[str]]) -> np.ndarray:
        likelihood = np.exp(self.log_likelihood)
        probs = np.tile(np.exp(self.log_prior), (len(docs), 1))
        for i, doc in enumerate(docs):
            for token in doc:
                j = self.index.get(token)
                if j is not None:
                    probs[i] *= likelihood[:, j]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(probs / probs.sum(axis=1, keepdims=True))

    def predict(self, docs: list[list[str]]) -> np.ndarray:
        return self.classes[np.argmax(self._joint(docs), axis=1)]
